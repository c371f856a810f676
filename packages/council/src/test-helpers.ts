// Helpers for the tests only (not exported by the package): the shipped examples, and small edits of them.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseDocument } from "yaml";
import type { CouncilConfig } from "./council-config-schema.js";
import { CONTRACT_TYPES, DBS_CHECK_LEVELS, WELSH_LANGUAGE_CATEGORIES } from "./council-config-schema.js";
import type { Nation } from "./nation.js";
import { COUNCIL_TIERS, PARTNER_KINDS } from "./partner-kind.js";
import { PARTNER_SECTORS } from "./partner-sector.js";
import { parseCouncilConfig } from "./parse-council-config.js";
import { slugify } from "./slugify.js";

export const EXAMPLE_NAMES = [
  "brackenford",
  "cwm-teg",
  "wendleshire",
  "hollinbrook",
  "stanmoor",
  "kingsmere",
] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** The text of a shipped example, such as `examples/brackenford.lac.config.yaml`. */
export function exampleText(name: ExampleName): string {
  return readFileSync(new URL(`../examples/${name}.lac.config.yaml`, import.meta.url), "utf8");
}

/** Marks a key to remove in {@link patchYaml}. */
/** The result of parsing a configuration that must be valid: the test fails with its errors otherwise. */
export function parsedOk(text: string) {
  const result = parseCouncilConfig(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

export const REMOVE = Symbol("remove");

/** The YAML text with one value changed (or removed), through the yaml Document API, comments kept. */
export function patchYaml(text: string, path: readonly (string | number)[], value: unknown): string {
  const doc = parseDocument(text);
  if (value === REMOVE) doc.deleteIn(path);
  else doc.setIn(path, value);
  return doc.toString();
}

/** The 1-based line and column where `needle` first occurs in the text (after `after`, when given). */
export function positionOf(text: string, needle: string, after?: string): { line: number; column: number } {
  const start = after === undefined ? 0 : text.indexOf(after);
  if (start < 0) throw new Error(`"${after ?? ""}" is not in the text`);
  const offset = text.indexOf(needle, start);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}

// ── an arbitrary of valid configurations, for property tests ───────────────────────────────────

/** Texts that YAML could read as something else, or that need quoting, escaping or care. */
const AWKWARD_TEXTS = [
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "true",
  "False",
  "null",
  "Null",
  "~",
  "123",
  "0123",
  "-1",
  "+1",
  "1_000",
  "0o17",
  "0x1F",
  "1e3",
  ".inf",
  "-.inf",
  ".nan",
  "2024-01-01",
  "2024-01-01T10:00:00Z",
  "12:30",
  "1:20:30",
  "#x",
  "x #y",
  "a: b",
  "a:b",
  "- x",
  "-",
  "? x",
  "*x",
  "&x",
  "!x",
  "!!str x",
  "%x",
  "@x",
  "`x",
  "|x",
  ">x",
  "[x]",
  "{x}",
  "x, y",
  "'single'",
  '"double"',
  "don't",
  'it\'s "quoted"',
  "back\\slash",
  "--- x",
  "---",
  "...",
  "x:",
  "<<",
  "Tŷ Gwyn",
  "Ynys Môn",
  "Pen-y-Bryn",
  "北区",
  "😀 emoji",
  "trailing\\",
  "\u00e9t\u00e9",
  "zero\u200bwidth",
  "non\u00a0breaking",
] as const;

/** Texts that are not on one line: text fields refuse them. */
export const MULTI_LINE_TEXTS = [
  "line one\nline two",
  "windows\r\nline",
  "tab\there",
  "x\u2028y",
  "x\u2029y",
  "bell\u0007",
  "nul\u0000",
  "delete\u007f",
  "escape\u001b[31m",
  "next line\u0085",
  "C1 control\u009b31m",
] as const;

/**
 * True when the text holds a control character (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029) or
 * a lone surrogate: what the schema refuses in text.
 */
export function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      code <= 0x1f ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0xd800 && code <= 0xdfff)
    );
  });
}

/** Non-empty text with no surrounding white space (the schema trims), including awkward ones. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...AWKWARD_TEXTS),
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength: 24 })
    .map((text) => text.trim())
    .filter((text) => text.length > 0 && !hasControlCharacter(text)),
);

/**
 * A host name label. Not one that starts "xn--": that prefix announces Punycode, and whether a label
 * such as "xn--a", which does not decode, makes a valid address is up to the platform's URL parser,
 * which zod's url check uses: Node.js 20 and 22 refuse it, Node.js 24 accepts it.
 */
