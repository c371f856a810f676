import { describe, expect, it } from "vitest";
import { createEvaluationTally, type EvaluationTallyOptions } from "./evaluation-tally.js";

const period = { from: "2026-04-01", to: "2027-03-31" };
const create = (options: unknown) => () => createEvaluationTally(options as EvaluationTallyOptions);

describe("createEvaluationTally: options a developer may get wrong", () => {
  it("says how to write the options when they or the period are missing or not dates as text", () => {
    expect(create(undefined)).toThrow(
      new TypeError(
        'createEvaluationTally needs options such as { period: { from: "2026-04-01", to: "2027-03-31" } (parseFinancialYear("2026-27") gives it) }.',
      ),
    );
    for (const bad of [{}, { period: "2026-27" }, { period: { from: new Date(), to: new Date() } }]) {
      expect(create(bad)).toThrow(/^The period must be two calendar dates written YYYY-MM-DD/);
    }
  });

  it('refuses a date that is not real, rather than failing with "Invalid time value"', () => {
    expect(create({ period: { from: "2026-04-31", to: "2027-03-31" } })).toThrow(
      new RangeError(
        'Check the period\'s start date: "2026-04-31" is not a calendar date: month 04 of 2026 has 30 days. Write a calendar date as YYYY-MM-DD, for example "2025-04-01".',
      ),
    );
    expect(create({ period: { from: "2026-04-01", to: "31/03/2027" } })).toThrow(
      new RangeError(
        'Check the period\'s end date: "31/03/2027" is not a calendar date. Write a calendar date as YYYY-MM-DD, for example "2025-04-01".',
      ),
    );
  });

  it("refuses a period that ends before it starts, rather than counting nothing", () => {
    expect(create({ period: { from: "2027-03-31", to: "2026-04-01" } })).toThrow(
      new RangeError(
        "The period ends (2026-04-01) before it starts (2027-03-31). Swap the dates, or check them.",
      ),
    );
  });

  it("refuses an unknown groupBy, rather than ignoring it", () => {
    expect(create({ period, groupBy: "person" })).toThrow(
      new RangeError('groupBy must be "neighbourhood" or "coordinator", or left out.'),
    );
  });

  it("says how to name a time zone", () => {
    expect(create({ period, timeZone: "London" })).toThrow(
      /^Unknown time zone: London\. Use an IANA time zone name/,
    );
  });

  it("still accepts valid options", () => {
    expect(createEvaluationTally({ period, groupBy: "coordinator" }).finish().groupBy).toBe("coordinator");
    expect(
      createEvaluationTally({ period: { from: "2026-04-01", to: "2026-04-01" } }).finish().journeysAdded,
    ).toBe(0);
  });
});

describe("EvaluationTally.add: something other than a journey (from JavaScript)", () => {
  it("says to replay a stored log, rather than failing on .map", () => {
    const tally = createEvaluationTally({ period });
    const message =
      "add needs a journey made by @lac/journeys (replayJourney, startJourney or applyEvent), with its timeline: replay a stored log with replayJourney first.";
    const storedLog = { id: "J-000123", person: "P-000123", events: [] };
    for (const value of [storedLog, undefined, null]) {
      expect(() => tally.add(value as never)).toThrow(new TypeError(message));
    }
    expect(tally.finish().journeysAdded).toBe(0);
  });
});
