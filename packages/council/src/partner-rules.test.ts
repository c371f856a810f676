import { describe, expect, it } from "vitest";
import {
  parseCouncilConfig,
  partnerIsPublicAuthority,
  partnerIsTheCouncil,
  partnerKindLabel,
  partnerKindsIn,
} from "./index.js";
import { exampleText, patchYaml, positionOf, REMOVE } from "./test-helpers.js";

const brackenford = exampleText("brackenford");
const hollinbrook = exampleText("hollinbrook");
const cwmTeg = exampleText("cwm-teg");

function errorsOf(text: string) {
  const result = parseCouncilConfig(text);
  return result.ok ? [] : result.errors;
}

function warningsOf(text: string) {
  const result = parseCouncilConfig(text);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return result.warnings;
}

describe("partners described by legal nature", () => {
  it("tells a configuration written with sector only to add kind, where it is and how", () => {
    // The configuration of the previous release: sector and publicAuthority, no kind.
    let text = patchYaml(brackenford, ["partners", 5, "kind"], REMOVE);
    text = patchYaml(text, ["partners", 5, "sector"], "police");
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ severity: "error", pathText: "partners[5].kind" });
    expect(error?.message).toContain("Add kind: the partner's legal nature");
    expect(error?.message).toContain("police → police");
    expect(error?.line).toBeGreaterThan(0);
  });

  it("suggests the nearest kind for a misspelt one", () => {
    const text = patchYaml(brackenford, ["partners", 5, "kind"], "polise");
    expect(errorsOf(text)[0]).toMatchObject({
      code: "invalid-choice",
      pathText: "partners[5].kind",
      ...positionOf(text, "polise"),
    });
    expect(errorsOf(text)[0]?.message).toContain('Did you mean "police"?');
  });

  it("needs the tier of a council partner, and refuses a tier on anything else", () => {
    const withoutTier = patchYaml(hollinbrook, ["partners", 0, "councilTier"], REMOVE);
    expect(errorsOf(withoutTier)[0]).toMatchObject({
      code: "council-tier-missing",
      pathText: "partners[0].councilTier",
    });
    const misplaced = patchYaml(hollinbrook, ["partners", 1, "councilTier"], "county");
    expect(errorsOf(misplaced)[0]).toMatchObject({
      code: "council-tier-not-council",
      pathText: "partners[1].councilTier",
    });
    const misspelt = patchYaml(hollinbrook, ["partners", 0, "councilTier"], "distrct");
    expect(errorsOf(misspelt)[0]?.message).toContain('Did you mean "district"?');
  });

  it("allows no ICO registration number when the reason for the exemption is stated", () => {
    const result = parseCouncilConfig(hollinbrook);
    expect(result.ok && result.config.partners[3]).toMatchObject({
      organisation: "Hollinbrook Volunteer Centre",
      icoExemptReason:
        "a not-for-profit organisation that considers itself exempt from the data protection fee",
    });
    const neither = patchYaml(hollinbrook, ["partners", 3, "icoExemptReason"], REMOVE);
    expect(errorsOf(neither)[0]).toMatchObject({
      code: "ico-registration-missing",
      pathText: "partners[3].icoRegistrationNumber",
    });
    const both = patchYaml(hollinbrook, ["partners", 3, "icoRegistrationNumber"], "ZZ999304");
    expect(errorsOf(both)[0]).toMatchObject({ code: "ico-registration-and-exemption" });
  });

  it("keeps an optional Welsh name per partner", () => {
    const result = parseCouncilConfig(exampleText("cwm-teg"));
    expect(result.ok && result.config.partners[0]?.welshName).toBe("Bwrdd Iechyd Prifysgol Cwm Teg");
  });

  it("asks whether an education partner is a public authority, and derives it for the others", () => {
    const text = patchYaml(brackenford, ["partners", 8, "publicAuthority"], REMOVE);
    expect(errorsOf(text)[0]).toMatchObject({
      code: "public-authority-unknown",
      pathText: "partners[8].publicAuthority",
    });
    expect(partnerIsPublicAuthority({ kind: "housing-association" })).toBe(false);
    expect(partnerIsPublicAuthority({ kind: "police" })).toBe(true);
    expect(partnerIsPublicAuthority({ kind: "charity", publicAuthority: true })).toBe(true);
  });

  it("warns when publicAuthority contradicts the partner's kind", () => {
    const text = patchYaml(brackenford, ["partners", 4, "publicAuthority"], true);
    expect(warningsOf(text)).toContainEqual(
      expect.objectContaining({
        code: "public-authority-contradicts-kind",
        pathText: "partners[4].publicAuthority",
      }),
    );
  });

  it("needs a partner to share or receive something", () => {
    const text = patchYaml(brackenford, ["partners", 5, "shares"], REMOVE);
    expect(errorsOf(text)[0]).toMatchObject({ code: "partner-flows-empty", pathText: "partners[5].shares" });
  });
});

