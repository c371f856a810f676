import { newPersonRef } from "@lac/person-ref";
import { parseJourneyId, replayJourney, type JourneyId } from "@lac/journeys";
import { describe, expect, it } from "vitest";
import { syntheticPopulation } from "./synthetic-population.js";

describe("syntheticPopulation", () => {
  it("gives journey ids that replayJourney takes as they are, with no parsing or cast", () => {
    for (const { journey, events } of syntheticPopulation({
      seed: 3,
      journeys: 20,
      period: { from: "2026-04-01", to: "2027-03-31" },
    })) {
      // A type error (checked by `pnpm typecheck`) while the id was typed as a plain string.
      const id: JourneyId = journey;
      expect(parseJourneyId(id)).toEqual({ ok: true, id });
      expect(replayJourney(journey, newPersonRef(), events).ok).toBe(true);
    }
  });
});
