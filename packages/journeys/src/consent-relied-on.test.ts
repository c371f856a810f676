import { describe, expect, it } from "vitest";
import { parseJourneyEvent } from "./parse-journey-event.js";

const activity = {
  id: "e-5",
  occurredAt: "2025-07-01T10:00:00+01:00",
  type: "activity-recorded",
  kind: "information-shared",
};

describe("an event cites the consent record it relied on", () => {
  it.each(["agreement", "exception"])("accepts a %s by its record id", (basis) => {
    const parsed = parseJourneyEvent({ ...activity, consent: { basis, recordId: "AGR-2025-0007" } });
    expect(parsed.ok).toBe(true);
    if (parsed.ok && parsed.event.type === "activity-recorded") {
      expect(parsed.event.consent).toEqual({ basis, recordId: "AGR-2025-0007" });
    }
  });

  it("refuses free text, an unknown basis, or a direct identifier as the record id", () => {
    expect(parseJourneyEvent({ ...activity, consent: "she said yes" }).ok).toBe(false);
    expect(parseJourneyEvent({ ...activity, consent: { basis: "verbal", recordId: "AGR-1" } }).ok).toBe(
      false,
    );
    expect(
      parseJourneyEvent({ ...activity, consent: { basis: "agreement", recordId: "943-476-5919" } }).ok,
    ).toBe(false);
    expect(
      parseJourneyEvent({ ...activity, consent: { basis: "agreement", recordId: "AGR-1", note: "x" } }).ok,
    ).toBe(false);
  });

  it("names a field the consent record does not have, without repeating its value", () => {
    const parsed = parseJourneyEvent({
      ...activity,
      consent: { basis: "agreement", recordId: "AGR-1", note: "She said yes on the phone", by: "Ann" },
    });
    expect(!parsed.ok && parsed.error.issues).toEqual([
      {
        path: "consent",
        message:
          'Unknown fields "note", "by" in "consent", which holds only "basis" and "recordId": the consent record relied on, never a note.',
      },
    ]);
    expect(JSON.stringify(parsed)).not.toMatch(/phone|Ann/);
  });
});
