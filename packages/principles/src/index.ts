export { getPrinciple } from "./get-principle.js";
export type { GetPrincipleResult, UnknownPrincipleError } from "./get-principle.js";
export type { Principle } from "./principle.js";
export { isPrincipleId, principleIdSchema, principleIds } from "./principle-id.js";
export type { PrincipleId } from "./principle-id.js";
export { principles } from "./principles.js";
