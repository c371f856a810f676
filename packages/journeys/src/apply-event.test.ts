import { describe, expect, it } from "vitest";
import { journeyId } from "../test/journey-arbitraries.js";
import { introduced, person, startedJourney as started } from "../test/journey-fixtures.js";
import { applyEvent, applyEvents } from "./apply-event.js";
import type { Journey } from "./journey.js";
import type { JourneyError } from "./journey-error.js";
import type { JourneyEventInput } from "./journey-event.js";
import { isJourney } from "./journey-seal.js";
import { replayJourney } from "./replay-journey.js";

let counter = 1;
/** Applies events one after another, with fresh ids and dates a day apart unless given. */
function apply(journey: Journey, ...events: Partial<JourneyEventInput>[]): Journey {
  let current = journey;
  for (const partial of events) {
    counter += 1;
    const day = String(4 + current.events.length).padStart(2, "0");
    const event = {
      id: `e-${counter}`,
      occurredAt: `2025-03-${day}T10:30:00Z`,
      ...partial,
    } as JourneyEventInput;
    const result = applyEvent(current, event);
    if (!result.ok) throw new Error(result.error.message);
    current = result.journey;
  }
  return current;
}

function refusal(journey: Journey, event: JourneyEventInput): JourneyError {
  const result = applyEvent(journey, event);
  if (result.ok) throw new Error("expected the event to be refused");
  return result.error;
}

describe("applyEvent: what the person can do", () => {
  it("records the first conversation", () => {
    const journey = apply(started(), { type: "first-conversation" });
    expect(journey.firstConversationAt).toBe("2025-03-05T10:30:00Z");
    expect(journey.stage).toBe("introduced");
  });

  it("moves forward through the stages and back to an earlier one", () => {
    const forward = apply(
      started(),
      { type: "stage-changed", to: "getting-to-know-each-other" },
      { type: "stage-changed", to: "vision-of-a-good-life" },
      { type: "stage-changed", to: "planning" },
    );
    expect(forward.stage).toBe("planning");
    const back = apply(forward, { type: "stage-changed", to: "getting-to-know-each-other" });
    expect(back.stage).toBe("getting-to-know-each-other");
  });

  it("can skip stages: the person leads", () => {
    expect(apply(started(), { type: "stage-changed", to: "taking-action" }).stage).toBe("taking-action");
  });

  it("moves between the two levels of support", () => {
    const longer = apply(started(), { type: "level-changed", to: "longer-term" });
    expect(longer.level).toBe("longer-term");
    expect(apply(longer, { type: "level-changed", to: "short-term" }).level).toBe("short-term");
  });

  it("pauses and resumes", () => {
    const paused = apply(started(), { type: "paused" });
    expect(paused.status).toBe("paused");
    expect(paused.pausedAt).toBe("2025-03-05T10:30:00Z");
    const resumed = apply(paused, { type: "resumed" });
    expect(resumed.status).toBe("active");
    expect(resumed.pausedAt).toBeUndefined();
  });

  it("ends from any stage, including while paused, and re-opens later", () => {
    const ended = apply(
      started(),
      { type: "stage-changed", to: "planning" },
      { type: "paused" },
      {
        type: "ended",
        reason: "person-chose-to-end",
      },
    );
    expect(ended).toMatchObject({
      status: "ended",
      endedAt: "2025-03-07T10:30:00Z",
      endReason: "person-chose-to-end",
    });
    expect(ended.pausedAt).toBeUndefined();

    const reopened = apply(ended, { type: "reopened", stage: "vision-of-a-good-life", level: "longer-term" });
    expect(reopened).toMatchObject({
      status: "active",
      stage: "vision-of-a-good-life",
      level: "longer-term",
      openedAt: "2025-03-08T10:30:00Z",
      reopenings: 1,
    });
    expect(reopened.endedAt).toBeUndefined();
    expect(reopened.endReason).toBeUndefined();
  });

  it("counts cited principles and outcome markers", () => {
    const journey = apply(
      started(),
      { type: "activity-recorded", kind: "conversation", principles: ["natural-authority", "relationships"] },
      {
        type: "activity-recorded",
        kind: "community-connection",
        principles: ["community"],
        outcomes: ["new-community-connection"],
      },
      {
        type: "ended",
        reason: "moved-on",
        principles: ["community"],
        outcomes: ["formal-service-avoided", "new-community-connection"],
      },
    );
    expect(journey.principlesCited).toMatchObject({
      "natural-authority": 1,
      relationships: 1,
      community: 2,
      citizenship: 0,
    });
    expect(journey.outcomes).toMatchObject({
      "new-community-connection": 2,
      "formal-service-avoided": 1,
      "crisis-avoided": 0,
    });
  });

  it("accepts an event at the same instant as the latest one, written in another offset", () => {
    const journey = apply(started(), { occurredAt: "2025-03-04T11:30:00+01:00", type: "first-conversation" });
    expect(journey.events).toHaveLength(2);
  });

  it("never changes the journey it is given", () => {
    const before = started();
    const copy = structuredClone(before);
    const after = apply(before, { type: "stage-changed", to: "planning" });
    expect(before).toEqual(copy);
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.events)).toBe(true);
  });
});

