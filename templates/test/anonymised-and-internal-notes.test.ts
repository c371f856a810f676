// A data protection officer's reading of the internal information-sharing note and of the rules for
// anonymised figures (the aggregate-data note, and the agreements of partners that also pass figures):
// what must hold for figures to stay anonymous, and what a council must still decide for its own services.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";

/** Brackenford, with Brackenford Homes also receiving anonymised figures from the council. */
function withMixedPartner(): CouncilConfig {
  const config = example("brackenford");
  return {
    ...config,
    partners: config.partners.map((partner) =>
      partner.organisation === "Brackenford Homes"
        ? {
            ...partner,
            receives: ["figures on tenants supported in each neighbourhood"],
            anonymised: ["receives"],
          }
        : partner,
    ),
  };
}

/** Cwm Teg, with the health board sending only anonymised figures (an aggregate-data note in Wales). */
function welshWithAggregatePartner(): CouncilConfig {
  const config = example("cwm-teg");
  return {
    ...config,
    partners: [
      ...config.partners,
      {
        ...config.partners[0]!,
        organisation: "Cwm Teg Public Health Team (fictional)",
        welshName: "Tîm Iechyd Cyhoeddus Cwm Teg (ffuglennol)",
        shares: ["figures on the use of services in each neighbourhood"],
        receives: [],
        anonymised: ["shares"],
      },
    ],
  } as CouncilConfig;
}

describe("the rules for anonymised figures", () => {
  const stanmoorNote = documentOf(example("stanmoor"), "data-sharing/aggregate-data-note.md");

  it("makes the figures anonymous only while the rules are met, not by being aggregate", () => {
    expect(stanmoorNote).not.toContain("Such figures are not personal data");
    expect(stanmoorNote).toContain(
      "While those rules are met, this note takes the place of a data-sharing agreement.",
    );
    expect(stanmoorNote).toContain("Adding figures up does not by itself make them anonymous");
    expect(stanmoorNote).not.toContain("anonymised or aggregate figures");
  });

  it("binds the recipient not to re-identify, link, publish or keep what identifies someone", () => {
    const rule = stanmoorNote.split("\n").find((line) => line.startsWith("- **What the recipient does.**"));
    expect(rule).toBeDefined();
    expect(rule).toContain("does not try to identify anyone from them, or to link them with its own records");
    expect(rule).toContain(
      "does not publish them or pass them on without the agreement of the organisation that produced them",
    );
    expect(rule).toContain("tells the organisation that sent it at once and deletes it");
  });

  it("treats a linkable reference as identifying, not only a name", () => {
    expect(stanmoorNote).toContain(
      'Information about a person who could be identified, including under a reference that either party could link to them, is never shared under an "anonymised" label',
    );
    expect(stanmoorNote).not.toContain("about a named person");
  });

  it("leaves the threshold for the parties to agree with their data protection officers", () => {
    expect(stanmoorNote).toContain("and the parties agree it with their data protection officers");
  });

  it("inside an agreement, puts the figures outside its lawful bases and sends personal data to its own sections", () => {
    const agreement = documentOf(withMixedPartner(), "data-sharing/brackenford-homes.md");
    const start = agreement.indexOf("### Anonymised figures");
    expect(start).toBeGreaterThan(0);
    const section = agreement.slice(start, agreement.indexOf("\n## ", start));
    expect(section).toContain(
      "The council also shares with Brackenford Homes: figures on tenants supported in each neighbourhood. These are anonymised figures",
    );
    expect(section).toContain("and they fall outside this agreement's lawful bases");
    expect(section).toContain(
      "it is shared only as the sections on the data items and the lawful basis of this agreement set out.",
    );
    expect(section).not.toContain("data-sharing agreement");
    // The minimum-necessary paragraph belongs to the personal data, before the figures' heading.
    expect(agreement.indexOf("Only the minimum needed for the agreed purpose is shared.")).toBeLessThan(
      start,
    );
  });

  it("names WASPI's documents, not the ICO code's agreement, for a Welsh council", () => {
    const note = documentOf(welshWithAggregatePartner(), "data-sharing/aggregate-data-note.md");
    expect(note).toContain(
      "this note takes the place of an information sharing protocol or a data disclosure agreement",
    );
    expect(note).toContain("an information sharing protocol or a data disclosure agreement under WASPI");
    expect(note).not.toContain("data-sharing agreement");
  });
});

