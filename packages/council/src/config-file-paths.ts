/** Where the `lac` CLI writes the JSON Schema, relative to `lac.config.yaml`. */
export const COUNCIL_CONFIG_SCHEMA_PATH = "./.lac/lac.config.schema.json";
