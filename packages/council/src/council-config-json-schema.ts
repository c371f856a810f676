import * as z from "zod";
import { councilConfigSchema } from "./council-config-schema.js";
import { GSS_COUNCIL_PREFIXES } from "./gss-code.js";
import { deepFreeze } from "./deep-freeze.js";

type JsonSchema = z.core.JSONSchema.JSONSchema;
type Node = Record<string, unknown>;

/**
 * The rules of `lac validate` that JSON Schema cannot express: uniqueness of a key across the items
 * of a list, after the names are turned into file names. The JSON Schema describes them where an
 * editor shows them; the agreement test (json-schema-agreement.test.ts) allows exactly these.
 */
export const JSON_SCHEMA_UNEXPRESSED_RULES = /* @__PURE__ */ deepFreeze([
  {
    code: "duplicate-neighbourhood-name",
    path: ["neighbourhoods"],
    description:
      "Checked by lac validate, not by this JSON Schema: no two neighbourhoods may have names that give the same file name (the same letters and digits, whatever the case, spaces, punctuation or accents).",
  },
  {
    code: "duplicate-leadership-member",
    path: ["leadershipGroup", "members"],
    description:
      "Checked by lac validate, not by this JSON Schema: no two members may have organisation names that give the same file name (the same letters and digits, whatever the case, spaces, punctuation or accents).",
  },
  {
    code: "duplicate-partner-organisation",
    path: ["partners"],
    description:
      "Checked by lac validate, not by this JSON Schema: no two partners may have organisation names that give the same file name (the same letters and digits, whatever the case, spaces, punctuation or accents).",
  },
] as const);

/** The lists whose values may not repeat (`uniqueValues` in the zod schema). */
const UNIQUE_VALUE_LISTS = [
  ["output", "languages"],
  ["output", "formats"],
] as const;

/** A domain name as zod's `z.regexes.domain`, within a longer pattern: at most 253 characters. */
const DOMAIN = String.raw`(?=[^\s/?#:@]{1,253}(?:[/?#:]|\s*$))(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}`;

/** A web address as `httpsUrlSchema` accepts it: https (any case), a full domain name, then anything. */
const HTTPS_URL_PATTERN = String.raw`^\s*[Hh][Tt][Tt][Pp][Ss]://(?:[^\s/?#@]*@)?${DOMAIN}(?::[0-9]*)?(?:[/?#].*)?\s*$`;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function childAt(node: Node, path: readonly string[]): Node | undefined {
  let current: unknown = node;
  for (const key of path) {
    if (!isNode(current)) return undefined;
    const properties: unknown = current.properties;
    if (!isNode(properties)) return undefined;
    current = properties[key];
  }
  if (!isNode(current)) return undefined;
  return isNode(current.items) && current.type !== "array" ? current : current;
}

/**
 * A string rule of the zod schema as JSON Schema says it. zod trims text before checking it, which
 * JSON Schema cannot do, so every pattern allows white space around the value; a one-line text must
 * hold something other than white space; and the formats that zod checks more strictly than
 * JSON Schema's `format` (email, date, https web address) become the patterns zod uses.
 */
function stringRule(node: Node): void {
  if (node.type !== "string") return;
  if (node.format === "uri") {
    node.pattern = HTTPS_URL_PATTERN;
    delete node.format;
    return;
  }
  if (typeof node.pattern !== "string") return;
  const pattern = node.pattern;
  const optionalText = /^\^\\s\*\(\?:([\s\S]*)\)\?\\s\*\$$/.exec(pattern);
  if (optionalText) {
    // The one-line text pattern: white space, then optionally the text, then white space. zod
    // refuses text that is empty once trimmed, so the text is not optional here.
    node.pattern = String.raw`^\s*${optionalText[1]}\s*$`;
  } else if (pattern.startsWith("^") && pattern.endsWith("$") && !pattern.startsWith(String.raw`^\s*`)) {
    node.pattern = String.raw`^\s*(?:${pattern.slice(1, -1)})\s*$`;
  }
  if (node.format === "email" || node.format === "date") delete node.format;
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (!isNode(node)) return;
  visit(node);
  for (const value of Object.values(node)) walk(value, visit);
}

/** An object schema (ajv's strict mode wants the type beside `properties` and `required`). */
function object(properties: Record<string, Node>, required?: string[]): Node {
  return { type: "object", properties, ...(required ? { required } : {}) };
}

/** `{ council: { nation: <nation> } }`, as an `if`. */
function nationIs(nation: string): Node {
  return object({ council: object({ nation: { type: "string", const: nation } }, ["nation"]) }, ["council"]);
}

/** The GSS code pattern of a nation's councils (white space around allowed, as lac trims). */
function gssCodeOf(nation: string): Node {
  const prefixes = GSS_COUNCIL_PREFIXES.filter((entry) => entry.nation === nation).map(
    (entry) => entry.prefix,
  );
  return { type: "string", pattern: String.raw`^\s*(?:${prefixes.join("|")})` };
}

/** The rules between sections that depend on the nation, as `if`/`then`. */
function nationRules(): Node[] {
  return [
    {
      if: nationIs("england"),
      then: object({
        council: object({ gssCode: gssCodeOf("england") }),
        dataProtection: object({ waspi: false as unknown as Node }),
        output: object({ languages: { type: "array", items: { type: "string", not: { const: "cy" } } } }),
      }),
    },
    {
      if: nationIs("wales"),
      then: object({
        council: object({ gssCode: gssCodeOf("wales") }),
        dataProtection: object({ waspi: { type: "object" } }, ["waspi"]),
      }),
    },
  ];
}

/**
 * The JSON Schema (draft-07) of `lac.config.yaml`, for editors: it describes every key, gives the
 * defaults, marks unknown keys as not allowed (`additionalProperties: false`) and says every rule of
 * a single value that `lac validate` checks (patterns, allowing the white space lac trims; lists
 * without repeats). The rules that depend on the nation (GSS code, WASPI, Welsh-language output) are
 * `if`/`then` at the root. Uniqueness of names across a list cannot be said in JSON Schema: the
 * lists' descriptions say it ({@link JSON_SCHEMA_UNEXPRESSED_RULES}).
 *
 * It uses only keywords that mean the same in draft-07 and draft 2020-12, so a 2020-12 validator
 * compiles it too (without its `$schema`). The package also ships it as
 * `@lac/council/lac.config.schema.json`.
 */
export function councilConfigJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(councilConfigSchema, {
    io: "input",
    target: "draft-7",
    unrepresentable: "any",
  }) as Node;
  walk(schema, stringRule);
  for (const path of UNIQUE_VALUE_LISTS) {
    const list = childAt(schema, path);
    if (list) list.uniqueItems = true;
  }
  for (const rule of JSON_SCHEMA_UNEXPRESSED_RULES) {
    const list = childAt(schema, rule.path);
    if (list)
      list.description = `${typeof list.description === "string" ? `${list.description} ` : ""}${rule.description}`;
  }
  schema.allOf = [...(Array.isArray(schema.allOf) ? (schema.allOf as Node[]) : []), ...nationRules()];
  return schema as JsonSchema;
}
