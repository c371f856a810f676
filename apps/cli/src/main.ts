// Every command's code (commands.cjs): parses a command's arguments and runs it. Loaded by bin.ts
// only when a command runs; lac validate has a bundle of its own (main-validate.ts).
import { commandLoaders } from "./command-loaders.js";
import { mainOf } from "./run-command.js";

export const main = mainOf(commandLoaders);

/** zod's schemas of the council configuration, and what uses them, for validate.cjs and init.cjs, which do not hold them. */
export { loadCouncilSchemas } from "./council-schemas-loader.js";
export { loadMissingAnswers } from "./missing-answers-loader.js";
export { loadDocuments } from "./documents-loader.js";
export { loadLacStateSchema } from "./pack-files/lac-state-schema-loader.js";

/**
 * The yaml library, for init.cjs, which does not hold it (a valid run never calls it): each export
 * loads it on first use (the lazy-yaml plugin of tsup.config.ts).
 */
export * as yamlLibrary from "yaml";
