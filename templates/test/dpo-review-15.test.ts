// One test per defect found reading the privacy notices and the Hollinbrook DPIA as a council's data
// protection officer would (review 15).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, section, tableRow } from "./markdown-sections.js";

/** The bullet of a privacy notice's section 5 that begins with the partner's name (English) or "Mae <name>" (Welsh). */
function partnerBullet(notice: string, start: string): string {
  const line = notice.split("\n").find((text) => text.startsWith(`- ${start} `));
  if (line === undefined) throw new Error(`no bullet for ${start}`);
  return line;
}

/** A council's configuration without the partners of the given names. */
function without(config: CouncilConfig, names: readonly string[]): CouncilConfig {
  return { ...config, partners: config.partners.filter((partner) => !names.includes(partner.organisation)) };
}

describe("the privacy notice's section 6 says which partners rely on legitimate interests, as section 5 does", () => {
  it("names the partners that are not public bodies, instead of saying that a partner may", () => {
    const notice = documentOf(example("stanmoor"), "data-protection/privacy-notice.md");
    const six = section(notice, 6);
    expect(six).toContain(
      "Stanmoor Community Housing and Voluntary Action Stanmoor are not public bodies and rely on their legitimate interests (section 5); each says what they are in its own privacy notice.",
    );
    expect(six).not.toContain("may; if so");
  });

  it("uses the singular for one partner, and says that none relies on them where every partner is a public body", () => {
    const one = without(example("stanmoor"), ["Voluntary Action Stanmoor"]);
    expect(section(documentOf(one, "data-protection/privacy-notice.md"), 6)).toContain(
      "Stanmoor Community Housing is not a public body and relies on its legitimate interests (section 5); it says what they are in its own privacy notice.",
    );
    const none = without(one, ["Stanmoor Community Housing"]);
    const six = section(documentOf(none, "data-protection/privacy-notice.md"), 6);
    expect(six).toContain("None of our partners relies on them to use your information.");
    expect(six).not.toContain("may; if so");
  });

  it("says it in the Welsh notice too", () => {
    const config = example("cwm-teg");
    const six = section(documentOf(config, "data-protection/privacy-notice.cy.md"), 6);
    expect(six).toContain(
      "Nid yw'r sefydliadau hyn (Cartrefi Cwm Teg, Cyngor Gwirfoddol Sirol Cwm Teg) yn gyrff cyhoeddus, ac maent yn dibynnu ar eu buddiannau dilys (adran 5); mae pob un yn dweud beth ydynt yn ei hysbysiad preifatrwydd ei hun.",
    );
    expect(six).not.toContain("os felly");
    const none = without(config, ["Cartrefi Cwm Teg", "Cwm Teg County Voluntary Council"]);
    expect(section(documentOf(none, "data-protection/privacy-notice.cy.md"), 6)).toContain(
      "Nid oes yr un o'n partneriaid yn dibynnu arnynt i ddefnyddio eich gwybodaeth.",
    );
  });
});

describe("the privacy notice gives a public authority partner's Schedule 1 condition with its Article 9 condition", () => {
  it("cites the Schedule 1 paragraph the agreement gives (DPA 2018 s.10)", () => {
    const config = example("stanmoor");
    const agreement = section(documentOf(config, "data-sharing/greater-stanmoor-police.md"), 5);
    expect(agreement).toContain(
      "UK GDPR Art 9(2)(g) substantial public interest (basis in law), with DPA 2018 Schedule 1 Part 2 paragraph 6",
    );
    const notice = documentOf(config, "data-protection/privacy-notice.md");
    expect(partnerBullet(notice, "Greater Stanmoor Police")).toContain(
      "because it is in the substantial public interest and the law allows it (UK GDPR Art 9(2)(g), with DPA 2018 Schedule 1 Part 2 paragraph 6).",
    );
    expect(partnerBullet(notice, "Stanmoor Teaching Hospitals NHS Foundation Trust")).toContain(
      "to provide health or social care, as the law allows (UK GDPR Art 9(2)(h), with DPA 2018 Schedule 1 Part 1 paragraph 2).",
    );
    // Explicit consent needs no Schedule 1 condition.
    expect(partnerBullet(notice, "Stanmoor Community Housing")).toContain(
      "only if you give your explicit consent (UK GDPR Art 9(2)(a)),",
    );
  });

  it("cites it in the Welsh notice too", () => {
    const notice = documentOf(example("cwm-teg"), "data-protection/privacy-notice.cy.md");
    expect(partnerBullet(notice, "Mae Bwrdd Iechyd Prifysgol Cwm Teg")).toContain(
      "(Erthygl 9(2)(h) GDPR y DU, gyda Deddf Diogelu Data 2018 Atodlen 1 Rhan 1 paragraff 2).",
    );
  });
});

