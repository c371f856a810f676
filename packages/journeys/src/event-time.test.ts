import { describe, expect, it } from "vitest";
import { calendarDateOf, calendarDaysBetween, eventTimeSchema, instantOf } from "./event-time.js";

describe("event times", () => {
  it("accept ISO 8601 date-times with seconds and an offset", () => {
    for (const at of ["2025-03-04T10:30:00Z", "2025-06-04T10:30:00+01:00", "2025-06-04T10:30:00.5-05:00"]) {
      expect(eventTimeSchema.safeParse(at).success, at).toBe(true);
    }
  });

  it("refuse a missing or non-string value with a hint", () => {
    expect(eventTimeSchema.safeParse(undefined).error?.issues[0]?.message).toMatch(/^Missing "at"/);
    expect(eventTimeSchema.safeParse(20250304).error?.issues[0]?.message).toMatch(/^"at" must be a string\./);
  });

  it("compare as instants, whatever the offset", () => {
    expect(instantOf("2025-06-04T10:30:00+01:00")).toBe(instantOf("2025-06-04T09:30:00Z"));
  });

  it("give the calendar date as recorded", () => {
    expect(calendarDateOf("2025-06-04T23:30:00+01:00")).toBe("2025-06-04");
  });

  it("count whole calendar days between the recorded dates", () => {
    expect(calendarDaysBetween("2025-03-04T23:00:00Z", "2025-03-05T08:00:00Z")).toBe(1);
    expect(calendarDaysBetween("2025-03-04T08:00:00Z", "2025-03-04T20:00:00Z")).toBe(0);
    expect(calendarDaysBetween("2025-03-28T10:00:00Z", "2025-04-02T10:00:00+01:00")).toBe(5);
    expect(calendarDaysBetween("2024-02-28T10:00:00Z", "2024-03-01T10:00:00Z")).toBe(2);
  });
});
