import type * as z from "zod";
import { enumSchema, labelRecord } from "./vocabulary.js";

/** Why a journey ended. The person can end it at any time, from any stage, and come back later. */
export const endReasons = /* @__PURE__ */ Object.freeze([
  "person-chose-to-end",
  "moved-on",
  "moved-away",
  "no-longer-in-contact",
  "other",
] as const);

export const endReasonSchema = /* @__PURE__ */ enumSchema(endReasons, "an end reason");
export type EndReason = z.infer<typeof endReasonSchema>;

export const endReasonLabels = /* @__PURE__ */ labelRecord<EndReason>({
  "person-chose-to-end": "The person chose to end it",
  "moved-on": "Moved on (what they wanted is in place, or they are connected in their community)",
  "moved-away": "Moved away from the neighbourhood",
  "no-longer-in-contact": "No longer in contact",
  other: "Other",
});
