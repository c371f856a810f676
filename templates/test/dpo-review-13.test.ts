// One test per defect found reading the English packs of Stanmoor, Wendleshire and Kingsmere, and the
// Welsh privacy notice of Cwm Teg, as a council's data protection officer would, on legitimate interests
// (review 13).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, section } from "./markdown-sections.js";

const BLANK = "____________________";

function multiParty(config: CouncilConfig): CouncilConfig {
  return { ...config, dataProtection: { ...config.dataProtection, sharingAgreement: "multi-party" } };
}

/** The bullet of a privacy notice's section 5 that begins with the partner's name (English) or "Mae <name>" (Welsh). */
function partnerBullet(notice: string, start: string): string {
  const line = notice.split("\n").find((text) => text.startsWith(`- ${start} `));
  if (line === undefined) throw new Error(`no bullet for ${start}`);
  return line;
}

/** The line of the list of legitimate interests assessments for one party. */
function assessment(content: string, organisation: string): string {
  const line = content
    .split("\n")
    .find((text) => text.startsWith(`- ${organisation}: legitimate interests assessment`));
  if (line === undefined) throw new Error(`no legitimate interests assessment for ${organisation}`);
  return line;
}

describe("a partner that relies on legitimate interests records its legitimate interests assessment", () => {
  it("asks a housing association, in its agreement, for the date and reference of its assessment", () => {
    const lawfulBasis = section(
      documentOf(example("stanmoor"), "data-sharing/stanmoor-community-housing.md"),
      5,
    );
    expect(lawfulBasis).toContain(
      "**Legitimate interests assessment.** Stanmoor Community Housing relies on legitimate interests (UK GDPR Art 6(1)(f)).",
    );
    expect(lawfulBasis).toContain(
      "the ICO's three-part test: the purpose (the legitimate interest the sharing pursues), necessity (whether the sharing is necessary for it, or a less intrusive way would achieve the same result) and balancing",
    );
    expect(lawfulBasis).toContain(
      "Before sharing starts, it carries out and records a legitimate interests assessment,",
    );
    expect(lawfulBasis).toContain("It records, before sharing starts:");
    expect(assessment(lawfulBasis, "Stanmoor Community Housing")).toBe(
      `- Stanmoor Community Housing: legitimate interests assessment dated ${BLANK}, reference ${BLANK}`,
    );
    // The council is a public authority: no line for it.
    expect(lawfulBasis).not.toContain(
      "- Stanmoor Metropolitan Borough Council (fictional): legitimate interests assessment",
    );
  });

  it("asks a charity in another council's pack too", () => {
    const lawfulBasis = section(
      documentOf(example("wendleshire"), "data-sharing/wendleshire-community-action.md"),
      5,
    );
    expect(assessment(lawfulBasis, "Wendleshire Community Action")).toBe(
      `- Wendleshire Community Action: legitimate interests assessment dated ${BLANK}, reference ${BLANK}`,
    );
  });

  it("asks nothing of the kind of a public authority, whose basis is public task", () => {
    const config = example("stanmoor");
    for (const path of [
      "data-sharing/stanmoor-teaching-hospitals-nhs-foundation-trust.md",
      "data-sharing/greater-stanmoor-police.md",
      "data-sharing/greater-stanmoor-fire-and-rescue-service.md",
    ]) {
      expect(documentOf(config, path), path).not.toContain("Legitimate interests assessment");
    }
  });

  it("says recognised legitimate interest has no balancing test, so needs no such assessment", () => {
    const lawfulBasis = section(
      documentOf(example("stanmoor"), "data-sharing/voluntary-action-stanmoor.md"),
      5,
    );
    expect(lawfulBasis).toContain(
      "Recognised legitimate interest (Art 6(1)(ea)) has no balancing test, so no such assessment is needed where a party relies on it",
    );
  });

  it("lists every such party in a multi-party agreement, and only those", () => {
    const agreement = documentOf(multiParty(example("stanmoor")), "data-sharing/multi-party-agreement.md");
    expect(agreement).toContain(
      "**Legitimate interests assessment.** Stanmoor Community Housing and Voluntary Action Stanmoor rely on legitimate interests (UK GDPR Art 6(1)(f)).",
    );
    expect(assessment(agreement, "Voluntary Action Stanmoor")).toBe(
      `- Voluntary Action Stanmoor: legitimate interests assessment dated ${BLANK}, reference ${BLANK}`,
    );
  });

  it("lists them in the DPIA with the bases of the parties", () => {
    const step4 = part(documentOf(example("stanmoor"), "data-protection/dpia.md"), "## Step 4: ");
    expect(step4).toContain(
      "Stanmoor Community Housing and Voluntary Action Stanmoor rely on legitimate interests (UK GDPR Art 6(1)(f)), so each records a legitimate interests assessment",
    );
    expect(assessment(step4, "Stanmoor Community Housing")).toBe(
      `- Stanmoor Community Housing: legitimate interests assessment dated ${BLANK}, reference ${BLANK}`,
    );
    expect(assessment(step4, "Voluntary Action Stanmoor")).toBe(
      `- Voluntary Action Stanmoor: legitimate interests assessment dated ${BLANK}, reference ${BLANK}`,
    );
    expect(step4).not.toContain("- Greater Stanmoor Police: legitimate interests assessment");
  });

  it("speaks of one such partner in the singular", () => {
    const step4 = part(documentOf(example("wendleshire"), "data-protection/dpia.md"), "## Step 4: ");
    expect(step4).toContain(
      "Wendleshire Community Action relies on legitimate interests (UK GDPR Art 6(1)(f)), so it records a legitimate interests assessment",
    );
  });

  it("asks it in a Welsh pack's Information Sharing Protocol", () => {
    const protocol = documentOf(example("cwm-teg"), "data-sharing/information-sharing-protocol.md");
    expect(assessment(protocol, "Cartrefi Cwm Teg")).toBe(
      `- Cartrefi Cwm Teg: legitimate interests assessment dated ${BLANK}, reference ${BLANK}`,
    );
  });
});

