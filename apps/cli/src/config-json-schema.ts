import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The name of the JSON Schema of lac.config.yaml in lac's dist folder: the build writes it there (tsup.config.ts,
 * from @lac/council/lac.config.schema.json, as `JSON.stringify(schema, null, 2)` and a newline), so that lac
 * neither holds the schema as an object in its bundles nor turns it into text on every run.
 */
export const COUNCIL_CONFIG_JSON_SCHEMA_FILE = "lac.config.schema.json";

let text: string | undefined;

/**
 * The JSON Schema text, as written to .lac/lac.config.schema.json and printed by `lac schema`: read from
 * lac's dist folder the first time it is needed.
 */
export function councilConfigJsonSchemaText(): string {
  text ??= readFileSync(join(__dirname, COUNCIL_CONFIG_JSON_SCHEMA_FILE), "utf8");
  return text;
}
