import { describe, expect, it } from "vitest";
import { parseCouncilConfig, partnerSectorLabelsByNation } from "./index.js";
import { exampleText, patchYaml, REMOVE } from "./test-helpers.js";

const cwmTeg = exampleText("cwm-teg");

function warnings(text: string) {
  const result = parseCouncilConfig(text);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return result.warnings;
}

describe("programme.welshName", () => {
  it("is read, optional, and used by the Welsh example", () => {
    const result = parseCouncilConfig(cwmTeg);
    expect(result.ok && result.config.programme.welshName).toBe("Cydlynu Ardal Leol yng Nghwm Teg");
    // The only warning of the Welsh example is its manager's Welsh title, which it leaves out.
    expect(warnings(cwmTeg).map((warning) => warning.pathText)).toEqual(["team.manager"]);
  });

  it("is warned of, at the programme, when it is missing and the pack is in Welsh", () => {
    const text = patchYaml(cwmTeg, ["programme", "welshName"], REMOVE);
    const found = warnings(text);
    expect(found.map((warning) => [warning.code, warning.pathText])).toEqual([
      ["welsh-name-missing", "programme"],
      ["welsh-name-missing", "team.manager"],
    ]);
    expect(found[0]?.message).toContain("programme.welshName is missing");
    expect(found[0]?.message).toContain(`marked "(enw Saesneg)"`);
    // With no Welsh documents, nothing is said of it.
    const english = patchYaml(text, ["output", "languages"], ["en"]);
    expect(warnings(english).map((warning) => warning.code)).toEqual(["welsh-output-missing"]);
  });

  it("must be text on one line, like the other names", () => {
    const result = parseCouncilConfig(patchYaml(cwmTeg, ["programme", "welshName"], ""));
    expect(result.ok).toBe(false);
  });
});

describe("the NHS sector by nation", () => {
  it("names NHS trusts in England and local health boards in Wales", () => {
    expect(partnerSectorLabelsByNation.england["nhs-trust"]).toBe("NHS trust or NHS foundation trust");
    expect(partnerSectorLabelsByNation.wales["nhs-trust"]).toBe(
      "Local health board or NHS trust (NHS Wales)",
    );
    expect(partnerSectorLabelsByNation.wales.police).toBe("Police");
  });

  it("groups GP practices in primary care networks in England and primary care clusters in Wales", () => {
    expect(partnerSectorLabelsByNation.england["primary-care"]).toBe(
      "Primary care (GP practice or primary care network)",
    );
    expect(partnerSectorLabelsByNation.wales["primary-care"]).toBe(
      "Primary care (GP practice or primary care cluster)",
    );
  });
});
