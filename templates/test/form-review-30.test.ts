// One test per finding of a read of the agreement-to-share form as a coordinator at a person's kitchen table and
// as the person who agrees (review 30), English and Welsh.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const english = (name: string) => documentOf(example(name), "data-protection/agreement-to-share-form.md");
const welsh = () => documentOf(example("cwm-teg"), "data-protection/agreement-to-share-form.cy.md");

/** The part of a form before its own first heading: the introduction. */
const introduction = (form: string) => form.slice(0, form.indexOf("\n## "));

/** The opening of Part A ("## Part A: " or "## Rhan A: "), before its section 1. */
function openingOfPartA(form: string, heading: string): string {
  const partA = part(form, heading);
  return partA.slice(0, partA.indexOf("\n### 1. "));
}

describe("the form tells the person that they can say no, or agree to part only, and what happens then (finding 1)", () => {
  it.each(["brackenford", "hollinbrook", "cwm-teg"])("in English (%s)", (name) => {
    const opening = openingOfPartA(english(name), "## Part A: ");
    expect(opening).toContain("tell the person that they do not have to agree to anything on this form");
    expect(opening).toContain("to all of it, to part of it or to none of it");
    expect(opening).toContain(
      "If they do not agree, nothing is shared on the strength of an agreement: the council shares information about them without their agreement only for the reasons in section 5",
    );
  });

  it("in Welsh (cwm-teg)", () => {
    const opening = openingOfPartA(welsh(), "## Rhan A: ");
    expect(opening).toContain("dywedwch wrth y person nad oes rhaid iddo gytuno i ddim ar y ffurflen hon");
    expect(opening).toContain("Os nad yw'n cytuno, nid oes dim yn cael ei rannu ar sail cytundeb");
  });
});

describe("the form says that one form is one agreement, whose recipients get every category for every purpose (finding 2)", () => {
  it.each(["brackenford", "hollinbrook", "cwm-teg"])("in English (%s)", (name) => {
    const opening = openingOfPartA(english(name), "## Part A: ");
    expect(opening).toContain(
      "everyone in section 3 may receive every kind of information ticked in section 4, for every reason ticked in section 5",
    );
    expect(opening).toContain("complete a separate form for each");
  });

  it("in Welsh (cwm-teg)", () => {
    const opening = openingOfPartA(welsh(), "## Rhan A: ");
    expect(opening).toContain("Un ffurflen, un cytundeb");
    expect(opening).toContain("llenwch ffurflen ar wahân ar gyfer pob un");
  });
});

describe("the coordinator is told to presume capacity, decision by decision, and that an unwise choice is no sign of incapacity (finding 3)", () => {
  const cannotDecide = (form: string, heading: string) => {
    const from = form.indexOf(heading);
    return form.slice(from, form.indexOf("\n### ", from));
  };

  const english3 = [
    "Assume that the person can make this decision unless it is shown that they cannot",
    "(Mental Capacity Act 2005 s.1(2))",
    "this decision, at this time (s.2(1))",
    "(s.2(3))",
    "(s.1(4))",
    "(ss.1(3) and 3(2))",
  ];
  const welsh3 = [
    "Cymerwch fod y person yn gallu gwneud y penderfyniad hwn",
    "(Deddf Galluedd Meddyliol 2005 adran 1(2))",
    "(adran 2(1))",
    "(adran 2(3))",
    "(adran 1(4))",
    "(adrannau 1(3) a 3(2))",
  ];

  it.each([
    ["English", "brackenford", "**When the person cannot decide and no one has authority.**", english3],
    ["English", "hollinbrook", "**When the person cannot decide and no one has authority.**", english3],
    ["English", "cwm-teg", "**When the person cannot decide and no one has authority.**", english3],
    ["Welsh", "cwm-teg", "**Pan na all y person benderfynu, ac nad oes gan neb awdurdod.**", welsh3],
  ] as const)("in %s (%s)", (language, name, heading, expected) => {
    const text = cannotDecide(language === "Welsh" ? welsh() : english(name), heading);
    for (const words of expected) expect(text).toContain(words);
  });
});

describe("the introduction does not repeat who can give consent, but points to section 6 (finding 4)", () => {
  it.each(["brackenford", "hollinbrook", "cwm-teg"])("in English (%s)", (name) => {
    const intro = introduction(english(name));
    expect(intro).not.toContain("a lasting power of attorney or a court-appointed deputy");
    expect(intro).toContain(
      'Only those who can agree for the person can give it (section 6, "Who can agree"): never an advocate, a relative or a friend.',
    );
  });

  it("in Welsh (cwm-teg)", () => {
    const intro = introduction(welsh());
    expect(intro).not.toContain("atwrneiaeth arhosol");
    expect(intro).toContain('(adran 6, "Pwy all gytuno"): byth eiriolwr, perthynas na ffrind.');
  });
});