describe("a partner that is the council itself (item 2)", () => {
  it("warns in lac validate when a partner is a service of the council", () => {
    expect(warningsOf(brackenford)).toEqual([
      expect.objectContaining({ code: "partner-is-the-council", pathText: "partners[0].kind" }),
    ]);
  });

  it("warns, and says how to fix it, when a partner is named as the council but not marked as its service", () => {
    const text = patchYaml(
      patchYaml(brackenford, ["partners", 0, "kind"], "council"),
      ["partners", 0, "councilTier"],
      "unitary",
    );
    const withIco = patchYaml(text, ["partners", 0, "icoRegistrationNumber"], "ZZ999000");
    const [warning] = warningsOf(withIco);
    expect(warning).toMatchObject({ code: "partner-is-the-council", pathText: "partners[0].organisation" });
    expect(warning?.message).toContain("Set kind: council-service");
    // The controller defined in UK GDPR Art 4, point (7) of its paragraph 1 since DUAA 2025 s.67.
    expect(warning?.message).toContain("the same legal person and controller (UK GDPR Art 4(1)(7))");
  });

  it("recognises the council by its name or the controller's, without a parenthesised note", () => {
    const council = { councilName: "Brackenford Borough Council (fictional)", controller: "Brackenford BC" };
    expect(
      partnerIsTheCouncil({ kind: "council", organisation: "Brackenford Borough Council Housing" }, council),
    ).toBe(true);
    expect(
      partnerIsTheCouncil({ kind: "council", organisation: "Brackenshire County Council" }, council),
    ).toBe(false);
    expect(partnerIsTheCouncil({ kind: "charity", organisation: "Brackenford Homes" }, council)).toBe(false);
  });
});

describe("anonymised flows (item 6)", () => {
  it("warns when a flow reads like anonymised figures but is not marked anonymised", () => {
    const text = patchYaml(exampleText("stanmoor"), ["partners", 1, "anonymised"], REMOVE);
    expect(warningsOf(text)).toContainEqual(
      expect.objectContaining({ code: "anonymised-flow-unmarked", pathText: "partners[1].shares" }),
    );
  });

  it("refuses an anonymised direction with nothing in it, and suggests the right word", () => {
    const empty = patchYaml(exampleText("stanmoor"), ["partners", 1, "anonymised"], ["receives"]);
    expect(errorsOf(empty)[0]).toMatchObject({
      code: "anonymised-flow-empty",
      pathText: "partners[1].anonymised[0]",
    });
    const misspelt = patchYaml(exampleText("stanmoor"), ["partners", 1, "anonymised"], ["share"]);
    expect(errorsOf(misspelt)[0]?.message).toContain('Did you mean "shares"?');
  });
});

describe("the council's own special category condition (item 4)", () => {
  it("defaults to substantial public interest with statutory purposes", () => {
    const result = parseCouncilConfig(brackenford);
    expect(result.ok && result.config.dataProtection.specialCategoryCondition).toBe("statutory-purposes");
  });

  it("refuses health or social care for a district council, which has no social care functions", () => {
    const text = patchYaml(
      hollinbrook,
      ["dataProtection", "specialCategoryCondition"],
      "health-or-social-care",
    );
    expect(errorsOf(text)[0]).toMatchObject({
      code: "special-category-condition-without-social-care",
      pathText: "dataProtection.specialCategoryCondition",
    });
    const county = patchYaml(
      exampleText("wendleshire"),
      ["dataProtection", "specialCategoryCondition"],
      "health-or-social-care",
    );
    expect(errorsOf(county)).toEqual([]);
  });
});

describe("the London Fire Brigade's controller", () => {
  const kingsmere = exampleText("kingsmere");
  const fire = 2; // partners[2] of the Kingsmere example: London Fire Brigade

  it("is not asked for when the partner is the London Fire Brigade: the documents name the London Fire Commissioner", () => {
    const text = patchYaml(kingsmere, ["partners", fire, "legalEntity"], REMOVE);
    expect(warningsOf(text).filter((w) => w.code === "legal-entity-missing")).toEqual([]);
  });

  it("is still asked for of another fire and rescue authority", () => {
    let text = patchYaml(kingsmere, ["partners", fire, "legalEntity"], REMOVE);
    text = patchYaml(text, ["partners", fire, "organisation"], "Brackenshire Fire and Rescue Service");
    expect(warningsOf(text)).toEqual([
      expect.objectContaining({ code: "legal-entity-missing", pathText: `partners[${fire}].kind` }),
    ]);
  });
});