const label = fc
  .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
  .filter((text) => !text.startsWith("xn--"));
const domain = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.constantFrom("example", "example.gov.uk", "example.org"),
  )
  .map(([labels, suffix]) => [...labels, suffix].join("."));
const emailArbitrary = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}(?:[._+-][a-z0-9]{1,8}){0,2}$/), domain)
  .map(([local, host]) => `${local}@${host}`);
const urlArbitrary = fc
  .tuple(
    domain,
    fc.constantFrom("", "/", "/privacy", "/privacy/local-area-coordination", "/a/b?x=1&y=2", "/t%C5%B7"),
  )
  .map(([host, path]) => `https://${host}${path}`);
const dateArbitrary = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const digits = (count: number) => fc.stringMatching(new RegExp(`^[0-9]{${count}}$`));
const roleContact = fc.record({ role: textArbitrary, email: emailArbitrary });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const sector = fc.constantFrom(...PARTNER_SECTORS);

/** Any valid configuration (after parsing: every default filled in). */
export const validConfigArbitrary: fc.Arbitrary<CouncilConfig> = fc
  .constantFrom<Nation>("england", "wales")
  .chain((nation) =>
    fc.record({
      council: fc.record({
        name: textArbitrary,
        shortName: textArbitrary,
        nation: fc.constant(nation),
        gssCode: fc
          .tuple(
            nation === "wales" ? fc.constant("W06") : fc.constantFrom("E06", "E07", "E08", "E09", "E10"),
            digits(6),
          )
          .map(([prefix, rest]) => prefix + rest),
        population: fc.integer({ min: 1, max: 100_000_000 }),
        website: urlArbitrary,
        ...(nation === "wales" ? { welshName: optional(textArbitrary) } : {}),
      }),
      programme: fc.record({
        name: textArbitrary,
        startDate: dateArbitrary,
        sponsor: roleContact,
        lead: roleContact,
        communityCatalystsSupport: fc.record(
          {
            days: fc.integer({ min: 1, max: 365 }),
            months: fc.integer({ min: 1, max: 60 }),
            startDate: dateArbitrary,
          },
          { requiredKeys: ["days", "months"] },
        ),
        budget: optional(
          fc.record(
            {
              amount: fc.oneof(
                fc.integer({ min: 1, max: 100_000_000_000 }).map((pence) => pence / 100),
                fc.double({ min: 0.01, max: 1e12, noNaN: true, noDefaultInfinity: true }),
              ),
              period: textArbitrary,
              notes: textArbitrary,
            },
            { requiredKeys: ["amount", "period"] },
          ),
        ),
        waves: fc.record({
          neighbourhoodsPerWave: fc.integer({ min: 1, max: 20 }),
          monthsApart: fc.integer({ min: 1, max: 24 }),
        }),
      }),
      neighbourhoods: fc.uniqueArray(
        fc.record({
          name: textArbitrary,
          population: fc.integer({ min: 1, max: 1_000_000 }),
          places: fc.array(textArbitrary, { minLength: 1, maxLength: 3 }),
          coordinators: fc.oneof(
            fc.integer({ min: 1, max: 20 }),
            fc.integer({ min: 1, max: 2000 }).map((hundredths) => hundredths / 100),
          ),
          rural: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4, selector: (neighbourhood) => slugify(neighbourhood.name) },
      ),
      team: fc.record(
        {
          coordinatorGrade: textArbitrary,
          hoursPerWeek: fc.integer({ min: 1, max: 48 }),
          contract: fc.constantFrom(...CONTRACT_TYPES),
          dbsCheck: fc.constantFrom(...DBS_CHECK_LEVELS),
          ...(nation === "wales"
            ? {
                welshLanguage: fc.record({
                  coordinator: fc.constantFrom(...WELSH_LANGUAGE_CATEGORIES),
                  manager: fc.constantFrom(...WELSH_LANGUAGE_CATEGORIES),
                  assessment: textArbitrary,
                }),
              }
            : {}),
          manager: fc.record(
            {
              title: textArbitrary,
              span: fc.integer({ min: 1, max: 200 }),
              count: fc.integer({ min: 1, max: 20 }),
              reportsTo: textArbitrary,
              grade: textArbitrary,
            },
            { requiredKeys: ["title", "span"] },
          ),
        },
        { requiredKeys: ["manager", "contract", "dbsCheck"] },
      ),
      leadershipGroup: fc.record({
        members: fc.uniqueArray(fc.record({ organisation: textArbitrary, sector }), {
          minLength: 1,
          maxLength: 4,
          selector: (member) => slugify(member.organisation),
        }),
      }),
      partners: fc.uniqueArray(
        fc.constantFrom(...PARTNER_KINDS).chain((kind) =>
          fc.record({
            organisation: textArbitrary,
            kind: fc.constant(kind),
            ...(kind === "council" ? { councilTier: fc.constantFrom(...COUNCIL_TIERS) } : {}),
            ...(kind === "education" ? { publicAuthority: fc.boolean() } : {}),
            icoRegistrationNumber: fc.stringMatching(/^Z[A-Z0-9][0-9]{6}$/),
            shares: fc.array(textArbitrary, { minLength: 1, maxLength: 3 }),
            receives: fc.array(textArbitrary, { maxLength: 3 }),
            anonymised: fc.constant([] as ("shares" | "receives")[]),
          }),
        ),
        { maxLength: 4, selector: (partner) => slugify(partner.organisation) },
      ),
      dataProtection: fc.record(
        {
          controller: textArbitrary,
          icoRegistrationNumber: fc.stringMatching(/^Z[A-Z0-9][0-9]{6}$/),
          dataProtectionOfficer: fc.record(
            { role: textArbitrary, email: emailArbitrary },
            { requiredKeys: ["email"] },
          ),
          caldicottGuardian: roleContact,
          retention: fc.record(
            { years: fc.integer({ min: 1, max: 100 }), from: textArbitrary, fromCy: textArbitrary },
            { requiredKeys: ["years", "from"] },
          ),
          specialCategoryCondition: fc.constant("statutory-purposes" as const),
          smallNumberThreshold: fc.integer({ min: 2, max: 100 }),
          ...(nation === "wales"
            ? {
                waspi: fc.record(
                  {
                    participant: fc.boolean(),
                    designatedPerson: roleContact,
                    oneWayPartners: fc.constantFrom("protocol" as const, "disclosure-agreements" as const),
                  },
                  { requiredKeys: ["participant", "oneWayPartners"] },
                ),
              }
            : {}),
          privacyNoticeUrl: urlArbitrary,
          privacyNoticeUrlCy: urlArbitrary,
          sharingAgreement: fc.constantFrom("per-partner" as const, "multi-party" as const),
        },
        {
          requiredKeys: [
            "controller",
            "dataProtectionOfficer",
            "retention",
            "privacyNoticeUrl",
            "sharingAgreement",
            "specialCategoryCondition",
            "smallNumberThreshold",
            ...(nation === "wales" ? ["waspi" as const] : []),
          ],
        },
      ),
      evaluation: optional(
        fc.record({ approach: textArbitrary, partner: textArbitrary }, { requiredKeys: ["approach"] }),
      ),
      output: fc.record({
        languages:
          nation === "wales"
            ? fc.subarray<"en" | "cy">(["en", "cy"], { minLength: 1 })
            : fc.constant<("en" | "cy")[]>(["en"]),
        bilingualLayout: fc.constantFrom(
          "separate" as const,
          "welsh-first" as const,
          "side-by-side" as const,
        ),
        welshAlso: fc.subarray(["dpia", "implementation-plan"]),
        formats: fc
          .subarray<"docx" | "html">(["docx", "html"])
          .map((derived): ("markdown" | "docx" | "html")[] => ["markdown", ...derived]),
        style: fc.record(
          {
            font: fc.constantFrom("Arial", "Noto Sans", "Liberation-Serif 2"),
            headingColour: fc.constantFrom("#1f4e79", "#000000", "#7a1f3d"),
            logo: fc.constantFrom("logo.png", "branding/council logo.jpg"),
          },
          { requiredKeys: ["font", "headingColour"] },
        ),
      }),
      documents: fc.record({
        dpia: fc.boolean(),
        privacyNotice: fc.boolean(),
        easyReadPrivacyNotice: fc.boolean(),
        agreementForm: fc.boolean(),
      }),
    }),
  )
  // A manager cannot report to their own title (checkManagerReportingLine).
  .filter((config) => {
    const key = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
    const reportsTo = config.team.manager.reportsTo ?? config.programme.lead.role;
    return key(reportsTo) !== key(config.team.manager.title);
  });
