import { councilConfigJsonSchema } from "@lac/council";
import type { CommandInput } from "../command-spec.js";
import { ExitCode } from "../exit-codes.js";

export async function run({ io }: CommandInput): Promise<ExitCode> {
  io.stdout.write(`${JSON.stringify(councilConfigJsonSchema(), null, 2)}\n`);
  return ExitCode.ok;
}
