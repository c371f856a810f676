// One test per finding of review 22: the Welsh example council's pack read by its data protection officer
// and its Welsh language officer. (1) The Welsh documents give the Welsh privacy notice's own address
// (dataProtection.privacyNoticeUrlCy), the English one only until it is added. (2) A person-facing
// document (the notices, the Easy Read notices, the agreement-to-share form the person gets a copy of)
// shows words, never the English system codes of @lac/consent's enumerations: the form keeps them in a
// part for staff only. (3) The Easy Read notices of a Welsh council say, as the full notices do, that
// correspondence in Welsh is welcome, answered in Welsh and not delayed (standard 7 as City and County of
// Swansea Council lists it; docs/welsh-language.md).
import type { CouncilConfig } from "@lac/council";
import {
  ACCESSIBLE_FORMATS,
  ALL_ORDINARY,
  EXCEPTION_GROUNDS,
  EXCEPTION_REASONS,
  INFORMATION_CATEGORY_IDS,
  PURPOSE_IDS,
  RECIPIENT_RELATIONSHIPS,
  REPRESENTATIVE_RELATIONSHIPS,
  agreementMethodSchema,
  withdrawalScopeSchema,
} from "@lac/consent";
import { describe, expect, it } from "vitest";
import { documentOf, example, render } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part } from "./markdown-sections.js";

const NOTICE = "data-protection/privacy-notice.md";
const NOTICE_CY = "data-protection/privacy-notice.cy.md";
const EASY_READ = "data-protection/privacy-notice-easy-read.md";
const EASY_READ_CY = "data-protection/privacy-notice-easy-read.cy.md";
const FORM = "data-protection/agreement-to-share-form.md";
const FORM_CY = "data-protection/agreement-to-share-form.cy.md";

const cwmTeg = example("cwm-teg");
const WELSH_URL = "https://cwmteg.example.gov.uk/preifatrwydd/cydlynu-ardal-leol";
const ENGLISH_URL = "https://cwmteg.example.gov.uk/privacy/local-area-coordination";
const withoutWelshUrl: CouncilConfig = {
  ...cwmTeg,
  dataProtection: { ...cwmTeg.dataProtection, privacyNoticeUrlCy: undefined },
};
const englishOnly: CouncilConfig = { ...cwmTeg, output: { ...cwmTeg.output, languages: ["en"] } };

describe("the Welsh documents give the Welsh privacy notice's own address", () => {
  it("in the Welsh privacy notice, where it says where the latest version is published", () => {
    const notice = documentOf(cwmTeg, NOTICE_CY);
    expect(notice).toContain(`ac yn cyhoeddi'r fersiwn ddiweddaraf yn <${WELSH_URL}>.`);
    expect(notice).not.toContain(ENGLISH_URL);
  });

  it("while the English notice keeps the English address", () => {
    const notice = documentOf(cwmTeg, NOTICE);
    expect(notice).toContain(`publish the latest version at <${ENGLISH_URL}>.`);
    expect(notice).not.toContain(WELSH_URL);
  });

  it("and the English address until the Welsh one is added", () => {
    expect(documentOf(withoutWelshUrl, NOTICE_CY)).toContain(
      `ac yn cyhoeddi'r fersiwn ddiweddaraf yn <${ENGLISH_URL}>.`,
    );
  });

  it("as it is written, not escaped as Markdown text", () => {
    const url = "https://cwmteg.example.gov.uk/preifatrwydd/cydlynu_ardal_leol";
    const config = { ...cwmTeg, dataProtection: { ...cwmTeg.dataProtection, privacyNoticeUrlCy: url } };
    expect(documentOf(config, NOTICE_CY)).toContain(`<${url}>`);
  });

  it("in no English document", () => {
    for (const document of render(cwmTeg)) {
      if (document.path.endsWith(".cy.md")) continue;
      expect(document.content, document.path).not.toContain(WELSH_URL);
    }
  });
});

/** Every code of @lac/consent's enumerations that a form's answer is recorded by. */
const CONSENT_CODES: readonly string[] = [
  ...new Set<string>([
    ALL_ORDINARY,
    ...INFORMATION_CATEGORY_IDS,
    ...PURPOSE_IDS,
    ...ACCESSIBLE_FORMATS,
    ...REPRESENTATIVE_RELATIONSHIPS,
    ...RECIPIENT_RELATIONSHIPS,
    ...EXCEPTION_GROUNDS,
    ...EXCEPTION_REASONS,
    ...agreementMethodSchema.options.map((option) => option.shape.kind.value),
    ...withdrawalScopeSchema.options.map((option) => option.shape.kind.value),
  ]),
];

/**
 * The codes the form's part for staff gives: all but the reasons for not relying on agreement that an
 * exception decided away from the person has, which the form does not record.
 */
const FORM_CODES = CONSENT_CODES.filter(
  (code) => !(EXCEPTION_REASONS as readonly string[]).includes(code) || code === "person-cannot-agree",
);

/**
 * The codes of CONSENT_CODES a text shows: a code with a hyphen anywhere as a word of its own
 * ("family-member"), a one-word code ("health") as code or in brackets.
 */
