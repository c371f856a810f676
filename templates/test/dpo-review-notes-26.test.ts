// One test per defect found reading the internal information-sharing note and the aggregate-data note
// of Brackenford (and of Cwm Teg, given a service of the council and a partner that passes only figures)
// in Word, as the council's data protection officer would (review 26).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, withAnotherCouncilService, withCouncilServices } from "./examples.js";

const internalNote = (config: CouncilConfig) =>
  documentOf(config, "data-sharing/internal-information-sharing-note.md");
const aggregateNote = (config: CouncilConfig) => documentOf(config, "data-sharing/aggregate-data-note.md");
const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

/** Cwm Teg, with a service of the council that makes introductions (an internal note in Wales). */
function welshWithInternalPartner(): CouncilConfig {
  const config = example("cwm-teg");
  return {
    ...config,
    partners: [
      ...config.partners,
      {
        organisation: "Cwm Teg County Borough Council Housing Service",
        welshName: "Gwasanaeth Tai Cyngor Bwrdeistref Sirol Cwm Teg",
        kind: "council-service",
        shares: ["introductions of people who have agreed to meet a coordinator"],
        receives: ["whether an introduction was taken up"],
        anonymised: [],
      },
    ],
  } as CouncilConfig;
}

describe("the aggregate-data note says once what its rules already say", () => {
  it("leaves the producer's own lawful basis and the agreement needed for personal data to the rules", () => {
    const note = aggregateNote(example("brackenford"));
    const opening = note.slice(0, note.indexOf("## What passes"));
    // The rules below say both (the first paragraph and "Personal data goes elsewhere").
    expect(opening).not.toContain("lawful basis");
    expect(opening).not.toContain("who could be identified is to pass");
    expect(occurrences(note, "under its own lawful basis")).toBe(1);
    expect(note).toContain("it needs a data-sharing agreement and a lawful basis first.");
    // What the opening keeps: what the figures are, and what the note stands in for.
    expect(opening).toContain(
      "While those rules are met, this note takes the place of a data-sharing agreement.",
    );
  });
});

describe("the aggregate-data note asks what the figures are for and who receives them", () => {
  it("leaves a blank for the purpose, the recipients at each organisation and how often figures pass", () => {
    const note = aggregateNote(example("brackenford"));
    const passes = note.slice(
      note.indexOf("## What passes"),
      note.indexOf("## Keeping the figures anonymous"),
    );
    expect(passes).toContain(
      "What the figures are for, who receives them at each organisation, and how often: ____________________.",
    );
  });
});

describe("the internal note does not say the privacy notice states what passes back", () => {
  it("asks the programme's privacy notice to name the service, which it lists without the items", () => {
    const brackenford = example("brackenford");
    const note = internalNote(brackenford);
    expect(note).not.toContain("the programme's privacy notice says what passes back");
    expect(note).toContain(
      "that information may pass to the programme with their agreement, and the programme's privacy notice must name each service in this note (UK GDPR Articles 13 and 14).",
    );
    // The premise: the pack's privacy notice names the service, not what passes to it.
    const notice = documentOf(brackenford, "data-protection/privacy-notice.md");
    expect(notice).toContain("- Brackenford Borough Council Adult Social Care: a service of the council");
  });

  it("has two services that pass information to the programme tell the people they work with", () => {
    const brackenford = example("brackenford");
    const twoServices = withAnotherCouncilService(
      brackenford,
      "Brackenford Borough Council Housing Options",
      {
        receives: [],
      },
    );
    expect(internalNote(twoServices)).toContain(
      "- **Telling people.** Brackenford Borough Council Adult Social Care and Brackenford Borough Council Housing Options tell the people they work with, in their privacy information, that information may pass to the programme with their agreement, and the programme's privacy notice must name each service in this note (UK GDPR Articles 13 and 14).",
    );
  });
});

describe("a Welsh council's internal note says no WASPI protocol is needed either, as the protocol does", () => {
  it("names the information sharing protocol and the data disclosure agreement for a Welsh council", () => {
    const config = welshWithInternalPartner();
    // The premise: the pack's protocol leaves the service out and sends the reader to this note.
    expect(documentOf(config, "data-sharing/information-sharing-protocol.md")).toContain(
      "is a service of the council itself, the same controller (UK GDPR Art 4(1)(7)), and so not a partner to this protocol: see the internal information-sharing note.",
    );
    expect(internalNote(config)).toContain(
      "So no data-sharing agreement, information sharing protocol or data disclosure agreement is needed:",
    );
  });

  it("keeps the ICO code's agreement alone in England", () => {
    const note = internalNote(example("brackenford"));
    expect(note).toContain("So no data-sharing agreement is needed:");
    expect(note).not.toContain("information sharing protocol");
  });
});

