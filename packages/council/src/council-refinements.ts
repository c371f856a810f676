import { contrastWithWhite, HEX_COLOUR } from "./colour-contrast.js";
import {
  checkCouncilSpecialCategoryCondition,
  checkGssCodeMatchesNation,
  checkManagerReportingLine,
  checkWaspiForNation,
  checkWelshOnlyFieldsForNation,
  checkWelshOutputForNation,
} from "./cross-field-rules.js";
import { checkPartner } from "./partner-rules.js";
import type { IssueSink } from "./rule-issue.js";
import { templatesFolderProblem } from "./templates-folder-problem.js";
import { uniqueNames, uniqueValues } from "./unique-names.js";
import { deepFreeze } from "./deep-freeze.js";

/**
 * Every refinement of the configuration schema (the rules zod cannot say by types, lengths and
 * patterns), by name. The zod schema uses these very functions, and so does the quick validator
 * (quick-validate.ts), which finds them by the names that the generated plan of the schema
 * (council-config-plan.generated.ts) gives: a refinement that is not listed here cannot be put in
 * the plan, so the plan's generator refuses the schema.
 */

/** A UTF-16 surrogate without its other half: not a character, so not text. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `.refine` predicates: true when the value passes. */
export const COUNCIL_PREDICATES = /* @__PURE__ */ deepFreeze({
  validUnicode: (text: string): boolean => !LONE_SURROGATE.test(text),
  /** At most two decimal places (allowing for binary rounding). */
  atMostTwoDecimals: (value: number): boolean => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9,
  readableOnWhite: (colour: string): boolean => !HEX_COLOUR.test(colour) || contrastWithWhite(colour) >= 4.5,
  includesMarkdown: (formats: readonly string[]): boolean => formats.includes("markdown"),
} as const);

/** `.superRefine` rules: they report what they find to the sink (zod's refinement context). */
export const COUNCIL_RULES = {
  templatesFolder: (path: string, ctx: IssueSink): void => {
    const problem = templatesFolderProblem(path);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  },
  uniqueNeighbourhoods: uniqueNames(
    "name",
    "duplicate-neighbourhood-name",
    "neighbourhood",
    "neighbourhoods",
  ),
  uniqueLeadershipMembers: uniqueNames(
    "organisation",
    "duplicate-leadership-member",
    "member organisation",
    "leadershipGroup.members",
  ),
  uniquePartners: uniqueNames(
    "organisation",
    "duplicate-partner-organisation",
    "partner organisation",
    "partners",
  ),
  uniqueAnonymisedDirections: uniqueValues("duplicate-anonymised-direction", "direction", "anonymised"),
  uniqueLanguages: uniqueValues("duplicate-language", "language", "output.languages"),
  uniqueWelshAlso: uniqueValues("duplicate-welsh-document", "document", "output.welshAlso"),
  uniqueFormats: uniqueValues("duplicate-format", "format", "output.formats"),
  partner: checkPartner,
  gssCodeMatchesNation: checkGssCodeMatchesNation,
  waspiForNation: checkWaspiForNation,
  councilSpecialCategoryCondition: checkCouncilSpecialCategoryCondition,
  welshOutputForNation: checkWelshOutputForNation,
  welshOnlyFieldsForNation: checkWelshOnlyFieldsForNation,
  managerReportingLine: checkManagerReportingLine,
} as const;

export type CouncilPredicateName = keyof typeof COUNCIL_PREDICATES;
export type CouncilRuleName = keyof typeof COUNCIL_RULES;
