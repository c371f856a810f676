// One test per defect found reading the data-protection documents of an English county council
// (Wendleshire) and a London borough council (Kingsmere) as their data protection officer, and the
// privacy notices as a resident, would (review 23).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const noticeOf = (config: CouncilConfig) => documentOf(config, "data-protection/privacy-notice.md");
const easyReadOf = (config: CouncilConfig) =>
  documentOf(config, "data-protection/privacy-notice-easy-read.md");

describe("the privacy notice gives the retention period as the DPIA does: the council's, still to be confirmed against its schedule", () => {
  it("does not tell the person that the schedule sets the period, which the DPIA asks the council to confirm", () => {
    const wendleshire = example("wendleshire");
    // The premise: the DPIA says the period is the council's choice, to be checked against its schedule.
    expect(documentOf(wendleshire, "data-protection/dpia.md")).toContain(
      "The period is the council's choice: before coordinators start keeping records about people, the council confirms that it matches the entry for these records in its records retention schedule",
    );
    const retention = part(noticeOf(wendleshire), "## 10. ");
    expect(retention).toContain(
      "We keep your information for 6 years after your last contact with your coordinator. Then we delete it.",
    );
    expect(retention).not.toContain("the period our records retention schedule sets");
    // Longer periods for children's and safeguarding records stay the schedule's.
    expect(retention).toContain("may be kept longer where our retention schedule says so");
  });
});

describe("the privacy notice gives a legal basis for every reason it shares without the person's agreement (UK GDPR Art 13(1)(c))", () => {
  it("names the bases for an emergency, a legal obligation and crime, as the data-sharing agreements do", () => {
    for (const name of ["wendleshire", "kingsmere"]) {
      const config = example(name);
      const notice = noticeOf(config);
      // The premise: section 8 lists four reasons to share without agreement; section 5 gave a basis for one.
      expect(part(notice, "## 8. ")).toContain(
        "to safeguard a child or an adult at risk, to protect someone's vital interests (an emergency), to meet a legal obligation, or to prevent or detect crime",
      );
      const lawfulBasis = part(notice, "## 5. ");
      expect(lawfulBasis).toContain(
        "For the other reasons we may share without your agreement (section 8): to protect someone's life in an emergency (UK GDPR Art 6(1)(d); for sensitive information, Art 9(2)(c), or, for information about crimes, DPA 2018 Schedule 1 Part 3 paragraph 30, only if the person cannot consent); to meet a legal obligation (UK GDPR Art 6(1)(c); for sensitive information, Art 9(2)(g), with DPA 2018 Schedule 1 Part 2 paragraph 6); and to prevent or detect crime (UK GDPR Art 6(1)(e); for sensitive information, or information about crimes, DPA 2018 Schedule 1 Part 2 paragraph 10).",
      );
    }
  });
});

describe("the privacy notices let a person complain other than by email (DPA 2018 s.164A: a complaint form completed electronically and by other means)", () => {
  it("says the person can complain through their coordinator, as they can use their rights", () => {
    const notice = noticeOf(example("kingsmere"));
    // The premise: rights can already be used through the coordinator.
    expect(part(notice, "## 11. ")).toContain("contact your coordinator or our data protection officer");
    expect(part(notice, "## 13. ")).toContain(
      "Tell us first. Contact our Data Protection Officer at <dpo@kingsmere.example.gov.uk>, or tell your coordinator, who passes your complaint on.",
    );
  });

  it("tells the Easy Read reader they can complain by telling their coordinator", () => {
    const easyRead = easyReadOf(example("wendleshire"));
    expect(easyRead).toContain(
      "| Picture: a complaint form | To complain, tell your coordinator, or email our data protection team: <data.protection@wendleshire.example.gov.uk>. |",
    );
    expect(easyRead).not.toContain("| To complain, email our data protection team");
  });
});

describe("each privacy notice carries the reference and version that the agreement-to-share form records", () => {
  it("gives the full notice and the Easy Read version a reference and a version to copy onto the form", () => {
    const config = example("wendleshire");
    // The premise: the form records the reference and version of the notice shown, full or Easy Read.
    expect(documentOf(config, "data-protection/agreement-to-share-form.md")).toContain(
      "The notice the person was shown: its reference ____________________ and version ____________________. Usually the privacy notice of Local Area Coordination in Wendleshire, or its Easy Read version.",
    );
    const line =
      "Reference ____________________, version ____________________, published ____________________.";
    expect(noticeOf(config)).toContain(`\n${line}\n`);
    const easyRead = easyReadOf(config);
    expect(easyRead).toContain(`\n${line}\n`);
    // The Easy Read version's line is before its first table, where the coordinator finds it.
    expect(easyRead.indexOf(line)).toBeLessThan(easyRead.indexOf("## About this leaflet"));
  });
});

