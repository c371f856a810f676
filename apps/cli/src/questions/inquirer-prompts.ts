import { checkbox, confirm, input, select } from "@inquirer/prompts";
import type { CliIo } from "../cli-io.js";
import type { Style } from "../style.js";
import type { PromptApi } from "@lac/questions";

/** The interactive prompts, with @inquirer/prompts. Loaded only when lac asks questions. */
export function inquirerPrompts(io: CliIo, style: Style): PromptApi {
  const showHelp = (help: string | undefined) => {
    if (help) io.stdout.write(`${style.dim(`  ${help}`)}\n`);
  };
  return {
    async text({ message, help, default: fallback, validate }) {
      showHelp(help);
      return input({ message, ...(fallback !== undefined ? { default: fallback } : {}), validate });
    },
    async confirm({ message, help, default: fallback }) {
      showHelp(help);
      return confirm({ message, default: fallback });
    },
    async choice({ message, help, choices, labels, default: fallback }) {
      showHelp(help);
      return select({
        message,
        choices: choices.map((value) => ({ value, name: labels?.[value] ?? value })),
        ...(fallback !== undefined ? { default: fallback } : {}),
      });
    },
    async several({ message, help, choices, labels, default: ticked, validate }) {
      showHelp(help);
      return checkbox({
        message,
        choices: choices.map((value) => ({
          value,
          name: labels?.[value] ?? value,
          checked: ticked.includes(value),
        })),
        validate: (chosen) => validate(chosen.map((choice) => choice.value)),
      });
    },
  };
}
