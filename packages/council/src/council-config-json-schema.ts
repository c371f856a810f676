import * as z from "zod";
import { councilConfigSchema } from "./council-config-schema.js";

/**
 * The JSON Schema (draft-07) of `lac.config.yaml`, for editors: it describes every key, gives the
 * defaults, and marks unknown keys as not allowed (`additionalProperties: false`).
 * The rules between sections (such as GSS code and nation) are checked by {@link parseCouncilConfig} only.
 * The package also ships it as `@lac/council/lac.config.schema.json`.
 */
export function councilConfigJsonSchema(): z.core.JSONSchema.JSONSchema {
  return z.toJSONSchema(councilConfigSchema, { io: "input", target: "draft-7", unrepresentable: "any" });
}
