// One test per defect found reading the DPIA of an English county council (Wendleshire) and a Welsh
// county borough council (Cwm Teg), in Word, as their data protection officer would before signing it
// off (review 26).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, withCouncilServices } from "./examples.js";
import { part } from "./markdown-sections.js";

const dpiaOf = (config: CouncilConfig) => documentOf(config, "data-protection/dpia.md");
const step = (config: CouncilConfig, n: number) => part(dpiaOf(config), `## Step ${n}`);
const noPartners = (config: CouncilConfig): CouncilConfig => ({ ...config, partners: [] });

describe("the DPIA asks for the appropriate policy document its Schedule 1 Part 2 conditions need (DPA 2018 Schedule 1 paragraph 5(1) and Part 4)", () => {
  it("says a Part 2 condition is met only with the document in place, and leaves the council's to name", () => {
    for (const name of ["wendleshire", "cwm-teg"]) {
      const lawfulBasis = step(example(name), 4);
      // The premise: the table proposes Part 2 conditions (paragraph 18 for safeguarding).
      expect(lawfulBasis).toContain("DPA 2018 Schedule 1 Part 2 paragraph 18");
      expect(lawfulBasis).toContain(
        "A condition in DPA 2018 Schedule 1 Part 2 is met only if the organisation relying on it has an appropriate policy document in place when it processes, unless the Schedule says otherwise (Schedule 1 paragraph 5(1) and Part 4). The council's: ____________________.",
      );
    }
  });

  it("asks for it when the council has no partners yet", () => {
    expect(step(noPartners(example("wendleshire")), 4)).toContain(
      "has an appropriate policy document in place",
    );
  });
});

describe("the DPIA gives the council's lawful basis for every exception it shares under, as the privacy notice does", () => {
  it("names the bases for an emergency, a legal obligation and crime, not only for safeguarding", () => {
    const wendleshire = example("wendleshire");
    // The premise: the privacy notice gives these bases, and the DPIA lists the four exceptions.
    expect(documentOf(wendleshire, "data-protection/privacy-notice.md")).toContain(
      "to protect someone's life in an emergency (UK GDPR Art 6(1)(d)",
    );
    expect(step(wendleshire, 1)).toContain(
      "to safeguard a child or an adult at risk, to protect someone's vital interests (an emergency), to meet a legal obligation, or to prevent or detect crime",
    );
    expect(step(wendleshire, 4)).toContain(
      "For the other exceptions, the council's bases are: vital interests (UK GDPR Art 6(1)(d); Art 9(2)(c); for criminal offence data, DPA 2018 Schedule 1 paragraph 30), legal obligation (Art 6(1)(c); Art 9(2)(g) with Schedule 1 paragraph 6) and, to prevent or detect crime, public task (Art 6(1)(e); Schedule 1 paragraph 10).",
    );
  });
});

describe("the DPIA names the regulator to consult as the pack names it since 30 September 2026", () => {
  it("says to consult the Information Commission (the ICO) on a residual high risk (UK GDPR Art 36(1))", () => {
    const signOff = step(example("wendleshire"), 7);
    expect(signOff).toContain(
      "If any residual high risk is accepted, consult the Information Commission (the ICO) before going ahead (UK GDPR Art 36(1)).",
    );
    expect(signOff).not.toContain("consult the ICO");
  });
});

describe("the DPIA states the retention period once in its description of the processing", () => {
  it("gives it under the nature of the processing, with how records are deleted, and not again under its scope", () => {
    const dpia = dpiaOf(example("wendleshire"));
    // Step 5's retention risk names it too (review 27), as the source of that risk.
    expect(
      step(example("wendleshire"), 2).split("6 years after the last contact with the person").length - 1,
    ).toBe(1);
    expect(part(dpia, "### Scope")).not.toContain("**Retention:**");
  });
});

describe("the DPIA's sign-off has no empty cell", () => {
  it("asks for the summary of the data protection officer's advice in the row that records it, not in a row of its own with no notes", () => {
    const signOff = step(example("wendleshire"), 7);
    expect(signOff).not.toMatch(/\|\s*\|\s*$/m);
    expect(signOff).not.toContain("| Summary of DPO advice |");
    expect(signOff).toContain(
      "| DPO advice provided | ____________________ | The data protection officer advises on compliance, the step 6 measures and whether the processing can go ahead. Summary of the advice: ____________________ |",
    );
  });
});

describe("the DPIA names the privacy information the pack gives, when a notice is turned off", () => {
  const without = (config: CouncilConfig, ...off: ("privacyNotice" | "easyReadPrivacyNotice")[]) => ({
    ...config,
    documents: { ...config.documents, ...Object.fromEntries(off.map((key) => [key, false])) },
  });
  const information = (config: CouncilConfig) =>
    step(config, 4)
      .split("\n")
      .find((line) => line.startsWith("| What information is given to people? |"))!;

  it("keeps the pack's notice and its Easy Read version when the pack has both", () => {
    expect(information(example("wendleshire"))).toContain(
      "| The privacy notice of this pack and its Easy Read version, published at",
    );
  });

  it("names the council's own notice when the pack's is turned off", () => {
    const row = information(without(example("wendleshire"), "privacyNotice"));
    expect(row).toContain(
      "| The council's privacy notice and the Easy Read version of this pack, published at",
    );
  });

  it("says nothing of an Easy Read version the pack does not have, here or in the consultation", () => {
    const config = without(example("wendleshire"), "easyReadPrivacyNotice");
    expect(information(config)).toContain(
      "| The privacy notice of this pack, published at <https://wendleshire.example.gov.uk/privacy/local-area-coordination>; the coordinator explains it in person. |",
    );
    expect(step(config, 3)).toContain("test the privacy notice with local people who may be supported |");
    expect(step(config, 3)).not.toContain("Easy Read");
  });
});

