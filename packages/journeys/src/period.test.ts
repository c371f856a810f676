import { describe, expect, it } from "vitest";
import { periodSchema } from "./period.js";

describe("periodSchema", () => {
  it("accepts two calendar dates in order, or the same date twice", () => {
    expect(periodSchema.safeParse({ from: "2025-04-01", to: "2026-03-31" }).success).toBe(true);
    expect(periodSchema.safeParse({ from: "2025-04-01", to: "2025-04-01" }).success).toBe(true);
  });

  it("refuses a period that ends before it starts, pointing at `to`", () => {
    const issue = periodSchema.safeParse({ from: "2026-03-31", to: "2025-04-01" }).error?.issues[0];
    expect(issue?.path).toEqual(["to"]);
    expect(issue?.message).toBe(
      "The period ends (2025-04-01) before it starts (2026-03-31). Swap the dates, or check them.",
    );
  });

  it("refuses date-times, impossible dates and missing dates", () => {
    expect(
      periodSchema.safeParse({ from: "2025-04-01T00:00:00Z", to: "2025-05-01" }).error?.issues[0]?.message,
    ).toBe(
      '"2025-04-01T00:00:00Z" is not a calendar date. Write a calendar date as YYYY-MM-DD, for example "2025-04-01".',
    );
    expect(periodSchema.safeParse({ from: "2025-02-29", to: "2025-05-01" }).success).toBe(false);
    expect(periodSchema.safeParse({ from: "2025-02-01" }).error?.issues[0]?.message).toMatch(
      /^Missing "to"\./,
    );
    expect(periodSchema.safeParse("2025").error?.issues[0]?.message).toMatch(/^A period must be an object/);
  });

  it("names a field a period does not have", () => {
    const issues = periodSchema.safeParse({ from: "2025-04-01", to: "2026-03-31", until: "2026-03-31" }).error
      ?.issues;
    expect(issues?.map((issue) => [issue.path, issue.message])).toEqual([
      [
        [],
        'Unknown field "until". A period must be an object with "from" and "to" dates, for example {"from":"2025-04-01","to":"2026-03-31"}.',
      ],
    ]);
  });
});
