// The full-time working week is the council's, from HR: no source gives one, so the role descriptions
// print it only when the configuration gives it, and otherwise leave a blank for HR, in English and Welsh.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { tableRow } from "./markdown-sections.js";

describe("the hours of the posts", () => {
  it("leaves a blank for HR when the configuration gives no full-time week", () => {
    const kingsmere = example("kingsmere");
    expect(kingsmere.team.hoursPerWeek).toBeUndefined();
    const coordinator = tableRow(documentOf(kingsmere, "roles/local-area-coordinator.md"), "Hours");
    expect(coordinator).toBe(
      "| Hours | ____________________ hours a week (to be confirmed by HR) for a full-time post; in Northgate Estate, one part-time post of 0.5 full-time equivalent |",
    );
    expect(tableRow(documentOf(kingsmere, "roles/team-manager.md"), "Hours")).toBe(
      "| Hours | ____________________ hours a week, full-time (to be confirmed by HR) |",
    );
  });

  it("prints the configured week, and the part-time posts' share of it", () => {
    const wendleshire = example("wendleshire");
    expect(wendleshire.team.hoursPerWeek).toBe(37);
    expect(tableRow(documentOf(wendleshire, "roles/team-manager.md"), "Hours")).toBe(
      "| Hours | 37 hours a week (full-time) |",
    );
    const kingsmere = example("kingsmere");
    const role = documentOf(
      { ...kingsmere, team: { ...kingsmere.team, hoursPerWeek: 36 } },
      "roles/local-area-coordinator.md",
    );
    expect(tableRow(role, "Hours")).toContain(
      "36 hours a week for a full-time post; in Northgate Estate, one part-time post of 0.5 full-time equivalent (18 hours a week)",
    );
  });

  it("leaves the same blank in the Welsh role descriptions and advert, with the words the Welsh templates already use", () => {
    const cwmTeg = example("cwm-teg");
    expect(cwmTeg.team.hoursPerWeek).toBeUndefined();
    const welsh = documentOf(cwmTeg, "roles/local-area-coordinator.cy.md");
    expect(tableRow(welsh, "Oriau")).toContain(
      "____________________ (I'w benderfynu gan adnoddau dynol cyn hysbysebu'r swydd) awr yr wythnos i swydd amser llawn",
    );
    expect(welsh).toContain(
      "____________________ awr yr wythnos i swydd amser llawn. Gradd neu fand cyflog:",
    );
    expect(welsh).not.toMatch(/\b37 awr\b/);
  });
});
