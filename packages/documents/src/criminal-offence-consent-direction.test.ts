// A partner that is not a public authority relies on the person's consent (DPA 2018 Schedule 1
// paragraph 29) for criminal offence data. Its agreement says who obtains that consent for each
// direction personal data takes; a partner that only passes personal data to the council, or only
// receives it, is told only about its own direction, not about flows its agreement says do not happen.
import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { legalGroundsFor, type PartyNature } from "./lawful-basis-for-partner.js";
import { buildPackContext } from "./pack-context.js";

const phases = [{ id: "a", name: "Start", startMonth: 0, months: 1, summary: "s" }];
const DISCLOSED =
  "for what it passes to the council, it obtains and records that consent itself before disclosing";
const RECEIVED =
  "for what the council passes to it, the agreement the coordinator records for this organisation alone";

const charity: PartyNature = { kind: "charity", publicAuthority: false, nation: "england" };

function criminalNote(flow: Parameters<typeof legalGroundsFor>[1]): string {
  const grounds = legalGroundsFor(charity, flow);
  if (!grounds.personalData) throw new Error("expected personal data grounds");
  return grounds.criminalOffence.note ?? "";
}

describe("paragraph 29 consent for a party that is not a public authority, by the directions of its flows", () => {
  it("names both directions when personal data passes both ways, or when the caller does not say", () => {
    for (const note of [
      criminalNote({ direction: "shares", anonymised: false }),
      criminalNote({ direction: "shares", anonymised: false, bothWays: true }),
    ]) {
      expect(note).toContain(DISCLOSED);
      expect(note).toContain(RECEIVED);
    }
  });

  it("names only what it discloses when it only passes personal data to the council", () => {
    const note = criminalNote({ direction: "shares", anonymised: false, bothWays: false });
    expect(note).toContain(DISCLOSED);
    expect(note).not.toContain(RECEIVED);
  });

  it("names only what it receives when it only receives personal data from the council", () => {
    const note = criminalNote({ direction: "receives", anonymised: false, bothWays: false });
    expect(note).not.toContain(DISCLOSED);
    expect(note).toContain(RECEIVED);
  });

  it("in Wendleshire's pack: Wendleshire Community Action, which only introduces people, is told only about its disclosures", () => {
    const context = buildPackContext(exampleConfig("wendleshire"), phases);
    const partner = context.partners.find((p) => p.organisation === "Wendleshire Community Action")!;
    expect(partner.receives).toEqual([]);
    const note = partner.grounds.criminalOffence.note ?? "";
    expect(note).toContain(DISCLOSED);
    expect(note).not.toContain(RECEIVED);
  });

  it("in Cwm Teg's pack: the county voluntary council, whose sharing goes both ways, is told about both", () => {
    const context = buildPackContext(exampleConfig("cwm-teg"), phases);
    const partner = context.partners.find((p) => p.organisation === "Cwm Teg County Voluntary Council")!;
    const note = partner.grounds.criminalOffence.note ?? "";
    expect(note).toContain(DISCLOSED);
    expect(note).toContain(RECEIVED);
  });
});
