// The JSON Schema of lac.config.yaml as @lac/council generated it at build time: bundled, so that
// lac never builds it from the zod schema at run time.
import councilConfigJsonSchema from "@lac/council/lac.config.schema.json";

/** The JSON Schema text, as written to .lac/lac.config.schema.json and printed by `lac schema`. */
export const councilConfigJsonSchemaText = `${JSON.stringify(councilConfigJsonSchema, null, 2)}\n`;
