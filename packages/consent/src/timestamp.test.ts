import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDateOf, durationBetween, isBefore, timestampSchema, toUtc } from "./timestamp.js";

describe("timestamps", () => {
  it("need an offset", () => {
    expect(timestampSchema.safeParse("2025-03-01T10:00:00+01:00").success).toBe(true);
    expect(timestampSchema.safeParse("2025-03-01T10:00:00Z").success).toBe(true);
    expect(timestampSchema.safeParse("2025-03-01T10:00:00").success).toBe(false);
    expect(timestampSchema.safeParse("2025-03-01").success).toBe(false);
  });

  it("are compared as instants", () => {
    expect(isBefore("2025-03-01T10:30:00+01:00", "2025-03-01T10:00:00Z")).toBe(true);
    expect(isBefore("2025-03-01T10:00:00Z", "2025-03-01T11:00:00+01:00")).toBe(false);
    expect(toUtc("2025-03-01T10:30:00+01:00")).toBe("2025-03-01T09:30:00.000Z");
    expect(calendarDateOf("2025-03-01T00:30:00+01:00")).toBe("2025-03-01");
  });

  it("give ISO 8601 durations", () => {
    expect(durationBetween("2025-03-01T10:00:00Z", "2026-03-01T10:00:00Z")).toBe("P365D");
    expect(durationBetween("2025-03-01T10:00:00Z", "2025-03-02T12:30:05Z")).toBe("P1DT2H30M5S");
    expect(durationBetween("2025-03-01T10:00:00Z", "2025-03-01T10:00:00Z")).toBe("PT0S");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 10 }), (seconds) => {
        const duration = durationBetween(
          "2025-01-01T00:00:00Z",
          new Date(Date.parse("2025-01-01T00:00:00Z") + seconds * 1000).toISOString(),
        );
        const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
        expect(match).not.toBeNull();
        const [, d = "0", h = "0", m = "0", s = "0"] = match ?? [];
        expect(Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s)).toBe(seconds);
      }),
      { numRuns: 2000 },
    );
  });
});