function consentCodesIn(text: string): string[] {
  return CONSENT_CODES.filter((code) => {
    const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = code.includes("-")
      ? new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`)
      : new RegExp(`\`${escaped}\`|\\(${escaped}\\)`);
    return pattern.test(text);
  });
}

/** The parts of the form the person gets a copy of: Parts A and B. */
function personsCopy(form: string, partA: string, partC: string): string {
  return form.slice(form.indexOf(`\n${partA}`), form.indexOf(`\n${partC}`));
}

describe("the person-facing documents show words, never the codes of @lac/consent", () => {
  it("knows the codes it looks for", () => {
    expect(CONSENT_CODES).toEqual(
      expect.arrayContaining(["family-member", "person-cannot-agree", "verbal", "whole-agreement", "health"]),
    );
    expect(consentCodesIn("- [ ] Aelod o'r teulu (`family-member`)")).toEqual(["family-member"]);
    expect(consentCodesIn("gyda'r rheswm person-cannot-agree.")).toEqual(["person-cannot-agree"]);
    expect(consentCodesIn("- [ ] Iechyd (`health`)")).toEqual(["health"]);
    expect(consentCodesIn("Your health, and other things")).toEqual([]);
  });

  it.each([NOTICE_CY, EASY_READ_CY, NOTICE, EASY_READ])("in %s", (path) => {
    expect(consentCodesIn(documentOf(cwmTeg, path))).toEqual([]);
    expect(consentCodesIn(documentOf(example("brackenford"), path.replace(".cy.md", ".md")))).toEqual([]);
  });

  it.each([
    [FORM_CY, "## Rhan A", "## Rhan C"],
    [FORM, "## Part A", "## Part C"],
  ])("in the parts of %s the person gets a copy of, which show no code at all", (path, partA, partC) => {
    for (const config of [cwmTeg, example("brackenford")]) {
      if (config !== cwmTeg && path === FORM_CY) continue;
      const form = documentOf(config, path);
      const copy = personsCopy(form, partA, partC);
      expect(copy.length).toBeGreaterThan(1000);
      expect(consentCodesIn(copy)).toEqual([]);
      expect(copy.match(/`[^`]*`/g) ?? []).toEqual([]);
    }
  });

  it.each([
    [
      FORM_CY,
      "## Rhan A",
      "## Rhan C: Codau'r system nodiadau achos (i staff yn unig)",
      "peidiwch â'i rhoi yng nghopi'r person",
    ],
    [
      FORM,
      "## Part A",
      "## Part C: The case-note system's codes (for staff only)",
      "leave it out of the person's copy",
    ],
  ])(
    "keeps every code in %s's part for staff only, beside each choice's words",
    (path, partA, heading, leaveOut) => {
      const form = documentOf(cwmTeg, path);
      const staff = part(form, heading);
      expect(staff).toContain(leaveOut);
      for (const code of FORM_CODES) expect(staff, code).toContain(`\`${code}\``);
      // Each choice the person can tick has its row, in the same words, in the part for staff.
      const copy = personsCopy(form, partA, heading.slice(0, heading.indexOf(":")));
      const choices = [...copy.matchAll(/^\s*- \[ \] ([^:\n]+?)(?:, which one:|, pa un:|:.*)?$/gm)].map(
        (m) => m[1],
      );
      expect(choices.length).toBeGreaterThan(50);
      for (const choice of choices)
        expect(staff, choice).toMatch(
          new RegExp(`\\| ${choice!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\| \``),
        );
    },
  );

  it("says so at the top of the Welsh form, in good Welsh", () => {
    const form = documentOf(cwmTeg, FORM_CY);
    expect(form).toContain(
      "mae Rhan C, i staff yn unig, yn rhoi'r maes a'r cod y mae'r system nodiadau achos yn eu cofnodi ar gyfer pob ateb.",
    );
    expect(form).toContain(
      "Rhowch gopi o Rannau A a B i'r person, mewn ffurf sy'n addas iddo; mae Rhan C yn aros gyda'r staff.",
    );
    expectGoodWelsh(form, cwmTeg);
  });
});

describe("the Easy Read notices of a Welsh council welcome correspondence in Welsh", () => {
  const rows = [
    "| Picture: a letter | You are welcome to write to us in Welsh. |",
    "| Picture: a letter | We will answer in Welsh. |",
    "| Picture: a clock | We will not take longer to answer. |",
  ];
  const rowsCy = [
    "| Llun: llythyr | Croeso i chi ysgrifennu atom yn Gymraeg. |",
    "| Llun: llythyr | Byddwn yn ateb yn Gymraeg. |",
    "| Llun: cloc | Ni fyddwn yn cymryd mwy o amser i ateb. |",
  ];

  it("in the English Easy Read notice, whatever the pack's languages", () => {
    for (const config of [cwmTeg, englishOnly]) {
      expect(documentOf(config, EASY_READ)).toContain(rows.join("\n"));
    }
  });

  it("not for an English council", () => {
    expect(documentOf(example("brackenford"), EASY_READ)).not.toContain("write to us in Welsh");
  });

  it("in the Welsh Easy Read notice, in good Welsh", () => {
    const easyRead = documentOf(cwmTeg, EASY_READ_CY);
    expect(easyRead).toContain(rowsCy.join("\n"));
    expectGoodWelsh(easyRead, cwmTeg);
  });
});