describe("the agreement offers recognised legitimate interest for crime only where a party is not a public authority", () => {
  it("does not speak of 'another party' in an agreement whose parties are all public authorities", () => {
    const exceptions = section(
      documentOf(example("stanmoor"), "data-sharing/stanmoor-teaching-hospitals-nhs-foundation-trust.md"),
      7,
    );
    expect(exceptions).toContain(
      "to prevent or detect crime, Art 6(1)(e), and, for special category and criminal offence data, DPA 2018 Schedule 1 paragraph 10.",
    );
    expect(exceptions).not.toContain("Art 6(1)(ea)");
  });
});

describe("the privacy notice gives a partner that is not a public body the basis its agreement gives it for crime", () => {
  it("says in plain words that it may rely on a recognised legitimate interest to prevent or detect crime", () => {
    const notice = documentOf(example("stanmoor"), "data-protection/privacy-notice.md");
    const bullet = partnerBullet(notice, "Stanmoor Community Housing");
    expect(bullet).toContain(
      'it relies instead on a "recognised legitimate interest", a purpose that the law itself recognises (UK GDPR Art 6(1)(ea), with the safeguarding condition of UK GDPR Annex 1); to prevent or detect crime, it may rely on one too (the crime condition of Annex 1).',
    );
    expect(partnerBullet(notice, "Stanmoor Teaching Hospitals NHS Foundation Trust")).not.toContain(
      "recognised legitimate interest",
    );
  });

  it("says it in the Welsh notice, with the glossary's proposed term", () => {
    const notice = documentOf(example("cwm-teg"), "data-protection/privacy-notice.cy.md");
    const bullet = partnerBullet(notice, "Mae Cartrefi Cwm Teg");
    expect(bullet).toContain(
      "mae'n dibynnu yn lle hynny ar sail gyfreithlon arall, sef buddiant dilys cydnabyddedig, un o'r dibenion y mae'r gyfraith ei hun yn eu cydnabod (Erthygl 6(1)(ea) GDPR y DU, gydag amod diogelu Atodiad 1 GDPR y DU); er mwyn atal neu ganfod trosedd, gall ddibynnu arno hefyd (amod trosedd Atodiad 1).",
    );
    expect(partnerBullet(notice, "Mae Bwrdd Iechyd Prifysgol Cwm Teg")).not.toContain("cydnabyddedig");
  });
});

describe("the fire and rescue authority's note on the Crime and Disorder Act 1998 s.115 fits the direction of its flows", () => {
  it("leaves out the council's disclosures to the London Fire Brigade, which receives nothing from the council", () => {
    const power = section(documentOf(example("kingsmere"), "data-sharing/london-fire-brigade.md"), 5);
    const note = power.split("\n").find((line) => line.startsWith("- **London Fire Brigade.**")) ?? "";
    expect(note).toContain(
      "The Crime and Disorder Act 1998 s.115 covers its disclosures to the council, a relevant authority,",
    );
    expect(note).toContain("is the usual power for its introductions from safe and well visits.");
    expect(note).not.toContain("The council may rely on s.115 to disclose");
    expect(note).not.toContain("requests for");
  });

  it("keeps both where the fire and rescue service shares both ways", () => {
    const power = section(
      documentOf(example("stanmoor"), "data-sharing/greater-stanmoor-fire-and-rescue-service.md"),
      5,
    );
    const note =
      power.split("\n").find((line) => line.startsWith("- **Greater Stanmoor Fire and Rescue Service.**")) ??
      "";
    expect(note).toContain(
      "is the usual power for introductions from, and requests for, safe and well visits.",
    );
    expect(note).toContain("covers its disclosures to the council");
    expect(note).toContain(
      "The council may rely on s.115 to disclose to it on the same terms: s.115(2) names the London Fire Commissioner and fire and rescue authorities as relevant authorities (a combined authority that exercises fire and rescue functions confirms that it is one).",
    );
    // What s.115(2) says of fire and rescue authorities, read (review 14), not left for the parties to look up.
    expect(note).not.toContain("confirm on legislation.gov.uk");
  });
});
