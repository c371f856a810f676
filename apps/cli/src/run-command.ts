// Parses a command's arguments and runs it. Loaded by bin.ts only when a command runs: main.ts
// (commands.cjs) for every command, main-validate.ts (validate.cjs) for lac validate alone.
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import type { CliIo } from "./cli-io.js";
import type { CommandModule } from "./command-spec.js";
import { commands } from "./command-table.js";
import { closestName } from "./edit-distance.js";
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

function optionName(name: string, short: boolean): string {
  return short ? `-${name}` : `--${name}`;
}

/**
 * The first problem with a command's options, in lac's own words (what is wrong and how to fix
 * it), or undefined: an unknown option (with the closest one), an option that needs a value and
 * has none, or a switch given a value.
 */
export function checkOptions(
  commandName: string,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  /** The placeholder of each option's value in help ("<file.yaml>"): a file option is not given "-". */
  placeholderOf: (name: string) => string | undefined = () => undefined,
): { message: string; hint: string } | undefined {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const help = `Run lac ${commandName} --help for its options.`;
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const shown = token.rawName;
    const spec = options[token.name];
    if (spec === undefined) {
      const names = Object.keys(options).map((name) => `--${name}`);
      const closest = closestName(`--${token.name}`, names);
      const guess = closest === undefined ? "" : ` Did you mean ${closest}?`;
      return {
        message: `lac ${commandName} has no option ${shown}.${guess}`,
        hint: `Its options are: ${names.join(", ")}. ${help}`,
      };
    }
    const long = optionName(token.name, false);
    if (spec.type === "string" && token.value === undefined) {
      return {
        message: `${shown} needs a value, for example ${long} ${placeholderOf(token.name) ?? "<value>"}.`,
        hint: help,
      };
    }
    if (spec.type === "string" && token.value === "-" && placeholderOf(token.name)?.includes("file")) {
      // "-" is standard input to lac validate; an option that takes a file reads only a file.
      return {
        message: `${long} does not read standard input ("-"). Save the text in a file and give its path: ${long} ${placeholderOf(token.name)}.`,
        hint: help,
      };
    }
    if (spec.type === "string" && !token.inlineValue && token.value?.startsWith("-")) {
      return {
        message: `${shown} needs a value, but it is followed by ${JSON.stringify(token.value)}, which looks like an option.`,
        hint: `If the value starts with "-", write it as ${long}=${token.value}. ${help}`,
      };
    }
    if (spec.type === "boolean" && token.value !== undefined) {
      return {
        message: `${shown} is a switch and takes no value (it was given ${JSON.stringify(token.value)}).`,
        hint: `Write ${long} on its own. ${help}`,
      };
    }
  }
  return undefined;
}

/** The `main` of a bundle that runs the commands of `commandLoaders`. */
export function mainOf(
  commandLoaders: Readonly<Record<string, () => Promise<CommandModule>>>,
): (argv: readonly string[], io: CliIo) => Promise<ExitCode> {
  return (argv, io) => runCommand(commandLoaders, argv, io);
}

async function runCommand(
  commandLoaders: Readonly<Record<string, () => Promise<CommandModule>>>,
  argv: readonly string[],
  io: CliIo,
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const json = rest.includes("--json");
  const command = commands.find((candidate) => candidate.name === name);
  const load = name === undefined || !Object.hasOwn(commandLoaders, name) ? undefined : commandLoaders[name];
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
  const optionProblem = checkOptions(
    command.name,
    rest,
    options,
    (name) => command.options.find((option) => option.name === name)?.value,
  );
  if (optionProblem) return usageError(io, optionProblem.message, optionProblem.hint, json);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch {
    // checkOptions has said everything parseArgs refuses; this is a safety net in lac's words.
    return usageError(
      io,
      `lac ${command.name} cannot read its options: ${rest.join(" ")}.`,
      `Run lac ${command.name} --help for its options.`,
      json,
    );
  }
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command, createStyle(io.color)));
    return ExitCode.ok;
  }
  if (parsed.positionals.length > command.positionals.length) {
    const extra = parsed.positionals.slice(command.positionals.length).join(" ");
    const allowed =
      command.positionals.length === 0
        ? "no arguments"
        : `at most ${command.positionals.length} argument${command.positionals.length === 1 ? "" : "s"}`;
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
