import { requireText } from "./argument-checks.js";
import type { Nation } from "./nation.js";
import { deepFreeze } from "./deep-freeze.js";

/** The kinds of council a GSS code can name. */
export const COUNCIL_TYPES = /* @__PURE__ */ deepFreeze([
  "unitary",
  "district",
  "metropolitan-district",
  "london-borough",
  "county",
  "welsh-principal-council",
] as const);

export type CouncilType = (typeof COUNCIL_TYPES)[number];

/** What the council is called in running text, for example "The programme is led by the county council". */
export const councilTypeLabels: Readonly<Record<CouncilType, string>> = /* @__PURE__ */ deepFreeze({
  unitary: "unitary council",
  district: "district council",
  "metropolitan-district": "metropolitan district council",
  "london-borough": "London borough council",
  county: "county council",
  "welsh-principal-council": "Welsh principal council",
});

export interface GssCouncilPrefix {
  readonly prefix: string;
  /** What the ONS entity code stands for. */
  readonly meaning: string;
  readonly councilType: CouncilType;
  readonly nation: Nation;
}

/** The GSS entity codes (first three characters) of the councils this toolkit serves. */
export const GSS_COUNCIL_PREFIXES: readonly GssCouncilPrefix[] = /* @__PURE__ */ deepFreeze([
  { prefix: "E06", meaning: "unitary authority", councilType: "unitary", nation: "england" },
  { prefix: "E07", meaning: "non-metropolitan district", councilType: "district", nation: "england" },
  {
    prefix: "E08",
    meaning: "metropolitan district",
    councilType: "metropolitan-district",
    nation: "england",
  },
  { prefix: "E09", meaning: "London borough", councilType: "london-borough", nation: "england" },
  { prefix: "E10", meaning: "county", councilType: "county", nation: "england" },
  {
    prefix: "W06",
    meaning: "Welsh principal council",
    councilType: "welsh-principal-council",
    nation: "wales",
  },
]);

/** A GSS code of a council: one of the council prefixes, then 6 digits. */
export const GSS_CODE_PATTERN = new RegExp(
  `^(?:${GSS_COUNCIL_PREFIXES.map((entry) => entry.prefix).join("|")})[0-9]{6}$`,
);

/** The council prefix entry of a code (`undefined` when the code does not start with one). */
export function gssPrefixOf(gssCode: string): GssCouncilPrefix | undefined {
  requireText(gssCode, "gssPrefixOf");
  return GSS_COUNCIL_PREFIXES.find((entry) => gssCode.startsWith(entry.prefix));
}

/** "E06 (unitary authority)". */
export function describeGssPrefix(entry: GssCouncilPrefix): string {
  return `${entry.prefix} (${entry.meaning})`;
}

/**
 * The kind of council a GSS code names, from its entity prefix:
 * E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county, W06 Welsh principal council.
 * `undefined` when the code is not a council's code.
 */
export function councilTypeOf(gssCode: string): CouncilType | undefined {
  requireText(gssCode, "councilTypeOf");
  const code = gssCode.trim();
  if (!GSS_CODE_PATTERN.test(code)) return undefined;
  return gssPrefixOf(code)?.councilType;
}
