import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConsentRecord } from "./consent-record.js";
import { renderReceipt } from "./receipt.js";
import { RECEIPT_LANGUAGES, renderReceiptCy, type ReceiptLanguage } from "./receipt-cy.js";
import { RECIPIENT_RELATIONSHIPS, type Recipient } from "./recipient.js";
import { agreementArb, languagesArb, withLanguages } from "./test-support/arbitraries.js";
import { FOOD_BANK, GP, HOUSING } from "./test-support/fixtures.js";
import { englishWords, unknownWelshWords, withoutTexts } from "./test-support/welsh.js";

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 100) };

const RECIPIENTS: Recipient[] = [
  HOUSING,
  GP,
  FOOD_BANK,
  ...RECIPIENT_RELATIONSHIPS.map((relationship) => ({ relationship })),
];

/** An agreement with any recipients, languages and scope, and its withdrawals. */
const recordsArb = fc
  .tuple(agreementArb(1), languagesArb, fc.subarray(RECIPIENTS, { minLength: 1 }))
  .map(([{ agreement, withdrawals }, languages, recipients]) => {
    const withRecipients = withLanguages({ ...agreement, recipients }, languages);
    // A withdrawal of recipients withdraws those of this agreement.
    const fitted = withdrawals.map((each) =>
      each.scope.kind === "part" && each.scope.recipients !== undefined
        ? { ...each, scope: { ...each.scope, recipients: [recipients[0]!] } }
        : each,
    );
    return { agreement: withRecipients, withdrawals: fitted };
  });

/** The names, job titles and ids of the records: shown as recorded, in whatever language they were written. */
function recordTexts(records: readonly ConsentRecord[]): string[] {
  return records.flatMap((record) => [
    record.id,
    ...(record.type === "withdrawal" ? [record.agreementId] : []),
    ...RECIPIENTS.flatMap((recipient) =>
      "organisation" in recipient
        ? [`${recipient.organisation} (${recipient.role})`, recipient.organisation]
        : [],
    ),
  ]);
}

describe("the Welsh receipt (properties)", () => {
  it("renders any valid agreement or withdrawal in Welsh, without throwing and without English", () => {
    fc.assert(
      fc.property(recordsArb, fc.boolean(), ({ agreement, withdrawals }, found) => {
        for (const record of [agreement, ...withdrawals]) {
          const result = renderReceiptCy(record, {
            language: "cy",
            ...(found ? { records: [agreement] } : {}),
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const texts = recordTexts([agreement, ...withdrawals]);
          for (const text of [result.receipt.title, result.receipt.plain, result.receipt.easyRead]) {
            const prose = withoutTexts(text, texts);
            expect(unknownWelshWords(prose)).toEqual([]);
            expect(englishWords(prose)).toEqual([]);
          }
        }
      }),
      RUNS,
    );
  });

  it("is in the language of the option, else of the person's choice for correspondence, else in both", () => {
    fc.assert(
      fc.property(
        recordsArb,
        fc.option(fc.constantFrom(...RECEIPT_LANGUAGES), { nil: undefined }),
        ({ agreement, withdrawals }, language) => {
          for (const record of [agreement, ...withdrawals]) {
            const options = { records: [agreement], ...(language === undefined ? {} : { language }) };
            const expected: ReceiptLanguage = language ?? agreement.correspondenceLanguage ?? "bilingual";
            const result = renderReceiptCy(record, options);
            expect(result.ok && result.language).toBe(expected);
            const english = renderReceipt(record, { records: [agreement] });
            if (!result.ok || !english.ok) return;
            // English is exactly renderReceipt's receipt; Welsh has none of it; both have the Welsh, then the English.
            if (expected === "en") expect(result.receipt).toEqual(english.receipt);
            if (expected === "cy") expect(result.receipt.plain).not.toContain(english.receipt.title);
            if (expected === "bilingual")
              expect(result.receipt.plain.endsWith(`\n\n${english.receipt.plain}`)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (record, options) => {
        expect(() => renderReceiptCy(record, options as never)).not.toThrow();
      }),
      RUNS,
    );
  });
});
