// One test per defect found reading the English packs of Stanmoor (a metropolitan borough) and Wendleshire
// (a county council) as a council's data protection officer would (review 11).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { section } from "./markdown-sections.js";

describe("the agreement's exceptions give a party that is not a public authority the crime condition", () => {
  it("offers recognised legitimate interest (UK GDPR Annex 1 paragraph 5) beside legitimate interests, as for safeguarding", () => {
    const agreement = documentOf(example("stanmoor"), "data-sharing/voluntary-action-stanmoor.md");
    const exceptions = section(agreement, 7);
    expect(exceptions).toContain(
      "to prevent or detect crime, Art 6(1)(e) for a public authority or, for another party, Art 6(1)(ea) recognised legitimate interest (UK GDPR Annex 1 paragraph 5, the crime condition) or Art 6(1)(f), and, for special category and criminal offence data, DPA 2018 Schedule 1 paragraph 10.",
    );
    // The safeguarding column of the same agreement already gives such a party Art 6(1)(ea).
    expect(section(agreement, 5)).toContain(
      "UK GDPR Art 6(1)(ea) recognised legitimate interest; UK GDPR Art 9(2)(g)",
    );
  });
});
