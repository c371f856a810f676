import { readFileSync } from "node:fs";
import { MONTH_NAMES } from "@lac/en-gb-format";
import { WELSH_MONTH_NAMES } from "@lac/en-gb-format/cy-gb";
import { describe, expect, it } from "vitest";
import type { AgreementRecord } from "./agreement.js";
import type { ConsentRecord } from "./consent-record.js";
import { INFORMATION_CATEGORY_IDS, type AgreedCategory } from "./information-categories.js";
import { PURPOSE_IDS } from "./purposes.js";
import { renderReceipt, type Receipt } from "./receipt.js";
import {
  RECEIPT_LANGUAGES,
  chooseReceiptLanguage,
  renderReceiptCy,
  type ReceiptCyOptions,
} from "./receipt-cy.js";
import { RECIPIENT_RELATIONSHIPS, type Recipient } from "./recipient.js";
import { agreement, exception, GP, HOUSING, withdrawal } from "./test-support/fixtures.js";
import { englishWords, unknownWelshWords, withoutTexts } from "./test-support/welsh.js";
import type { WithdrawalRecord } from "./withdrawal.js";

function welshOf(record: unknown, options: ReceiptCyOptions = {}): Receipt {
  const result = renderReceiptCy(record, { language: "cy", ...options });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.receipt;
}

function englishOf(record: unknown, options: ReceiptCyOptions = {}): Receipt {
  const result = renderReceipt(record, options);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.receipt;
}

