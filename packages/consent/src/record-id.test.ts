import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realShapedIdentifier } from "../../person-ref/test/real-shaped-identifiers.js";
import { consentRecordSchema } from "./consent-record.js";
import { documentRefSchema, isOpaqueId, recordIdSchema } from "./record-id.js";
import { staffSchema } from "./staff.js";
import { agreement, exception } from "./test-support/fixtures.js";

describe("every reference the consent log takes refuses direct identifiers", () => {
  it("record ids, document references and staff ids refuse NHS numbers, NI numbers, postcodes and names with digits in every style", () => {
    fc.assert(
      fc.property(realShapedIdentifier(), ({ kind, value }) => {
        expect(recordIdSchema.safeParse(value).success, `${kind}: ${value}`).toBe(false);
        expect(documentRefSchema.safeParse(value).success, `${kind}: ${value}`).toBe(false);
        expect(staffSchema.safeParse({ id: value, role: "Local Area Coordinator" }).success).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("an agreement, its evidence, an exception's case file and its decision-maker refuse them too", () => {
    fc.assert(
      fc.property(realShapedIdentifier(), ({ value }) => {
        expect(consentRecordSchema.safeParse(agreement({ id: value })).success).toBe(false);
        expect(
          consentRecordSchema.safeParse(agreement({ method: { kind: "verbal", evidenceRef: value } }))
            .success,
        ).toBe(false);
        expect(consentRecordSchema.safeParse(exception({ caseFileRef: value })).success).toBe(false);
        expect(
          consentRecordSchema.safeParse(exception({ decisionMaker: { id: value, role: "Team Manager" } }))
            .success,
        ).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it.each(["943-476-5919", "AGR-943-476-5919", "NOTE-QQ123456C", "STF-sw1a-1aa"])(
    "refuses %s, saying what it looks like without repeating it",
    (value) => {
      const parsed = recordIdSchema.safeParse(value);
      expect(parsed.success).toBe(false);
      const message = parsed.error?.issues[0]?.message ?? "";
      expect(message).toMatch(/looks like/);
      expect(message).not.toContain(value);
    },
  );
});

describe("the accepted forms", () => {
  it.each([
    "AGR-2025-0007",
    "WDR-1",
    "EXC-0001",
    "STF-0042",
    "NOTE-2025-0311",
    "3f1c2a9e-8c1b-4b7e-9a55-0c2f5a1d7e10",
  ])("accepts %s", (value) => {
    expect(isOpaqueId(value)).toBe(true);
  });
});
