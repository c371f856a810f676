import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  COUNCIL_CONFIG_SCHEMA_PATH,
  parseCouncilConfig,
  stringifyCouncilConfig,
  validateCouncilConfig,
  type ConfigProblem,
  type CouncilConfig,
} from "./index.js";
import { EXAMPLE_NAMES, exampleText, textArbitrary, validConfigArbitrary } from "./test-helpers.js";

/** A warning without its place in the file: the written text differs from the example's. */
function withoutPosition({ line: _line, column: _column, ...warning }: ConfigProblem): ConfigProblem {
  return warning;
}

function configOf(name: (typeof EXAMPLE_NAMES)[number]): CouncilConfig {
  const result = parseCouncilConfig(exampleText(name));
  if (!result.ok) throw new Error(`invalid example ${name}`);
  return result.config;
}

describe("stringifyCouncilConfig", () => {
  it("starts with the yaml-language-server line naming the schema the CLI writes", () => {
    const text = stringifyCouncilConfig(configOf("brackenford"));
    expect(COUNCIL_CONFIG_SCHEMA_PATH).toBe("./.lac/lac.config.schema.json");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./.lac/lac.config.schema.json");
  });

  it("names another schema path, or none", () => {
    const config = configOf("wendleshire");
    expect(stringifyCouncilConfig(config, { schemaPath: "https://example.org/s.json" }).split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://example.org/s.json",
    );
    const bare = stringifyCouncilConfig(config, { schemaPath: false });
    expect(bare).not.toContain("yaml-language-server");
    expect(bare.startsWith("# Council: ")).toBe(true);
  });

  it("writes the sections and their keys in the schema's order, whatever the order of the object", () => {
    const config = configOf("brackenford");
    const reversed = Object.fromEntries(Object.entries(config).reverse()) as CouncilConfig;
    reversed.council = Object.fromEntries(
      Object.entries(config.council).reverse(),
    ) as CouncilConfig["council"];
    const text = stringifyCouncilConfig(reversed);
    expect(text).toBe(stringifyCouncilConfig(config));
    const topLevel = text.split("\n").filter((line) => /^[a-zA-Z]+:/.test(line));
    expect(topLevel).toEqual([
      "council:",
      "programme:",
      "neighbourhoods:",
      "team:",
      "leadershipGroup:",
      "partners:",
      "dataProtection:",
      "evaluation:",
      "output:",
      "documents:",
    ]);
    expect(Object.keys(parse(text).council)).toEqual([
      "name",
      "shortName",
      "nation",
      "gssCode",
      "population",
      "website",
    ]);
  });

  it("puts a comment from the schema above each section", () => {
    const text = stringifyCouncilConfig(configOf("cwm-teg"));
    expect(text).toContain("\n# Neighbourhoods: The neighbourhoods served by Local Area Coordinators");
    expect(text).toContain(
      "\n# Output: The languages, formats and house style of the documents the toolkit writes.\noutput:\n",
    );
    expect(text).toContain("\n# Evaluation: How the programme will be evaluated (optional).\nevaluation:\n");
  });

  it("leaves out optional keys that are not set", () => {
    const text = stringifyCouncilConfig(configOf("wendleshire"));
    expect(text).not.toContain("evaluation:");
    expect(text).not.toContain("budget:");
    expect(text).not.toContain("undefined");
  });

  it("writes short lists on one line and quotes text that other YAML readers could take for a date or a boolean", () => {
    const config = configOf("cwm-teg");
    const text = stringifyCouncilConfig({
      ...config,
      neighbourhoods: [{ ...config.neighbourhoods[0]!, places: ["yes", "2024-01-01", "Tŷ Gwyn"] }],
    });
    expect(text).toContain('    places: [ "yes", "2024-01-01", Tŷ Gwyn ]\n');
    expect(text).toContain("  languages: [ en, cy ]\n");
    expect(text).toContain('  startDate: "2026-09-01"\n');
  });

  it.each(EXAMPLE_NAMES)("round-trips the %s example", (name) => {
    const config = configOf(name);
    const result = parseCouncilConfig(stringifyCouncilConfig(config));
    expect(result).toMatchObject({ ok: true, config });
    expect(result.warnings.map(withoutPosition)).toEqual(
      parseCouncilConfig(exampleText(name)).warnings.map(withoutPosition),
    );
  });

  it("writes a configuration given without its defaults, which then parses with them", () => {
    const config = configOf("wendleshire");
    const { output: _output, ...withoutOutput } = config;
    const result = parseCouncilConfig(stringifyCouncilConfig(withoutOutput));
    expect(result.ok && result.config).toEqual(config);
  });

  it("round-trips every valid configuration, including awkward text (property)", () => {
    fc.assert(
      fc.property(validConfigArbitrary, (config) => {
        expect(validateCouncilConfig(config).ok).toBe(true);
        const text = stringifyCouncilConfig(config);
        const result = parseCouncilConfig(text);
        if (!result.ok) throw new Error(`${JSON.stringify(result.errors, null, 2)}\n${text}`);
        expect(result.config).toEqual(config);
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it("keeps every awkward text a string, read by YAML 1.2 and by YAML 1.1 readers", () => {
    const config = configOf("wendleshire");
    fc.assert(
      fc.property(textArbitrary, (name) => {
        const text = stringifyCouncilConfig({ ...config, council: { ...config.council, shortName: name } });
        expect(parse(text).council.shortName).toBe(name);
        expect(parse(text, { version: "1.1" }).council.shortName).toBe(name);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
