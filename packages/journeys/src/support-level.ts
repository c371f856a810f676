import type * as z from "zod";
import { enumSchema, labelRecord } from "./vocabulary.js";

/**
 * The two levels of support. Short-term: information and connections, open to anyone, with no assessment.
 * Longer-term: walking alongside someone over time. A journey can move between them.
 */
export const supportLevels = /* @__PURE__ */ Object.freeze(["short-term", "longer-term"] as const);

export const supportLevelSchema = /* @__PURE__ */ enumSchema(supportLevels, "a support level");
export type SupportLevel = z.infer<typeof supportLevelSchema>;

export const supportLevelLabels = /* @__PURE__ */ labelRecord<SupportLevel>({
  "short-term": "Short-term: information and connections",
  "longer-term": "Longer-term: walking alongside",
});