describe("renderReceiptCy: an agreement in Welsh", () => {
  it("says who gets what, why, until when and how to change your mind, in Welsh", () => {
    const receipt = welshOf(agreement(), {
      organisation: "Example Borough Council",
      cy: { organisation: "Cyngor Bwrdeistref Enghraifft" },
    });
    expect(receipt.title).toBe("Eich cytundeb i rannu gwybodaeth");
    expect(receipt.plain).toBe(
      [
        "Eich cytundeb i rannu gwybodaeth",
        "Rhif y cofnod: AGR-1. Dyddiad y cytundeb: 1 Mawrth 2025.",
        "",
        "Rydych wedi cytuno y caiff Cyngor Bwrdeistref Enghraifft rannu:",
        "- manylion cyswllt",
        "- sefyllfa dai",
        "",
        "Pwy all gael yr wybodaeth:",
        "- Example Borough Council Housing Options (Tenancy officer)",
        "",
        "Pam:",
        "- siarad ar ran y person pan na all fod yno, fel y cytunwyd gydag ef ymlaen llaw",
        "",
        "Mae'r cytundeb yn para tan 1 Mawrth 2026, oni bai eich bod yn newid eich meddwl cyn hynny.",
        "Bydd Cyngor Bwrdeistref Enghraifft yn ei adolygu gyda chi erbyn 1 Medi 2025.",
        "",
        "Gallwch newid y cytundeb hwn neu ei dynnu'n ôl unrhyw bryd, i gyd neu ran ohono. Dywedwch wrth eich Cydlynydd Ardal Leol. O hynny ymlaen, nid oes dim mwy yn cael ei rannu ar sail y cytundeb hwn; nid yw'n dadwneud rhannu a ddigwyddodd o'r blaen.",
      ].join("\n"),
    );
  });

  it("has an Easy Read version with one idea per line", () => {
    const receipt = welshOf(
      agreement({ expiresAt: undefined, recipients: [{ relationship: "family-member" }] }),
      { cy: { howToChangeYourMind: "Ffoniwch y tîm ar 01234 567890." } },
    );
    expect(receipt.easyRead).toBe(
      [
        "Am rannu eich gwybodaeth",
        "",
        "Rydych wedi dweud ie i rannu rhywfaint o wybodaeth amdanoch.",
        "",
        "Pa wybodaeth y byddwn yn ei rhannu:",
        "• manylion cyswllt",
        "• sefyllfa dai",
        "",
        "Gyda phwy y byddwn yn ei rhannu:",
        "• aelod o'r teulu",
        "",
        "Pam:",
        "• siarad ar ran y person pan na all fod yno, fel y cytunwyd gydag ef ymlaen llaw",
        "",
        "Am ba hyd:",
        "• Nes i chi ddweud stop.",
        "",
        "Gallwch newid eich meddwl:",
        "• Gallwch ddweud stop unrhyw bryd.",
        "• Gallwch ddweud stop i ran ohono.",
        "• Ffoniwch y tîm ar 01234 567890.",
        "",
        "Rhif y cofnod: AGR-1",
      ].join("\n"),
    );
    for (const line of receipt.easyRead.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("says until when in Easy Read, with the Welsh month", () => {
    expect(welshOf(agreement()).easyRead).toContain(
      "Am ba hyd:\n• Tan 1 Mawrth 2026.\n• Neu nes i chi ddweud stop.",
    );
  });

  it("writes the date in UK time, as the English receipt does", () => {
    // 23:30 UTC on 31 March 2025 is 00:30 on 1 April in London (summer time).
    const late = agreement({ givenAt: "2025-03-31T23:30:00Z", recordedAt: "2025-03-31T23:40:00Z" });
    expect(englishOf(late).plain).toContain("given on 1 April 2025");
    expect(welshOf(late).plain).toContain("Dyddiad y cytundeb: 1 Ebrill 2025.");
  });
});

describe("renderReceiptCy: dates at the ends of the range", () => {
  it("writes the date of the last instant a timestamp can name, as the English receipt does, without throwing", () => {
    // 23:59 on 31 December 9999 at UTC-12 is 1 January 10000 in London.
    const last = agreement({
      givenAt: "9999-12-31T10:00:00Z",
      recordedAt: "9999-12-31T10:00:00Z",
      reviewBy: undefined,
      expiresAt: "9999-12-31T23:59:59-12:00",
    });
    expect(englishOf(last).plain).toContain("until 1 January 10000");
    expect(welshOf(last).plain).toContain("tan 1 Ionawr 10000");
  });
});

describe("renderReceiptCy: a withdrawal in Welsh", () => {
  it("says sharing stops from then, and that what was shared before is not undone", () => {
    const receipt = welshOf(withdrawal(), { records: [agreement()] });
    expect(receipt.title).toBe("Rydych wedi newid eich meddwl am rannu");
    expect(receipt.plain).toBe(
      [
        "Rydych wedi newid eich meddwl am rannu",
        "Rhif y cofnod tynnu'n ôl: WDR-1. Dyddiad: 1 Mehefin 2025.",
        "",
        "Dywedoch wrthym am stopio rhannu ar sail eich cytundeb AGR-1 (a roddwyd ar 1 Mawrth 2025). O 1 Mehefin 2025 ymlaen, ni fyddwn yn rhannu unrhyw wybodaeth ar ei sail.",
        "",
        "Nid yw hyn yn dadwneud rhannu a ddigwyddodd cyn i chi ddweud wrthym.",
        "Os ydych am gytuno i rannu eto, neu newid unrhyw beth arall: Dywedwch wrth eich Cydlynydd Ardal Leol.",
      ].join("\n"),
    );
    expect(receipt.easyRead).toBe(
      [
        "Rydych wedi dweud stop",
        "",
        "Dywedoch wrthym am stopio rhannu eich gwybodaeth.",
        "Gwnaethom stopio ar 1 Mehefin 2025.",
        "",
        "Nid yw pethau a rannwyd cyn i chi ddweud stop yn cael eu cymryd yn ôl.",
        "",
        "Gallwch newid eich meddwl eto:",
        "• Dywedwch wrth eich Cydlynydd Ardal Leol.",
        "",
        "Rhif y cofnod: WDR-1",
      ].join("\n"),
    );
  });

  it("lists what a partial withdrawal stops", () => {
    const part = withdrawal({
      scope: { kind: "part", recipients: [GP], categories: ["health"], purposes: ["introduction"] },
    });
    const receipt = welshOf(part, { cy: { organisation: "Cyngor Bwrdeistref Enghraifft" } });
    expect(receipt.plain).toContain(
      "Dywedoch wrthym am stopio rhan o'ch cytundeb AGR-1. O 1 Mehefin 2025 ymlaen, ni fydd Cyngor Bwrdeistref Enghraifft yn rhannu:\n" +
        "- â'r derbynnydd hwn: Riverside Medical Practice (Practice manager)\n" +
        "- yr wybodaeth hon: iechyd\n" +
        "- at y diben hwn: cyflwyno'r person i grŵp cymunedol, sefydliad neu wasanaeth",
    );
    expect(receipt.easyRead).toContain(
      "Dywedoch wrthym am stopio rhannu rhywfaint o'ch gwybodaeth.\nGwnaethom stopio ar 1 Mehefin 2025.\n\n" +
        "Beth wnaethom ei stopio:\n• Pwy: Riverside Medical Practice\n• Beth: iechyd\n" +
        "• Pam: cyflwyno'r person i grŵp cymunedol, sefydliad neu wasanaeth",
    );
  });
});

/** The record's own texts, which the receipt shows as recorded (names, job titles, ids): not Welsh prose. */
function recordTexts(record: ConsentRecord): string[] {
  const recipients: Recipient[] =
    record.type === "agreement"
      ? [...record.recipients]
      : record.type === "withdrawal" && record.scope.kind === "part"
        ? [...(record.scope.recipients ?? [])]
        : [];
  return [
    record.id,
    ...(record.type === "withdrawal" ? [record.agreementId] : []),
    ...recipients.flatMap((recipient) =>
      "organisation" in recipient
        ? [`${recipient.organisation} (${recipient.role})`, recipient.organisation]
        : [],
    ),
  ];
}

/** The dates of an English text ("1 March 2025"), written with the Welsh month names ("1 Mawrth 2025"). */
function datesInWelsh(english: string): string[] {
  const months = MONTH_NAMES.join("|");
  return [...english.matchAll(new RegExp(`\\b(\\d{1,2}) (${months}) (\\d{4})\\b`, "g"))].map(
    ([, day, month, year]) => `${day} ${WELSH_MONTH_NAMES[MONTH_NAMES.indexOf(month as never)]} ${year}`,
  );
}

const ALL_CATEGORIES: AgreedCategory[] = [...INFORMATION_CATEGORY_IDS, "all-ordinary"];
const RELATIONSHIP_RECIPIENTS: Recipient[] = RECIPIENT_RELATIONSHIPS.map((relationship) => ({
  relationship,
}));

/**
 * Every branch of the English receipt: an agreement with and without an expiry date and a review date, with and
 * without the options, with every kind of recipient, every category and every purpose; a withdrawal of the whole
 * agreement and of a part (recipients, categories, purposes), with and without the agreement found.
 */
const BRANCHES: { name: string; record: ConsentRecord; options: ReceiptCyOptions }[] = [];
const OPTIONS: ReceiptCyOptions[] = [
  {},
  {
    organisation: "Example Borough Council",
    howToChangeYourMind: "Call the team on 01234 567890.",
    cy: {
      organisation: "Cyngor Bwrdeistref Enghraifft",
      howToChangeYourMind: "Ffoniwch y tîm ar 01234 567890.",
    },
  },
];
for (const [index, options] of OPTIONS.entries()) {
  const everything = agreement({
    recipients: [HOUSING, GP, ...RELATIONSHIP_RECIPIENTS],
    categories: ALL_CATEGORIES,
    purposes: [...PURPOSE_IDS],
  });
  const dates: Partial<AgreementRecord>[] = [{}, { expiresAt: undefined }, { reviewBy: undefined }];
  for (const [which, overrides] of dates.entries()) {
    BRANCHES.push({
      name: `agreement, dates ${which}, options ${index}`,
      record: { ...everything, ...overrides } as AgreementRecord,
      options,
    });
  }
  const scopes: WithdrawalRecord["scope"][] = [
    { kind: "whole-agreement" },
    { kind: "part", recipients: [HOUSING, GP, ...RELATIONSHIP_RECIPIENTS] },
    { kind: "part", categories: ALL_CATEGORIES },
    { kind: "part", purposes: [...PURPOSE_IDS] },
  ];
  for (const [which, scope] of scopes.entries()) {
    for (const found of [true, false]) {
      BRANCHES.push({
        name: `withdrawal, scope ${which}, agreement ${found ? "found" : "not found"}, options ${index}`,
        record: withdrawal({ scope }),
        options: { ...options, ...(found ? { records: [everything] } : {}) },
      });
    }
  }
}

describe("renderReceiptCy: every branch of the English receipt has its Welsh", () => {
  it.each(BRANCHES)("$name", ({ record, options }) => {
    const english = englishOf(record, options);
    const welsh = welshOf(record, options);
    for (const part of ["plain", "easyRead"] as const) {
      // Line for line: every line of the English has its Welsh, and no more.
      expect(welsh[part].split("\n").length, part).toBe(english[part].split("\n").length);
      // Every date, in Welsh; every id, name and job title, as recorded.
      for (const date of datesInWelsh(english[part])) expect(welsh[part], part).toContain(date);
      for (const text of recordTexts(record)) {
        if (english[part].includes(text)) expect(welsh[part], part).toContain(text);
      }
      // Welsh words only: the dictionary knows every word, and no English word is left.
      const prose = withoutTexts(welsh[part], [...recordTexts(record), ...Object.values(options.cy ?? {})]);
      expect(unknownWelshWords(prose), part).toEqual([]);
      expect(englishWords(prose), part).toEqual([]);
    }
    expect(unknownWelshWords(welsh.title)).toEqual([]);
  });

  it("covers every category, purpose and relationship", () => {
    const welsh = welshOf(BRANCHES[0]!.record).plain;
    for (const line of welsh.split("\n").filter((each) => each.startsWith("- "))) {
      expect(line).not.toMatch(/-[a-z]+-/);
    }
    expect(welsh.split("\n").filter((line) => line.startsWith("- ")).length).toBe(
      ALL_CATEGORIES.length + 2 + RECIPIENT_RELATIONSHIPS.length + PURPOSE_IDS.length,
    );
  });
});

describe("renderReceiptCy: the language", () => {
  const welsh = agreement({ correspondenceLanguage: "cy" });
  const english = agreement({ correspondenceLanguage: "en" });
  const unknown = agreement();

  it("follows the option first, then the person's choice for correspondence, and is bilingual otherwise", () => {
    expect(chooseReceiptLanguage(welsh, {})).toBe("cy");
    expect(chooseReceiptLanguage(english, {})).toBe("en");
    expect(chooseReceiptLanguage(unknown, {})).toBe("bilingual");
    for (const language of RECEIPT_LANGUAGES) {
      for (const record of [welsh, english, unknown]) {
        expect(chooseReceiptLanguage(record, { language })).toBe(language);
      }
    }
  });

  it("takes a withdrawal's language from the agreement it names", () => {
    expect(chooseReceiptLanguage(withdrawal(), { records: [welsh] })).toBe("cy");
    expect(chooseReceiptLanguage(withdrawal(), { records: [english] })).toBe("en");
    expect(chooseReceiptLanguage(withdrawal(), {})).toBe("bilingual");
  });

  it("renders the English receipt of renderReceipt for English", () => {
    const result = renderReceiptCy(english);
    expect(result).toEqual({ ok: true, language: "en", receipt: englishOf(english) });
  });

  it("renders the Welsh receipt for Welsh", () => {
    const result = renderReceiptCy(welsh);
    expect(result).toMatchObject({
      ok: true,
      language: "cy",
      receipt: { title: "Eich cytundeb i rannu gwybodaeth" },
    });
  });

  it("puts the Welsh first, then the English, when bilingual", () => {
    const result = renderReceiptCy(unknown);
    const cy = welshOf(unknown);
    const en = englishOf(unknown);
    expect(result).toEqual({
      ok: true,
      language: "bilingual",
      receipt: {
        title: `${cy.title} / ${en.title}`,
        plain: `${cy.plain}\n\n${en.plain}`,
        easyRead: `${cy.easyRead}\n\n${en.easyRead}`,
      },
    });
  });
});

describe("renderReceiptCy: bad input", () => {
  it("returns the problems of an invalid record and of invalid options, with their paths", () => {
    const result = renderReceiptCy({ ...agreement(), givenAt: "yesterday" }, { language: "fr" as never });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.errors.map((error) => error.path);
      expect(paths[0]).toBe("givenAt");
      expect(paths.at(-1)).toBe("options.language");
    }
  });

  it("asks for the Welsh of a text given only in English, rather than put English in a Welsh receipt", () => {
    const options = { organisation: "Example Borough Council", howToChangeYourMind: "Call us." };
    for (const language of ["cy", "bilingual"] as const) {
      const result = renderReceiptCy(agreement(), { ...options, language });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.map((error) => [error.code, error.path])).toEqual([
          ["welsh-text-missing", "options.cy.organisation"],
          ["welsh-text-missing", "options.cy.howToChangeYourMind"],
        ]);
      }
    }
    expect(renderReceiptCy(agreement(), { ...options, language: "en" }).ok).toBe(true);
  });

  it("checks the Welsh texts like the English ones", () => {
    const result = renderReceiptCy(agreement(), { language: "cy", cy: { organisation: " " } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("options.cy.organisation");
  });

  it("makes no receipt for an exception", () => {
    expect(renderReceiptCy(exception())).toMatchObject({
      ok: false,
      errors: [{ code: "no-receipt-for-type" }],
    });
  });

  it("never throws on options that are not an object", () => {
    for (const options of [null, 5, "cy", []]) {
      expect(renderReceiptCy(agreement(), options as never).ok).toBe(false);
    }
  });
});

describe("the package's main entry", () => {
  /** The package's modules that a module imports, and theirs, from its source. */
  function reachable(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    for (const [, imported = ""] of source.matchAll(/from "\.\/([\w-]+)\.js"/g))
      reachable(`${imported}.ts`, seen);
    return seen;
  }

  it("never imports the Welsh receipt, so that its Welsh is not in an application's bundle of the main entry", () => {
    const files = reachable("index.ts");
    expect(files.has("receipt.ts")).toBe(true);
    expect(files.has("receipt-cy.ts")).toBe(false);
    for (const file of files) {
      expect(readFileSync(new URL(`./${file}`, import.meta.url), "utf8"), file).not.toMatch(
        /Cydlynydd|cytundeb/,
      );
    }
  });
});
