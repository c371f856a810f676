// dataProtection.privacyNoticeUrlCy: the web address of the Welsh privacy notice, which the Welsh documents
// give (optional; they give the English address until it is added), warned of when the pack is in Welsh.
import { describe, expect, it } from "vitest";
import { parseCouncilConfig } from "./index.js";
import { exampleText, parsedOk as parsed, patchYaml, REMOVE } from "./test-helpers.js";

const cwmTeg = exampleText("cwm-teg");
const brackenford = exampleText("brackenford");
const PATH = ["dataProtection", "privacyNoticeUrlCy"];

function warningPaths(text: string): string[] {
  return parsed(text).warnings.map((warning) => `${warning.code} ${warning.pathText}`);
}

describe("dataProtection.privacyNoticeUrlCy", () => {
  it("is read when given, as the Welsh example gives it", () => {
    const { config } = parsed(cwmTeg);
    expect(config.dataProtection.privacyNoticeUrlCy).toBe(
      "https://cwmteg.example.gov.uk/preifatrwydd/cydlynu-ardal-leol",
    );
    expect(warningPaths(cwmTeg).join(" ")).not.toContain("privacyNoticeUrlCy");
  });

  it("warns, at dataProtection, when missing and the pack is in Welsh", () => {
    const text = patchYaml(cwmTeg, PATH, REMOVE);
    const found = parsed(text).warnings.filter(
      (warning) => warning.code === "welsh-privacy-notice-url-missing",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.pathText).toBe("dataProtection");
    expect(found[0]?.message).toContain("dataProtection.privacyNoticeUrlCy is missing");
    expect(found[0]?.message).toContain("the Welsh documents give the English privacy notice's address");
    // With no Welsh documents, nothing is said of it.
    const english = patchYaml(text, ["output", "languages"], ["en"]);
    expect(warningPaths(english).join(" ")).not.toContain("welsh-privacy-notice-url-missing");
    // Nor for an English council.
    expect(warningPaths(brackenford).join(" ")).not.toContain("welsh-privacy-notice-url-missing");
  });

  it.each([
    ["cwmteg.example.gov.uk/preifatrwydd", "https://"],
    ["http://cwmteg.example.gov.uk/preifatrwydd", "starts with https://"],
  ])("reports %j as privacyNoticeUrl would", (value, part) => {
    const result = parseCouncilConfig(patchYaml(cwmTeg, PATH, value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const english = parseCouncilConfig(patchYaml(cwmTeg, ["dataProtection", "privacyNoticeUrl"], value));
    if (english.ok) throw new Error("expected the English address to be refused too");
    expect(result.errors.map((error) => [error.code, error.pathText])).toEqual([
      [english.errors[0]?.code, "dataProtection.privacyNoticeUrlCy"],
    ]);
    expect(result.errors[0]?.message).toContain(part);
    expect(result.errors[0]?.message).toBe(english.errors[0]?.message);
  });
});
