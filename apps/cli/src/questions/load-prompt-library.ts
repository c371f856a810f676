import { requireBundle } from "../node-module.js";
import { join } from "node:path";
import type * as InquirerPrompts from "./inquirer-prompts.js";

/**
 * Loads the interactive prompts (@inquirer/prompts), built into their own bundle beside the
 * commands (dist/prompts.cjs), only when lac is about to ask a question.
 */
export function loadPromptLibrary(): typeof InquirerPrompts {
  const file = join(__dirname, "prompts.cjs");
  return requireBundle(file) as typeof InquirerPrompts;
}
