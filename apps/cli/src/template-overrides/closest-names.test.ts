import { describe, expect, it } from "vitest";
import { closestNames } from "./closest-names.js";

// Each template's names, as lac templates show and copy take them: full, short, and its documents' ids.
const templates = [
  ["documents/implementation-plan", "implementation-plan"],
  ["documents/pack-index", "pack-index"],
  ["documents/roles/team-manager", "roles/team-manager", "role-team-manager"],
  ["documents/data-protection/dpia", "data-protection/dpia", "dpia"],
  ["documents/data-protection/privacy-notice", "data-protection/privacy-notice", "privacy-notice"],
  [
    "documents/data-protection/privacy-notice-easy-read",
    "data-protection/privacy-notice-easy-read",
    "privacy-notice-easy-read",
  ],
  ["documents/cy/data-protection/privacy-notice", "cy/data-protection/privacy-notice", "privacy-notice-cy"],
  ["partials/draft-notice", "draft-notice"],
] as const;

describe("closestNames", () => {
  it("suggests a name that has the given one as a word of it, by its shortest name", () => {
    expect(closestNames("plan", templates)).toEqual(["implementation-plan"]);
    expect(closestNames("manager", templates)).toEqual(["role-team-manager"]);
    expect(closestNames("documents/plan.hbs", templates)).toEqual(["implementation-plan"]);
  });

  it("suggests a name the given one starts, or is part of", () => {
    expect(closestNames("impl", templates)).toEqual(["implementation-plan"]);
    expect(closestNames("vacy", templates)).toEqual([
      "privacy-notice",
      "privacy-notice-cy",
      "privacy-notice-easy-read",
    ]);
  });

  it("suggests a name a typo away, of the whole name or of a word of it, a whole-name typo first", () => {
    expect(closestNames("implementaton-plan", templates)).toEqual(["implementation-plan"]);
    expect(closestNames("dpai", templates)).toEqual(["dpia"]);
    expect(closestNames("plna", templates)).toEqual(["implementation-plan"]);
    expect(closestNames("notice", templates)[0]).toBe("draft-notice");
    expect(closestNames("privacy-notise", templates)[0]).toBe("privacy-notice");
  });

  it("suggests at most three, each template once, and none when nothing is close", () => {
    expect(closestNames("privacy", templates)).toEqual([
      "privacy-notice",
      "privacy-notice-cy",
      "privacy-notice-easy-read",
    ]);
    expect(closestNames("zzzzqqq", templates)).toEqual([]);
    expect(closestNames("", templates)).toEqual([]);
    expect(closestNames("p", templates)).toEqual([]);
  });
});