describe("the internal note asks how information passes between the services, and when the note is reviewed", () => {
  const note = internalNote(example("brackenford"));

  it("leaves a blank for the secure route, as the agreements name one for their partners", () => {
    const rule = note.split("\n").find((line) => line.startsWith("- **Need to know.**"))!;
    expect(rule).toContain(
      "Only the staff who need the information for the person see it, and it passes only by ____________________ (an agreed secure route, such as the council's secure email);",
    );
    // The premise: a partner's agreement names its secure transfer.
    expect(
      documentOf(example("brackenford"), "data-sharing/brackenford-hospitals-nhs-foundation-trust.md"),
    ).toContain("secure transfer (encrypted email or an agreed secure system");
  });

  it("gives the data protection officer a date to review it by", () => {
    expect(note).toContain(
      "including on whether each use is compatible: ____________________. Review by: ____________________.",
    );
  });
});

describe("the internal note speaks of each service only in the direction its information passes", () => {
  const brackenford = example("brackenford");
  const withService = (change: { shares?: string[]; receives?: string[] }): CouncilConfig => ({
    ...brackenford,
    partners: brackenford.partners.map((partner) =>
      partner.kind === "council-service" ? { ...partner, ...change } : partner,
    ),
  });
  const bullet = (note: string, label: string) =>
    note.split("\n").find((line) => line.startsWith(`- **${label}**`));

  it("does not say a service that only receives tells people information passes to the programme", () => {
    const note = internalNote(withService({ shares: [] }));
    expect(note).not.toContain("that information may pass to the programme");
    expect(bullet(note, "Telling people.")).toBe(
      "- **Telling people.** The programme's privacy notice must name each service in this note (UK GDPR Articles 13 and 14).",
    );
    expect(bullet(note, "Each service's own.")).toContain(
      "Brackenford Borough Council Adult Social Care processes what it receives for its own function",
    );
  });

  it("gives a service that only passes information to the programme no lawful bases of its own for what it receives", () => {
    const note = internalNote(withService({ receives: [] }));
    expect(bullet(note, "Each service's own.")).toBeUndefined();
    expect(bullet(note, "Record of processing.")).toBe(
      "- **Record of processing.** The council's record of processing activities must cover the programme's use of this information, and any service's use of what it receives; the data protection officer sees that it is updated before any information passes.",
    );
    expect(bullet(note, "Telling people.")).toContain(
      "Brackenford Borough Council Adult Social Care tells the people it works with, in its privacy information, that information may pass to the programme",
    );
  });

  it("names only the services that receive, when one passes and another receives", () => {
    const housing = "Brackenford Borough Council Housing Options";
    // Adult Social Care only passes information to the programme; Housing Options only receives.
    const config = withCouncilServices(
      withAnotherCouncilService(brackenford, housing, { shares: [] }),
      (service) => (service.organisation === housing ? service : { ...service, receives: [] }),
    );
    const note = internalNote(config);
    expect(bullet(note, "Each service's own.")).toBe(
      "- **Each service's own.** Brackenford Borough Council Housing Options processes what it receives for its own function under its own lawful bases, which the council's record of processing states for that function; the programme's bases above do not cover its use.",
    );
    expect(bullet(note, "Telling people.")).toBe(
      "- **Telling people.** Brackenford Borough Council Adult Social Care tells the people it works with, in its privacy information, that information may pass to the programme with their agreement, and the programme's privacy notice must name each service in this note (UK GDPR Articles 13 and 14).",
    );
  });
});

describe("the aggregate-data note says once that it takes the place of an agreement", () => {
  it("does not say again, in its rules, that the recipient needs no agreement", () => {
    for (const name of ["brackenford", "stanmoor"]) {
      const note = documentOf(example(name), "data-sharing/aggregate-data-note.md");
      // The premise: the opening says it.
      expect(note).toMatch(
        /this note takes the place of (a data-sharing agreement|an information sharing protocol or a data disclosure agreement)\./,
      );
      expect(note).toContain(
        "needs no Article 6 or Article 9 basis for them; the organisation that produces them",
      );
      expect(note).not.toMatch(
        /basis for them, and no (data-sharing agreement|information sharing protocol)/,
      );
    }
  });
});
