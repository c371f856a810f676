import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyLogArb } from "../test/journey-arbitraries.js";
import { introduced } from "../test/journey-fixtures.js";
import { deserialiseJourneyLog, serialiseJourneyLog } from "./journey-log-lines.js";
import { parseJourneyLog } from "./journey-log.js";
import { replayJourney } from "./replay-journey.js";

describe("serialiseJourneyLog and deserialiseJourneyLog", () => {
  it("round-trip any journey log, which then replays to the same journey", () => {
    fc.assert(
      fc.property(journeyLogArb(), (log) => {
        const written = serialiseJourneyLog(log);
        expect(written.ok).toBe(true);
        if (!written.ok) return;
        const text = written.text;
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

  it("writes a replayed journey's id, person and events only, as its log", () => {
    fc.assert(
      fc.property(journeyLogArb(), (log) => {
        const replayed = replayJourney(log.id, log.person, log.events);
        if (!replayed.ok) return;
        expect(serialiseJourneyLog(replayed.journey)).toEqual(serialiseJourneyLog(log));
      }),
      { numRuns: 100 },
    );
  });

  it("refuses, from JavaScript, a person that is not a pseudonymous reference, and never repeats it", () => {
    const events = [introduced];
    for (const person of ["Jane Smith", "Jane.Smith.1985", "JohnSmith1982", "943 476 5919", 42, undefined]) {
      const result = serialiseJourneyLog({ id: "J-000123", person, events } as never);
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: "invalid-journey-log",
          message: expect.stringMatching(/^The journey log was not written\. At person: /),
          issues: [{ path: "person" }],
        },
      });
      if (!result.ok && typeof person === "string") {
        expect(JSON.stringify(result.error)).not.toContain(person.split(/[ .]/)[0]);
      }
    }
    // A journey id that is a name is refused too.
    expect(serialiseJourneyLog({ id: "Mary-Smith-1", person: "P-000123", events } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ path: "id" }] },
    });
  });

  it("refuses an event with a field the log does not have, such as free-text notes, and writes nothing", () => {
    const result = serialiseJourneyLog({
      id: "J-000123",
      person: "P-000123",
      events: [{ ...introduced, notes: "Lives alone since her husband died" }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "invalid-journey-log",
        issues: [{ path: "events[0]", message: /Unknown field "notes"/ }],
      },
    });
    expect(JSON.stringify(result)).not.toContain("husband");
  });

  it("refuses what is not a journey log, never throwing", () => {
    for (const value of [undefined, null, "J-1", [], 42, new Map()]) {
      expect(serialiseJourneyLog(value as never)).toMatchObject({
        ok: false,
        error: { code: "invalid-journey-log" },
      });
    }
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

  it("says which line holds an unknown field, and names the field", () => {
    const lines = [
      { id: "J-000123", person: "P-000123" },
      introduced,
      {
        id: "e-2",
        occurredAt: "2025-03-05T10:30:00Z",
        type: "activity-recorded",
        kind: "information-shared",
        consent: { basis: "agreement", recordId: "AGR-1", note: "x" },
      },
    ];
    const result = deserialiseJourneyLog(`${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
    expect(!result.ok && result.error.message).toMatch(
      /^Line 3: The journey log is not valid\. At events\[1\]\.consent: Unknown field "note" in "consent"/,
    );
    expect(!result.ok && result.error.issues.map((issue) => issue.path)).toEqual(["events[1].consent"]);
  });

  it("refuses a first line that is not the journey and the person", () => {
    expect(deserialiseJourneyLog("[]\n")).toMatchObject({ ok: false, error: { message: /^Line 1: / } });
    expect(deserialiseJourneyLog("")).toMatchObject({ ok: false });
  });
});
