// Several manager posts while one of them is the programme lead's: the plan says when the others are recruited.
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { documentOf, example } from "./examples.js";
import { section } from "./markdown-sections.js";

/** A configuration whose programme lead is the manager's post. */
function managerIsLead(config: CouncilConfig): CouncilConfig {
  return {
    ...config,
    programme: { ...config.programme, lead: { ...config.programme.lead, role: config.team.manager.title } },
  };
}

/** Section 5 (phases and timeline) of a configuration's plan. */
function phases(config: CouncilConfig): string {
  return section(documentOf(config, "implementation-plan.md"), 5);
}

describe("several managers, one of them the programme lead", () => {
  const stanmoor = example("stanmoor"); // two manager posts, in waves

  it("recruits each other manager with the first wave whose coordinators it will supervise", () => {
    expect(phases(managerIsLead(stanmoor))).toContain(
      " The programme lead holds one of the 2 Local Area Coordination Team Manager posts from the start: recruit each of the others with the first wave whose coordinators it will supervise, or earlier.",
    );
  });

  it("recruits the other managers with the coordinators when all start together", () => {
    const oneWave: CouncilConfig = {
      ...stanmoor,
      programme: { ...stanmoor.programme, waves: { neighbourhoodsPerWave: 99, monthsApart: 6 } },
    };
    expect(phases(managerIsLead(oneWave))).toContain(
      "posts from the start: recruit the others with the coordinators, or earlier.",
    );
  });

  it("says nothing of it for one manager, or for managers that are not the lead", () => {
    expect(phases(managerIsLead(example("brackenford")))).not.toContain(
      "The programme lead holds one of the",
    );
    expect(phases(stanmoor)).not.toContain("The programme lead holds one of the");
  });
});