describe("applyEvent: what is refused", () => {
  it("refuses events on an ended journey, except re-opening", () => {
    const ended = apply(started(), { type: "ended", reason: "moved-away" });
    const error = refusal(ended, {
      id: "e-99",
      occurredAt: "2025-04-01T10:00:00Z",
      type: "stage-changed",
      to: "planning",
    });
    expect(error).toEqual({
      code: "journey-ended",
      message:
        'Event "e-99" (stage-changed) happened after the journey ended on 2025-03-05T10:30:00Z (moved-away). Only a "reopened" event can follow an ending: add one first if the person has come back, or check the date.',
      eventId: "e-99",
      eventIndex: 2,
    });
  });

  it("refuses an event dated before the introduction", () => {
    const error = refusal(started(), {
      id: "e-99",
      occurredAt: "2025-03-01T09:00:00Z",
      type: "first-conversation",
    });
    expect(error.code).toBe("before-introduction");
    expect(error.message).toBe(
      'Event "e-99" (first-conversation) is dated 2025-03-01T09:00:00Z, before the introduction (2025-03-04T10:30:00Z). Nothing can happen in a journey before the person was introduced: check the date.',
    );
  });

  it("refuses a late write-up that would put an event already recorded in a paused journey", () => {
    const journey = apply(started(), { occurredAt: "2025-03-10T10:00:00Z", type: "first-conversation" });
    // 10:30+01:00 is 09:30Z, half an hour before the first conversation, which would then come while paused.
    const error = refusal(journey, { id: "e-99", occurredAt: "2025-03-10T10:30:00+01:00", type: "paused" });
    expect(error.code).toBe("journey-paused");
    expect(error.eventId).toBe("e-99");
    expect(error.eventIndex).toBe(2);
    expect(error.conflictsWith).toEqual({ eventId: journey.events[1]!.id, eventIndex: 1 });
    expect(error.message).toMatch(
      /^Event "e-99" \(paused, 2025-03-10T10:30:00\+01:00\) cannot be added: with it, an event already in the journey would break a rule\. Event "e-\d+" \(first-conversation\) cannot be added while the journey is paused/,
    );
  });

  it("refuses a reused event id", () => {
    const error = refusal(started(), { id: "e-1", occurredAt: "2025-03-05T10:00:00Z", type: "paused" });
    expect(error.code).toBe("duplicate-event-id");
    expect(error.message).toBe(
      'Event "e-1" (paused) reuses the id of an earlier event in this journey. Give each event its own id.',
    );
  });

  it("refuses unknown principle ids", () => {
    const error = refusal(started(), {
      id: "e-99",
      occurredAt: "2025-03-05T10:00:00Z",
      type: "activity-recorded",
      kind: "conversation",
      principles: ["eleventh-principle"],
    } as unknown as JourneyEventInput);
    expect(error.code).toBe("unknown-principle");
    expect(error.eventId).toBe("e-99");
    expect(error.eventIndex).toBe(1);
    expect(error.issues?.[0]?.path).toBe("principles[0]");
  });

  it("refuses a second introduction", () => {
    const error = refusal(started(), { ...introduced, id: "e-99", occurredAt: "2025-03-05T10:00:00Z" });
    expect(error.code).toBe("already-introduced");
    expect(error.message).toContain('if the person comes back after an ending, add "reopened"');
  });

  it("refuses a second first conversation", () => {
    const journey = apply(started(), { type: "first-conversation" });
    const error = refusal(journey, {
      id: "e-99",
      occurredAt: "2025-04-05T10:00:00Z",
      type: "first-conversation",
    });
    expect(error.code).toBe("duplicate-first-conversation");
    expect(error.message).toContain(
      'Record later conversations as "activity-recorded" with kind "conversation"',
    );
  });

  it("refuses moving to the stage or level the journey is already at", () => {
    const sameStage = refusal(started(), {
      id: "e-99",
      occurredAt: "2025-04-05T10:00:00Z",
      type: "stage-changed",
      to: "introduced",
    });
    expect(sameStage.code).toBe("same-stage");
    expect(sameStage.message).toBe(
      'Event "e-99" (stage-changed) moves the journey to "introduced", the stage it is already at. Choose another stage, or record an "activity-recorded" event instead.',
    );
    const sameLevel = refusal(started(), {
      id: "e-99",
      occurredAt: "2025-04-05T10:00:00Z",
      type: "level-changed",
      to: "short-term",
    });
    expect(sameLevel.code).toBe("same-level");
  });

  it("refuses pausing twice, and resuming a journey that is not paused", () => {
    const paused = apply(started(), { type: "paused" });
    expect(refusal(paused, { id: "e-99", occurredAt: "2025-04-05T10:00:00Z", type: "paused" }).code).toBe(
      "already-paused",
    );
    const error = refusal(started(), { id: "e-99", occurredAt: "2025-04-05T10:00:00Z", type: "resumed" });
    expect(error.code).toBe("not-paused");
    expect(error.message).toContain("the journey is active, not paused");
  });

  it.each([
    { type: "stage-changed", to: "planning" },
    { type: "level-changed", to: "longer-term" },
    { type: "activity-recorded", kind: "conversation" },
    { type: "first-conversation" },
  ] as const)("refuses $type while paused and says to resume first", (partial) => {
    const paused = apply(started(), { type: "paused" });
    const error = refusal(paused, {
      id: "e-99",
      occurredAt: "2025-04-05T10:00:00Z",
      ...partial,
    } as JourneyEventInput);
    expect(error.code).toBe("journey-paused");
    expect(error.message).toContain('Add a "resumed" event first');
  });

  it("refuses re-opening a journey that has not ended", () => {
    const error = refusal(started(), {
      id: "e-99",
      occurredAt: "2025-04-05T10:00:00Z",
      type: "reopened",
      stage: "planning",
      level: "short-term",
    });
    expect(error.code).toBe("not-ended");
    expect(error.message).toContain('use "resumed" after a pause');
  });

  it("refuses events with free text", () => {
    const error = refusal(started(), {
      id: "e-99",
      occurredAt: "2025-04-05T10:00:00Z",
      type: "activity-recorded",
      kind: "conversation",
      note: "Talked about her son",
    } as unknown as JourneyEventInput);
    expect(error.code).toBe("invalid-event");
    expect(error.message).toContain("never hold names, notes or other free text");
  });
});

