// The implementation plan dates the Community Catalysts support and says which waves start after it ends
// (programme.communityCatalystsSupport.startDate, the programme's start by default); the Welsh privacy notice
// gives a retention start other than the default in Welsh (dataProtection.retention.fromCy), or a blank.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part } from "./markdown-sections.js";

const supportPart = (config: CouncilConfig) =>
  part(documentOf(config, "implementation-plan.md"), "## 6. Support from Community Catalysts");

function withSupport(
  config: CouncilConfig,
  support: Partial<CouncilConfig["programme"]["communityCatalystsSupport"]>,
) {
  return {
    ...config,
    programme: {
      ...config.programme,
      communityCatalystsSupport: { ...config.programme.communityCatalystsSupport, ...support },
    },
  };
}

describe("the plan dates the Community Catalysts support", () => {
  it("from the programme start, for the months configured (Stanmoor)", () => {
    const text = supportPart(example("stanmoor"));
    expect(text).toContain(
      "tailored to the area: here, if it starts with the programme, from 1 October 2026 to 30 September 2027.",
    );
  });

  it("says the second wave starts in its neighbourhoods after the support ends (Stanmoor, Brackenford)", () => {
    expect(supportPart(example("stanmoor"))).toContain(
      "It ends before the coordinators of wave 2 start in their neighbourhoods: agree with Community Catalysts how the programme is supported from then on.",
    );
    expect(supportPart(example("brackenford"))).toContain(
      "It ends before the coordinators of wave 2 start in their neighbourhoods:",
    );
  });

  it("from a start date of its own, and says nothing of waves it covers", () => {
    const text = supportPart(withSupport(example("stanmoor"), { startDate: "2027-01-01", months: 18 }));
    expect(text).toContain("from 1 January 2027 to 30 June 2028");
    expect(text).not.toContain("It ends before");
  });

  it("names the first wave that starts after it, and a programme in one wave without a wave number", () => {
    const stanmoor = example("stanmoor");
    const early = withSupport(stanmoor, { months: 6 });
    const threeWaves = {
      ...early,
      programme: { ...early.programme, waves: { neighbourhoodsPerWave: 3, monthsApart: 6 } },
    };
    expect(supportPart(threeWaves)).toContain(
      "It ends before the coordinators of wave 1 start in their neighbourhoods:",
    );
    const hollinbrook = withSupport(example("hollinbrook"), { months: 3 });
    expect(hollinbrook.neighbourhoods.length).toBeLessThanOrEqual(
      hollinbrook.programme.waves.neighbourhoodsPerWave,
    );
    expect(supportPart(hollinbrook)).toMatch(
      /It ends before the coordinators start in their neighbourhoods: agree/,
    );
  });
});

describe("the Welsh privacy notice gives when the retention period starts", () => {
  const NOTICE_CY = "data-protection/privacy-notice.cy.md";
  const cwmTeg = example("cwm-teg");
  const withRetention = (
    retention: Partial<CouncilConfig["dataProtection"]["retention"]>,
  ): CouncilConfig => ({
    ...cwmTeg,
    dataProtection: {
      ...cwmTeg.dataProtection,
      retention: { ...cwmTeg.dataProtection.retention, ...retention },
    },
  });
  const later = { from: "the end of the person's agreement" };

  it("in the council's Welsh words when a start other than the default has them", () => {
    const config = withRetention({ ...later, fromCy: "diwedd cytundeb yr unigolyn." });
    const notice = documentOf(config, NOTICE_CY);
    expect(notice).toContain("o flynyddoedd ar ôl diwedd cytundeb yr unigolyn. Yna rydym yn ei dileu.");
    expect(notice).not.toContain("(pryd mae'r cyfnod yn dechrau)");
    expectGoodWelsh(notice, config);
  });

  it("as a blank without them, and in its own words for the default start", () => {
    expect(documentOf(withRetention(later), NOTICE_CY)).toContain(
      "ar ôl ____________________ (pryd mae'r cyfnod yn dechrau).",
    );
    expect(documentOf(cwmTeg, NOTICE_CY)).toContain("ar ôl eich cyswllt olaf gyda'ch cydlynydd.");
  });
});
