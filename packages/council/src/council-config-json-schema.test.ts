import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { councilConfigJsonSchema } from "./index.js";
import { hasControlCharacter, exampleText, MULTI_LINE_TEXTS } from "./test-helpers.js";

interface JsonSchemaNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchemaNode;
  enum?: unknown[];
  pattern?: string;
  allOf?: JsonSchemaNode[];
  maxLength?: number;
  default?: unknown;
  format?: string;
}

const schema = councilConfigJsonSchema() as JsonSchemaNode & { $schema?: string };

function at(path: readonly string[]): JsonSchemaNode {
  let node: JsonSchemaNode = schema;
  for (const key of path) {
    const next: JsonSchemaNode | undefined = key === "[]" ? node.items : node.properties?.[key];
    if (next === undefined) throw new Error(`no ${key} in the JSON Schema`);
    node = next;
  }
  return node;
}

/** Every object in the schema, with its path. */
function objects(node: JsonSchemaNode, path: string[] = []): [string, JsonSchemaNode][] {
  const own: [string, JsonSchemaNode][] = node.type === "object" ? [[path.join("."), node]] : [];
  const children = [
    ...Object.entries(node.properties ?? {}).map(([key, child]) => objects(child, [...path, key])),
    ...(node.items === undefined ? [] : [objects(node.items, [...path, "[]"])]),
  ];
  return [...own, ...children.flat()];
}

/** A light structural check of data against the schema (no validator dependency): keys, types, required, enums. */
function check(node: JsonSchemaNode, value: unknown, path: string): string[] {
  if (node.type === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return [`${path}: not an object`];
    const record = value as Record<string, unknown>;
    const missing = (node.required ?? [])
      .filter((key) => !(key in record))
      .map((key) => `${path}.${key}: missing`);
    const problems = Object.entries(record).flatMap(([key, child]) => {
      const childSchema = node.properties?.[key];
      return childSchema === undefined
        ? [`${path}.${key}: not allowed`]
        : check(childSchema, child, `${path}.${key}`);
    });
    return [...missing, ...problems];
  }
  if (node.type === "array") {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    return node.items === undefined
      ? []
      : value.flatMap((item, index) => check(node.items!, item, `${path}[${index}]`));
  }
  if (node.type === "string" && typeof value !== "string") return [`${path}: not a string`];
  if (node.type === "integer" && !Number.isInteger(value)) return [`${path}: not an integer`];
  if (node.type === "number" && typeof value !== "number") return [`${path}: not a number`];
  if (node.type === "boolean" && typeof value !== "boolean") return [`${path}: not a boolean`];
  if (node.enum !== undefined && !node.enum.includes(value))
    return [`${path}: not one of ${node.enum.join(", ")}`];
  if (node.pattern !== undefined && typeof value === "string" && !new RegExp(node.pattern).test(value)) {
    return [`${path}: does not match ${node.pattern}`];
  }
  return [];
}

