import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { buildPackContext } from "./pack-context.js";

const phases = [{ id: "a", name: "Start", startMonth: 0, months: 1, summary: "s" }];

describe("the programme's name in the Welsh documents", () => {
  const wales = exampleConfig("cwm-teg");

  it("is programme.welshName when there is one", () => {
    const context = buildPackContext(wales, phases);
    expect(context.cy.programmeName).toBe("Cydlynu Ardal Leol yng Nghwm Teg");
  });

  it("is the English name, marked, when there is none", () => {
    const { welshName: _left, ...programme } = wales.programme;
    const context = buildPackContext({ ...wales, programme }, phases);
    expect(context.cy.programmeName).toBe(
      '<span lang="en-GB">Local Area Coordination in Cwm Teg</span> (enw Saesneg)',
    );
  });
});

describe("the NHS sector label", () => {
  it("names a Welsh council's NHS bodies: local health boards and NHS trusts", () => {
    const context = buildPackContext(exampleConfig("cwm-teg"), phases);
    const board = context.partners.find((p) => p.kind === "local-health-board");
    expect(board?.sectorLabel).toBe("Local health board (NHS Wales)");
    const member = context.leadershipGroup.members.find((m) => m.sector === "nhs-trust");
    expect(member?.sectorLabel).toBe("Local health board or NHS trust (NHS Wales)");
  });

  it("names an English council's NHS trusts, and no health board", () => {
    const context = buildPackContext(exampleConfig("brackenford"), phases);
    const trust = context.partners.find((p) => p.kind === "nhs-foundation-trust");
    expect(trust?.sectorLabel).toBe("NHS foundation trust");
    const member = context.leadershipGroup.members.find((m) => m.sector === "nhs-trust");
    expect(member?.sectorLabel).toBe("NHS trust or NHS foundation trust");
  });
});

describe("another council's sector label", () => {
  it("names a county council partner by its tier, not as a service of the council", () => {
    const context = buildPackContext(exampleConfig("hollinbrook"), phases);
    const county = context.partners.find((p) => p.kind === "council");
    expect(county?.sectorLabel).toBe("County council");
    const member = context.leadershipGroup.members.find((m) => m.organisation === county?.organisation);
    expect(member?.sectorLabel).toBe("County council");
  });

  it("still names a service of the council itself as one", () => {
    const context = buildPackContext(exampleConfig("hollinbrook"), phases);
    const own = context.leadershipGroup.members.find(
      (m) => m.organisation === "Hollinbrook District Council (fictional)",
    );
    expect(own?.sectorLabel).toBe("Council service");
  });
});

describe("the London Fire Brigade's controller", () => {
  const kingsmere = exampleConfig("kingsmere");
  const withoutEntity = {
    ...kingsmere,
    partners: kingsmere.partners.map(({ legalEntity: _entity, ...partner }) => partner),
  };

  it("is the London Fire Commissioner, derived for the parties to confirm", () => {
    const context = buildPackContext(withoutEntity, phases);
    const fire = context.partners.find((p) => p.organisation === "London Fire Brigade");
    expect(fire?.legalEntity).toBe("London Fire Commissioner");
    expect(fire?.legalEntityDerived).toBe(true);
  });

  it("is left for another fire and rescue authority to give", () => {
    const elsewhere = {
      ...withoutEntity,
      partners: withoutEntity.partners.map((partner) =>
        partner.kind === "fire-and-rescue-authority"
          ? { ...partner, organisation: "Brackenshire Fire and Rescue Service" }
          : partner,
      ),
    };
    const fire = buildPackContext(elsewhere, phases).partners.find(
      (p) => p.kind === "fire-and-rescue-authority",
    );
    expect(fire?.legalEntity).toBeUndefined();
  });
});

describe("the rural neighbourhoods' names in the Welsh documents", () => {
  const wales = exampleConfig("cwm-teg");

  it("are their Welsh names, or the English ones, marked, when there are none", () => {
    const withWelsh = buildPackContext(wales, phases);
    expect(withWelsh.team.ruralNeighbourhoods).toEqual(["Aberteg"]);
    expect(withWelsh.team.cyRuralNeighbourhoods).toEqual(["Aberteg"]);
    const renamed = wales.neighbourhoods.map((n) =>
      n.rural ? { ...n, name: "Aberteg and Cwm Isaf", welshName: "Aberteg a Chwm Isaf" } : n,
    );
    expect(
      buildPackContext({ ...wales, neighbourhoods: renamed }, phases).team.cyRuralNeighbourhoods,
    ).toEqual(["Aberteg a Chwm Isaf"]);
    const unnamed = renamed.map((n) => ({ ...n, welshName: undefined }));
    expect(
      buildPackContext({ ...wales, neighbourhoods: unnamed }, phases).team.cyRuralNeighbourhoods,
    ).toEqual(['<span lang="en-GB">Aberteg and Cwm Isaf</span> (enw Saesneg)']);
  });
});
