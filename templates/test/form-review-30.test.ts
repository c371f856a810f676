// One test per finding of a read of the agreement-to-share form as a coordinator at a person's kitchen table and
// as the person who agrees (review 30), English and Welsh.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const english = (name: string) => documentOf(example(name), "data-protection/agreement-to-share-form.md");
const welsh = () => documentOf(example("cwm-teg"), "data-protection/agreement-to-share-form.cy.md");

/** The part of a form before its own first heading: the introduction. */
const introduction = (form: string) => form.slice(0, form.indexOf("\n## "));

describe("the form tells the person that they can say no, or agree to part only, and what happens then (finding 1)", () => {
  it.each(["brackenford", "hollinbrook", "cwm-teg"])("in English (%s)", (name) => {
    const partA = part(english(name), "## Part A: ");
    const opening = partA.slice(0, partA.indexOf("\n### 1. "));
    expect(opening).toContain("tell the person that they do not have to agree to anything on this form");
    expect(opening).toContain("to all of it, to part of it or to none of it");
    expect(opening).toContain(
      "If they do not agree, nothing is shared on the strength of an agreement: the council shares information about them without their agreement only for the reasons in section 5",
    );
  });

  it("in Welsh (cwm-teg)", () => {
    const partA = part(welsh(), "## Rhan A: ");
    const opening = partA.slice(0, partA.indexOf("\n### 1. "));
    expect(opening).toContain("dywedwch wrth y person nad oes rhaid iddo gytuno i ddim ar y ffurflen hon");
    expect(opening).toContain("Os nad yw'n cytuno, nid oes dim yn cael ei rannu ar sail cytundeb");
  });
});

describe("the form says that one form is one agreement, whose recipients get every category for every purpose (finding 2)", () => {
  it.each(["brackenford", "hollinbrook", "cwm-teg"])("in English (%s)", (name) => {
    const partA = part(english(name), "## Part A: ");
    const opening = partA.slice(0, partA.indexOf("\n### 1. "));
    expect(opening).toContain(
      "everyone in section 3 may receive every kind of information ticked in section 4, for every reason ticked in section 5",
    );
    expect(opening).toContain("complete a separate form for each");
  });

  it("in Welsh (cwm-teg)", () => {
    const partA = part(welsh(), "## Rhan A: ");
    const opening = partA.slice(0, partA.indexOf("\n### 1. "));
    expect(opening).toContain("Un ffurflen, un cytundeb");
    expect(opening).toContain("llenwch ffurflen ar wahân ar gyfer pob un");
  });
});

describe("the coordinator is told to presume capacity, decision by decision, and that an unwise choice is no sign of incapacity (finding 3)", () => {
  const cannotDecide = (form: string, heading: string) => {
    const from = form.indexOf(heading);
    return form.slice(from, form.indexOf("\n### ", from));
  };

  it.each(["brackenford", "hollinbrook", "cwm-teg"])("in English (%s)", (name) => {
    const text = cannotDecide(english(name), "**When the person cannot decide and no one has authority.**");
    expect(text).toContain(
      "Assume that the person can make this decision unless it is shown that they cannot",
    );
    expect(text).toContain("(Mental Capacity Act 2005 s.1(2))");
    expect(text).toContain("this decision, at this time (s.2(1))");
    expect(text).toContain("(s.2(3))");
    expect(text).toContain("(s.1(4))");
    expect(text).toContain("(ss.1(3) and 3(2))");
  });

  it("in Welsh (cwm-teg)", () => {
    const text = cannotDecide(welsh(), "**Pan na all y person benderfynu, ac nad oes gan neb awdurdod.**");
    expect(text).toContain("Cymerwch fod y person yn gallu gwneud y penderfyniad hwn");
    expect(text).toContain("(Deddf Galluedd Meddyliol 2005 adran 1(2))");
    expect(text).toContain("(adran 2(1))");
    expect(text).toContain("(adran 2(3))");
    expect(text).toContain("(adran 1(4))");
    expect(text).toContain("(adrannau 1(3) a 3(2))");
  });
});

describe("the introduction does not repeat who can give consent, but points to section 6 (finding 4)", () => {
  it.each(["brackenford", "hollinbrook", "cwm-teg"])("in English (%s)", (name) => {
    const intro = introduction(english(name));
    expect(intro).not.toContain("a lasting power of attorney or a court-appointed deputy");
    expect(intro).toContain(
      'Only those who can agree for the person can give it (section 6, "Who can agree").',
    );
  });

  it("in Welsh (cwm-teg)", () => {
    const intro = introduction(welsh());
    expect(intro).not.toContain("atwrneiaeth arhosol");
    expect(intro).toContain('(adran 6, "Pwy all gytuno")');
  });
});
