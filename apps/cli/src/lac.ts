#!/usr/bin/env node
// The entry point: parse the arguments, then load only the command that runs. --version and --help
// load nothing but this file and the command table.
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { processIo } from "./cli-io.js";
import type { CliIo } from "./cli-io.js";
import { commands } from "./commands.js";
import { ExitCode } from "./exit-codes.js";
import { commandHelp, mainHelp } from "./help-text.js";
import { createStyle } from "./style.js";
import { LAC_VERSION } from "./version.js";

function usageError(io: CliIo, message: string, hint: string): ExitCode {
  const style = createStyle(io.color);
  io.stderr.write(`${style.red("error")} ${message}\n${hint}\n`);
  return ExitCode.usage;
}

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  const style = createStyle(io.color);
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    const topic = first === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic, style) : mainHelp(style, LAC_VERSION));
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${LAC_VERSION}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    const known = commands.map((c) => c.name).join(", ");
    return usageError(io, `unknown command "${first}".`, `The commands are: ${known}. Run lac --help.`);
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
    return usageError(
      io,
      `${message.replace(/\.?$/, ".")}`,
      `Run lac ${command.name} --help for its options.`,
    );
  }
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command, style));
    return ExitCode.ok;
  }
  if (parsed.positionals.length > command.positionals.length) {
    const extra = parsed.positionals.slice(command.positionals.length).join(" ");
    return usageError(
      io,
      `lac ${command.name} takes ${command.positionals.length === 0 ? "no arguments" : `at most ${command.positionals.length} argument`}, but got also: ${extra}.`,
      `Run lac ${command.name} --help.`,
    );
  }
  const module = await command.load();
  return module.run({ positionals: parsed.positionals, options: parsed.values, io });
}

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `lac: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this, with the command you ran.\n`,
    );
    process.exitCode = ExitCode.failed;
  },
);
