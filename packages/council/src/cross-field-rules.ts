import type * as z from "zod";
import type { ConfigPath } from "./config-problem.js";
import { oneOf } from "./describe-value.js";
import { describeGssPrefix, GSS_COUNCIL_PREFIXES, gssPrefixOf } from "./gss-code.js";
import { WASPI_SOURCE } from "./lac-sources.js";
import type { Nation } from "./nation.js";
import { ruleIssue, type IssueSink } from "./rule-issue.js";

/** True when one path is the start of the other (or they are equal). */
function overlaps(a: readonly PropertyKey[], b: ConfigPath): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * A `when` for a root rule: run it even when other parts of the configuration have problems,
 * but only when the values it reads are valid. (An unknown key does not make a value invalid.)
 */
export function onlyWhenValid(...reads: ConfigPath[]) {
  return (payload: z.core.ParsePayload): boolean =>
    payload.issues.every(
      (issue) =>
        issue.code === "unrecognized_keys" || !reads.some((read) => overlaps(issue.path ?? [], read)),
    );
}

interface NationAndGssCode {
  readonly council: { readonly nation: Nation; readonly gssCode: string };
}

/** The GSS code's entity prefix must belong to the council's nation: E… for England, W06 for Wales. */
export function checkGssCodeMatchesNation(config: NationAndGssCode, ctx: IssueSink): void {
  const { nation, gssCode } = config.council;
  const prefix = gssPrefixOf(gssCode);
  if (prefix === undefined || prefix.nation === nation) return;
  const expected = oneOf(
    GSS_COUNCIL_PREFIXES.filter((entry) => entry.nation === nation).map(describeGssPrefix),
  );
  const codeNation = prefix.nation === "england" ? "an English council" : "a Welsh council";
  ctx.addIssue(
    ruleIssue(
      "gss-code-nation-mismatch",
      `${describeGssPrefix(prefix)} is the code of ${codeNation}, but council.nation is "${nation}". The GSS code of a council in ${nation === "england" ? "England" : "Wales"} starts with ${expected}. Correct council.gssCode or council.nation.`,
      ["council", "gssCode"],
    ),
  );
}

interface NationAndWaspi {
  readonly council: { readonly nation: Nation };
  readonly dataProtection: { readonly waspi?: unknown };
}

/** WASPI is required for Welsh councils and not allowed for English ones. */
export function checkWaspiForNation(config: NationAndWaspi, ctx: IssueSink): void {
  const { nation } = config.council;
  const hasWaspi = config.dataProtection.waspi !== undefined;
  if (nation === "wales" && !hasWaspi) {
    ctx.addIssue(
      ruleIssue(
        "waspi-missing",
        "Welsh councils share personal information under WASPI, the Wales Accord on the Sharing of Personal Information. Add dataProtection.waspi with participant (true or false) and, if you have one, the designated person's role and work email.",
        ["dataProtection", "waspi"],
        `WASPI framework: ${WASPI_SOURCE}`,
      ),
    );
  }
  if (nation === "england" && hasWaspi) {
    ctx.addIssue(
      ruleIssue(
        "waspi-outside-wales",
        'WASPI is the Wales Accord on the Sharing of Personal Information; it applies to Welsh councils only. Remove dataProtection.waspi, because council.nation is "england".',
        ["dataProtection", "waspi"],
      ),
    );
  }
}

interface NationAndLanguages {
  readonly council: { readonly nation: Nation };
  readonly output: { readonly languages: readonly string[] };
}

/** Welsh-language output ("cy") is reserved for Welsh councils. */
export function checkWelshOutputForNation(config: NationAndLanguages, ctx: IssueSink): void {
  if (config.council.nation === "wales") return;
  config.output.languages.forEach((language, index) => {
    if (language !== "cy") return;
    ctx.addIssue(
      ruleIssue(
        "welsh-output-outside-wales",
        'Welsh-language output ("cy") is reserved for Welsh councils, and council.nation is "england". Remove "cy" from output.languages.',
        ["output", "languages", index],
      ),
    );
  });
}

interface GssCodeAndCondition {
  readonly council: { readonly gssCode: string };
  readonly dataProtection: { readonly specialCategoryCondition: string };
}

/** A district council has no social care functions, so it cannot rely on health or social care (Art 9(2)(h)). */
export function checkCouncilSpecialCategoryCondition(config: GssCodeAndCondition, ctx: IssueSink): void {
  if (config.dataProtection.specialCategoryCondition !== "health-or-social-care") return;
  if (gssPrefixOf(config.council.gssCode)?.councilType !== "district") return;
  ctx.addIssue(
    ruleIssue(
      "special-category-condition-without-social-care",
      'A district council (GSS code E07…) has no adult social care functions: in a two-tier area they are the county council\'s. It cannot rely on UK GDPR Art 9(2)(h) "health or social care" with DPA 2018 Schedule 1 paragraph 2. Use specialCategoryCondition: statutory-purposes.',
      ["dataProtection", "specialCategoryCondition"],
    ),
  );
}

interface WelshOnlyFields {
  readonly council: { readonly nation: Nation; readonly welshName?: string | undefined };
  readonly team: { readonly welshLanguage?: unknown };
}

/** The council's Welsh name and the Welsh Language Standards category of the posts are for Welsh councils only. */
export function checkWelshOnlyFieldsForNation(config: WelshOnlyFields, ctx: IssueSink): void {
  if (config.council.nation === "wales") return;
  if (config.council.welshName !== undefined) {
    ctx.addIssue(
      ruleIssue(
        "welsh-name-outside-wales",
        'council.welshName is for Welsh councils, and council.nation is "england". Remove council.welshName.',
        ["council", "welshName"],
      ),
    );
  }
  if (config.team.welshLanguage !== undefined) {
    ctx.addIssue(
      ruleIssue(
        "welsh-language-outside-wales",
        'team.welshLanguage is the Welsh Language Standards category of the posts, which applies to Welsh councils, and council.nation is "england". Remove team.welshLanguage.',
        ["team", "welshLanguage"],
      ),
    );
  }
}

interface ManagerAndLead {
  readonly programme: { readonly lead: { readonly role: string } };
  readonly team: { readonly manager: { readonly title: string; readonly reportsTo?: string | undefined } };
}

/** Whether two role titles are the same, ignoring case and spacing. */
export function sameTitle(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The manager cannot report to a role with their own title: give the reporting line explicitly. */
export function checkManagerReportingLine(config: ManagerAndLead, ctx: IssueSink): void {
  const { manager } = config.team;
  const reportsTo = manager.reportsTo ?? config.programme.lead.role;
  if (!sameTitle(manager.title, reportsTo)) return;
  const fromLead = manager.reportsTo === undefined;
  ctx.addIssue(
    ruleIssue(
      "manager-reports-to-own-title",
      fromLead
        ? `team.manager.title is "${manager.title}", the same as programme.lead.role, whom the manager reports to by default: a role cannot report to itself. Add team.manager.reportsTo with the role the manager reports to (for example the sponsor's role), or give the manager a different title.`
        : `team.manager.reportsTo is "${reportsTo}", the manager's own title: a role cannot report to itself. Give the role the manager reports to.`,
      fromLead ? ["team", "manager", "title"] : ["team", "manager", "reportsTo"],
    ),
  );
}
