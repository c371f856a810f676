import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyLogArb } from "../test/journey-arbitraries.js";
import { parseJourneyEvent } from "./parse-journey-event.js";

const introduced = {
  id: "e-1",
  occurredAt: "2025-03-04T10:30:00Z",
  type: "introduced",
  source: "gp-or-health",
  neighbourhood: "nbh-03",
  level: "short-term",
};

function errorOf(value: unknown) {
  const result = parseJourneyEvent(value);
  if (result.ok) throw new Error("expected the event to be refused");
  return result.error;
}

describe("parseJourneyEvent", () => {
  it.each([
    introduced,
    { id: "e-2", occurredAt: "2025-03-05T09:00:00+01:00", type: "first-conversation" },
    { id: "e-3", occurredAt: "2025-03-06T09:00:00Z", type: "stage-changed", to: "vision-of-a-good-life" },
    { id: "e-4", occurredAt: "2025-03-06T09:00:00Z", type: "level-changed", to: "longer-term" },
    {
      id: "e-5",
      occurredAt: "2025-03-06T09:00:00.250Z",
      type: "activity-recorded",
      kind: "community-connection",
      principles: ["community", "contribution"],
      outcomes: ["new-community-connection"],
    },
    { id: "e-6", occurredAt: "2025-03-07T09:00:00Z", type: "paused" },
    { id: "e-7", occurredAt: "2025-03-08T09:00:00Z", type: "resumed" },
    {
      id: "e-8",
      occurredAt: "2025-03-09T09:00:00Z",
      type: "ended",
      reason: "moved-on",
      outcomes: ["crisis-avoided"],
    },
    {
      id: "e-9",
      occurredAt: "2026-01-09T09:00:00Z",
      type: "reopened",
      stage: "planning",
      level: "longer-term",
    },
  ])("accepts a valid $type event and freezes it", (value) => {
    const result = parseJourneyEvent(value);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.event).toEqual(value);
      expect(Object.isFrozen(result.event)).toBe(true);
      if (result.event.principles) expect(Object.isFrozen(result.event.principles)).toBe(true);
    }
  });

  it("does not change or freeze the caller's object", () => {
    const value = { ...introduced, principles: ["citizenship"] };
    const result = parseJourneyEvent(value);
    expect(result.ok && result.event).not.toBe(value);
    expect(Object.isFrozen(value)).toBe(false);
    expect(Object.isFrozen(value.principles)).toBe(false);
  });

  it("refuses an unknown principle id with its path and the list of valid ids", () => {
    const error = errorOf({ ...introduced, principles: ["relationships", "time"] });
    expect(error.code).toBe("unknown-principle");
    expect(error.eventId).toBe("e-1");
    expect(error.issues).toEqual([
      {
        path: "principles[1]",
        message: expect.stringMatching(/^"time" is not a principle id\. Use one of: citizenship,/),
      },
    ]);
    expect(error.message).toMatch(
      /^Event "e-1" is not valid\. At principles\[1\]: "time" is not a principle id/,
    );
  });

  it("refuses a principle cited twice in one event", () => {
    const error = errorOf({ ...introduced, principles: ["community", "community"] });
    expect(error.code).toBe("invalid-event");
    expect(error.issues).toEqual([
      {
        path: "principles[1]",
        message: '"community" is listed twice in "principles". List each principle once per event.',
      },
    ]);
  });

  it("refuses an unknown outcome marker", () => {
    const error = errorOf({ ...introduced, outcomes: ["feels-better"] });
    expect(error.code).toBe("invalid-event");
    expect(error.issues?.[0]?.path).toBe("outcomes[0]");
    expect(error.issues?.[0]?.message).toMatch(
      /^"feels-better" is not an outcome marker\. Use one of: new-community-connection,/,
    );
  });

  it("refuses free-text fields such as notes or a name, and says why", () => {
    const error = errorOf({ ...introduced, notes: "Lives alone, struggling", name: "Jane" });
    expect(error.code).toBe("invalid-event");
    expect(error.issues).toHaveLength(1);
    expect(error.issues?.[0]?.path).toBe("");
    expect(error.issues?.[0]?.message).toBe(
      'Unknown fields "notes", "name" on an event of type "introduced", which holds only: id, occurredAt, recordedAt, type, source, neighbourhood, level, coordinator, principles, outcomes. Events never hold names, notes or other free text about the person: remove it.',
    );
  });

  it("refuses an address or a home as a neighbourhood, without repeating it", () => {
    for (const [neighbourhood, problem] of [
      ["12 High Street", "holds a space"],
      ["marys-house'", "holds an apostrophe"],
      ["Mary-Smiths-house", "must be lower-case letters and digits"],
      ["a".repeat(61), "is longer than 60 characters"],
      ["", "is empty"],
      ["nbh--03", "must be lower-case letters and digits"],
    ] as const) {
      const error = errorOf({ ...introduced, neighbourhood });
      expect(error.issues, neighbourhood).toEqual([
        {
          path: "neighbourhood",
          message: expect.stringContaining(`The neighbourhood id ${problem}`),
        },
      ]);
      expect(error.issues?.[0]?.message).toContain("never a home, an address or a postcode");
      if (neighbourhood.length > 1) expect(error.message).not.toContain(neighbourhood);
    }
  });

  it("accepts neighbourhood labels that name an area", () => {
    for (const neighbourhood of ["nbh-03", "sketty", "castle-and-riverside", "a".repeat(60)]) {
      expect(parseJourneyEvent({ ...introduced, neighbourhood }).ok, neighbourhood).toBe(true);
    }
  });

  it("accepts opaque event ids", () => {
    for (const id of [
      "e-1",
      "e-0001",
      "EV-0001",
      "J-000123",
      "JRNY-7",
      "a1",
      "x.2:3_4",
      "3fa85f64-5717-4562-b3fc-2c963f66afa6",
      "DEADBEEF-DEAD-BEEF-DEAD-BEEFDEADBEEF",
    ]) {
      expect(parseJourneyEvent({ ...introduced, id }).ok, id).toBe(true);
    }
  });

  it.each([
    ["Mary-Smith-rang-crying", "holds no digit"],
    ["Mary-Smith-1", "holds a word of 3 or more letters"],
    ["e-0001-bob", "holds a word of 3 or more letters"],
    ["EVENT-0001", "holds a word of 3 or more letters"],
    ["ev-0001x-abc", "holds a word of 3 or more letters"],
    ["1", undefined],
    ["abcdef", "holds no digit"],
    ["e-" + "1".repeat(63), "is longer than 64 characters"],
  ])("checks that the event id %j is opaque", (id, problem) => {
    const result = parseJourneyEvent({ ...introduced, id });
    if (problem === undefined) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(!result.ok && result.error.issues).toEqual([
      { path: "id", message: expect.stringMatching(new RegExp(`^The event id ${problem}[ .]`)) },
    ]);
    expect(!result.ok && result.error.eventId).toBeUndefined();
    expect(!result.ok && result.error.message).not.toContain(id);
  });

  it.each([
    ["2025-03-04", "a plain date"],
    ["2025-03-04T10:30:00", "no offset"],
    ["2025-02-30T10:30:00Z", "a day that does not exist"],
    ["yesterday", "words"],
  ])("refuses the date-time %j (%s) and shows how to write one", (at) => {
    const error = errorOf({ ...introduced, occurredAt: at });
    expect(error.issues).toEqual([
      {
        path: "occurredAt",
        message: `${JSON.stringify(at)} is not a date-time with an offset. Write an ISO 8601 date-time with seconds and an offset, for example "2025-03-04T10:30:00Z" or "2025-06-04T10:30:00+01:00".`,
      },
    ]);
  });

  it("names missing fields", () => {
    const error = errorOf({ id: "e-1", type: "ended" });
    expect(error.issues?.map((issue) => issue.path)).toEqual(["occurredAt", "reason"]);
    expect(error.issues?.[0]?.message).toMatch(/^Missing "occurredAt"/);
    expect(error.issues?.[1]?.message).toBe(
      "Missing an end reason. Use one of: person-chose-to-end, moved-on, moved-away, no-longer-in-contact, other.",
    );
    expect(error.message).toContain('(1 more problem listed in "issues".)');
  });

  it("refuses an unknown or missing event type with the list of types", () => {
    expect(errorOf({ id: "e-1", occurredAt: "2025-03-04T10:30:00Z", type: "referred" }).issues).toEqual([
      {
        path: "type",
        message:
          '"referred" is not an event type. Use one of: introduced, first-conversation, coordinator-changed, stage-changed, level-changed, activity-recorded, paused, resumed, ended, reopened.',
      },
    ]);
    expect(errorOf({ id: "e-1" }).issues?.[0]?.message).toMatch(/^Missing "type"\. Use one of:/);
  });

  it("refuses values that are not objects", () => {
    for (const value of [null, "introduced", 42, []]) {
      const error = errorOf(value);
      expect(error.code).toBe("invalid-event");
      expect(error.eventId).toBeUndefined();
      expect(error.message).toMatch(/^The event is not valid\. An event must be an object/);
    }
  });

  it("refuses event ids with spaces", () => {
    const error = errorOf({ ...introduced, id: "first event" });
    expect(error.eventId).toBeUndefined();
    expect(error.message).not.toContain("first event");
    expect(error.issues?.[0]?.path).toBe("id");
  });

  it("copies the event's position into the error when given", () => {
    const result = parseJourneyEvent({ id: "e-1" }, 7);
    expect(!result.ok && result.error.eventIndex).toBe(7);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseJourneyEvent(value);
        if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("accepts every event of a generated valid journey unchanged", () => {
    fc.assert(
      fc.property(journeyLogArb(), (log) => {
        for (const event of log.events) expect(parseJourneyEvent(event)).toEqual({ ok: true, event });
      }),
      { numRuns: 100 },
    );
  });
});