describe("the DPIA says who is controller and who processor, as the ICO expects a DPIA to set out", () => {
  it("names the council as controller, the case-note supplier as its processor and the partners as separate controllers", () => {
    const dpia = documentOf(example("hollinbrook"), "data-protection/dpia.md");
    const nature = dpia.slice(dpia.indexOf("### Nature of the processing"), dpia.indexOf("### Scope"));
    expect(nature).toContain(
      "- **Controllers and processors:** Hollinbrook District Council (fictional) is the controller of the programme's records, and the case-note system supplier its processor (UK GDPR Art 28). Hollinshire County Council (fictional), Hollinbrook Housing Association, Hollinshire Police and Hollinbrook Volunteer Centre are each a separate controller of what they hold, not joint controllers (UK GDPR Art 26), as the data-sharing documents say.",
    );
  });

  it("uses the singular for one partner, and says nothing of partners' controllership where there are none", () => {
    const config = example("hollinbrook");
    const dpia = documentOf({ ...config, partners: [] }, "data-protection/dpia.md");
    expect(dpia).toContain("its processor (UK GDPR Art 28).\n");
    expect(dpia).not.toContain("separate controller of what");
    const one = {
      ...config,
      partners: config.partners.filter((p) => p.organisation === "Hollinshire Police"),
    };
    expect(documentOf(one, "data-protection/dpia.md")).toContain(
      "Hollinshire Police is a separate controller of what it holds, not a joint controller (UK GDPR Art 26), as the data-sharing documents say.",
    );
  });
});

describe("the DPIA's measures have a row for the other risks found locally, as its risks do", () => {
  it("gives step 6 the row that step 5 adds for local risks", () => {
    const dpia = documentOf(example("hollinbrook"), "data-protection/dpia.md");
    const risks = part(dpia, "## Step 5");
    const measures = part(dpia, "## Step 6");
    expect(risks).toContain(
      "| 14 | Other risks found locally (one row each): ____________________ | __________ | __________ | __________ |",
    );
    expect(measures).toContain(
      "| 14 | Measures for the other risks found locally: ____________________ | __________ | __________ | __________ |",
    );
  });
});

describe("the DPIA assesses the security of the case-note system, where every person's record is held", () => {
  it("has a risk of access without a need to know, or a breach at the supplier, with measures and the processor's contract", () => {
    const dpia = documentOf(example("hollinbrook"), "data-protection/dpia.md");
    expect(tableRow(part(dpia, "## Step 5"), "4")).toBe(
      "| 4 | The case-note system, which holds every person's record: someone without a need to know (another council team, a former member of staff, or the supplier) sees or changes records, or a breach at the supplier exposes them. A loss of confidentiality for many people at once. | possible | severe | high |",
    );
    expect(tableRow(part(dpia, "## Step 6"), "4")).toBe(
      "| 4 | Access only for the Local Area Coordination team and the managers named for it, removed when someone leaves; an audit trail of who opened or changed each record, checked by the team manager; the supplier's contract (UK GDPR Art 28) sets the security measures it must take and requires it to tell the council of a breach without undue delay. | reduced | medium (remote, severe) | __________ |",
    );
  });
});
