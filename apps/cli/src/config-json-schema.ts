import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RenderedText } from "./pack-files/rendered-text.js";

/**
 * The name of the JSON Schema of lac.config.yaml in lac's dist folder: the build writes it there (tsup.config.ts,
 * from @lac/council/lac.config.schema.json, as `JSON.stringify(schema, null, 2)` and a newline), so that lac
 * neither holds the schema as an object in its bundles nor turns it into text on every run.
 */
export const COUNCIL_CONFIG_JSON_SCHEMA_FILE = "lac.config.schema.json";

/** A text file's length in bytes and in UTF-16 code units. */
export interface TextFileLengths {
  readonly bytes: number;
  readonly text: number;
}

/** The lengths of that file, which the build writes into lac's bundles (tsup.config.ts). */
declare const __LAC_SCHEMA_FILE_LENGTHS__: TextFileLengths | undefined;

/** The file's lengths as the build made it; undefined in code that was not built. */
const BUILT_LENGTHS =
  typeof __LAC_SCHEMA_FILE_LENGTHS__ === "object" ? __LAC_SCHEMA_FILE_LENGTHS__ : undefined;

/**
 * The schema file's bytes as a rendered text: with the build's length in UTF-16 code units when the file has
 * the build's size in bytes, else decoded to count it (a file that is not the build's, or code not built).
 */
export function schemaFileText(bytes: Uint8Array, built: TextFileLengths | undefined): RenderedText {
  if (built !== undefined && bytes.byteLength === built.bytes) return RenderedText.ofBytes(bytes, built.text);
  return RenderedText.ofString(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"),
  );
}

let file: RenderedText | undefined;

/**
 * The JSON Schema, as written to .lac/lac.config.schema.json: its bytes, read from lac's dist folder the first
 * time it is needed. Its text is decoded only when something reads it (a merge, `lac schema`): the file has a
 * few characters beyond ASCII (arrows, dashes, the Welsh â and ŷ), so its text is a string of two bytes a
 * character, which the pack would then encode into UTF-8 again. Its length in UTF-16 code units (which
 * .lac/bases records) is the build's; a file whose size is not the build's is decoded to count it.
 */
export function councilConfigJsonSchemaFile(): RenderedText {
  file ??= schemaFileText(readFileSync(join(__dirname, COUNCIL_CONFIG_JSON_SCHEMA_FILE)), BUILT_LENGTHS);
  return file;
}

/** The JSON Schema's text, as printed by `lac schema`. */
export function councilConfigJsonSchemaText(): string {
  return councilConfigJsonSchemaFile().text;
}