describe("applyEvent: journeys it did not make", () => {
  it("refuses an edited copy of an ended journey", () => {
    const ended = apply(started(), { type: "ended", reason: "moved-on" });
    const forged = { ...ended, status: "active" } as Journey;
    const result = applyEvent(forged, {
      id: "e-99",
      occurredAt: "2025-04-02T10:00:00Z",
      type: "stage-changed",
      to: "planning",
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid-journey",
        message:
          "The journey was not made by startJourney, applyEvent or replayJourney (it may be a copy, an edited copy or a value read from storage). Rebuild it from its log with replayJourney, then apply the event.",
      },
    });
  });

  it("refuses a journey read back from JSON, and accepts it once replayed", () => {
    const journey = started();
    const stored = JSON.parse(JSON.stringify(journey)) as Journey;
    const event = { id: "e-99", occurredAt: "2025-04-02T10:00:00Z", type: "paused" } as const;
    expect(!applyEvent(stored, event).ok && applyEvent(stored, event)).toMatchObject({
      error: { code: "invalid-journey" },
    });
    const rebuilt = replayJourney(stored.id, stored.person, stored.events);
    expect(rebuilt.ok && isJourney(rebuilt.journey)).toBe(true);
    expect(rebuilt.ok && applyEvent(rebuilt.journey, event).ok).toBe(true);
  });

  it("returns typed errors for missing input instead of throwing", () => {
    const call = applyEvent as (...values: unknown[]) => ReturnType<typeof applyEvent>;
    const codeOf = (result: ReturnType<typeof applyEvent>) => (result.ok ? "ok" : result.error.code);
    expect(codeOf(call(null, { id: "e-99", occurredAt: "2025-04-02T10:00:00Z", type: "paused" }))).toBe(
      "invalid-journey",
    );
    expect(codeOf(call(undefined, undefined))).toBe("invalid-journey");
    expect(codeOf(call(started(), null))).toBe("invalid-event");
    expect(codeOf(call(started(), undefined))).toBe("invalid-event");
  });

  it("marks every journey it makes as genuine", () => {
    const journey = started();
    expect(isJourney(journey)).toBe(true);
    expect(isJourney(apply(journey, { type: "paused" }))).toBe(true);
    expect(isJourney({ ...journey })).toBe(false);
    expect(isJourney(null)).toBe(false);
  });
});

