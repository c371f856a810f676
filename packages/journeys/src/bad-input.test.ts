// Bad input of any shape is returned as an error value, never thrown, by every public entry point that takes
// raw values (issue #16 item 12): deeply nested lists, a Buffer, a BigInt, cyclic objects, and fc.anything().
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyId } from "../test/journey-arbitraries.js";
import { person, startedJourney } from "../test/journey-fixtures.js";
import { applyEvent, applyEvents } from "./apply-event.js";
import { parseJourneyEvent } from "./parse-journey-event.js";
import { parseJourneyLog } from "./journey-log.js";
import { deserialiseJourneyLog, serialiseJourneyLog } from "./journey-log-lines.js";
import { replayJourney } from "./replay-journey.js";
import { startJourney } from "./start-journey.js";
import { summarise } from "./summarise.js";

const id = journeyId("J-1");

function nestedLists(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

function nestedObjects(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { type: value, id: value };
  return value;
}

function cyclic(): unknown {
  const value: Record<string, unknown> = {
    id: "e-1",
    occurredAt: "2025-03-04T10:30:00Z",
    type: "introduced",
  };
  value["self"] = value;
  value["source"] = value;
  const other: Record<string, unknown> = {};
  other["type"] = other;
  return [value, other];
}

const journey = startedJourney();

/** Every entry point, given one bad value in each place it takes raw input. */
function callEverything(value: unknown): { readonly ok: boolean }[] {
  const v = value as never;
  return [
    parseJourneyLog(value),
    parseJourneyLog({ id: "J-1", person: "P-000123", events: [value] }),
    parseJourneyLog({ id: value, person: value, events: value }),
    parseJourneyEvent(value),
    parseJourneyEvent({ id: value, occurredAt: value, type: value }),
    parseJourneyEvent({
      id: "e-1",
      occurredAt: "2025-03-04T10:30:00Z",
      type: "introduced",
      source: value,
      principles: value,
    }),
    startJourney(id, person, v),
    startJourney(v, v, v),
    startJourney(id, person, v, v),
    applyEvent(journey, v),
    applyEvent(v, v),
    applyEvent(journey, { id: "e-2", occurredAt: "2025-03-05T10:30:00Z", type: "paused" }, v),
    applyEvents(journey, v),
    applyEvents(journey, [v, v]),
    replayJourney(id, person, v),
    replayJourney(id, person, [v]),
    replayJourney(v, v, v, v),
    summarise(v, v, v),
    summarise([v], { from: "2025-01-01", to: "2025-12-31" }),
    summarise([journey], v),
    summarise([journey], { from: v, to: v }),
    summarise([journey], { from: "2025-01-01", to: "2025-12-31" }, v),
    summarise([journey], { from: "2025-01-01", to: "2025-12-31" }, { timeZone: v, groupBy: v }),
    deserialiseJourneyLog(v),
    serialiseJourneyLog(v),
    serialiseJourneyLog({ id: v, person: v, events: v }),
    serialiseJourneyLog({ id: "J-1", person: "P-000123", events: [v] }),
  ];
}

describe("bad input", () => {
  it.each([
    ["deeply nested lists", nestedLists(100_000)],
    ["deeply nested objects", nestedObjects(10_000)],
    ["a Buffer", Buffer.from("P-000123")],
    ["a typed array", new Uint8Array([1, 2, 3])],
    ["a BigInt", 10n],
    ["an object holding a BigInt", { id: 1n, type: 2n, occurredAt: 3n }],
    ["cyclic objects", cyclic()],
    ["a symbol", Symbol("x")],
    ["a function", () => 1],
    ["a Map", new Map([["type", "introduced"]])],
    ["a Date", new Date(0)],
  ])("returns errors for %s, never throws", (_name, value) => {
    for (const result of callEverything(value)) expect(result.ok).toBe(false);
  });

  it("never freezes or changes a refused value", () => {
    const event = { id: "e-2", occurredAt: "2025-03-05T10:30:00Z", type: "paused", principles: ["nope"] };
    expect(parseJourneyEvent(event).ok).toBe(false);
    expect(Object.isFrozen(event)).toBe(false);
    expect(Object.isFrozen(event.principles)).toBe(false);
  });

  it("never throws, whatever the value (fast-check: anything, with bigints, cyclic and deep values)", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
      maxDepth: 4,
    });
    const weird = fc.oneof(
      anything,
      fc.constantFrom(nestedLists(50_000), nestedObjects(5_000), Buffer.from("x"), cyclic()),
      anything.map((value) => {
        const holder: Record<string, unknown> = {
          id: "e-9",
          occurredAt: "2025-03-05T10:30:00Z",
          type: "paused",
          value,
        };
        holder["cycle"] = holder;
        return holder;
      }),
    );
    fc.assert(
      fc.property(weird, (value) => {
        for (const result of callEverything(value)) expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
