import { describe, expect, it } from "vitest";
import { personRef } from "../test/journey-arbitraries.js";
import type { PersonRef } from "@lac/person-ref";
import type { IntroducedEvent } from "./journey-event.js";
import { startJourney } from "./start-journey.js";

const person = personRef("P-000123");
const introduced: IntroducedEvent = {
  id: "e-1",
  at: "2025-03-04T10:30:00Z",
  type: "introduced",
  source: "family-or-friend",
  neighbourhood: "nbh-03",
  level: "short-term",
  principles: ["relationships"],
};

describe("startJourney", () => {
  it("starts an active journey at the introduced stage", () => {
    const result = startJourney("J-1", person, introduced);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { journey } = result;
    expect(journey).toMatchObject({
      id: "J-1",
      person: "P-000123",
      neighbourhood: "nbh-03",
      introduction: { source: "family-or-friend", at: "2025-03-04T10:30:00Z" },
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
    const result = startJourney("J-1", person, introduced);
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.isFrozen(result.journey)).toBe(true);
    expect(Object.isFrozen(result.journey.events)).toBe(true);
    expect(Object.isFrozen(result.journey.events[0])).toBe(true);
    expect(Object.isFrozen(result.journey.principlesCited)).toBe(true);
    expect(Object.isFrozen(result.journey.introduction)).toBe(true);
  });

  it("refuses a first event that is not an introduction", () => {
    const result = startJourney("J-1", person, {
      id: "e-1",
      at: "2025-03-04T10:30:00Z",
      type: "first-conversation",
    } as unknown as IntroducedEvent);
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

  it("refuses an unknown principle id", () => {
    const result = startJourney("J-1", person, {
      ...introduced,
      principles: ["time"],
    } as unknown as IntroducedEvent);
    expect(!result.ok && result.error.code).toBe("unknown-principle");
  });

  it("refuses a journey id that is not an id", () => {
    const result = startJourney("journey of Jane", person, introduced);
    expect(!result.ok && result.error.code).toBe("invalid-journey-id");
    expect(!result.ok && result.error.message).toMatch(/^"journey of Jane" is not a valid journey id\./);
  });

  it("refuses a name passed as the person, at run time as well as at compile time", () => {
    // @ts-expect-error a plain string is not a PersonRef
    const result = startJourney("J-1", "Jane Smith", introduced);
    expect(!result.ok && result.error.code).toBe("invalid-person-ref");
    expect(!result.ok && result.error.message).toContain("never a name");
    const forced = startJourney("J-1", "Jane Smith" as PersonRef, introduced);
    expect(forced.ok).toBe(false);
  });
});
