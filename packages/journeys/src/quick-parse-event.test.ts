// The quick event check against zod: on generated events, valid and broken, parseJourneyEvent (quick check first)
// and the zod schema alone accept and refuse exactly the same values, with the same event or the same error.
import { isDeepStrictEqual } from "node:util";
import { principleIds } from "@lac/principles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activityKinds } from "./activity-kind.js";
import { endReasons } from "./end-reason.js";
import { introductionSources } from "./introduction-source.js";
import { journeyEventTypes } from "./journey-event.js";
import { outcomeMarkers } from "./outcome-marker.js";
import { parseJourneyEvent, parseJourneyEventWithZod } from "./parse-journey-event.js";
import { quickParseJourneyEvent } from "./quick-parse-event.js";
import { stages } from "./stage.js";
import { supportLevels } from "./support-level.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 2000);

const times = [
  "2026-05-01T10:00:00Z",
  "2026-05-01T10:00:00.5+01:00",
  "2024-02-29T23:59:59-05:30",
  "2023-02-29T10:00:00Z",
  "2026-04-31T10:00:00Z",
  "2026-05-01T24:00:00Z",
  "2026-05-01T10:00Z",
  "2026-05-01T10:00:00",
  "2026-05-01 10:00:00Z",
  "2026-05-01T10:00:00+24:00",
  "2026-05-01",
];
const ids = [
  "e-1",
  "e-0002",
  "EV-0001",
  "J-000123",
  "STF-0042",
  "AGR-2025-0007",
  "123e4567-e89b-12d3-a456-426614174000",
];
const badIds = [
  "",
  "e 1",
  "note",
  "jane3",
  "SW1A 1AA",
  "943 476 5919",
  "AB123456C",
  "a".repeat(65),
  "-1",
  "é-1",
];
const neighbourhoods = [
  "nbh-03",
  "castle-and-riverside",
  "ward3",
  "Nbh-03",
  "nbh--3",
  "nbh 3",
  "sw1a-1aa",
  "o'neill",
];

/** Values a field may meet: valid ones of each vocabulary, and near misses. */
const edgeValues: readonly unknown[] = [
  ...times,
  ...ids,
  ...badIds,
  ...neighbourhoods,
  ...introductionSources,
  ...supportLevels,
  ...stages,
  ...activityKinds,
  ...endReasons,
  ...journeyEventTypes,
  "waved",
  undefined,
  null,
  0,
  1,
  true,
  {},
  [],
  { basis: "agreement", recordId: "AGR-2025-0007" },
  { basis: "exception", recordId: "EXC-1" },
  { basis: "maybe", recordId: "AGR-1" },
  { basis: "agreement" },
  { basis: "agreement", recordId: "AGR-1", note: "x" },
  { basis: "agreement", recordId: "Jane" },
  { recordId: "AGR-2025-0007", basis: "exception" },
  ["relationships"],
  ["relationships", "relationships"],
  ["crisis-avoided", "crisis-avoided"],
  ["crisis-avoided", "safer-at-home"],
  ["relationships", "nope"],
  [1],
];
const fieldValue = fc.oneof(
  fc.constantFrom<unknown>(...edgeValues),
  fc.uniqueArray(fc.constantFrom(...principleIds), { maxLength: 4 }),
  fc.uniqueArray(fc.constantFrom(...outcomeMarkers), { maxLength: 4 }),
  fc.array(fc.constantFrom<unknown>(...principleIds, ...outcomeMarkers, "nope", 1, null), { maxLength: 4 }),
  fc.string({ maxLength: 12 }),
);

/** A valid event of each type, as @lac/journeys' serialiser writes them. */
const validEvent = fc
  .record({
    type: fc.constantFrom(...journeyEventTypes),
    id: fc.constantFrom(...ids),
    occurredAt: fc.constantFrom(...times.slice(0, 3)),
    recordedAt: fc.option(fc.constantFrom(...times.slice(0, 3)), { nil: undefined }),
    principles: fc.option(fc.uniqueArray(fc.constantFrom(...principleIds), { maxLength: 3 }), {
      nil: undefined,
    }),
    outcomes: fc.option(fc.uniqueArray(fc.constantFrom(...outcomeMarkers), { maxLength: 3 }), {
      nil: undefined,
    }),
    source: fc.constantFrom(...introductionSources),
    neighbourhood: fc.constantFrom(...neighbourhoods.slice(0, 3)),
    level: fc.constantFrom(...supportLevels),
    stage: fc.constantFrom(...stages),
    coordinator: fc.option(fc.constantFrom("STF-0042", "STF-7"), { nil: undefined }),
    staff: fc.constantFrom("STF-0042", "STF-7"),
    kind: fc.constantFrom(...activityKinds),
    consent: fc.option(fc.constant({ basis: "agreement", recordId: "AGR-2025-0007" }), { nil: undefined }),
    reason: fc.constantFrom(...endReasons),
  })
  .map((r) => {
    const owns: Partial<Record<string, object>> = {
      introduced: {
        source: r.source,
        neighbourhood: r.neighbourhood,
        level: r.level,
        coordinator: r.coordinator,
      },
      "coordinator-changed": { to: r.staff },
      "stage-changed": { to: r.stage },
      "level-changed": { to: r.level },
      "activity-recorded": { kind: r.kind, consent: r.consent },
      ended: { reason: r.reason },
      reopened: { stage: r.stage, level: r.level },
    };
    const own = owns[r.type] ?? {};
    const event = {
      type: r.type,
      id: r.id,
      occurredAt: r.occurredAt,
      recordedAt: r.recordedAt,
      principles: r.principles,
      outcomes: r.outcomes,
      ...own,
    };
    // Fields left out, not set to undefined, as in JSON.
    return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
  });

