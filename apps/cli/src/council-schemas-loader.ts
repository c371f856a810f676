// Loads @lac/council's main entry (zod's schemas), to explain a configuration's problem. In
// validate.cjs, which holds neither zod nor the schemas, this module is replaced by
// council-schemas-from-commands.ts, which takes them from commands.cjs.
import type * as CouncilSchemas from "./council-schemas.js";

export const loadCouncilSchemas = (): Promise<typeof CouncilSchemas> => import("./council-schemas.js");
