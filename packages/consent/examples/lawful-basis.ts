import assert from "node:assert/strict";
import { checkLawfulBasis, type LawfulBasis } from "@lac/consent";

// The lawful basis of each partner's processing is kept apart from the person's agreement.
const council = { publicAuthority: true, processingForOwnTasks: true };
const basis: LawfulBasis = {
  organisation: "Example Borough Council",
  purposes: ["coordinating-support"],
  categories: ["contact-details", "health"],
  condition: { article6: "e", article9: "h", schedule1: { part: 1, paragraph: 2 } },
  statutoryPower: "As recorded in our data sharing agreement, section 4",
};
assert.equal(checkLawfulBasis(basis, council).ok, true);

// Recognised legitimate interest (Art 6(1)(ea)) is not open to a public authority doing its own tasks.
const result = checkLawfulBasis(
  {
    ...basis,
    condition: {
      ...basis.condition,
      article6: "ea",
      recognisedLegitimateInterest: "safeguarding-vulnerable-individuals",
    },
  },
  council,
);
assert.ok(!result.ok);
assert.match(result.errors[0]?.message ?? "", /public task 6\(1\)\(e\) is likely to be appropriate/);
