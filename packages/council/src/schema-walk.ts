import * as z from "zod";
import { layersOf } from "./definition-walk.js";

type AnySchema = z.core.$ZodType;

export {
  choicesOf,
  objectShape,
  orderLikeSchema,
  schemaAt,
  schemaDefault,
  valueTypeOf,
} from "./definition-walk.js";

/** The metadata of the schema, looking through optional/default wrappers to the first schema that has some. */
export function metaOf(schema: AnySchema | undefined): z.core.GlobalMeta | undefined {
  for (const layer of layersOf(schema)) {
    const meta = z.globalRegistry.get(layer);
    if (meta !== undefined) return meta;
  }
  return undefined;
}

/** The description in the schema's metadata (looking through optional/default wrappers). */
export function descriptionOf(schema: AnySchema | undefined): string | undefined {
  for (const layer of layersOf(schema)) {
    const description = z.globalRegistry.get(layer)?.description;
    if (description !== undefined) return description;
  }
  return undefined;
}
