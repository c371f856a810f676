import type { CommandInput } from "../command-spec.js";
import { councilConfigJsonSchemaText } from "../config-json-schema.js";
import { ExitCode } from "../exit-codes.js";

export async function run({ io }: CommandInput): Promise<ExitCode> {
  io.stdout.write(councilConfigJsonSchemaText());
  return ExitCode.ok;
}
