import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyLogArb } from "../test/journey-arbitraries.js";
import { storedLog as stored } from "../test/journey-fixtures.js";
import { parseJourneyLog } from "./journey-log.js";
import { replayJourney } from "./replay-journey.js";

describe("parseJourneyLog", () => {
  it("parses a stored journey, ready to replay", () => {
    const parsed = parseJourneyLog(JSON.parse(JSON.stringify(stored)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replayed = replayJourney(parsed.log.id, parsed.log.person, parsed.log.events);
    expect(replayed.ok && replayed.journey.person).toBe("P-000123");
  });

  it("refuses a name as the person", () => {
    const parsed = parseJourneyLog({ ...stored, person: "Jane Smith" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe("invalid-journey-log");
    expect(parsed.error.issues[0]?.path).toBe("person");
    expect(parsed.error.issues[0]?.message).toContain("never a name");
  });

  it("gives the path of a problem inside an event", () => {
    const parsed = parseJourneyLog({ ...stored, events: [{ ...stored.events[0], principles: ["time"] }] });
    expect(!parsed.ok && parsed.error.issues).toEqual([
      { path: "events[0].principles[0]", message: expect.stringMatching(/^"time" is not a principle id/) },
    ]);
    expect(!parsed.ok && parsed.error.message).toMatch(
      /^The journey log is not valid\. At events\[0\]\.principles\[0\]: "time"/,
    );
  });

  it("refuses extra fields and missing parts", () => {
    const extra = parseJourneyLog({ ...stored, name: "Jane" });
    expect(!extra.ok && extra.error.issues[0]?.message).toMatch(
      /^Unknown field "name"\. A journey log holds only/,
    );
    const missing = parseJourneyLog({ id: "J-1" });
    expect(!missing.ok && missing.error.issues.map((issue) => issue.path)).toEqual(["person", "events"]);
    expect(!missing.ok && missing.error.issues[0]?.message).toMatch(/^Missing "person"\./);
    expect(parseJourneyLog(null).ok).toBe(false);
  });

  it("parses any generated log after a JSON round trip, unchanged", () => {
    fc.assert(
      fc.property(journeyLogArb(), (log) => {
        const parsed = parseJourneyLog(JSON.parse(JSON.stringify(log)));
        expect(parsed).toEqual({ ok: true, log });
      }),
      { numRuns: 100 },
    );
  });
});
