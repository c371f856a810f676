// team.manager.welshTitle (optional, like programme.welshName) and team.contract's default, which
// leaves the contract to HR instead of assuming a permanent post.
import { describe, expect, it } from "vitest";
import { parseCouncilConfig } from "./index.js";
import { exampleText, parsedOk as parsed, patchYaml, REMOVE } from "./test-helpers.js";

const cwmTeg = exampleText("cwm-teg");
const brackenford = exampleText("brackenford");

describe("team.manager.welshTitle", () => {
  it("is read when given, and then nothing is warned of", () => {
    const result = parsed(patchYaml(cwmTeg, ["team", "manager", "welshTitle"], "Teitl y rheolwr"));
    expect(result.config.team.manager.welshTitle).toBe("Teitl y rheolwr");
    expect(result.warnings).toEqual([]);
  });

  it("is warned of, at the manager, when it is missing and the pack is in Welsh", () => {
    const found = parsed(cwmTeg).warnings;
    expect(found.map((warning) => [warning.code, warning.pathText])).toEqual([
      ["welsh-name-missing", "team.manager"],
    ]);
    expect(found[0]?.message).toContain("team.manager.welshTitle is missing");
    expect(found[0]?.message).toContain(`marked "(enw Saesneg)"`);
    // With no Welsh documents, nothing is said of it.
    const english = patchYaml(cwmTeg, ["output", "languages"], ["en"]);
    expect(parsed(english).warnings.map((warning) => warning.code)).toEqual(["welsh-output-missing"]);
    // Nor for an English council.
    expect(parsed(brackenford).warnings.map((warning) => warning.pathText)).not.toContain("team.manager");
  });

  it("must be text on one line, like the other names", () => {
    expect(parseCouncilConfig(patchYaml(cwmTeg, ["team", "manager", "welshTitle"], "")).ok).toBe(false);
  });
});

describe("team.contract", () => {
  it("is to be confirmed by HR when not given, not permanent", () => {
    const text = patchYaml(brackenford, ["team", "contract"], REMOVE);
    expect(parsed(text).config.team.contract).toBe("to-be-confirmed");
  });

  it("keeps the contract HR gives", () => {
    for (const contract of ["permanent", "fixed-term", "to-be-confirmed"] as const) {
      expect(parsed(patchYaml(brackenford, ["team", "contract"], contract)).config.team.contract).toBe(
        contract,
      );
    }
    expect(parseCouncilConfig(patchYaml(brackenford, ["team", "contract"], "casual")).ok).toBe(false);
  });
});