describe("the DPIA describes the vulnerable people it supports once", () => {
  it("gives them in step 1's screening, and step 2's context refers to it", () => {
    const dpia = dpiaOf(example("wendleshire"));
    expect(part(dpia, "## Step 1")).toContain(
      "many of the people supported may be at risk, some may be children, and some may not be able to decide about sharing at the time",
    );
    const context = part(dpia, "### Context");
    expect(context).toContain("- **Vulnerable people:** yes, as step 1 says.");
    expect(context).not.toContain("may not be able to decide");
  });
});

describe("the DPIA's introduction does not list the steps its headings give", () => {
  it("names the ICO's sample template and goes on to what the council completes", () => {
    const dpia = dpiaOf(example("wendleshire"));
    expect(dpia).toContain(
      "This draft follows the structure of the ICO's sample DPIA template. The toolkit has filled in",
    );
    expect(dpia).not.toContain("the need for a DPIA, the processing, consultation");
  });
});

describe("the DPIA ties the council's public task to the functions the law gives it (DPA 2018 s.8(c))", () => {
  it("says in the council's row that public task is for the functions named under Purposes", () => {
    for (const name of ["wendleshire", "cwm-teg", "hollinbrook"]) {
      const dpia = dpiaOf(example(name));
      // The premise: the purposes name the functions (or leave a district council a blank for them).
      expect(part(dpia, "### Purposes")).toContain("- For the council:");
      const row = part(dpia, "## Step 4")
        .split("\n")
        .find((line) => line.startsWith(`| ${example(name).dataProtection.controller} |`))!;
      expect(row).toContain(
        "| UK GDPR Art 6(1)(e) public task, for the functions under Purposes (DPA 2018 s.8(c)) |",
      );
    }
  });
});

describe("the DPIA's answer on people's rights names the right to object, which its public task engages (UK GDPR Art 21(1))", () => {
  it("says the processing stops on an objection unless the council shows compelling legitimate grounds", () => {
    for (const name of ["wendleshire", "cwm-teg"]) {
      const risks = step(example(name), 4);
      // The premise: the council's basis is its public task (Art 6(1)(e)), to which Art 21(1) applies.
      expect(risks).toContain("Art 6(1)(e)");
      expect(risks).toMatch(
        /\| How are people's rights supported\? \| Through the council's usual rights procedures, including the right to object \(UK GDPR Art 21\(1\)\): processing based on a public task, a recognised legitimate interest or legitimate interests \(Art 6\(1\)\(e\), \(ea\) or \(f\)\) then stops, unless compelling legitimate grounds override the person's interests, rights and freedoms, or it is needed for legal claims\. The data-sharing documents say how requests that involve a partner are handled\. \|/,
      );
    }
  });
});

describe("the DPIA's lawful bases table agrees with the internal note on a service of the council", () => {
  const row = (config: CouncilConfig, organisation: string) =>
    step(config, 4)
      .split("\n")
      .find((line) => line.startsWith(`| ${organisation} |`));

  it("says a service that receives from the programme uses it under its own function's bases, not the programme's", () => {
    const brackenford = example("brackenford");
    // The premise: the internal note says the programme's bases do not cover the service's own use.
    expect(documentOf(brackenford, "data-sharing/internal-information-sharing-note.md")).toContain(
      "the programme's bases above do not cover its use",
    );
    expect(row(brackenford, "Brackenford Borough Council Adult Social Care")).toBe(
      "| Brackenford Borough Council Adult Social Care | Part of the council, the same controller: what it shares is used under the council's bases above; what it receives, under its own function's bases (internal information-sharing note) | As the council | As the council | As the council |",
    );
  });

  it("says only the first half for a service that only passes information to the programme", () => {
    const onlyShares = withCouncilServices(example("brackenford"), (service) => ({
      ...service,
      receives: [],
    }));
    expect(row(onlyShares, "Brackenford Borough Council Adult Social Care")).toBe(
      "| Brackenford Borough Council Adult Social Care | Part of the council, the same controller: what it shares is used under the council's bases above | As the council | As the council | As the council |",
    );
  });

  it("says only the second half for a service that only receives from the programme", () => {
    const onlyReceives = withCouncilServices(example("brackenford"), (service) => ({
      ...service,
      shares: [],
    }));
    expect(row(onlyReceives, "Brackenford Borough Council Adult Social Care")).toBe(
      "| Brackenford Borough Council Adult Social Care | Part of the council, the same controller: what it receives, under its own function's bases (internal information-sharing note) | As the council | As the council | As the council |",
    );
  });
});
