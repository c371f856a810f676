import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyLogArb } from "../test/journey-arbitraries.js";
import { deserialiseJourneyLog, serialiseJourneyLog } from "./journey-log-lines.js";
import { parseJourneyLog } from "./journey-log.js";
import { replayJourney } from "./replay-journey.js";

describe("serialiseJourneyLog and deserialiseJourneyLog", () => {
  it("round-trip any journey log, which then replays to the same journey", () => {
    fc.assert(
      fc.property(journeyLogArb(), (log) => {
        const text = serialiseJourneyLog(log);
        expect(text.split("\n")).toHaveLength(log.events.length + 2);
        const back = deserialiseJourneyLog(text);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.log).toEqual(
          parseJourneyLog(log).ok ? (parseJourneyLog(log) as { log: unknown }).log : undefined,
        );
        const again = replayJourney(back.log.id, back.log.person, back.log.events);
        const original = replayJourney(log.id, log.person, log.events);
        expect(again).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });

  it("says which line is not JSON, and which line holds a bad event", () => {
    expect(deserialiseJourneyLog('{"id":"J-000123","person":"P-000123"}\n{oops\n')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Line 2: not valid JSON/) },
    });
    const badEvent =
      '{"id":"J-000123","person":"P-000123"}\n{"id":"e-1","occurredAt":"2025-03-04T10:30:00Z","type":"introduced","source":"self","neighbourhood":"nbh-03","level":"short-term"}\n{"id":"e-2","occurredAt":"yesterday","type":"paused"}\n';
    expect(deserialiseJourneyLog(badEvent)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Line 3: /) },
    });
  });

  it("refuses a first line that is not the journey and the person", () => {
    expect(deserialiseJourneyLog("[]\n")).toMatchObject({ ok: false, error: { message: /^Line 1: / } });
    expect(deserialiseJourneyLog("")).toMatchObject({ ok: false });
  });
});