describe("kinds of partner that exist in one nation only", () => {
  it("offers a Welsh council no integrated care board or foundation trust, and an English council no local health board", () => {
    expect(partnerKindsIn("wales")).not.toContain("integrated-care-board");
    expect(partnerKindsIn("wales")).not.toContain("nhs-foundation-trust");
    expect(partnerKindsIn("wales")).toEqual(expect.arrayContaining(["local-health-board", "nhs-trust"]));
    expect(partnerKindsIn("england")).not.toContain("local-health-board");
    expect(partnerKindsIn("england")).toEqual(
      expect.arrayContaining(["integrated-care-board", "nhs-foundation-trust", "nhs-trust"]),
    );
    expect(partnerKindLabel("housing-association", "wales")).toBe(
      "Housing association (registered social landlord)",
    );
    expect(partnerKindLabel("housing-association", "england")).toBe(
      "Housing association (registered provider)",
    );
  });

  it("warns a Welsh council whose partner is an integrated care board, saying why and what to use instead", () => {
    const text = patchYaml(cwmTeg, ["partners", 0, "kind"], "integrated-care-board");
    const warning = warningsOf(text).find((found) => found.code === "partner-kind-outside-nation");
    expect(warning).toMatchObject({ severity: "warning", pathText: "partners[0].kind" });
    expect(warning?.message).toContain("exists only in England (NHS Act 2006 s.14Z25)");
    expect(warning?.message).toContain("a local health board (kind local-health-board)");
    expect(warning?.message).toContain("only for a partner across the border in England");
    const trust = patchYaml(cwmTeg, ["partners", 0, "kind"], "nhs-foundation-trust");
    expect(warningsOf(trust).map((found) => found.code)).toContain("partner-kind-outside-nation");
  });

  it("warns an English council whose partner is a local health board, and allows it (a partner across the border)", () => {
    const text = patchYaml(brackenford, ["partners", 1, "kind"], "local-health-board");
    const warning = warningsOf(text).find((found) => found.code === "partner-kind-outside-nation");
    expect(warning).toMatchObject({ pathText: "partners[1].kind" });
    expect(warning?.message).toContain("exists only in Wales (NHS (Wales) Act 2006 s.11)");
  });

  it("gives no such warning for the examples' partners", () => {
    for (const text of [brackenford, hollinbrook, cwmTeg])
      expect(warningsOf(text).map((found) => found.code)).not.toContain("partner-kind-outside-nation");
  });
});

describe("a partner warning's fix, as the answer that gives it", () => {
  // lac init's prompt and the web builder say the fix as an answer to their question; the message
  // says it for someone editing lac.config.yaml, in the words the fix names (`fileWords`).
  function fixOf(text: string, code: string) {
    const warning = warningsOf(text).find((found) => found.code === code);
    expect(warning?.message).toContain(warning?.fix?.fileWords);
    return warning?.fix;
  }

  it("gives kind council-service for a partner named as the council", () => {
    let text = patchYaml(brackenford, ["partners", 0, "kind"], "council");
    text = patchYaml(text, ["partners", 0, "councilTier"], "unitary");
    text = patchYaml(text, ["partners", 0, "icoRegistrationNumber"], "ZZ999000");
    expect(fixOf(text, "partner-is-the-council")).toEqual({
      path: ["partners", 0, "kind"],
      value: "council-service",
      fileWords: "Set kind: council-service to say so, or rename it if it is a separate organisation",
      then: " to say so, or rename it if it is a separate organisation",
    });
    // A partner already marked as the council's service has nothing to fix.
    expect(warningsOf(brackenford)[0]?.fix).toBeUndefined();
  });

  it("gives the partner's kind for a kind of the other nation, another legal entity, and an anonymised direction", () => {
    expect(
      fixOf(
        patchYaml(cwmTeg, ["partners", 0, "kind"], "integrated-care-board"),
        "partner-kind-outside-nation",
      ),
    ).toEqual({
      path: ["partners", 0, "kind"],
      fileWords: "set its kind to one of those",
      then: " with one of those",
    });
    const kingsmere = exampleText("kingsmere");
    let fire = patchYaml(kingsmere, ["partners", 2, "legalEntity"], REMOVE);
    fire = patchYaml(fire, ["partners", 2, "organisation"], "Brackenshire Fire and Rescue Service");
    expect(fixOf(fire, "legal-entity-missing")).toMatchObject({ path: ["partners", 2, "legalEntity"] });
    const stanmoor = patchYaml(exampleText("stanmoor"), ["partners", 1, "anonymised"], REMOVE);
    expect(fixOf(stanmoor, "anonymised-flow-unmarked")).toEqual({
      path: ["partners", 1, "anonymised"],
      value: "shares",
      fileWords: 'add "shares" to anonymised',
    });
  });
});
