import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateCouncilConfig, type CouncilConfigInput } from "./index.js";
import { exampleText } from "./test-helpers.js";

/** The English example as plain data, as the CLI would hold it in memory. */
function brackenfordData(): CouncilConfigInput {
  return parse(exampleText("brackenford")) as CouncilConfigInput;
}

describe("validateCouncilConfig (data already parsed)", () => {
  it("accepts the examples as plain data, with defaults filled in", () => {
    const result = validateCouncilConfig(parse(exampleText("wendleshire")));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.config.output).toEqual({
        languages: ["en"],
        bilingualLayout: "separate",
        welshAlso: [],
        formats: ["markdown", "docx"],
        style: { font: "Arial", headingColour: "#1f4e79" },
      });
  });

  it("gives paths but no line or column", () => {
    const data = brackenfordData();
    const result = validateCouncilConfig({ ...data, council: { ...data.council, population: "lots" } });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          severity: "error",
          code: "wrong-type",
          message: 'Expected a whole number, but found text ("lots").',
          path: ["council", "population"],
          pathText: "council.population",
          hint: expect.stringContaining("The number of people living in the council's area"),
        },
      ],
      warnings: [],
    });
  });

  it.each([
    ["a list", [], "Expected a mapping of keys and values, but found a list."],
    [
      "null",
      null,
      "Expected a mapping of keys and values, but found an empty value. Add its keys below it, indented by two spaces.",
    ],
    ["undefined", undefined, "A value is required here."],
    ["a string", "council", 'Expected a mapping of keys and values, but found text ("council").'],
  ])("refuses %s as a whole configuration", (_, value, message) => {
    const result = validateCouncilConfig(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject([{ path: [], pathText: "", message }]);
  });

  it("reports every missing section of an empty mapping", () => {
    const result = validateCouncilConfig({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => [error.code, error.pathText])).toEqual([
        ["missing-key", "council"],
        ["missing-key", "programme"],
        ["missing-key", "neighbourhoods"],
        ["missing-key", "team"],
        ["missing-key", "leadershipGroup"],
        ["missing-key", "partners"],
        ["missing-key", "dataProtection"],
      ]);
    }
  });

  it("reports each unknown key separately, with a suggestion", () => {
    const result = validateCouncilConfig({ ...brackenfordData(), programe: {}, colour: "green" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toMatchObject([
        {
          code: "unknown-key",
          pathText: "programe",
          message: 'Unknown key "programe". Did you mean "programme"?',
        },
        {
          code: "unknown-key",
          pathText: "colour",
          message: 'Unknown key "colour". Remove it, or correct its spelling.',
        },
      ]);
    }
  });

  it("runs the rules between sections on data, too", () => {
    const data = brackenfordData();
    const result = validateCouncilConfig({ ...data, council: { ...data.council, nation: "wales" } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => [error.code, error.pathText])).toEqual([
        ["gss-code-nation-mismatch", "council.gssCode"],
        ["waspi-missing", "dataProtection.waspi"],
      ]);
    }
  });

  it("returns warnings of valid data, with paths", () => {
    const data = brackenfordData();
    const result = validateCouncilConfig({
      ...data,
      team: { manager: { title: "Senior Local Area Coordinator", span: 4, count: 1 } },
    });
    expect(result.ok).toBe(true);
    expect(result.warnings).toMatchObject([
      { severity: "warning", code: "coordinators-exceed-manager-span", pathText: "team.manager.count" },
      { severity: "warning", code: "partner-is-the-council", pathText: "partners[0].kind" },
    ]);
    expect(result.warnings[0]).not.toHaveProperty("line");
  });

  it("does not change the data it is given", () => {
    const data = brackenfordData();
    const copy = structuredClone(data);
    validateCouncilConfig(data);
    expect(data).toEqual(copy);
  });
});
