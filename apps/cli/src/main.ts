// Parses a command's arguments and runs it. Loaded by bin.ts only when a command runs.
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import type { CliIo } from "./cli-io.js";
import { commandLoaders } from "./command-loaders.js";
import { commands } from "./command-table.js";
import { ExitCode } from "./exit-codes.js";
import { commandHelp } from "./help-text.js";
import { createStyle } from "./style.js";

function usageError(io: CliIo, message: string, hint: string, json: boolean): ExitCode {
  if (json) {
    io.stdout.write(
      `${JSON.stringify({ ok: false, stage: "usage", errors: [{ message, hint }] }, null, 2)}\n`,
    );
  } else {
    const style = createStyle(io.color);
    io.stderr.write(`${style.red("error")} ${message}\n${hint}\n`);
  }
  return ExitCode.usage;
}

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const json = rest.includes("--json");
  const command = commands.find((candidate) => candidate.name === name);
  const load = name === undefined ? undefined : commandLoaders[name];
  if (!command || !load) {
    return usageError(io, `unknown command "${name ?? ""}".`, "Run lac --help.", json);
  }
  const options: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" } };
  for (const option of command.options) {
    options[option.name] = {
      type: option.type,
      ...(option.short ? { short: option.short } : {}),
      ...(option.multiple ? { multiple: true } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return usageError(io, message, `Run lac ${command.name} --help for its options.`, json);
  }
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command, createStyle(io.color)));
    return ExitCode.ok;
  }
  if (parsed.positionals.length > command.positionals.length) {
    const extra = parsed.positionals.slice(command.positionals.length).join(" ");
    const allowed =
      command.positionals.length === 0 ? "no arguments" : `at most ${command.positionals.length} argument`;
    return usageError(
      io,
      `lac ${command.name} takes ${allowed}, but got also: ${extra}.`,
      `Run lac ${command.name} --help.`,
      json,
    );
  }
  const module = await load();
  return module.run({ positionals: parsed.positionals, options: parsed.values, io });
}
