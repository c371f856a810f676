// A DPO's review of the example packs: the DPIA says to carry it out before any processing starts, and
// the processing starts with the first coordinator, but the plan's timeline had no phase for the data
// protection work. The information governance phase ends the day before the first coordinator starts,
// once (the first wave's), and names what it covers for the council's configuration; section 10 and the
// pack index point to it rather than repeat it.
import type { CouncilConfig } from "@lac/council";
import { addDays, renderPack } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { templateSet } from "../dist/index.js";
import { documentOf, example } from "./examples.js";
import { part, phaseRows } from "./markdown-sections.js";

const plan = (config: CouncilConfig) => documentOf(config, "implementation-plan.md");
const readme = (config: CouncilConfig) => documentOf(config, "README.md");

/** The one row of the information governance phase. */
function governanceRow(config: CouncilConfig): string {
  const rows = phaseRows(plan(config), "Information governance");
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** The dates of a configuration's phases, by id and wave. */
function phases(config: CouncilConfig) {
  const result = renderPack(config, templateSet);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.phases;
}

const brackenford = example("brackenford");
const multiParty: CouncilConfig = {
  ...brackenford,
  dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
};
const noPartners: CouncilConfig = { ...brackenford, partners: [] };
const cwmTeg = example("cwm-teg");
const stanmoor = example("stanmoor");

describe("the information governance phase of the implementation plan", () => {
  it.each([
    ["brackenford", brackenford],
    ["brackenford, multi-party", multiParty],
    ["brackenford, no partners", noPartners],
    ["cwm-teg", cwmTeg],
    ["stanmoor (waves)", stanmoor],
  ])("%s: ends the day before the first coordinator starts, once for all the waves", (_, config) => {
    const dated = phases(config);
    const governance = dated.filter((phase) => phase.id === "information-governance");
    expect(governance).toHaveLength(1);
    const firstStart = dated.find((phase) => phase.id === "induction")!.start;
    expect(governance[0]!.end).toBe(addDays(firstStart, -1));
    expect(governance[0]!.start < governance[0]!.end).toBe(true);
  });

  it("for an English council with an agreement for each partner: the DPIA, each partner's agreement, the internal note and the privacy notice", () => {
    const row = governanceRow(brackenford);
    expect(row).toContain(
      "The [data protection impact assessment](data-protection/dpia.md) is completed from the draft in this pack with the advice of the data protection officer, and signed off; if it accepts a residual high risk, the council consults the ICO before going ahead (UK GDPR Art 36(1)), which can take eight weeks or more.",
    );
    expect(row).toContain(
      "The council and each partner that passes personal data to it or receives personal data from it sign their data-sharing agreement (section 10). Later waves work under the same agreements. A partner that joins later signs its own before any personal data passes between it and the council.",
    );
    expect(row).toContain(
      "The heads of the council's services named in the [internal information-sharing note](data-sharing/internal-information-sharing-note.md) agree it.",
    );
    expect(row).toContain(
      "The [privacy notice](data-protection/privacy-notice.md) and its Easy Read version are completed with the data protection officer, tested with people who may be supported, and published.",
    );
    expect(row).not.toMatch(/WASPI|Welsh|multi-party/);
  });

  it("for a multi-party agreement: the council and the partners sign it, and a later partner joins it", () => {
    const row = governanceRow(multiParty);
    expect(row).toContain(
      "The council and the partners that pass personal data to it or receive personal data from it sign the [multi-party data-sharing agreement](data-sharing/multi-party-agreement.md) (section 10). Later waves work under the same agreement. A partner that joins later signs it before any personal data passes between it and the council.",
    );
    expect(row).not.toContain("each partner that passes");
  });

  it("for a Welsh council: the WASPI documents and their quality assurance, and the Welsh documents checked and published with the English", () => {
    const row = governanceRow(cwmTeg);
    expect(row).toMatch(
      /under WASPI, and the lead organisation submits (it|them) for WASPI quality assurance before (it is|they are) used \(section 10\)\./,
    );
    expect(row).toContain(
      "A partner that joins later is added to the sharing under WASPI before any personal data passes between it and the council.",
    );
    expect(row).toContain(
      "The council's translation service checks the Welsh documents of this pack against the English (see the pack's README), and the council publishes the privacy notice in Welsh and English together.",
    );
    expect(row).not.toContain("data-sharing agreement");
  });

  it("with no partners: no agreement to sign yet, and one before any personal data passes", () => {
    const row = governanceRow(noPartners);
    expect(row).toContain(
      "No partners are listed yet: before personal data passes between the council and another organisation, the sharing is agreed (section 10).",
    );
    expect(row).not.toContain("sign their");
    expect(row).toContain("[privacy notice](data-protection/privacy-notice.md)");
  });

  it("without the pack's privacy notice: the council's own, updated and published", () => {
    const own: CouncilConfig = {
      ...brackenford,
      documents: { ...brackenford.documents, privacyNotice: false },
    };
    expect(governanceRow(own)).toContain(
      "The council's own privacy notice is updated to cover the programme, and published.",
    );
  });

  it("says that later waves work under the same agreements only when there are waves", () => {
    expect(governanceRow(stanmoor)).toContain("Later waves work under the same");
    const oneWave: CouncilConfig = {
      ...brackenford,
      programme: {
        ...brackenford.programme,
        waves: { ...brackenford.programme.waves, neighbourhoodsPerWave: 99 },
      },
    };
    expect(governanceRow(oneWave)).not.toContain("Later waves");
    expect(governanceRow(oneWave)).toContain("A partner that joins later signs its own");
  });
});

describe("section 10 and the pack index point to the phase", () => {
  it.each([
    ["brackenford", brackenford],
    ["brackenford, no partners", noPartners],
    ["cwm-teg", cwmTeg],
  ])("%s", (_, config) => {
    const sharing = part(plan(config), "## 10.");
    expect(sharing).toContain(
      "the information governance phase of the timeline (section 5) finishes the data protection work before then",
    );
    expect(sharing).not.toContain("publish the [privacy notice]");
    const next = part(readme(config), "## What to do next");
    expect(next).toMatch(
      /[Tt]he information governance phase of the \[implementation plan\]\(implementation-plan.md\) \(section 5\)/,
    );
    expect(next).not.toContain("before the processing starts, that is before coordinators keep any record");
    expect(next).not.toContain("Then the WASPI documents go to");
  });
});

describe("a council's own phases without the information governance phase", () => {
  it("keeps the plan's and the pack index's own words on the DPIA before the processing starts", () => {
    const manifest = {
      ...templateSet.manifest,
      phases: templateSet.manifest.phases.filter((phase) => phase.id !== "information-governance"),
    };
    const result = renderPack(brackenford, { ...templateSet, manifest });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const text = (path: string) => result.documents.find((document) => document.path === path)!.content;
    expect(phaseRows(text("implementation-plan.md"), "Information governance")).toHaveLength(0);
    expect(part(text("implementation-plan.md"), "## 10.")).toContain(
      "Before the processing starts, that is before coordinators keep any record about a person or share anything, carry out a data protection impact assessment",
    );
    expect(part(text("README.md"), "## What to do next")).toContain(
      "before the processing starts, that is before coordinators keep any record about a person or share anything.",
    );
  });
});