describe("councilConfigJsonSchema", () => {
  it("is a draft-07 JSON Schema with a title and a description", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toBe("LAC council configuration (lac.config.yaml)");
    expect(schema.description).toContain("never a person's name");
  });

  it("does not allow unknown keys, at the top or in any section", () => {
    expect(schema.additionalProperties).toBe(false);
    const all = objects(schema);
    expect(all.length).toBeGreaterThan(15);
    for (const [path, node] of all)
      expect({ path, additionalProperties: node.additionalProperties }).toEqual({
        path,
        additionalProperties: false,
      });
  });

  it("describes every key", () => {
    for (const [path, node] of objects(schema)) {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        expect({
          key: `${path}.${key}`,
          described: typeof child.description === "string" && child.description.length > 10,
        }).toEqual({
          key: `${path}.${key}`,
          described: true,
        });
      }
    }
  });

  it("lists the required keys and the defaults of the keys that may be left out", () => {
    expect(schema.required).toEqual([
      "council",
      "programme",
      "neighbourhoods",
      "team",
      "leadershipGroup",
      "partners",
      "dataProtection",
    ]);
    expect(at(["neighbourhoods", "[]"]).required).toEqual(["name", "population", "places"]);
    expect(at(["neighbourhoods", "[]", "coordinators"]).default).toBe(1);
    expect(at(["programme", "communityCatalystsSupport"]).default).toEqual({ days: 30, months: 12 });
    expect(at(["output", "languages"]).default).toEqual(["en"]);
    expect(at(["dataProtection", "sharingAgreement"]).default).toBe("per-partner");
  });

  it("gives editors the choices and patterns of single values", () => {
    expect(at(["council", "nation"]).enum).toEqual(["england", "wales"]);
    expect(at(["partners", "[]", "sector"]).enum).toContain("voluntary-and-community-sector");
    // lac trims values before it checks them, so the patterns allow white space around them.
    expect(at(["council", "gssCode"]).pattern).toBe(
      String.raw`^\s*(?:(?:E06|E07|E08|E09|E10|W06)[0-9]{6})\s*$`,
    );
    expect(at(["partners", "[]", "icoRegistrationNumber"]).pattern).toBe(
      String.raw`^\s*(?:Z[A-Z0-9][0-9]{6})\s*$`,
    );
    // zod's own email, date and https web address rules, as patterns (stricter than `format`).
    const email = new RegExp(at(["programme", "lead", "email"]).pattern ?? "", "u");
    expect(email.test("lac.team@council.example.gov.uk")).toBe(true);
    expect(email.test("lac.team@council")).toBe(false);
    // The date: a real calendar date (zod's pattern) and a year from 2000 to 2100, two patterns.
    const datePatterns = (at(["programme", "startDate"]).allOf ?? []).map(
      (node) => new RegExp(node.pattern ?? "", "u"),
    );
    expect(datePatterns).toHaveLength(2);
    const date = { test: (text: string) => datePatterns.every((pattern) => pattern.test(text)) };
    expect([
      date.test("2028-02-29"),
      date.test("2026-02-29"),
      date.test("2026/04/01"),
      date.test("0026-04-01"),
      date.test("9998-01-01"),
      date.test(" 2100-12-31 "),
    ]).toEqual([true, false, false, false, false, true]);
    expect(at(["council", "name"]).maxLength).toBe(300);
    expect(at(["programme", "lead", "email"]).maxLength).toBe(254);
    const website = new RegExp(at(["council", "website"]).pattern ?? "", "u");
    expect([
      website.test("https://www.council.example.gov.uk/a?b#c"),
      website.test("http://www.council.example.gov.uk"),
      website.test("https://localhost"),
    ]).toEqual([true, false, false]);
    expect(at(["team", "manager", "title"]).description).toContain("Senior Local Area Coordinator");
  });

  it("asks editors for one-line text, allowing the white space that is trimmed (property)", () => {
    const pattern = at(["council", "name"]).pattern;
    expect(pattern).toBeDefined();
    expect(at(["neighbourhoods", "[]", "places", "[]"]).pattern).toBe(pattern);
    expect(at(["programme", "budget", "notes"]).pattern).toBe(pattern);
    const oneLine = new RegExp(pattern ?? "");
    for (const text of MULTI_LINE_TEXTS) expect(oneLine.test(text)).toBe(false);
    expect(oneLine.test("A formative evaluation, then a summative one\n")).toBe(true);
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc
        .array(fc.constantFrom("a", " ", "\n", "\t", "\u2028", "\u0007", "é", "\u00a0"), { maxLength: 12 })
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(oneLine.test(text)).toBe(text.trim() !== "" && !hasControlCharacter(text.trim()));
      }),
      { numRuns: 2000 },
    );
  });

  it("has an optional ICO registration number for the council itself", () => {
    const dataProtection = at(["dataProtection"]);
    expect(dataProtection.properties?.["icoRegistrationNumber"]).toMatchObject({
      pattern: String.raw`^\s*(?:Z[A-Z0-9][0-9]{6})\s*$`,
      description: expect.stringContaining("The council's own registration number"),
    });
    expect(dataProtection.required).not.toContain("icoRegistrationNumber");
  });

  it("says that Welsh output is for Welsh councils, and what it writes", () => {
    expect(at(["output", "languages"]).description).toContain(
      '"cy" (Welsh) is reserved for Welsh councils: with it, the public-facing documents',
    );
    expect(at(["output", "bilingualLayout"]).enum).toEqual(["separate", "welsh-first", "side-by-side"]);
    expect(at(["output", "welshAlso"]).description).toContain("standard 47");
  });

  it("has no name key for any contact", () => {
    // The programme's sponsor and lead may also give their role title in Welsh, for the Welsh documents.
    for (const path of [
      ["programme", "sponsor"],
      ["programme", "lead"],
    ]) {
      expect(Object.keys(at(path).properties ?? {})).toEqual(["role", "email", "welshRole"]);
    }
    expect(Object.keys(at(["dataProtection", "caldicottGuardian"]).properties ?? {})).toEqual([
      "role",
      "email",
    ]);
  });

  it.each(["brackenford", "cwm-teg", "wendleshire", "hollinbrook", "stanmoor", "kingsmere"] as const)(
    "fits the %s example",
    (name) => {
      expect(check(schema, parse(exampleText(name)), "")).toEqual([]);
    },
  );

  it("catches an unknown key and a wrong type in the light check (so the check itself can fail)", () => {
    const data = parse(exampleText("brackenford")) as Record<string, Record<string, unknown>>;
    const broken = { ...data, programe: {}, council: { ...data["council"], population: "many" } };
    expect(check(schema, broken, "")).toEqual([
      ".council.population: not an integer",
      ".programe: not allowed",
    ]);
  });

  it("returns a new object on every call", () => {
    expect(councilConfigJsonSchema()).not.toBe(councilConfigJsonSchema());
    expect(councilConfigJsonSchema()).toEqual(councilConfigJsonSchema());
  });
});
