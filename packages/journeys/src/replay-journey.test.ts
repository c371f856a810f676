import type { PersonRef } from "@lac/person-ref";
import { principleIds } from "@lac/principles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAt, journeyLogArb, personRef, journeyId } from "../test/journey-arbitraries.js";
import { applyEvent } from "./apply-event.js";
import { instantOf } from "./event-time.js";
import type { JourneyId } from "./identifier.js";
import type { Journey } from "./journey.js";
import type { JourneyResult } from "./journey-error.js";
import type { IntroducedEventInput, JourneyEventInput } from "./journey-event.js";
import { outcomeMarkers } from "./outcome-marker.js";
import { replayJourney } from "./replay-journey.js";
import { startJourney } from "./start-journey.js";

const person = personRef("P-000123");

function replayed(events: readonly JourneyEventInput[]): Journey {
  const result = replayJourney(journeyId("J-1"), person, events);
  if (!result.ok) throw new Error(result.error.message);
  return result.journey;
}

function applied(journey: Journey, event: JourneyEventInput): Journey {
  const result = applyEvent(journey, event);
  if (!result.ok) throw new Error(result.error.message);
  return result.journey;
}

const introduced: JourneyEventInput = {
  id: "e-1",
  occurredAt: "2025-03-04T10:30:00Z",
  type: "introduced",
  source: "council-service",
  neighbourhood: "nbh-03",
  level: "short-term",
};

describe("replayJourney", () => {
  it("rebuilds a journey from its log", () => {
    const journey = replayed([
      introduced,
      {
        id: "e-2",
        occurredAt: "2025-03-06T10:00:00Z",
        type: "first-conversation",
        principles: ["natural-authority"],
      },
      {
        id: "e-3",
        occurredAt: "2025-03-20T10:00:00Z",
        type: "stage-changed",
        to: "getting-to-know-each-other",
      },
      { id: "e-4", occurredAt: "2025-04-02T10:00:00+01:00", type: "level-changed", to: "longer-term" },
      {
        id: "e-5",
        occurredAt: "2025-05-02T10:00:00+01:00",
        type: "ended",
        reason: "moved-on",
        outcomes: ["eviction-avoided"],
      },
    ]);
    expect(journey).toMatchObject({
      stage: "getting-to-know-each-other",
      level: "longer-term",
      status: "ended",
      firstConversationAt: "2025-03-06T10:00:00Z",
      endedAt: "2025-05-02T10:00:00+01:00",
      endReason: "moved-on",
      lastEventAt: "2025-05-02T10:00:00+01:00",
    });
    expect(journey.events.map((event) => event.id)).toEqual(["e-1", "e-2", "e-3", "e-4", "e-5"]);
  });

  it("refuses a log that is not a list, instead of throwing", () => {
    for (const events of [null, undefined, {}, "e-1", 3]) {
      expect(replayJourney(journeyId("J-1"), person, events as unknown as JourneyEventInput[])).toEqual({
        ok: false,
        error: {
          code: "invalid-input",
          message:
            'The events must be a list (an array) of journey events, in the order they were recorded, starting with "introduced".',
        },
      });
    }
  });

  it("refuses an empty log", () => {
    expect(replayJourney(journeyId("J-1"), person, [])).toEqual({
      ok: false,
      error: {
        code: "not-introduced",
        message: 'The journey has no events. Its log must start with an "introduced" event.',
      },
    });
  });

  it("refuses a log that does not start with the introduction", () => {
    const result = replayJourney(journeyId("J-1"), person, [
      { id: "e-2", occurredAt: "2025-03-06T10:00:00Z", type: "first-conversation" },
      introduced,
    ]);
    expect(!result.ok && result.error).toMatchObject({
      code: "not-introduced",
      eventId: "e-2",
      eventIndex: 0,
    });
  });

  it("gives the position of the refused event", () => {
    const result = replayJourney(journeyId("J-1"), person, [
      introduced,
      { id: "e-2", occurredAt: "2025-03-06T10:00:00Z", type: "paused" },
      { id: "e-3", occurredAt: "2025-03-07T10:00:00Z", type: "paused" },
    ]);
    expect(!result.ok && result.error).toMatchObject({
      code: "already-paused",
      eventId: "e-3",
      eventIndex: 2,
    });
  });

  it("accepts raw input and refuses what the schema refuses", () => {
    const raw: unknown[] = [
      introduced,
      { id: "e-2", occurredAt: "2025-03-06T10:00:00Z", type: "activity-recorded", kind: "chat" },
    ];
    const result = replayJourney(journeyId("J-1"), person, raw as JourneyEventInput[]);
    expect(!result.ok && result.error).toMatchObject({
      code: "invalid-event",
      eventId: "e-2",
      eventIndex: 1,
    });
    expect(!result.ok && result.error.issues?.[0]?.path).toBe("kind");
  });
});

