import { describe, expect, it } from "vitest";
import { templateHelpers, welshCitation } from "./helpers.js";

const call = (name: string, ...args: unknown[]) =>
  (templateHelpers[name] as (...values: unknown[]) => unknown)(...args);

describe("template helpers", () => {
  it("ends a sentence with one full stop, whether or not the configuration wrote one", () => {
    expect(call("sentence", "Formative evaluation in year one")).toBe("Formative evaluation in year one.");
    expect(call("sentence", "Formative evaluation in year one.")).toBe("Formative evaluation in year one.");
    expect(call("sentence", "Is it working?")).toBe("Is it working?");
    expect(call("sentence", "See the report (2026).")).toBe("See the report (2026).");
  });

  it("starts a text with a capital for a table cell or a sentence's start, and leaves the rest as it is", () => {
    expect(call("capitalise", "unitary council")).toBe("Unitary council");
    expect(call("capitalise", "London borough council")).toBe("London borough council");
    expect(call("capitalise", "ásiantaeth")).toBe("Ásiantaeth");
    expect(call("capitalise", "")).toBe("");
    expect(call("capitalise", undefined)).toBe("");
  });

  it("lower-cases only a leading 'The' of a name written inside a sentence", () => {
    expect(call("midSentence", "The partners of Northfield Medical Practice")).toBe(
      "the partners of Northfield Medical Practice",
    );
    expect(call("midSentence", "The Chief Constable of Hollinshire Police")).toBe(
      "the Chief Constable of Hollinshire Police",
    );
    expect(call("midSentence", "London Fire Commissioner")).toBe("London Fire Commissioner");
    expect(call("midSentence", "Theale Medical Centre")).toBe("Theale Medical Centre");
    expect(call("midSentence", undefined)).toBe("");
  });

  it("writes email and web addresses as links, never bare", () => {
    expect(call("contact", { email: "cg@council.example" })).toBe("<cg@council.example>");
    expect(call("link", "https://council.example")).toBe("<https://council.example>");
  });

  // Review 22: the bundled templates stopped writing a role followed by its email in brackets, which doubled
  // the brackets of a role such as "Information Governance Manager (DPO)"; a council's own templates may
  // still call the helper, so it writes the present form, the role "at" the address.
  it("writes a contact as the role at the address, never the address in brackets after the role", () => {
    expect(call("contact", { role: "Caldicott Guardian", email: "cg@council.example" })).toBe(
      "Caldicott Guardian at <cg@council.example>",
    );
    const dpo = call("contact", {
      role: "Information Governance Manager (DPO)",
      email: "ig@council.example",
    });
    expect(dpo).toBe("Information Governance Manager (DPO) at <ig@council.example>");
    expect(dpo).not.toContain("(<");
  });
});

describe("english", () => {
  it("marks English text as English for the Word and HTML copies of a Welsh document, and no text not at all", () => {
    expect(call("english", "Senior Local Area Coordinator")).toBe(
      '<span lang="en-GB">Senior Local Area Coordinator</span>',
    );
    expect(call("english", "")).toBe("");
    expect(call("english", undefined)).toBe("");
  });
});

describe("welshCitation", () => {
  it("writes the lawful-basis model's citations in Welsh", () => {
    expect(welshCitation("UK GDPR Art 6(1)(e)")).toBe("Erthygl 6(1)(e) GDPR y DU");
    expect(welshCitation("UK GDPR Art 9(2)(g), with DPA 2018 Schedule 1 Part 2 paragraph 6")).toBe(
      "Erthygl 9(2)(g) GDPR y DU, gyda Deddf Diogelu Data 2018 Atodlen 1 Rhan 2 paragraff 6",
    );
  });
});
