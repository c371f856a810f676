import type { CommandSpec, OptionSpec } from "./command-spec.js";
import { commands } from "./command-table.js";
import type { Style } from "./style.js";

function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ""}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join("\n");
}

export function mainHelp(style: Style, version: string): string {
  return `${style.bold("lac")} ${version} — the Local Area Coordination implementation pack generator

${style.bold("Usage:")} lac <command> [options]

${style.bold("Commands:")}
${table(commands.map((command) => [command.name, command.summary]))}

${style.bold("Options:")}
${table([
  ["-h, --help", "Show help (also after a command: lac init --help)."],
  ["-v, --version", "Show lac's version."],
  ["--color, --no-color", "Colour the output, or not (any command)."],
])}

Colour is on in a terminal; off with --no-color, NO_COLOR, --json or when output is not a
terminal; on with --color or FORCE_COLOR (FORCE_COLOR=0 turns it off). lac keeps compiled code in
$LAC_CACHE_DIR (default ~/.cache/lac) to start faster; LAC_NO_COMPILE_CACHE=1 turns that off.
Exit codes: 0 success, 1 the command failed, 2 usage error, 130 stopped with Ctrl-C.
`;
}

export function commandHelp(command: CommandSpec, style: Style): string {
  const positionals = command.positionals.map((p) => `[${p.name}]`).join(" ");
  const rows: [string, string][] = [
    ...command.positionals.map((p): [string, string] => [p.name, p.description]),
    ...command.options.map((option): [string, string] => [optionLabel(option), option.description]),
    ["-h, --help", "Show this help."],
  ];
  const usage = (command.usage ?? [`${command.name}${positionals ? ` ${positionals}` : ""}`])
    .map((line) => `lac ${line} [options]`)
    .join(`\n${" ".repeat("Usage: ".length)}`);
  return `${style.bold("Usage:")} ${usage}

${command.description}

${table(rows)}

${style.bold("Examples:")}
${command.examples.map((example) => `  ${example}`).join("\n")}
`;
}
