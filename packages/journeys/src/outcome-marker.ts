import type * as z from "zod";
import { enumSchema, labelRecord } from "./vocabulary.js";

/**
 * Outcome markers that events can carry for evaluation. This is the toolkit's own list, drawn from the
 * outcomes that published Local Area Coordination evaluations report (for example Derby's Theory of Change
 * and Thurrock's early evaluation): connection, contribution, work or volunteering, safety at home, and
 * avoided, delayed or reduced use of formal and crisis services. Councils may report on more.
 */
export const outcomeMarkers = /* @__PURE__ */ Object.freeze([
  "new-community-connection",
  "relationship-strengthened",
  "contribution-made",
  "volunteering-or-work-started",
  "safer-at-home",
  "formal-service-avoided",
  "formal-service-delayed",
  "formal-service-reduced",
  "crisis-avoided",
  "eviction-avoided",
] as const);

export const outcomeMarkerSchema = /* @__PURE__ */ enumSchema(outcomeMarkers, "an outcome marker");
export type OutcomeMarker = z.infer<typeof outcomeMarkerSchema>;

export const outcomeMarkerLabels = /* @__PURE__ */ labelRecord<OutcomeMarker>({
  "new-community-connection": "New community connection",
  "relationship-strengthened": "Relationship strengthened",
  "contribution-made": "Contribution made",
  "volunteering-or-work-started": "Volunteering or work started",
  "safer-at-home": "Safer at home",
  "formal-service-avoided": "Formal service avoided",
  "formal-service-delayed": "Formal service delayed",
  "formal-service-reduced": "Formal service reduced",
  "crisis-avoided": "Crisis avoided",
  "eviction-avoided": "Eviction avoided",
});
