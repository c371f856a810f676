// One test per finding of the second read of the agreement-to-share form (review 31): children, attorneys,
// withdrawal across the person's agreements, and the person's own copy, English and Welsh.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const english = (name: string) => documentOf(example(name), "data-protection/agreement-to-share-form.md");
const welsh = () => documentOf(example("cwm-teg"), "data-protection/agreement-to-share-form.cy.md");
const englishPacks = ["brackenford", "hollinbrook", "cwm-teg"];

describe("the form says what the coordinator does for a child or a young person, by competence, not an invented age (finding 1)", () => {
  it.each(englishPacks)("in English (%s)", (name) => {
    const form = part(english(name), "## Part A: ");
    expect(form).toContain("**Children and young people.**");
    expect(form).toContain(
      "no one can hold a lasting power of attorney for them, since its maker must be 18 (s.9(2)(c))",
    );
    expect(form).toContain("Under 16, the Act's powers do not apply (s.2(5))");
    expect(form).toContain("UK GDPR sets no general age at which a child can agree for themselves");
    expect(form).toContain(
      "whether the child understands what they are agreeing to and what it means for them",
    );
    expect(form).toContain("Gillick competence");
    expect(form).toContain("record it as the child's");
  });

  it("in Welsh (cwm-teg)", () => {
    const form = part(welsh(), "## Rhan A: ");
    expect(form).toContain("**Plant a phobl ifanc.**");
    expect(form).toContain("(adran 9(2)(c))");
    expect(form).toContain("nid yw pwerau'r Ddeddf yn gymwys (adran 2(5))");
    expect(form).toContain("gofynnwch a yw'r plentyn yn deall yr hyn y mae'n cytuno iddo");
    expect(form).toContain("cofnodwch ef fel cytundeb y plentyn");
  });
});

describe("the form says which attorney can agree, and only when the person cannot decide (finding 2)", () => {
  it.each(englishPacks)("in English (%s)", (name) => {
    const form = part(english(name), "## Part A: ");
    expect(form).toContain(
      "An attorney under a lasting power of attorney for health and welfare can agree only when the person cannot make this decision themselves (s.11(7)(a))",
    );
    expect(form).toContain(
      "for property and financial affairs only covers the person's property and affairs, not their welfare (s.9(1)), so do not rely on one for this agreement without the council's legal advice",
    );
  });

  it("in Welsh (cwm-teg)", () => {
    const form = part(welsh(), "## Rhan A: ");
    expect(form).toContain("atwrneiaeth arhosol ar gyfer iechyd a lles");
    expect(form).toContain("(adran 11(7)(a))");
    expect(form).toContain("atwrneiaeth arhosol ar gyfer eiddo a materion ariannol yn unig yn cwmpasu");
  });
});

describe("a withdrawal reaches every earlier agreement of the person, as @lac/consent decides (finding 3)", () => {
  it.each(englishPacks)("in English (%s)", (name) => {
    const partB = part(english(name), "## Part B: ");
    expect(partB).toContain(
      "on the strength of that agreement, or of any other agreement the person gave at or before that time",
    );
    expect(partB).toContain(
      "Only a new agreement with the person, given after the withdrawal, can permit it again.",
    );
    expect(partB).toContain("under any of those agreements");
  });

  it("in Welsh (cwm-teg)", () => {
    const partB = part(welsh(), "## Rhan B: ");
    expect(partB).toContain(
      "nac ar sail unrhyw gytundeb arall a roddodd y person cyn yr amser hwnnw neu ar yr amser hwnnw",
    );
    expect(partB).toContain("o dan unrhyw un o'r cytundebau hynny");
  });
});

describe("the person's copy opens with a plain-words summary for them (finding 4)", () => {
  /** Part A before the coordinator's first instruction ("Before you start" / "Cyn dechrau"). */
  const opening = (form: string, heading: string, staffStart: string) => {
    const partA = part(form, heading);
    return partA.slice(0, partA.indexOf(staffStart));
  };

  it.each(englishPacks)("in English (%s)", (name) => {
    const summary = opening(english(name), "## Part A: ", "Before you start");
    expect(summary).toContain("**Your copy, in short.**");
    expect(summary).toContain(
      "The people and organisations in section 3 may get the kinds of information about you ticked in section 4",
    );
    expect(summary).toContain("you can change your mind at any time");
    expect(summary).toContain("tell your coordinator, or contact the");
    expect(summary).not.toMatch(/\bs\.\d|Article \d|Act 20\d\d/);
  });

  it("in Welsh (cwm-teg)", () => {
    const summary = opening(welsh(), "## Rhan A: ", "Cyn dechrau");
    expect(summary).toContain("**Eich copi, yn fyr.**");
    expect(summary).toContain("gallwch newid eich meddwl unrhyw bryd");
    expect(summary).toContain("dywedwch wrth eich cydlynydd, neu gysylltwch â'r");
    expect(summary).not.toMatch(/adran \d+\(|Deddf|Erthygl/);
  });
});

describe("the data-sharing documents' paragraph on who can agree says the same of attorneys and children (findings 1 and 2)", () => {
  it.each(["cwm-teg"])("in the information-sharing protocol, a Welsh council's (%s)", (name) => {
    const protocol = documentOf(example(name), "data-sharing/information-sharing-protocol.md");
    const paragraph = protocol.slice(protocol.indexOf("**When the person says no, or cannot decide.**"));
    expect(paragraph).toContain(
      "an attorney under a lasting power of attorney for health and welfare can agree only when the person lacks capacity for the decision (s.11(7)(a)), a lasting power of attorney for property and financial affairs only covers the person's property and affairs, not their welfare (s.9(1)), so the council takes legal advice before relying on one",
    );
    expect(paragraph).toContain("under 16, the Act's powers do not apply (s.2(5))");
    expect(paragraph).toContain("no one under 18 can have made a lasting power of attorney (s.9(2)(c))");
  });
});
