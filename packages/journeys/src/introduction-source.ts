import type * as z from "zod";
import { enumSchema, labelRecord } from "./vocabulary.js";

/**
 * Who introduced the person to the coordinator. Anyone can introduce someone, including the person
 * themselves; coordinators also meet people while out in the community. There are no eligibility criteria.
 */
export const introductionSources = /* @__PURE__ */ Object.freeze([
  "self",
  "family-or-friend",
  "community-member-or-group",
  "gp-or-health",
  "council-service",
  "voluntary-or-community-organisation",
  "coordinator-outreach",
  "other",
] as const);

export const introductionSourceSchema = /* @__PURE__ */ enumSchema(
  introductionSources,
  "an introduction source",
);
export type IntroductionSource = z.infer<typeof introductionSourceSchema>;

export const introductionSourceLabels = /* @__PURE__ */ labelRecord<IntroductionSource>({
  self: "The person themselves",
  "family-or-friend": "Family or friend",
  "community-member-or-group": "Community member or group",
  "gp-or-health": "GP or health service",
  "council-service": "Council service",
  "voluntary-or-community-organisation": "Voluntary or community organisation",
  "coordinator-outreach": "The coordinator, while out in the community",
  other: "Other",
});
