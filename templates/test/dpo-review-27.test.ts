// One test per defect found reading Kingsmere's and Hollinbrook's data-sharing agreements as the data
// protection officer of the partner asked to sign them would (review 27).
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { documentOf, example, render } from "./examples.js";

const agreementPaths = (config: CouncilConfig) =>
  render(config)
    .map((document) => document.path)
    .filter((path) => path.startsWith("data-sharing/"));

describe("what criminal offence data is, in the agreements, follows DPA 2018 s.11(2)", () => {
  // s.11(2): personal data relating to "(a) the alleged commission of offences by the data subject, or
  // (b) proceedings for an offence committed or alleged to have been committed by the data subject or the
  // disposal of such proceedings, including sentencing": offences by the person, not any offence revealed.
  it("speaks of the person's own offences and proceedings, not of whatever anyone reveals about offences", () => {
    for (const name of ["kingsmere", "hollinbrook", "wendleshire"]) {
      const config = example(name);
      for (const path of agreementPaths(config)) {
        const text = documentOf(config, path);
        if (!text.includes("Criminal offence data (UK GDPR Art 10 and DPA 2018 s.11(2))")) continue;
        expect(text, `${name} ${path}`).not.toContain("reveals about offences or alleged offences");
        expect(text, `${name} ${path}`).toContain(
          "Criminal offence data (UK GDPR Art 10 and DPA 2018 s.11(2)) is information about a person's criminal convictions and offences: offences they have committed or are alleged to have committed, and proceedings for such an offence and their outcome, including sentencing.",
        );
      }
    }
  });
});

describe("an agreement's section on the impact assessment points to the council's DPIA in the pack", () => {
  const section = (text: string) =>
    text.split("## 10. Data protection impact assessment\n")[1]!.split("\n## ")[0]!;

  it("names the council's DPIA, drafted in this pack, with a link to it, and leaves the partner's own to decide", () => {
    const kingsmere = example("kingsmere");
    const text = section(documentOf(kingsmere, "data-sharing/kingsmere-health-and-care-nhs-trust.md"));
    expect(text).toContain(
      "The council's [data protection impact assessment](../data-protection/dpia.md) of the programme, drafted in this pack, covers this sharing; Kingsmere Health and Care NHS Trust decides whether its own processing needs one.",
    );
  });

  it("says only the rule when the pack has no DPIA", () => {
    const kingsmere = example("kingsmere");
    const withoutDpia: CouncilConfig = { ...kingsmere, documents: { ...kingsmere.documents, dpia: false } };
    const text = section(documentOf(withoutDpia, "data-sharing/kingsmere-health-and-care-nhs-trust.md"));
    expect(text).not.toContain("dpia.md");
    expect(text).toContain(
      "A data protection impact assessment must be done where sharing is likely to result in a high risk",
    );
  });
});
