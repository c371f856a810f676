// A data protection officer's reading of the multi-party data-sharing agreement, against the bilateral
// agreement's recent reviews: what the bilateral one says, adapted to many parties, and nothing untrue for
// a party of a given kind.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";
import { section, tableRow } from "./markdown-sections.js";

const MULTI_PARTY = "data-sharing/multi-party-agreement.md";

function multiParty(config: CouncilConfig): string {
  const pack = render({
    ...config,
    dataProtection: { ...config.dataProtection, sharingAgreement: "multi-party" },
  });
  const found = pack.find((document) => document.path === MULTI_PARTY);
  if (!found) throw new Error(`no ${MULTI_PARTY}: ${pack.map((d) => d.path).join(", ")}`);
  return found.content;
}

const brackenford = example("brackenford");
const agreement = multiParty(brackenford);
const bilateral = render(brackenford).find((d) => d.path === "data-sharing/brackenshire-police.md")!.content;

/** The text from a "### " heading to the next heading of any level 2 or 3. */
function subsection(content: string, heading: string): string {
  const start = content.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`no subsection ${heading}`);
  const rest = content.slice(start + 1);
  const end = rest.slice(4).search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end + 4);
}

describe("the multi-party agreement, read by a data protection officer", () => {
  it("points Annex B's disclosing and receiving organisations to the section with the flows, not to the schedule of parties", () => {
    // The schedule lists the parties; the directions of sharing are in "What data items are shared".
    const dataItems = section(agreement, 4);
    expect(dataItems).toContain("What data items are shared");
    for (const field of ["Disclosing organisation", "Receiving organisation"]) {
      const row = tableRow(agreement, field);
      expect(row).toContain("section 4");
      expect(row).not.toContain("in the schedule");
    }
  });

  it("allows recorded exceptions in the data items section, as section 7 does", () => {
    const dataItems = section(agreement, 4);
    expect(dataItems).toContain(
      "Information is shared only when agreed with the person, or as a recorded exception (section 7).",
    );
    // The same sentence as the bilateral agreement, from one partial.
    expect(section(bilateral, 4)).toContain(
      "Information is shared only when agreed with the person, or as a recorded exception (section 7).",
    );
  });

  it("does not say that every record of the programme is pseudonymous: case records hold contact details", () => {
    const dataItems = section(agreement, 4);
    expect(dataItems).not.toContain("Records of the programme refer to people by pseudonymous references");
    const minimum =
      "Only the minimum needed for the agreed purpose is shared. Shared and evaluation records refer to people by pseudonymous references, not by name, wherever the purpose allows; the programme's case records, which hold contact details, are kept securely.";
    expect(dataItems).toContain(minimum);
    expect(section(bilateral, 4)).toContain(minimum);
  });

  it("says information passes between the council and each partner (the council is itself a party)", () => {
    expect(section(agreement, 1)).toContain("Information passes between the council and each partner,");
    expect(section(agreement, 1)).not.toContain("between the council and each party");
  });

  it("covers a party joining, and a party or the council leaving", () => {
    const joining = subsection(agreement, "Parties joining and leaving");
    // Joining: signature, schedule, lawful basis, retention; nothing passes before.
    expect(joining).toContain("Another organisation joins this agreement only when");
    expect(joining).toContain("the schedule");
    expect(joining).toContain("section 5");
    expect(joining).toContain("section 9");
    expect(joining).toContain("section 11");
    expect(joining).toContain(
      "No personal data passes to or from an organisation under this agreement before it has joined",
    );
    // Leaving: the others are told; the council's leaving ends it, since every flow is to or from the council.
    expect(joining).toContain("tells the other parties");
    expect(joining).toContain("If Brackenford Borough Council (fictional) leaves, this agreement ends");
  });

  it("has the signatures of the controllers: each party's legal entity signs, as in the bilateral agreement", () => {
    const signOff = section(agreement, 11);
    expect(signOff).toContain("| Party (controller) | Decision (share / do not share) and reasons |");
    expect(signOff).toContain(
      "| The Chief Constable of Brackenshire Police (derived by the toolkit: confirm the legal name) | |",
    );
    expect(signOff).toContain("| The partners of Northfield Medical Practice | |");
    expect(signOff).toContain("| Brackenford Borough Council (fictional) | |");
    // Every party has a row.
    for (const party of [
      "Brackenford Hospitals NHS Foundation Trust",
      "Brackenford Homes",
      "Brackenshire Fire and Rescue Authority",
      "Brackenford Council for Voluntary Service",
      "Brackenford College",
      "Brackenford Credit Union",
    ]) {
      // A charity, a company or a housing association completes its registered name and number (review 27).
      const row = signOff.split("\n").find((line) => line.startsWith(`| ${party}`));
      expect(row, party).toMatch(/^\| [^|]+ \| \|/);
    }
  });

  it("does not say that a party that is not a public authority has a data protection officer it may not need", () => {
    const schedule = agreement.slice(agreement.indexOf("## Schedule: the parties"));
    const row = (organisation: string) =>
      schedule.split("\n").find((line) => line.startsWith(`| ${organisation} | `))!;
    // A charity, a housing association or a credit union needs one only in the cases of UK GDPR Art 37(1)(b) and (c).
    for (const organisation of [
      "Brackenford Homes",
      "Brackenford Council for Voluntary Service",
      "Brackenford Credit Union",
    ]) {
      expect(row(organisation)).toContain("or its data protection lead if it has no data protection officer");
    }
    // A public authority must have one (Art 37(1)(a)): no alternative offered.
    expect(row("Brackenshire Police")).not.toContain("data protection lead");
    expect(row("Brackenford College")).not.toContain("data protection lead");
  });

  it("keeps what the bilateral agreement has, for every party (a guard: these were already right)", () => {
    expect(agreement).toContain("> **Draft for local review.**");
    // Criminal offence data: consent (para 29) for parties without official authority, 18 and 10 as exceptions.
    expect(section(agreement, 6)).toContain(
      "For criminal offence data, Brackenford Homes, Brackenford Council for Voluntary Service and Brackenford Credit Union have no official authority",
    );
    expect(section(agreement, 6)).toContain("only paragraph 18 (safeguarding) or paragraph 10");
    // Art 19, breaches with the police's own duties, retention per receiving party.
    expect(section(agreement, 8)).toContain("(UK GDPR Art 19)");
    const governance = section(agreement, 9);
    expect(governance).toContain("(UK GDPR Art 33)");
    expect(governance).toContain("(UK GDPR Art 34)");
    expect(governance).toContain(
      "For information Brackenshire Police processes for law enforcement purposes, the notification duties of the Data Protection Act 2018 ss.67–68 apply instead.",
    );
    expect(governance).toContain("- Brackenford Homes: ____________________");
    expect(governance).not.toContain("- Brackenshire Police: ____"); // receives nothing
    // The police are never offered consent; each Caldicott body signs through its own Guardian.
    expect(section(agreement, 7)).not.toMatch(/Brackenshire Police[^.]*consent/);
    expect(section(agreement, 11)).toContain(
      "| Brackenford Hospitals NHS Foundation Trust | | | | | Caldicott Guardian, <caldicott@brackenford-hospitals.example.nhs.uk> |",
    );
  });
});
