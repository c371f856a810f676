import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { welshRoles } from "./welsh-roles.js";

const wales = exampleConfig("cwm-teg");
const english = (text: string) => `<span lang="en-GB">${text}</span>`;

function withManager(config: CouncilConfig, welshTitle: string | undefined): CouncilConfig {
  return { ...config, team: { ...config.team, manager: { ...config.team.manager, welshTitle } } };
}

function withLead(config: CouncilConfig, lead: Partial<CouncilConfig["programme"]["lead"]>): CouncilConfig {
  const programme = { ...config.programme, lead: { ...config.programme.lead, ...lead } };
  return {
    ...config,
    programme,
    team: { ...config.team, manager: { ...config.team.manager, reportsTo: undefined } },
  };
}

describe("the Welsh role titles of the programme's contacts", () => {
  it("are the Welsh roles the configuration gives", () => {
    const roles = welshRoles(
      withLead(wales, { role: "Head of Communities", welshRole: "Pennaeth Cymunedau" }),
    );
    expect(roles.sponsorRole).toBe("Cyfarwyddwr Gwasanaethau Cymdeithasol");
    expect(roles.leadRole).toBe("Pennaeth Cymunedau");
    // The manager reports to the lead by default.
    expect(roles.managerReportsTo).toBe("Pennaeth Cymunedau");
  });

  it("take the manager's Welsh title for a lead who holds the manager's post, and only then", () => {
    expect(welshRoles(withManager(wales, "Uwch Gydlynydd Ardal Leol")).leadRole).toBe(
      "Uwch Gydlynydd Ardal Leol",
    );
    const separate = withLead(withManager(wales, "Uwch Gydlynydd Ardal Leol"), {
      role: "Head of Communities",
    });
    expect(welshRoles(separate).leadRole).toBe(english("Head of Communities"));
    // The lead's own Welsh role comes first.
    const own = withLead(withManager(wales, "Uwch Gydlynydd"), { welshRole: "Arweinydd y Rhaglen" });
    expect(welshRoles(own).leadRole).toBe("Arweinydd y Rhaglen");
  });

  it("are the English roles, marked as English, when no Welsh one is given", () => {
    const { welshRole: _left, ...sponsor } = wales.programme.sponsor;
    const roles = welshRoles({ ...wales, programme: { ...wales.programme, sponsor } });
    expect(roles.sponsorRole).toBe(english("Director of Social Services"));
    expect(roles.leadRole).toBe(english("Senior Local Area Coordinator"));
    // Cwm Teg's manager reports to the sponsor.
    expect(roles.managerReportsTo).toBe(english("Director of Social Services"));
    expect(welshRoles(wales).managerReportsTo).toBe("Cyfarwyddwr Gwasanaethau Cymdeithasol");
  });

  it("mark a reporting line that is neither the sponsor's nor the lead's role as English", () => {
    const config = {
      ...wales,
      team: { ...wales.team, manager: { ...wales.team.manager, reportsTo: "Head of Adult Services" } },
    };
    expect(welshRoles(config).managerReportsTo).toBe(english("Head of Adult Services"));
  });

  it("leave a missing contact's roles undefined, for the template to report, instead of throwing", () => {
    const { sponsor: _left, ...programme } = wales.programme;
    const roles = welshRoles({ ...wales, programme } as unknown as CouncilConfig);
    expect(roles.sponsorRole).toBeUndefined();
    expect(roles.leadRole).toBe(english("Senior Local Area Coordinator"));
  });
});