const fieldNames = [
  "type",
  "id",
  "occurredAt",
  "recordedAt",
  "principles",
  "outcomes",
  "source",
  "neighbourhood",
  "level",
  "coordinator",
  "to",
  "kind",
  "consent",
  "reason",
  "stage",
  "notes",
  "__proto__",
];

/** A valid event with some fields changed, added or removed, and its keys shuffled. */
const brokenEvent = fc
  .tuple(
    validEvent,
    fc.array(fc.tuple(fc.constantFrom(...fieldNames), fc.oneof(fieldValue, fc.constant("(remove)"))), {
      maxLength: 3,
    }),
    fc.boolean(),
  )
  .map(([event, changes, reverse]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
    for (const [key, value] of changes) {
      if (value === "(remove)") delete copy[key];
      else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return reverse ? Object.fromEntries(Object.entries(copy).reverse()) : copy;
  });

function sameResult(value: unknown, index?: number): void {
  const both = parseJourneyEvent(value, index);
  const zod = parseJourneyEventWithZod(value, index);
  expect(both.ok).toBe(zod.ok);
  // Deep equality with the same key order (so the same JSON), the same frozenness, and the same message.
  expect(isDeepStrictEqual(both, zod), JSON.stringify(value)).toBe(true);
  expect(JSON.stringify(both)).toBe(JSON.stringify(zod));
  if (both.ok && zod.ok) {
    expect(Object.isFrozen(both.event)).toBe(Object.isFrozen(zod.event));
    for (const key of ["principles", "outcomes", "consent"] as const) {
      const quickValue = (both.event as Record<string, unknown>)[key];
      const zodValue = (zod.event as Record<string, unknown>)[key];
      expect(typeof quickValue === "object" && Object.isFrozen(quickValue)).toBe(
        typeof zodValue === "object" && Object.isFrozen(zodValue),
      );
      // A copy, never the caller's own list or object.
      if (quickValue !== undefined) expect(quickValue).not.toBe((value as Record<string, unknown>)[key]);
    }
  }
}

describe("the quick event check", () => {
  it("takes the valid events of every type itself (zod is not asked)", () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        expect(quickParseJourneyEvent(event), JSON.stringify(event)).toBeDefined();
        sameResult(event);
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts and refuses the same events as zod, with the same event or the same error", () => {
    fc.assert(
      fc.property(brokenEvent, fc.option(fc.nat(60), { nil: undefined }), (event, index) => {
        sameResult(event, index);
      }),
      { numRuns: RUNS },
    );
  });

  it("agrees with zod on every single change of one field of an event of each type", () => {
    const bases = [
      {
        type: "introduced",
        source: "self",
        neighbourhood: "nbh-03",
        level: "short-term",
        coordinator: "STF-7",
      },
      { type: "first-conversation" },
      { type: "coordinator-changed", to: "STF-0042" },
      { type: "stage-changed", to: "planning" },
      { type: "level-changed", to: "longer-term" },
      {
        type: "activity-recorded",
        kind: "conversation",
        consent: { basis: "agreement", recordId: "AGR-2025-0007" },
      },
      { type: "paused" },
      { type: "resumed" },
      { type: "ended", reason: "moved-on" },
      { type: "reopened", stage: "planning", level: "short-term" },
    ].map((own) => ({
      id: "e-1",
      occurredAt: "2026-05-01T10:00:00Z",
      recordedAt: "2026-05-02T10:00:00Z",
      principles: ["relationships"],
      outcomes: ["crisis-avoided"],
      ...own,
    }));
    let accepted = 0;
    for (const base of bases) {
      for (const key of fieldNames) {
        for (const value of [...edgeValues, "(remove)"]) {
          const copy: Record<string, unknown> = { ...base };
          if (value === "(remove)") delete copy[key];
          else
            Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
          sameResult(copy);
          if (quickParseJourneyEvent(copy) !== undefined) accepted += 1;
        }
      }
    }
    // Both paths were taken: many changes leave a valid event, which the quick check took itself.
    expect(accepted).toBeGreaterThan(500);
  });

  it("leaves values that are not plain objects, and fields set to undefined, to zod", () => {
    for (const value of [null, 1, "x", [], new Map(), Object.create({ type: "paused" })]) {
      expect(quickParseJourneyEvent(value)).toBeUndefined();
      sameResult(value);
    }
    const paused = { type: "paused", id: "e-3", occurredAt: "2026-05-01T10:00:00Z" };
    expect(quickParseJourneyEvent({ ...paused, outcomes: undefined })).toBeUndefined();
    sameResult({ ...paused, outcomes: undefined });
    expect(quickParseJourneyEvent(paused)).toBeDefined();
  });
});
