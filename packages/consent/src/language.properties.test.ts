import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgreementRecord } from "./agreement.js";
import type { ConsentRecord } from "./consent-record.js";
import { parseConsentRecord } from "./consent-record.js";
import { decideSharing } from "./decide-sharing.js";
import { exportFhirR5Consent } from "./export-fhir-r5.js";
import {
  agreementArb,
  languagesArb,
  scenarioArb,
  timestampArb,
  withLanguages,
  type Languages,
} from "./test-support/arbitraries.js";

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 200) };
const NAMES = { cy: "Welsh", en: "English" } as const;

/** The scenario's records with the languages given to its agreements (in order), and nothing else changed. */
function relabelled(records: readonly ConsentRecord[], languages: readonly Languages[]): ConsentRecord[] {
  let next = 0;
  return records.map((record) => {
    if (record.type !== "agreement") return record;
    const chosen = languages[next % languages.length] ?? {};
    next += 1;
    return withLanguages(record, chosen);
  });
}

describe("the languages of an agreement (properties)", () => {
  it("are kept by the parser exactly as recorded", () => {
    fc.assert(
      fc.property(agreementArb(1), languagesArb, ({ agreement }, languages) => {
        const recorded = withLanguages(agreement, languages);
        const parsed = parseConsentRecord(recorded);
        expect(parsed).toEqual({ ok: true, record: recorded });
      }),
      RUNS,
    );
  });

  it("never change a sharing decision", () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(languagesArb, { minLength: 1, maxLength: 4 }),
        (scenario, languages) => {
          const before = decideSharing(scenario.request, scenario.records, scenario.at);
          const after = decideSharing(scenario.request, relabelled(scenario.records, languages), scenario.at);
          expect(after).toEqual(before);
        },
      ),
      RUNS,
    );
  });

  it("change only the notice's description in the FHIR export, which names each language of the notice", () => {
    const options = {
      personIdentifierSystem: "https://council.example/id/lac-person",
      recordIdentifierSystem: "https://council.example/id/lac-consent",
      controller: { name: "Example Borough Council" },
    };
    fc.assert(
      fc.property(
        agreementArb(1),
        languagesArb,
        timestampArb(0, 2600),
        ({ agreement, withdrawals }, languages, at) => {
          const recorded: AgreementRecord = withLanguages(agreement, languages);
          const plain = exportFhirR5Consent(agreement, [agreement, ...withdrawals], at, options);
          const labelled = exportFhirR5Consent(recorded, [recorded, ...withdrawals], at, options);
          if (!plain.ok || !labelled.ok) throw new Error("The export refused a valid agreement.");
          const { policyText: plainText, ...plainRest } = plain.resource;
          const { policyText, ...rest } = labelled.resource;
          expect(rest).toEqual(plainRest);
          expect(policyText).toHaveLength(1);
          expect(policyText[0]?.identifier).toEqual(plainText[0]?.identifier);
          expect(policyText[0]?.identifier?.value).toBe(agreement.notice.id);
          const display = policyText[0]?.display ?? "";
          const noticeLanguages = languages.noticeLanguages ?? [];
          for (const code of ["cy", "en"] as const) {
            expect(display.includes(NAMES[code]), `${code} in "${display}"`).toBe(
              noticeLanguages.includes(code),
            );
          }
          expect(display.includes("given in")).toBe(noticeLanguages.length > 0);
        },
      ),
      RUNS,
    );
  });
});
