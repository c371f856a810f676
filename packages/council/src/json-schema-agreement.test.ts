// The JSON Schema is what editors check lac.config.yaml with; `lac validate` checks it with the zod
// schema (validateCouncilConfig). They must agree. This runs ajv, as draft-07 and as draft 2020-12
// (with ajv-formats, as an editor would check formats), and validateCouncilConfig over one corpus of
// valid and invalid configurations, and fails on every disagreement that is not one of the rules
// between items that JSON Schema cannot express (JSON_SCHEMA_UNEXPRESSED_RULES, documented in the
// schema's descriptions and in docs/packages/council.md).
import { readFileSync, readdirSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { councilConfigJsonSchema, JSON_SCHEMA_UNEXPRESSED_RULES, validateCouncilConfig } from "./index.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => void;

const examplesDir = new URL("../examples/", import.meta.url);
const examples = Object.fromEntries(
  readdirSync(examplesDir)
    .filter((file) => file.endsWith(".lac.config.yaml"))
    .map((file) => [
      file.replace(".lac.config.yaml", ""),
      parse(readFileSync(new URL(file, examplesDir), "utf8")),
    ]),
) as Record<string, Record<string, unknown>>;

type Data = Record<string, unknown>;

/** A copy of an example with the value at a path set (or removed, with `undefined`). */
function variant(example: string, changes: [path: (string | number)[], value: unknown][]): Data {
  const data = structuredClone(examples[example]) as Data;
  for (const [path, value] of changes) {
    let node = data as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return data;
}

interface Case {
  readonly name: string;
  readonly data: Data;
  readonly valid: boolean;
  /** The rule JSON Schema cannot express that makes lac refuse what the schema accepts. */
  readonly unexpressed?: string;
}

const england = "brackenford";
const wales = "cwm-teg";
const valid = (name: string, data: Data): Case => ({ name, data, valid: true });
const invalid = (name: string, data: Data, unexpressed?: string): Case => ({
  name,
  data,
  valid: false,
  ...(unexpressed ? { unexpressed } : {}),
});

const corpus: Case[] = [
  ...Object.entries(examples).map(([name, data]) => valid(`example ${name}`, data)),
  valid("no output section", variant(england, [[["output"], undefined]])),
  valid("no evaluation section", variant(england, [[["evaluation"], undefined]])),
  valid("a name with spaces around it", variant(england, [[["council", "name"], "  Brackenford Council  "]])),
  valid("a GSS code with spaces around it", variant(england, [[["council", "gssCode"], " E06999001 "]])),
  valid(
    "an email with spaces around it",
    variant(england, [[["programme", "lead", "email"], " lac@brackenford.example.gov.uk "]]),
  ),
  valid(
    "a website with a path and a query",
    variant(england, [[["council", "website"], "https://www.brackenford.example.gov.uk/lac?x=1#top"]]),
  ),
  valid(
    "a website with a port",
    variant(england, [[["council", "website"], "https://brackenford.example.gov.uk:8443/"]]),
  ),
  valid("a date with spaces around it", variant(england, [[["programme", "startDate"], " 2026-04-01 "]])),
  valid("a leap day", variant(england, [[["programme", "startDate"], "2028-02-29"]])),
  valid("no partners", variant(england, [[["partners"], []]])),
  valid(
    "Welsh council writing Welsh and English",
    variant(wales, [
      [
        ["output", "languages"],
        ["cy", "en"],
      ],
    ]),
  ),
  valid("retention of 100 years", variant(england, [[["dataProtection", "retention", "years"], 100]])),
  valid(
    "an ICO number with a letter",
    variant(england, [[["dataProtection", "icoRegistrationNumber"], "ZA123456"]]),
  ),
  valid("a name in Welsh with accents", variant(wales, [[["council", "shortName"], "Cwm Tég"]])),

  invalid("a name of only spaces", variant(england, [[["council", "name"], "   "]])),
  invalid("an empty name", variant(england, [[["council", "name"], ""]])),
  invalid("a name on two lines", variant(england, [[["council", "name"], "Brackenford\nCouncil"]])),
  invalid("a name with a tab", variant(england, [[["council", "name"], "Brackenford\tCouncil"]])),
  invalid("a name that is a number", variant(england, [[["council", "name"], 42]])),
  invalid(
    "an http:// website",
    variant(england, [[["council", "website"], "http://www.brackenford.example.gov.uk"]]),
  ),
  invalid(
    "a website without a full domain",
    variant(england, [[["council", "website"], "https://localhost/"]]),
  ),
  invalid(
    "a website that is not an address",
    variant(england, [[["council", "website"], "brackenford council"]]),
  ),
  invalid("an ftp website", variant(england, [[["council", "website"], "ftp://brackenford.example.gov.uk"]])),
  invalid(
    "an http:// privacy notice",
    variant(england, [[["dataProtection", "privacyNoticeUrl"], "http://brackenford.example.gov.uk/privacy"]]),
  ),
  invalid(
    "duplicate languages",
    variant(wales, [
      [
        ["output", "languages"],
        ["en", "en"],
      ],
    ]),
  ),
  invalid("no languages", variant(england, [[["output", "languages"], []]])),
  invalid(
    "duplicate formats",
    variant(england, [
      [
        ["output", "formats"],
        ["markdown", "markdown"],
      ],
    ]),
  ),
  invalid("an unknown language", variant(england, [[["output", "languages"], ["fr"]]])),
  invalid("a GSS code of a ward", variant(england, [[["council", "gssCode"], "E05000001"]])),
  invalid("a GSS code in lower case", variant(england, [[["council", "gssCode"], "e06999001"]])),
  invalid("a GSS code too long", variant(england, [[["council", "gssCode"], "E069990011"]])),
  invalid(
    "an English council with a Welsh GSS code",
    variant(england, [[["council", "gssCode"], "W06999001"]]),
  ),
  invalid(
    "a Welsh council with an English GSS code",
    variant(wales, [[["council", "gssCode"], "E06999001"]]),
  ),
  invalid(
    "an English council with WASPI",
    variant(england, [[["dataProtection", "waspi"], { participant: true }]]),
  ),
  invalid("a Welsh council without WASPI", variant(wales, [[["dataProtection", "waspi"], undefined]])),
  invalid(
    "an English council writing Welsh",
    variant(england, [
      [
        ["output", "languages"],
        ["en", "cy"],
      ],
    ]),
  ),
  invalid("a population of 0", variant(england, [[["council", "population"], 0]])),
  invalid("a negative population", variant(england, [[["council", "population"], -5]])),
  invalid("a population with a fraction", variant(england, [[["council", "population"], 1.5]])),
  invalid("a population written as text", variant(england, [[["council", "population"], "151800"]])),
  invalid("a population past the safe integers", variant(england, [[["council", "population"], 2 ** 60]])),
  invalid("30 February", variant(england, [[["programme", "startDate"], "2026-02-30"]])),
  invalid("a date with slashes", variant(england, [[["programme", "startDate"], "2026/04/01"]])),
  invalid("a date day first", variant(england, [[["programme", "startDate"], "01-04-2026"]])),
  invalid(
    "an email without @",
    variant(england, [[["programme", "lead", "email"], "lac.brackenford.example.gov.uk"]]),
  ),
  invalid(
    "an email without a domain",
    variant(england, [[["programme", "lead", "email"], "lac@brackenford"]]),
  ),
  invalid(
    "an email with a space inside",
    variant(england, [[["programme", "lead", "email"], "lac team@brackenford.example.gov.uk"]]),
  ),
  invalid(
    "an ICO number too short",
    variant(england, [[["dataProtection", "icoRegistrationNumber"], "Z123"]]),
  ),
  invalid(
    "an ICO number in lower case",
    variant(england, [[["dataProtection", "icoRegistrationNumber"], "z1234567"]]),
  ),
  invalid("an unknown top-level key", variant(england, [[["colour"], "blue"]])),
  invalid("an unknown nested key", variant(england, [[["council", "mayor"], "none"]])),
  invalid("no council section", variant(england, [[["council"], undefined]])),
  invalid("no neighbourhoods", variant(england, [[["neighbourhoods"], []]])),
  invalid("a neighbourhood with no places", variant(england, [[["neighbourhoods", 0, "places"], []]])),
  invalid("retention of 101 years", variant(england, [[["dataProtection", "retention", "years"], 101]])),
  invalid("retention of 0 years", variant(england, [[["dataProtection", "retention", "years"], 0]])),
  invalid(
    "an unknown sharing agreement",
    variant(england, [[["dataProtection", "sharingAgreement"], "bilateral"]]),
  ),
  invalid("an unknown nation", variant(england, [[["council", "nation"], "scotland"]])),
  invalid("a budget of 0", variant(england, [[["programme", "budget", "amount"], 0]])),
  invalid("the configuration is a list", [] as unknown as Data),
  invalid(
    "two neighbourhoods with the same name",
    variant(england, [
      [["neighbourhoods", 1, "name"], (examples[england]!.neighbourhoods as { name: string }[])[0]!.name],
    ]),
    "duplicate-neighbourhood-name",
  ),
  invalid(
    "two neighbourhoods whose names differ only in case",
    variant(england, [
      [
        ["neighbourhoods", 1, "name"],
        (examples[england]!.neighbourhoods as { name: string }[])[0]!.name.toUpperCase(),
      ],
    ]),
    "duplicate-neighbourhood-name",
  ),
  invalid(
    "two partners with the same organisation",
    variant(england, [
      [
        ["partners", 1, "organisation"],
        (examples[england]!.partners as { organisation: string }[])[0]!.organisation,
      ],
    ]),
    "duplicate-partner-organisation",
  ),
  invalid(
    "two leadership members with the same organisation",
    variant(england, [
      [
        ["leadershipGroup", "members", 1, "organisation"],
        (examples[england]!.leadershipGroup as { members: { organisation: string }[] }).members[0]!
          .organisation,
      ],
    ]),
    "duplicate-leadership-member",
  ),
];

function validators(): [string, ValidateFunction][] {
  const schema = councilConfigJsonSchema() as Record<string, unknown>;
  const draft07 = new Ajv({ allErrors: true, strict: true });
  addFormats(draft07);
  const draft2020 = new Ajv2020({ allErrors: true, strict: true });
  addFormats(draft2020);
  const { $schema: _declared, ...without } = schema;
  return [
    ["ajv draft-07", draft07.compile(schema)],
    ["ajv draft 2020-12", draft2020.compile(without)],
  ];
}

describe("the JSON Schema and lac validate agree", () => {
  const compiled = validators();

  it("has a corpus of both kinds, from every example", () => {
    expect(corpus.filter((c) => c.valid).length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(40);
  });

  it("lac validate gives every case its expected verdict", () => {
    const wrong = corpus
      .filter((c) => validateCouncilConfig(c.data).ok !== c.valid)
      .map((c) => `${c.name}: lac says ${c.valid ? "invalid" : "valid"}`);
    expect(wrong).toEqual([]);
  });

  it.each(compiled.map(([name]) => name))(
    "%s agrees with lac validate, except for the documented rules",
    (name) => {
      const validate = compiled.find(([n]) => n === name)![1];
      const disagreements: string[] = [];
      for (const c of corpus) {
        const lac = validateCouncilConfig(c.data);
        const schemaSays = validate(c.data) === true;
        if (schemaSays === lac.ok) continue;
        const documented =
          c.unexpressed !== undefined &&
          schemaSays &&
          !lac.ok &&
          JSON_SCHEMA_UNEXPRESSED_RULES.some((rule) => rule.code === c.unexpressed) &&
          lac.errors.every((error) => error.code === c.unexpressed);
        if (!documented) {
          disagreements.push(
            `${c.name}: the JSON Schema says ${schemaSays ? "valid" : `invalid (${JSON.stringify(validate.errors?.slice(0, 2))})`}, lac says ${lac.ok ? "valid" : `invalid (${lac.errors.map((e) => e.code).join(", ")})`}`,
          );
        }
      }
      expect(disagreements).toEqual([]);
    },
  );

  it("describes each rule it cannot express where an editor shows it", () => {
    const text = JSON.stringify(councilConfigJsonSchema());
    for (const rule of JSON_SCHEMA_UNEXPRESSED_RULES) expect(text, rule.code).toContain(rule.description);
  });
});
