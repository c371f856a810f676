// A Welsh review of the Welsh example's public documents: the agreement form names biometric data and
// Braille as Welsh public bodies do, and the privacy notice says that the coordinator, not the family or
// friends it has just named, is the one who was told about the person.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";

const cwmTeg = example("cwm-teg");

describe("the Welsh agreement-to-share form", () => {
  const form = documentOf(cwmTeg, "data-protection/agreement-to-share-form.cy.md");

  it('names biometric data "data biometrig", as the Welsh privacy-notice term lists do', () => {
    // The Planning Inspectorate's list of Welsh privacy-notice terms: "Data Biometrig".
    expect(form).toContain("- [ ] Data biometrig a ddefnyddir i adnabod rhywun (`biometric`)");
    expect(form).not.toContain("nodweddion y corff");
  });

  it('names Braille "Braille", not a description that also says the person is blind', () => {
    expect(form).toContain("  - [ ] Braille (`braille`)");
    expect(form).not.toContain("Fformat cyffwrdd");
  });
});

describe("the Welsh privacy notice, where the information comes from", () => {
  const notice = documentOf(cwmTeg, "data-protection/privacy-notice.cy.md");

  it("says what the coordinator (masculine, as the noun is) was told, not what 'they' (the family and friends just named) were told", () => {
    expect(notice).toContain("Mae eich cydlynydd yn dweud wrthych beth a ddywedwyd wrtho amdanoch");
    expect(notice).not.toContain("wrthyn nhw amdanoch");
  });
});