describe("the data-sharing agreements carry the ICO code's rule for children's data", () => {
  const children =
    "**Children.** A party shares a child's personal data only where it can show a compelling reason to do so, taking account of the best interests of the child, which are a primary consideration; safeguarding is one such reason. Even with a compelling reason, the sharing of a child's personal data is covered by a data protection impact assessment, because children are a vulnerable group (ICO data sharing code, \"Data sharing and children\").";

  it("says it in section 7 of each agreement, NHS, police or voluntary", () => {
    const wendleshire = example("wendleshire");
    const kingsmere = example("kingsmere");
    // The premise: the DPIA counts children among the people supported.
    expect(documentOf(wendleshire, "data-protection/dpia.md")).toContain("some may be children");
    for (const [config, path] of [
      [wendleshire, "data-sharing/wendleshire-healthcare-nhs-trust.md"],
      [wendleshire, "data-sharing/wendleshire-community-action.md"],
      [kingsmere, "data-sharing/metropolitan-police-service.md"],
    ] as const) {
      expect(part(documentOf(config, path), "## 7. "), path).toContain(children);
    }
  });

  it("says it in the multi-party agreement", () => {
    const brackenford = example("brackenford");
    const multiParty: CouncilConfig = {
      ...brackenford,
      dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
    };
    expect(documentOf(multiParty, "data-sharing/multi-party-agreement.md")).toContain(children);
  });
});

describe("the documents name the regulator as it is since 30 September 2026: the Information Commission, still known as the ICO", () => {
  // DUAA 2025 s.118 abolished the office of Information Commissioner and s.119 transferred its
  // functions to the Information Commission, both in force on 30 September 2026 (SI 2026/1015 reg 2).
  it("tells the person to complain to the Information Commission (the ICO), in the notice and in Easy Read", () => {
    const config = example("wendleshire");
    const notice = noticeOf(config);
    expect(part(notice, "## 13. ")).toContain(
      "You can also complain to the Information Commission (the ICO): <https://ico.org.uk/make-a-complaint/>.",
    );
    expect(part(notice, "## 1. ")).toContain(
      "Our registration number with the Information Commission (the ICO) is ZZ999200.",
    );
    const easyRead = easyReadOf(config);
    expect(easyRead).toContain(
      "| Picture: the ICO logo | You can also complain to the Information Commission, called the ICO. |",
    );
    for (const text of [notice, easyRead]) expect(text).not.toContain("Information Commissioner");
  });

  it("names it in the agreements' complaints and breach clauses", () => {
    const agreement = documentOf(example("kingsmere"), "data-sharing/metropolitan-police-service.md");
    expect(part(agreement, "## 8. ")).toContain(
      "It also tells the person of their right to complain to the Information Commission (the ICO).",
    );
    expect(part(agreement, "## 9. ")).toContain(
      "report it to the Information Commission (the ICO) without undue delay",
    );
    expect(agreement).not.toContain("Information Commissioner's Office");
  });
});

describe("the agreements cite what criminal offence data includes where the law says it (lead's review 23)", () => {
  it("cite DPA 2018 s.11(2) for 'alleged offences', and keep s.10(5) for the conditions of processing it", () => {
    const kingsmere = example("kingsmere");
    const agreement = documentOf(kingsmere, "data-sharing/metropolitan-police-service.md");
    // s.11(2): references to criminal offence data include data about the alleged commission of offences.
    expect(agreement).toContain(
      "Criminal offence data (UK GDPR Art 10 and DPA 2018 s.11(2)) is information about a person's criminal convictions and offences: offences they have committed or are alleged to have committed,",
    );
    // s.10(5): the condition in Schedule 1 Parts 1 to 3, in the lawful-basis table.
    expect(part(agreement, "## 5. ")).toContain("UK GDPR Art 10 and DPA 2018 s.10(5)");
  });
});
