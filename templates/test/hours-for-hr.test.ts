// The full-time working week is the council's, from HR: no source gives one, so the role descriptions
// print it only when the configuration gives it, and otherwise leave a blank for HR, in English and Welsh.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";

function documentAt(config: CouncilConfig, path: string): string {
  const found = render(config).find((document) => document.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.content;
}

function hoursRow(content: string, label = "Hours"): string {
  const row = content.split("\n").find((line) => line.startsWith(`| ${label} | `));
  if (!row) throw new Error(`no ${label} row`);
  return row;
}

describe("the hours of the posts", () => {
  it("leaves a blank for HR when the configuration gives no full-time week", () => {
    const kingsmere = example("kingsmere");
    expect(kingsmere.team.hoursPerWeek).toBeUndefined();
    const coordinator = hoursRow(documentAt(kingsmere, "roles/local-area-coordinator.md"));
    expect(coordinator).toBe(
      "| Hours | ____________________ hours a week (to be confirmed by HR) for a full-time post; in Northgate Estate, one part-time post of 0.5 full-time equivalent |",
    );
    expect(hoursRow(documentAt(kingsmere, "roles/team-manager.md"))).toBe(
      "| Hours | ____________________ hours a week, full-time (to be confirmed by HR) |",
    );
  });

  it("prints the configured week, and the part-time posts' share of it", () => {
    const wendleshire = example("wendleshire");
    expect(wendleshire.team.hoursPerWeek).toBe(37);
    expect(hoursRow(documentAt(wendleshire, "roles/team-manager.md"))).toBe(
      "| Hours | 37 hours a week (full-time) |",
    );
    const kingsmere = example("kingsmere");
    const role = documentAt(
      { ...kingsmere, team: { ...kingsmere.team, hoursPerWeek: 36 } },
      "roles/local-area-coordinator.md",
    );
    expect(hoursRow(role)).toContain(
      "36 hours a week for a full-time post; in Northgate Estate, one part-time post of 0.5 full-time equivalent (18 hours a week)",
    );
  });

  it("leaves the same blank in the Welsh role descriptions and advert, with the words the Welsh templates already use", () => {
    const cwmTeg = example("cwm-teg");
    expect(cwmTeg.team.hoursPerWeek).toBeUndefined();
    const welsh = documentAt(cwmTeg, "roles/local-area-coordinator.cy.md");
    expect(hoursRow(welsh, "Oriau")).toContain(
      "____________________ (I'w benderfynu gan adnoddau dynol cyn hysbysebu'r swydd) awr yr wythnos i swydd amser llawn",
    );
    expect(welsh).toContain("____________________ awr yr wythnos; gradd");
    expect(welsh).not.toMatch(/\b37 awr\b/);
  });
});