describe("applyEvent: late write-ups", () => {
  // The week of 2 June 2025: Tuesday 3rd, Thursday 5th, Friday 6th.
  const intro: JourneyEventInput = {
    id: "e-1",
    occurredAt: "2025-05-27T10:00:00+01:00",
    recordedAt: "2025-05-27T12:00:00+01:00",
    type: "introduced",
    source: "self",
    neighbourhood: "nbh-03",
    level: "short-term",
  };
  const thursday: JourneyEventInput = {
    id: "e-2",
    occurredAt: "2025-06-05T14:00:00+01:00",
    recordedAt: "2025-06-05T16:00:00+01:00",
    type: "first-conversation",
  };
  const tuesdayWrittenUpFriday: JourneyEventInput = {
    id: "e-3",
    occurredAt: "2025-06-03T11:00:00+01:00",
    recordedAt: "2025-06-06T09:00:00+01:00",
    type: "activity-recorded",
    kind: "conversation",
  };

  function thursdayLogged(): Journey {
    const result = replayJourney(journeyId("J-7"), person, [intro, thursday]);
    if (!result.ok) throw new Error(result.error.message);
    return result.journey;
  }

  it("accepts Tuesday's conversation written up on Friday, after Thursday's was logged", () => {
    const result = applyEvent(thursdayLogged(), tuesdayWrittenUpFriday, { now: "2025-06-06T09:05:00+01:00" });
    if (!result.ok) throw new Error(result.error.message);
    // The log keeps the order of recording (the audit trail); the timeline the order things happened.
    expect(result.journey.events.map((event) => event.id)).toEqual(["e-1", "e-2", "e-3"]);
    expect(result.journey.timeline.map((event) => event.id)).toEqual(["e-1", "e-3", "e-2"]);
    expect(result.journey.lastEventAt).toBe("2025-06-05T14:00:00+01:00");
    expect(result.journey.events[2]?.recordedAt).toBe("2025-06-06T09:00:00+01:00");
  });

  it("gives the same journey as replaying the log with the late write-up at its end", () => {
    const applied = applyEvent(thursdayLogged(), tuesdayWrittenUpFriday);
    const replayed = replayJourney(journeyId("J-7"), person, [intro, thursday, tuesdayWrittenUpFriday]);
    if (!applied.ok || !replayed.ok) throw new Error("expected both to be accepted");
    expect({ ...applied.journey }).toEqual({ ...replayed.journey });
  });

  it("works the state out in the order things happened: a late first conversation sets the date", () => {
    const talked = applyEvent(thursdayLogged(), {
      id: "e-3",
      occurredAt: "2025-06-06T10:00:00+01:00",
      type: "stage-changed",
      to: "getting-to-know-each-other",
    });
    if (!talked.ok) throw new Error(talked.error.message);
    const back = applyEvent(talked.journey, {
      id: "e-4",
      occurredAt: "2025-06-04T10:00:00+01:00",
      recordedAt: "2025-06-07T10:00:00+01:00",
      type: "stage-changed",
      to: "vision-of-a-good-life",
    });
    if (!back.ok) throw new Error(back.error.message);
    // The change written up late happened first, so the later one still decides the stage.
    expect(back.journey.stage).toBe("getting-to-know-each-other");
  });

  it("refuses a write-up of something after the end of the journey, but accepts one before it", () => {
    const ended = applyEvent(thursdayLogged(), {
      id: "e-3",
      occurredAt: "2025-06-10T10:00:00+01:00",
      type: "ended",
      reason: "moved-on",
    });
    if (!ended.ok) throw new Error(ended.error.message);
    const before = applyEvent(ended.journey, {
      ...tuesdayWrittenUpFriday,
      id: "e-4",
      recordedAt: "2025-06-11T09:00:00+01:00",
    });
    expect(before.ok).toBe(true);
    const after = applyEvent(ended.journey, {
      ...tuesdayWrittenUpFriday,
      id: "e-4",
      occurredAt: "2025-06-11T08:00:00+01:00",
      recordedAt: "2025-06-11T09:00:00+01:00",
    });
    expect(!after.ok && after.error.code).toBe("journey-ended");
  });

  it("refuses what cannot be: before the introduction, recorded before it happened, in the future", () => {
    const journey = thursdayLogged();
    const early = applyEvent(journey, { ...tuesdayWrittenUpFriday, occurredAt: "2025-05-20T10:00:00+01:00" });
    expect(!early.ok && early.error.code).toBe("before-introduction");

    const recordedFirst = applyEvent(journey, {
      ...tuesdayWrittenUpFriday,
      occurredAt: "2025-06-07T10:00:00+01:00",
    });
    expect(!recordedFirst.ok && recordedFirst.error.code).toBe("recorded-before-it-happened");

    const now = { now: "2025-06-06T09:05:00+01:00" };
    const future = applyEvent(
      journey,
      { ...tuesdayWrittenUpFriday, occurredAt: "2025-06-06T10:00:00+01:00", recordedAt: undefined },
      now,
    );
    expect(!future.ok && future.error.code).toBe("in-the-future");
    expect(!future.ok && future.error.message).toMatch(/more than 15 minutes after now/);
    // Within the tolerance (15 minutes by default, or as given) is fine.
    const soon = {
      ...tuesdayWrittenUpFriday,
      occurredAt: "2025-06-06T09:15:00+01:00",
      recordedAt: undefined,
    };
    expect(applyEvent(journey, soon, now).ok).toBe(true);
    expect(applyEvent(journey, soon, { ...now, futureToleranceMinutes: 5 }).ok).toBe(false);
  });

  it("refuses a log whose write-ups go back in time, since it keeps the order of recording", () => {
    const result = applyEvent(thursdayLogged(), {
      ...tuesdayWrittenUpFriday,
      recordedAt: "2025-06-04T09:00:00+01:00",
    });
    expect(!result.ok && result.error.code).toBe("recorded-out-of-order");
  });

  it("refuses options that are not valid", () => {
    for (const options of [
      { now: "tomorrow" },
      { futureToleranceMinutes: -1 },
      { futureToleranceMinutes: 1.5 },
      7,
    ]) {
      const result = applyEvent(thursdayLogged(), tuesdayWrittenUpFriday, options as never);
      expect(!result.ok && result.error.code, JSON.stringify(options)).toBe("invalid-options");
    }
  });

  it("accepts write-ups that only make sense together with applyEvents", () => {
    const changed = applyEvent(thursdayLogged(), {
      id: "e-3",
      occurredAt: "2025-06-06T10:00:00+01:00",
      type: "stage-changed",
      to: "planning",
    });
    if (!changed.ok) throw new Error(changed.error.message);
    const pause = { id: "e-4", occurredAt: "2025-06-03T10:00:00+01:00", type: "paused" } as const;
    const resume = { id: "e-5", occurredAt: "2025-06-04T10:00:00+01:00", type: "resumed" } as const;
    // Alone, the pause would leave Thursday's conversation and Friday's change of stage in a paused journey.
    const alone = applyEvent(changed.journey, pause);
    expect(!alone.ok && alone.error.conflictsWith?.eventId).toBe("e-2");
    const together = applyEvents(changed.journey, [pause, resume]);
    if (!together.ok) throw new Error(together.error.message);
    expect(together.journey.timeline.map((event) => event.type)).toEqual([
      "introduced",
      "paused",
      "resumed",
      "first-conversation",
      "stage-changed",
    ]);
    expect(together.journey.status).toBe("active");
  });
});
