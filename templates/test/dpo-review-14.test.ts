// One test per defect found reading the data-sharing agreements, DPIA and privacy notices of Stanmoor
// (English) and Cwm Teg (Welsh) as a council's data protection officer would (review 14).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, section } from "./markdown-sections.js";

/** The bullet of a privacy notice's section 5 that begins with the partner's name (English) or "Mae <name>" (Welsh). */
function partnerBullet(notice: string, start: string): string {
  const line = notice.split("\n").find((text) => text.startsWith(`- ${start} `));
  if (line === undefined) throw new Error(`no bullet for ${start}`);
  return line;
}

/** A council's configuration with only its partners that are public authorities. */
function publicPartnersOnly(config: CouncilConfig): CouncilConfig {
  const kept = config.partners.filter(
    (partner) => partner.kind !== "housing-association" && partner.kind !== "charity",
  );
  return { ...config, partners: kept };
}

describe("the privacy notice gives a partner that is not a public body the Article 6 basis its agreement gives it for safeguarding", () => {
  it("names recognised legitimate interest, with the safeguarding condition of Annex 1, as the agreement does", () => {
    const config = example("stanmoor");
    const agreement = section(documentOf(config, "data-sharing/stanmoor-community-housing.md"), 5);
    // The agreement's safeguarding column for the housing association.
    expect(agreement).toContain(
      "UK GDPR Art 6(1)(ea) recognised legitimate interest; UK GDPR Art 9(2)(g) with DPA 2018 Schedule 1 Part 2 paragraph 18",
    );
    const notice = documentOf(config, "data-protection/privacy-notice.md");
    const bullet = partnerBullet(notice, "Stanmoor Community Housing");
    // The whole sentence, and the Welsh notice's, are checked in dpo-review-13.test.ts.
    expect(bullet).toContain("(UK GDPR Art 6(1)(ea), with the safeguarding condition of UK GDPR Annex 1)");
    expect(partnerBullet(notice, "Voluntary Action Stanmoor")).toContain(
      "with the safeguarding condition of UK GDPR Annex 1",
    );
    expect(partnerBullet(notice, "Stanmoor Teaching Hospitals NHS Foundation Trust")).not.toContain(
      "recognised legitimate interest",
    );
  });
});

describe("the Easy Read privacy notice says what the standard notice says of recognised legitimate interest", () => {
  it("says in Easy Read words that a partner that is not a public body may share to keep people safe or to stop crime", () => {
    const easyRead = part(
      documentOf(example("stanmoor"), "data-protection/privacy-notice-easy-read.md"),
      "## Who we share it with",
    );
    expect(easyRead).toContain(
      "| Picture: a law book | The law says that keeping people safe is a good reason for them to share. |",
    );
    expect(easyRead).toContain("| Picture: a police badge | So is stopping crime. |");
    expect(easyRead).toContain(
      '| Picture: a law book | The law calls these reasons "recognised legitimate interests". |',
    );
    // The partners that are not public bodies are named first: the council, a public body, cannot use
    // these reasons (party-names-24.test.ts).
    expect(easyRead).toContain("| Picture: a building | Stanmoor Community Housing is not a public body. |");
    expect(easyRead).toContain("| Picture: a building | Voluntary Action Stanmoor is not a public body. |");
    expect(easyRead).not.toContain("Greater Stanmoor Police is not a public body");
    // After the rows on the council's own sharing without agreement, whose last row ("If this happens")
    // speaks of that sharing, not of the partners' reasons.
    expect(easyRead.indexOf("If this happens, we will tell you")).toBeLessThan(
      easyRead.indexOf("The law says that keeping people safe"),
    );
  });

  it("says it in the Welsh Easy Read notice", () => {
    const easyRead = part(
      documentOf(example("cwm-teg"), "data-protection/privacy-notice-easy-read.cy.md"),
      "## Gyda phwy rydym yn ei rhannu",
    );
    expect(easyRead).toContain(
      "| Llun: llyfr cyfraith | Mae'r gyfraith yn dweud bod cadw pobl yn ddiogel yn rheswm da dros rannu. |",
    );
    expect(easyRead).toContain("| Llun: bathodyn heddlu | Felly hefyd atal trosedd. |");
    expect(easyRead).toContain(
      '| Llun: llyfr cyfraith | Enw\'r gyfraith ar y rhesymau hyn yw "buddiannau dilys cydnabyddedig". |',
    );
    expect(easyRead).toContain("| Llun: adeilad | Nid yw Cartrefi Cwm Teg yn gorff cyhoeddus. |");
    expect(easyRead.indexOf("Os bydd hyn yn digwydd")).toBeLessThan(
      easyRead.indexOf("Mae'r gyfraith yn dweud bod cadw pobl yn ddiogel"),
    );
  });

  it("says nothing of it where every partner is a public body", () => {
    const config = publicPartnersOnly(example("stanmoor"));
    expect(documentOf(config, "data-protection/privacy-notice-easy-read.md")).not.toContain(
      "recognised legitimate interests",
    );
    expect(documentOf(config, "data-protection/privacy-notice.md")).not.toContain(
      "recognised legitimate interest",
    );
  });
});

describe("the legitimate interests assessment paragraph reads plainly", () => {
  it("says 'It records, before sharing starts:' for one party", () => {
    const lawfulBasis = section(
      documentOf(example("stanmoor"), "data-sharing/stanmoor-community-housing.md"),
      5,
    );
    expect(lawfulBasis).toContain("It records, before sharing starts:");
    expect(lawfulBasis).not.toContain("Recorded by it");
  });

  it("says 'Each records, before sharing starts:' for several", () => {
    const config = example("stanmoor");
    const agreement = documentOf(
      { ...config, dataProtection: { ...config.dataProtection, sharingAgreement: "multi-party" } },
      "data-sharing/multi-party-agreement.md",
    );
    expect(agreement).toContain("Each records, before sharing starts:");
    expect(agreement).not.toContain("Recorded by each");
  });
});
