import * as z from "zod";

/**
 * The stable ids of the ten principles, in the Network's order. Frozen: other packages read this very
 * list (`@lac/journeys` counts the principles cited in a summary by it), so it cannot be changed in place.
 */
export const principleIds = /* @__PURE__ */ Object.freeze([
  "citizenship",
  "relationships",
  "natural-authority",
  "lifelong-learning",
  "information",
  "choice-and-control",
  "community",
  "contribution",
  "working-together",
  "complementary-nature-of-services",
] as const);

/** A zod schema for a principle id, for other packages' schemas. */
export const principleIdSchema = /* @__PURE__ */ z.enum(principleIds, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a principle id. Use one of: ${principleIds.join(", ")}.`,
});

export type PrincipleId = z.infer<typeof principleIdSchema>;

/** True when the value is the id of one of the ten principles. */
export function isPrincipleId(value: unknown): value is PrincipleId {
  return principleIdSchema.safeParse(value).success;
}
