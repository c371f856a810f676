import type { CommandInput } from "../command-spec.js";
import type { ExitCode } from "../exit-codes.js";
import { renderAgain } from "./generate.js";

/**
 * lac update: renders the pack with the templates of the installed lac and merges the new render into
 * the files as the council left them, three ways from the base lac recorded; prints what changed
 * between the two releases of the templates.
 */
export async function run(input: CommandInput): Promise<ExitCode> {
  return renderAgain(input, { releaseNotes: true });
}
