// One test per defect found reading the English packs of Kingsmere (a London borough) and Hollinbrook (a
// district council) as a council's data protection officer and HR adviser would (review 8).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";

const ENGLISH = ["brackenford", "wendleshire", "hollinbrook", "stanmoor", "kingsmere"] as const;

describe("reasonable adjustments for candidates (Equality Act 2010 s.20 and Schedule 8)", () => {
  it.each(ENGLISH)("the panel guide asks every candidate and makes them, in %s", (name) => {
    const guide = documentOf(example(name), "roles/community-recruitment-panel-guide.md");
    expect(guide).toContain(
      "Every candidate is asked, when invited, whether they need any adjustments to take part in the event or the interview.",
    );
    expect(guide).toContain("(Equality Act 2010 s.20 and Schedule 8)");
    // Fair scoring no longer demands identical activities whatever a disabled candidate needs.
    expect(guide).toContain(
      "Every candidate meets the same activities, with any reasonable adjustments a disabled candidate needs (below), and is scored",
    );
  });

  it.each(ENGLISH)("the coordinator's role description says so under Recruitment, in %s", (name) => {
    const role = documentOf(example(name), "roles/local-area-coordinator.md");
    const recruitment = role.slice(role.indexOf("## Recruitment"));
    expect(recruitment).toContain("makes the reasonable adjustments a disabled candidate needs");
  });
});
