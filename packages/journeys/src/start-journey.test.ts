import { describe, expect, it } from "vitest";
import { personRef, journeyId } from "../test/journey-arbitraries.js";
import type { PersonRef } from "@lac/person-ref";
import type { JourneyId } from "./identifier.js";
import type { IntroducedEventInput } from "./journey-event.js";
import { startJourney } from "./start-journey.js";

const person = personRef("P-000123");
const introduced: IntroducedEventInput = {
  id: "e-1",
  occurredAt: "2025-03-04T10:30:00Z",
  type: "introduced",
  source: "family-or-friend",
  neighbourhood: "nbh-03",
  level: "short-term",
  principles: ["relationships"],
};

describe("startJourney", () => {
  it("starts an active journey at the introduced stage", () => {
    const result = startJourney(journeyId("J-1"), person, introduced);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { journey } = result;
    expect(journey).toMatchObject({
      id: "J-1",
      person: "P-000123",
      neighbourhood: "nbh-03",
      introduction: { source: "family-or-friend", occurredAt: "2025-03-04T10:30:00Z" },
      level: "short-term",
      stage: "introduced",
      status: "active",
      openedAt: "2025-03-04T10:30:00Z",
      lastEventAt: "2025-03-04T10:30:00Z",
      reopenings: 0,
    });
    expect(journey.firstConversationAt).toBeUndefined();
    expect(journey.endedAt).toBeUndefined();
    expect(journey.events).toEqual([introduced]);
    expect(journey.principlesCited.relationships).toBe(1);
    expect(journey.principlesCited.citizenship).toBe(0);
    expect(Object.values(journey.outcomes).every((count) => count === 0)).toBe(true);
  });

  it("returns a frozen journey", () => {
    const result = startJourney(journeyId("J-1"), person, introduced);
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.isFrozen(result.journey)).toBe(true);
    expect(Object.isFrozen(result.journey.events)).toBe(true);
    expect(Object.isFrozen(result.journey.events[0])).toBe(true);
    expect(Object.isFrozen(result.journey.principlesCited)).toBe(true);
    expect(Object.isFrozen(result.journey.introduction)).toBe(true);
  });

  it("refuses a first event that is not an introduction", () => {
    const result = startJourney(journeyId("J-1"), person, {
      id: "e-1",
      occurredAt: "2025-03-04T10:30:00Z",
      type: "first-conversation",
    } as unknown as IntroducedEventInput);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "not-introduced",
        message:
          'A journey starts with an "introduced" event, but event "e-1" is "first-conversation". Start with the introduction.',
        eventId: "e-1",
        eventIndex: 0,
      },
    });
  });

  it("returns an error for a missing introduction instead of throwing", () => {
    for (const event of [undefined, null]) {
      const result = startJourney(journeyId("J-1"), person, event as unknown as IntroducedEventInput);
      expect(!result.ok && result.error.code).toBe("invalid-event");
    }
  });

  it("refuses an unknown principle id", () => {
    const result = startJourney(journeyId("J-1"), person, {
      ...introduced,
      principles: ["time"],
    } as unknown as IntroducedEventInput);
    expect(!result.ok && result.error.code).toBe("unknown-principle");
  });

  it("refuses a journey id that is not an opaque id, at compile time and at run time, without repeating it", () => {
    // @ts-expect-error a plain string is not a JourneyId
    const result = startJourney("journey of Jane", person, introduced);
    expect(!result.ok && result.error.code).toBe("invalid-journey-id");
    expect(!result.ok && result.error.message).toMatch(/^The journey id may hold only letters, digits/);
    for (const name of ["Mary-Smith", "Mary-Smith-1", "mary.smith.1", "J-0001-ann"]) {
      const forced = startJourney(name as JourneyId, person, introduced);
      expect(!forced.ok && forced.error.code, name).toBe("invalid-journey-id");
      expect(!forced.ok && forced.error.message, name).not.toMatch(/mary|smith|ann/i);
    }
  });

  it("refuses a name in an event id or a home in a neighbourhood id, without repeating it", () => {
    const result = startJourney(journeyId("J-1"), person, {
      ...introduced,
      id: "Mary-Smith-rang-crying",
      neighbourhood: "Mary-Smiths-house",
    });
    expect(!result.ok && result.error.code).toBe("invalid-event");
    expect(!result.ok && result.error.eventId).toBeUndefined();
    expect(!result.ok && result.error.issues?.map((issue) => issue.path)).toEqual(["id", "neighbourhood"]);
    expect(!result.ok && JSON.stringify(result.error)).not.toMatch(/mary|smith|crying/i);
  });

  it("refuses a name passed as the person, at run time as well as at compile time", () => {
    // @ts-expect-error a plain string is not a PersonRef
    const result = startJourney(journeyId("J-1"), "Jane Smith", introduced);
    expect(!result.ok && result.error.code).toBe("invalid-person-ref");
    expect(!result.ok && result.error.message).toContain("never a name");
    const forced = startJourney(journeyId("J-1"), "Jane Smith" as PersonRef, introduced);
    expect(forced.ok).toBe(false);
  });
});
