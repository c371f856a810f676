import { describe, expect, it } from "vitest";
import { agreementStatusAt } from "./agreement-status.js";
import { agreement, withdrawal } from "./test-support/fixtures.js";

describe("agreementStatusAt", () => {
  it("returns problems, never throws, for bad input", () => {
    expect(agreementStatusAt(agreement(), null, "2025-04-01T10:00:00Z")).toMatchObject({
      ok: false,
      errors: [{ path: "records" }],
    });
    expect(agreementStatusAt({ givenAt: "2025-01-01T00:00:00Z" }, [], "x").ok).toBe(false);
  });

  it("counts a withdrawal only once it is recorded", () => {
    const records = [agreement(), withdrawal()];
    expect(agreementStatusAt(agreement(), records, "2025-06-01T12:01:00+01:00")).toMatchObject({
      ok: true,
      state: "in-force",
    });
    expect(agreementStatusAt(agreement(), records, "2025-06-01T12:05:00+01:00")).toMatchObject({
      ok: true,
      state: "withdrawn",
      wholeWithdrawal: { id: "WDR-1" },
    });
  });
});
