/** Where lac puts each kind of file in a pack folder. */

/** The council configuration: the input of `lac generate` and `lac update`. */
export const CONFIG_FILE = "lac.config.yaml";
/** The JSON Schema of lac.config.yaml, for editors (named on the configuration's first line). */
export const SCHEMA_FILE = ".lac/lac.config.schema.json";
/** The pack's markdownlint settings: markdownlint's default rules, except line length. */
export const MARKDOWNLINT_FILE = ".markdownlint.jsonc";
/** lac's record of what it last wrote: the hash of each file, the templates and the answers. */
export const STATE_FILE = ".lac/state.json";
/**
 * The base of each text file, in one file: exactly what the templates rendered the last time lac wrote
 * the file, before the council's edits were merged in. The next update merges from it.
 */
export const BASES_FILE = ".lac/bases";
