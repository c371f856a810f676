// Several manager posts while one of them is the programme lead's: the plan says when the others are recruited.
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { documentOf, example, withManagerAsLead as managerIsLead } from "./examples.js";
import { section } from "./markdown-sections.js";

/** Section 5 (phases and timeline) of a configuration's plan. */
function phases(config: CouncilConfig): string {
  return section(documentOf(config, "implementation-plan.md"), 5);
}

describe("several managers, one of them the programme lead", () => {
  const stanmoor = example("stanmoor"); // two manager posts, in waves

  it("recruits each other manager with the first wave whose coordinators it will supervise", () => {
    expect(phases(managerIsLead(stanmoor))).toContain(
      " The programme lead holds one of the 2 Local Area Coordination Team Manager posts from the start: recruit each of the others with the first wave whose coordinators it will supervise, or earlier, since a Local Area Coordination Team Manager's notice period, set by their contract, may also be longer than the phase the model leaves between the interviews and the first day.",
    );
  });

  it("recruits the other managers with the coordinators when all start together", () => {
    const oneWave: CouncilConfig = {
      ...stanmoor,
      programme: { ...stanmoor.programme, waves: { neighbourhoodsPerWave: 99, monthsApart: 6 } },
    };
    expect(phases(managerIsLead(oneWave))).toContain(
      "posts from the start: recruit the others with the coordinators, or earlier, since a Local Area Coordination Team Manager's notice period,",
    );
  });

  it("says nothing of it for one manager, or for managers that are not the lead", () => {
    expect(phases(managerIsLead(example("brackenford")))).not.toContain(
      "The programme lead holds one of the",
    );
    expect(phases(stanmoor)).not.toContain("The programme lead holds one of the");
  });
});

describe("the manager who leads the coordinators' recruitment, when the manager is the programme lead", () => {
  /** The team bullet on the community recruitment, in section 8 of a configuration's plan. */
  function recruitment(config: CouncilConfig): string {
    const team = section(documentOf(config, "implementation-plan.md"), 8);
    return team
      .split("\n")
      .find((line) => line.startsWith("- Recruitment is done together with local people"))!;
  }

  it("says the lead is in post from the start, with no blank for who leads the recruitment until then", () => {
    const cwmTeg = recruitment(example("cwm-teg")); // one manager post, the programme lead's
    expect(cwmTeg).toContain(
      "The Senior Local Area Coordinator leads the community recruitment of coordinators (the manager's role description): the programme lead holds that post from the start.",
    );
    expect(cwmTeg).not.toContain("until then");
    expect(recruitment(managerIsLead(example("stanmoor")))).toContain(
      ": the programme lead holds one of the posts from the start.",
    );
  });

  it("keeps the blank when the manager is recruited", () => {
    expect(recruitment(example("stanmoor"))).toContain(
      "so the first Local Area Coordination Team Manager is appointed before the first coordinators are recruited, or the council names who leads that recruitment until then: ____________________.",
    );
  });
});