describe("replayJourney: properties of valid journeys", () => {
  it("accepts every valid random walk, and the state matches the log", () => {
    fc.assert(
      fc.property(journeyLogArb(), (log) => {
        const result = replayJourney(log.id, log.person, log.events);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const journey = result.journey;

        expect(journey.events).toEqual(log.events);
        expect(journey.events.length).toBe(log.events.length);
        expect(Object.isFrozen(journey)).toBe(true);
        expect(journey.lastEventAt).toBe(log.events.at(-1)?.occurredAt);

        // Status and the fields that go with it are consistent.
        expect(journey.status === "ended").toBe(journey.endedAt !== undefined);
        expect(journey.status === "ended").toBe(journey.endReason !== undefined);
        expect(journey.status === "paused").toBe(journey.pausedAt !== undefined);
        const lastStatusEvent = log.events.findLast((event) =>
          ["paused", "resumed", "ended", "reopened"].includes(event.type),
        );
        const expectedStatus =
          lastStatusEvent?.type === "paused"
            ? "paused"
            : lastStatusEvent?.type === "ended"
              ? "ended"
              : "active";
        expect(journey.status).toBe(expectedStatus);
        if (journey.status === "ended") expect(journey.endedAt).toBe(lastStatusEvent?.occurredAt);

        // Stage and level come from the latest event that set them.
        let stage = "introduced";
        let level = log.events[0]?.type === "introduced" ? log.events[0].level : undefined;
        for (const event of log.events) {
          if (event.type === "stage-changed") stage = event.to;
          if (event.type === "level-changed") level = event.to;
          if (event.type === "reopened") ({ stage, level } = event);
        }
        expect(journey.stage).toBe(stage);
        expect(journey.level).toBe(level);

        // Counts equal the number of events citing each principle or carrying each marker.
        for (const id of principleIds) {
          expect(journey.principlesCited[id]).toBe(
            log.events.filter((event) => event.principles?.includes(id)).length,
          );
        }
        for (const marker of outcomeMarkers) {
          expect(journey.outcomes[marker]).toBe(
            log.events.filter((event) => event.outcomes?.includes(marker)).length,
          );
        }
        expect(journey.reopenings).toBe(log.events.filter((event) => event.type === "reopened").length);
        expect(journey.firstConversationAt).toBe(
          log.events.find((event) => event.type === "first-conversation")?.occurredAt,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the same journey as startJourney followed by applyEvent for each event", () => {
    fc.assert(
      fc.property(journeyLogArb(), (log) => {
        const [first, ...rest] = log.events;
        if (first?.type !== "introduced") throw new Error("generated log must start with an introduction");
        let step = startJourney(log.id, log.person, first);
        for (const event of rest) {
          if (!step.ok) break;
          step = applyEvent(step.journey, event);
        }
        expect(step).toEqual(replayJourney(log.id, log.person, log.events));
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses every event type except reopened on an ended journey", () => {
    const laterEvents: ((at: string) => JourneyEventInput)[] = [
      (at) => ({
        id: "L-1",
        occurredAt: at,
        type: "introduced",
        source: "self",
        neighbourhood: "nbh-01",
        level: "short-term",
      }),
      (at) => ({ id: "L-1", occurredAt: at, type: "first-conversation" }),
      (at) => ({ id: "L-1", occurredAt: at, type: "stage-changed", to: "planning" }),
      (at) => ({ id: "L-1", occurredAt: at, type: "level-changed", to: "longer-term" }),
      (at) => ({ id: "L-1", occurredAt: at, type: "activity-recorded", kind: "conversation" }),
      (at) => ({ id: "L-1", occurredAt: at, type: "paused" }),
      (at) => ({ id: "L-1", occurredAt: at, type: "resumed" }),
      (at) => ({ id: "L-1", occurredAt: at, type: "ended", reason: "other" }),
    ];
    fc.assert(
      fc.property(
        journeyLogArb(),
        fc.integer({ min: 0, max: laterEvents.length - 1 }),
        fc.integer({ min: 0, max: 60 * 24 * 90 }),
        (log, which, gap) => {
          const current = replayed(log.events);
          const ended =
            current.status === "ended"
              ? current
              : applied(current, {
                  id: "END-1",
                  occurredAt: current.lastEventAt,
                  type: "ended",
                  reason: "moved-on",
                });
          expect(ended.status).toBe("ended");

          const at = formatAt((instantOf(ended.lastEventAt) - Date.UTC(2024, 0, 1)) / 60_000 + gap);
          const refused = applyEvent(ended, laterEvents[which]!(at));
          expect(refused.ok).toBe(false);
          expect(!refused.ok && refused.error.code).toBe("journey-ended");

          const reopened = applyEvent(ended, {
            id: "L-1",
            occurredAt: at,
            type: "reopened",
            stage: "planning",
            level: "short-term",
          });
          expect(reopened.ok).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("refuses an event moved to before the introduction", () => {
    fc.assert(
      fc.property(
        journeyLogArb().filter((log) => log.events.length >= 2),
        fc.nat(),
        fc.integer({ min: 1, max: 60 * 24 * 400 }),
        (log, pick, minutesEarlier) => {
          const index = 1 + (pick % (log.events.length - 1));
          const introducedAt = instantOf(log.events[0]!.occurredAt);
          const minutes = (introducedAt - Date.UTC(2024, 0, 1)) / 60_000 - minutesEarlier;
          const moved = {
            ...log.events[index]!,
            occurredAt: formatAt(minutes, "+01:00"),
          } as JourneyEventInput;
          const result = replayJourney(log.id, log.person, log.events.with(index, moved));
          expect(!result.ok && result.error).toMatchObject({
            code: "before-introduction",
            eventIndex: index,
            eventId: moved.id,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("accepts an event moved earlier (a late write-up) exactly when the history it makes is possible", () => {
    fc.assert(
      fc.property(
        journeyLogArb().filter((log) => log.events.length >= 3),
        fc.nat(),
        fc.nat(),
        (log, pick, target) => {
          // Move one event's date to between two earlier events, keeping its place at the end of the log.
          const index = 2 + (pick % (log.events.length - 2));
          const before = 1 + (target % (index - 1));
          const lower = instantOf(log.events[before - 1]!.occurredAt);
          const upper = instantOf(log.events[before]!.occurredAt);
          const minutes = (Math.floor((lower + upper) / 2 / 60_000) * 60_000 - Date.UTC(2024, 0, 1)) / 60_000;
          const moved = { ...log.events[index]!, occurredAt: formatAt(minutes) } as JourneyEventInput;
          const recorded = log.events.with(index, moved);
          // The oracle: the same events written in the order they happened, one after another.
          const inOrder = [...recorded].sort(
            (x, y) =>
              instantOf(x.occurredAt) - instantOf(y.occurredAt) || recorded.indexOf(x) - recorded.indexOf(y),
          );
          const oracle = sequentially(log.id, log.person, inOrder);
          const result = replayJourney(log.id, log.person, recorded);
          expect(result.ok).toBe(oracle.ok);
          if (result.ok && oracle.ok) {
            expect(stateOf(result.journey)).toEqual(stateOf(oracle.journey));
            expect(result.journey.timeline).toEqual(oracle.journey.events);
            expect(result.journey.events).toEqual(recorded.map((event) => expect.objectContaining(event)));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives the same journey, ordered by when things happened, whatever the order of recording", () => {
    fc.assert(
      fc.property(journeyLogArb(), fc.infiniteStream(fc.nat()), (log, randoms) => {
        const original = replayJourney(log.id, log.person, log.events);
        if (!original.ok) throw new Error(original.error.message);
        // Shuffle every event but the introduction (always recorded first).
        const rest = log.events.slice(1);
        const iterator = randoms[Symbol.iterator]();
        for (let i = rest.length - 1; i > 0; i -= 1) {
          const j = (iterator.next().value as number) % (i + 1);
          [rest[i], rest[j]] = [rest[j]!, rest[i]!];
        }
        // Events that happened at the same instant keep their order: it is the only way to tell them apart.
        const slots = new Map<number, number[]>();
        rest.forEach((event, position) => {
          const at = instantOf(event.occurredAt);
          slots.set(at, [...(slots.get(at) ?? []), position]);
        });
        const shuffled = [...rest];
        for (const [at, positions] of slots) {
          const inOriginalOrder = log.events.slice(1).filter((event) => instantOf(event.occurredAt) === at);
          positions.forEach((position, k) => (shuffled[position] = inOriginalOrder[k]!));
        }
        // Each event written up in this order, a minute apart, after the last thing that happened.
        const last = Math.max(...log.events.map((event) => instantOf(event.occurredAt)));
        const written = [log.events[0]!, ...shuffled].map((event, k) => ({
          ...event,
          recordedAt: new Date(last + k * 60_000).toISOString(),
        }));
        const replayed = replayJourney(log.id, log.person, written);
        if (!replayed.ok) throw new Error(replayed.error.message);
        expect(stateOf(replayed.journey)).toEqual(stateOf(original.journey));
        expect(replayed.journey.timeline.map((event) => event.id)).toEqual(
          log.events.map((event) => event.id),
        );
        expect(replayed.journey.events.map((event) => event.id)).toEqual(written.map((event) => event.id));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a log in which two events share an id", () => {
    fc.assert(
      fc.property(
        journeyLogArb().filter((log) => log.events.length >= 2),
        fc.nat(),
        fc.nat(),
        (log, a, b) => {
          const target = 1 + (a % (log.events.length - 1));
          const source = b % target;
          const events = log.events.with(target, { ...log.events[target]!, id: log.events[source]!.id });
          const result = replayJourney(log.id, log.person, events);
          expect(!result.ok && result.error).toMatchObject({
            code: "duplicate-event-id",
            eventIndex: target,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** startJourney, then applyEvent for each later event: the oracle for a log in the order things happened. */
function sequentially(id: JourneyId, person: PersonRef, events: readonly JourneyEventInput[]): JourneyResult {
  const [first, ...rest] = events;
  let result = startJourney(id, person, first as IntroducedEventInput);
  for (const event of rest) {
    if (!result.ok) return result;
    result = applyEvent(result.journey, event);
  }
  return result;
}

/** A journey without its event lists: what the reducer derives. */
function stateOf(journey: Journey): Omit<Journey, "events" | "timeline"> {
  const { events: _events, timeline: _timeline, ...state } = journey;
  return state;
}
