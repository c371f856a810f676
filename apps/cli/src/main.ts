// Every command's code (commands.cjs): parses a command's arguments and runs it. Loaded by bin.ts
// only when a command runs; lac validate has a bundle of its own (main-validate.ts).
import { commandLoaders } from "./command-loaders.js";
import { mainOf } from "./run-command.js";

export const main = mainOf(commandLoaders);

/** zod's schemas of the council configuration, for validate.cjs, which does not hold them. */
export { loadCouncilSchemas } from "./council-schemas-loader.js";
