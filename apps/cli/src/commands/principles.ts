import { principles } from "@lac/principles";
import type { CommandInput } from "../command-spec.js";
import { ExitCode } from "../exit-codes.js";
import { createStyle } from "../style.js";

export async function run({ options, io }: CommandInput): Promise<ExitCode> {
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ ok: true, principles }, null, 2)}\n`);
    return ExitCode.ok;
  }
  const style = createStyle(io.color);
  const text = principles
    .map(
      (principle) =>
        `${style.bold(`${principle.number}. ${principle.name}`)} ${style.dim(`(${principle.id})`)}\n   ${principle.meaning}`,
    )
    .join("\n\n");
  io.stdout.write(`The ten principles of Local Area Coordination\n\n${text}\n`);
  return ExitCode.ok;
}
