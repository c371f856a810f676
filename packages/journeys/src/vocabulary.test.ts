import { describe, expect, it } from "vitest";
import { activityKindLabels, activityKinds } from "./activity-kind.js";
import { endReasonLabels, endReasons } from "./end-reason.js";
import {
  introductionSourceLabels,
  introductionSourceSchema,
  introductionSources,
} from "./introduction-source.js";
import { outcomeMarkerLabels, outcomeMarkers } from "./outcome-marker.js";
import { stageLabels, stages } from "./stage.js";
import { supportLevelLabels, supportLevels } from "./support-level.js";
import { journeyEventTypes } from "./journey-event.js";
import { journeyStatuses } from "./journey.js";
import { summaryGroupings } from "./summarise.js";

const vocabularies = [
  ["introduction sources", introductionSources, introductionSourceLabels],
  ["support levels", supportLevels, supportLevelLabels],
  ["stages", stages, stageLabels],
  ["end reasons", endReasons, endReasonLabels],
  ["activity kinds", activityKinds, activityKindLabels],
  ["outcome markers", outcomeMarkers, outcomeMarkerLabels],
] as const;

describe("vocabularies", () => {
  it.each(vocabularies)("%s have unique kebab-case ids and one frozen label each", (_name, ids, labels) => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(Object.keys(labels)).toEqual([...ids]);
    for (const label of Object.values(labels)) expect(label.length).toBeGreaterThan(2);
    expect(Object.isFrozen(labels)).toBe(true);
  });

  it.each(vocabularies)("%s are a frozen list of ids, which summaries count by", (_name, ids) => {
    expect(Object.isFrozen(ids)).toBe(true);
    expect(() => (ids as unknown as string[]).push("other")).toThrow(TypeError);
  });

  it("event types, statuses and summary groupings are frozen lists too", () => {
    for (const ids of [journeyEventTypes, journeyStatuses, summaryGroupings])
      expect(Object.isFrozen(ids)).toBe(true);
  });

  it("list the introduction sources of the issue, with no eligibility criteria", () => {
    expect(introductionSources).toEqual(
      expect.arrayContaining([
        "self",
        "family-or-friend",
        "community-member-or-group",
        "gp-or-health",
        "council-service",
        "voluntary-or-community-organisation",
        "other",
      ]),
    );
  });

  it("have the seven stages in their usual order", () => {
    expect(stages).toEqual([
      "introduced",
      "getting-to-know-each-other",
      "vision-of-a-good-life",
      "planning",
      "taking-action",
      "connected-and-contributing",
      "moving-on",
    ]);
  });

  it("say which value was wrong and list the valid ones", () => {
    expect(introductionSourceSchema.safeParse("referral").error?.issues[0]?.message).toBe(
      '"referral" is not an introduction source. Use one of: self, family-or-friend, community-member-or-group, gp-or-health, council-service, voluntary-or-community-organisation, coordinator-outreach, other.',
    );
    expect(introductionSourceSchema.safeParse(undefined).error?.issues[0]?.message).toMatch(
      /^Missing an introduction source\./,
    );
  });
});