describe("anonymised figures inside a Welsh information sharing protocol", () => {
  it("gives a partner that also passes figures the same rules, worded for the protocol", () => {
    const config = example("cwm-teg");
    const mixed = {
      ...config,
      partners: config.partners.map((partner) =>
        partner.organisation === "Cartrefi Cwm Teg"
          ? {
              ...partner,
              receives: ["figures on tenants supported in each neighbourhood"],
              anonymised: ["receives"],
            }
          : partner,
      ),
    } as CouncilConfig;
    const protocol = documentOf(mixed, "data-sharing/information-sharing-protocol.md");
    expect(protocol).toContain(
      "Anonymised figures only (figures on tenants supported in each neighbourhood)",
    );
    expect(protocol).toContain("Anonymised figures in the table follow these rules:");
    expect(protocol).toContain("and they fall outside this protocol's lawful bases");
    expect(protocol).toContain("- **What the recipient does.**");
    // Without such a partner, the protocol has no rules for figures.
    expect(documentOf(config, "data-sharing/information-sharing-protocol.md")).not.toContain(
      "- **What the recipient does.**",
    );
  });
});

describe("the internal information-sharing note", () => {
  const note = documentOf(example("brackenford"), "data-sharing/internal-information-sharing-note.md");

  it("rests on the ICO code's own statement that movement within one controller is not data sharing", () => {
    expect(note).toContain(
      "The ICO's data sharing code does not apply to the movement of information from one part of an organisation to another",
    );
    expect(note).not.toContain("good practice note");
    expect(note).toContain(
      "The council's data protection officer must confirm it before any information passes.",
    );
  });

  it("asks for a compatibility decision on each flow, with the factors of Art 8A(2)", () => {
    expect(note).toContain("UK GDPR Art 8A(2)");
    // Art 8A(2) lists all five factors, consequences (d) and safeguards (e) among them: none is an extra.
    expect(note).toContain(
      "the nature of the processing (including whether it is of special category or criminal offence data), the possible consequences for the person, and the existence of appropriate safeguards",
    );
    expect(note).not.toContain("are among the other things to weigh");
    // The table's columns name the factors as the Article does: (c) is the nature of the processing.
    expect(note).toContain(
      "| Flow | Link between the purposes | Context, and what the person would expect | Nature of the processing (special category or criminal offence data?) | Consequences and safeguards | Compatible? |",
    );
    expect(note).toContain(
      "| From Brackenford Borough Council Adult Social Care to the programme: introductions of people who have agreed to meet a coordinator | | | | | |",
    );
    expect(note).toContain(
      "| From the programme to Brackenford Borough Council Adult Social Care: whether an introduction was taken up | | | | | |",
    );
    // Annex 2's first condition is not a route for a council's own tasks, and compatibility is not lawfulness.
    expect(note).toContain(
      "does not cover processing by a public authority in the performance of its own tasks",
    );
    expect(note).toContain("Being compatible does not by itself make a use lawful (UK GDPR Art 5(3))");
  });

  it("gives the programme's bases for criminal offence data, and leaves each service its own", () => {
    const bases = note.slice(note.indexOf("## Lawful bases"), note.indexOf("## The rules that still apply"));
    expect(bases).toContain("for criminal offence data, UK GDPR Art 10");
    expect(bases).toContain("appropriate policy document");
    expect(bases).toContain("the programme's bases above do not cover its use");
    expect(note).not.toContain("The same lawful basis");
  });

  it("does not claim the record of processing or the services' privacy information already cover the programme", () => {
    expect(note).not.toContain("The council's record of processing activities covers the programme's use.");
    expect(note).toContain("The council's record of processing activities must cover the programme's use");
    expect(note).toContain("that information may pass to the programme with their agreement");
  });

  it("says the person's agreement is not UK GDPR consent, and asks the Caldicott Guardian to advise and sign", () => {
    expect(note).toContain(
      "It is not consent under the UK GDPR, and the council does not rely on it to make a use compatible or lawful",
    );
    expect(note).toContain("Advice of the Caldicott Guardian on these flows (name, signature and date)");
  });
});
