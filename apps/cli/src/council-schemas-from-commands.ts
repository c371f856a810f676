// The loaders of what needs zod (council-schemas-loader.ts, missing-answers-loader.ts,
// documents-loader.ts, pack-files/lac-state-schema-loader.ts) in validate.cjs and init.cjs: zod, the
// council's schemas and what uses them are taken from commands.cjs (beside them), which holds them,
// rather than bundled a second time; they are needed only to explain a problem, ask questions or write
// the configuration from the answers.
import { join } from "node:path";
import { loadBundle } from "./compiled-code-cache.js";
import type * as Main from "./main.js";

let loaded: typeof Main | undefined;

/**
 * commands.cjs, loaded once, through lac's code cache as bin.ts loads a bundle (its cache, labelled
 * "explain", is saved when the process exits, with every function this run compiled).
 */
function commands(): typeof Main {
  if (loaded === undefined) {
    const bundle = loadBundle<typeof Main>(join(__dirname, "commands.cjs"), "explain", process.env);
    process.once("exit", () => bundle.saveCache());
    loaded = bundle.exports;
  }
  return loaded;
}

export const loadCouncilSchemas: typeof Main.loadCouncilSchemas = () => commands().loadCouncilSchemas();
export const loadMissingAnswers: typeof Main.loadMissingAnswers = () => commands().loadMissingAnswers();
export const loadDocuments: typeof Main.loadDocuments = () => commands().loadDocuments();
export const loadLacStateSchema: typeof Main.loadLacStateSchema = () => commands().loadLacStateSchema();
/** The yaml library, in init.cjs (the yaml-from-commands plugin of tsup.config.ts). */
export const loadYamlLibrary = (): typeof Main.yamlLibrary => commands().yamlLibrary;
