import { describe, expect, it } from "vitest";
import { eventTimeSchema, instantOf } from "./event-time.js";

describe("event times", () => {
  it("accept ISO 8601 date-times with seconds and an offset", () => {
    for (const at of ["2025-03-04T10:30:00Z", "2025-06-04T10:30:00+01:00", "2025-06-04T10:30:00.5-05:00"]) {
      expect(eventTimeSchema.safeParse(at).success, at).toBe(true);
    }
  });

  it("refuse a missing or non-string value with a hint", () => {
    expect(eventTimeSchema.safeParse(undefined).error?.issues[0]?.message).toMatch(/^Missing "occurredAt"/);
    expect(eventTimeSchema.safeParse(20250304).error?.issues[0]?.message).toMatch(
      /^"occurredAt" must be a string\./,
    );
  });

  it("compare as instants, whatever the offset", () => {
    expect(instantOf("2025-06-04T10:30:00+01:00")).toBe(instantOf("2025-06-04T09:30:00Z"));
  });
});
