import * as z from "zod";
import {
  ARTICLE_6_BASES,
  ARTICLE_9_CONDITIONS,
  article6BasisSchema,
  article9ConditionSchema,
  describeSchedule1Condition,
  type Article9Condition,
  findSchedule1Condition,
  recognisedLegitimateInterestSchema,
  schedule1ConditionSchema,
} from "./lawful-basis-terms.js";
import {
  INFORMATION_CATEGORIES,
  informationCategoryIdSchema,
  isSpecialCategory,
  type InformationCategoryId,
} from "./information-categories.js";
import { purposeIdSchema } from "./purposes.js";
import { documentRefSchema } from "./record-id.js";
import { joinPath, problemsFromZod, type Problem } from "./problem.js";

/**
 * The legal conditions an organisation relies on to process the information, kept apart from the person's
 * agreement: an Art 6(1) basis, the recognised legitimate interest condition when the basis is 6(1)(ea),
 * an Art 9(2) condition for special category data, and a DPA 2018 Schedule 1 condition where one is needed.
 */
export const legalConditionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    article6: article6BasisSchema,
    recognisedLegitimateInterest: recognisedLegitimateInterestSchema.optional(),
    article9: article9ConditionSchema.optional(),
    schedule1: schedule1ConditionSchema.optional(),
  }))();

export type LegalCondition = z.infer<typeof legalConditionSchema>;

/**
 * The lawful basis of one partner's processing for some purposes and categories of information,
 * as it would be written in a data sharing agreement.
 */
export const lawfulBasisSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    organisation: z
      .string()
      .trim()
      .min(1, { message: "Name the organisation whose processing this lawful basis covers." })
      .max(120),
    purposes: z.array(purposeIdSchema).min(1, { message: "List at least one purpose." }),
    categories: z
      .array(informationCategoryIdSchema)
      .min(1, { message: "List at least one information category." }),
    condition: legalConditionSchema,
    /** For a public authority: the express or implied statutory power relied on (ICO audit toolkit). */
    statutoryPower: z.string().trim().min(1).max(200).optional(),
    /** A reference to the appropriate policy document, where the Schedule 1 condition needs one. */
    appropriatePolicyDocumentRef: documentRefSchema.optional(),
  }))();

export type LawfulBasis = z.infer<typeof lawfulBasisSchema>;

/** What `checkLawfulBasis` needs to know about the partner. */
export const partnerStatusSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    publicAuthority: z.boolean(),
    processingForOwnTasks: z.boolean(),
  }))();

export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

/** Errors make the basis unusable; warnings should be read and resolved, but do not block. */
export interface LegalConditionFindings {
  readonly errors: Problem[];
  readonly warnings: Problem[];
}

export type LawfulBasisCheck =
  | { readonly ok: true; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

type NeedsSchedule1 = "b" | "g" | "h" | "i" | "j";

function needsSchedule1(letter: Article9Condition): letter is NeedsSchedule1 {
  return ARTICLE_9_CONDITIONS[letter].needsSchedule1;
}

function schedule1Hint(letter: NeedsSchedule1): string {
  switch (letter) {
    case "b":
      return "Part 1 para 1 (employment, social security and social protection)";
    case "h":
      return "Part 1 para 2 (health or social care purposes)";
    case "i":
      return "Part 1 para 3 (check its wording on legislation.gov.uk)";
    case "j":
      return "Part 1 para 4 (check its wording on legislation.gov.uk)";
    case "g":
      return "a Part 2 condition, such as para 18 (safeguarding of children and of individuals at risk)";
  }
}

/**
 * Checks that the legal conditions fit together and fit the categories of information.
 * It does not know who the organisation is: {@link checkLawfulBasis} adds the checks that depend on that.
 */
export function checkLegalCondition(
  condition: LegalCondition,
  categories: readonly InformationCategoryId[],
  prefix = "",
): LegalConditionFindings {
  const parsedCondition = legalConditionSchema.safeParse(condition);
  const parsedCategories = z.array(informationCategoryIdSchema).safeParse(categories);
  if (!parsedCondition.success || !parsedCategories.success) {
    return {
      errors: [
        ...(parsedCondition.success
          ? []
          : problemsFromZod(parsedCondition.error, joinPath(prefix, "condition"))),
        ...(parsedCategories.success
          ? []
          : problemsFromZod(parsedCategories.error, joinPath(prefix, "categories"))),
      ],
      warnings: [],
    };
  }
  return checkParsedCondition(parsedCondition.data, parsedCategories.data, prefix);
}

function checkParsedCondition(
  condition: LegalCondition,
  categories: readonly InformationCategoryId[],
  prefix: string,
): LegalConditionFindings {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (field: string) => joinPath(prefix, field);

  if (condition.article6 === "ea" && condition.recognisedLegitimateInterest === undefined) {
    errors.push({
      code: "recognised-legitimate-interest-missing",
      path: at("recognisedLegitimateInterest"),
      message:
        "Art 6(1)(ea) recognised legitimate interest needs one of the five conditions in UK GDPR Annex 1: disclosure-for-public-task, national-security-public-security-defence, emergencies, crime or safeguarding-vulnerable-individuals.",
    });
  }
  if (condition.article6 !== "ea" && condition.recognisedLegitimateInterest !== undefined) {
    errors.push({
      code: "recognised-legitimate-interest-without-ea",
      path: at("recognisedLegitimateInterest"),
      message: `A recognised legitimate interest condition only goes with Art 6(1)(ea), but the basis is 6(1)(${condition.article6}) "${ARTICLE_6_BASES[condition.article6].name}". Remove it, or use 6(1)(ea).`,
    });
  }

  const special = categories.filter((id) => isSpecialCategory(id));
  const criminal = categories.includes("criminal-offence");
  const specialLabels = special.map((id) => INFORMATION_CATEGORIES[id].label.toLowerCase()).join(", ");

  if (special.length > 0 && condition.article9 === undefined) {
    errors.push({
      code: "article-9-condition-missing",
      path: at("article9"),
      message: `Special category data (${specialLabels}) needs an Art 9(2) condition as well as an Art 6 basis (UK GDPR Art 9). Choose one of 9(2)(a) to (j).`,
    });
  }
  if (special.length === 0 && condition.article9 !== undefined) {
    warnings.push({
      code: "article-9-condition-not-needed",
      path: at("article9"),
      message: `An Art 9(2) condition is given, but no special category data is listed. Add the special categories it covers, or remove 9(2)(${condition.article9}).`,
    });
  }

  const { article9, schedule1 } = condition;
  if (article9 !== undefined) {
    const info = ARTICLE_9_CONDITIONS[article9];
    if (needsSchedule1(article9)) {
      if (schedule1 === undefined) {
        errors.push({
          code: "schedule-1-condition-missing",
          path: at("schedule1"),
          message: `9(2)(${article9}) "${info.name}" needs a DPA 2018 Schedule 1 condition (DPA 2018 s.10): ${schedule1Hint(article9)}.`,
        });
      } else if (
        (article9 === "b" && !(schedule1.part === 1 && schedule1.paragraph === 1)) ||
        (article9 === "h" && !(schedule1.part === 1 && schedule1.paragraph === 2)) ||
        (article9 === "i" && !(schedule1.part === 1 && schedule1.paragraph === 3)) ||
        (article9 === "j" && !(schedule1.part === 1 && schedule1.paragraph === 4))
      ) {
        errors.push({
          code: "schedule-1-condition-mismatch",
          path: at("schedule1"),
          message: `9(2)(${article9}) needs DPA 2018 Sch 1 ${schedule1Hint(article9)}, not ${describeSchedule1Condition(schedule1)}.`,
        });
      } else if (article9 === "g" && schedule1.part !== 2) {
        errors.push({
          code: "schedule-1-condition-mismatch",
          path: at("schedule1"),
          message: `9(2)(g) "substantial public interest" needs ${schedule1Hint("g")}, not ${describeSchedule1Condition(schedule1)}.`,
        });
      }
    }
    if (article9 === "a") {
      warnings.push({
        code: "explicit-consent-requirements",
        path: at("article9"),
        message:
          "9(2)(a) explicit consent must be a clear statement (spoken or written), must name the type of special category data, and must be separate from other consents (ICO).",
      });
    }
  }

  if (criminal && schedule1 === undefined) {
    errors.push({
      code: "criminal-offence-condition-missing",
      path: at("schedule1"),
      message:
        "Criminal offence data (UK GDPR Art 10) needs a DPA 2018 Schedule 1 condition: record it with the Art 6 basis (ICO audit toolkit).",
    });
  }
  if (schedule1 !== undefined && schedule1.part === 2 && schedule1.paragraph === 5) {
    errors.push({
      code: "schedule-1-not-a-condition",
      path: at("schedule1"),
      message:
        "DPA 2018 Sch 1 Part 2 para 5 is the rule that Part 2 conditions need an appropriate policy document, not a condition of its own. Name the Part 2 condition you rely on, such as para 18 (safeguarding of children and of individuals at risk).",
    });
  }
  if (schedule1 !== undefined && schedule1.part === 2 && schedule1.paragraph === 19) {
    const notHealth = special.filter((id) => id !== "health");
    if (notHealth.length > 0) {
      errors.push({
        code: "schedule-1-para-19-health-only",
        path: at("schedule1"),
        message: `DPA 2018 Sch 1 Part 2 para 19 (economic well-being of individuals at risk) only covers data concerning health, not ${notHealth.map((id) => INFORMATION_CATEGORIES[id].label.toLowerCase()).join(", ")}. Rely on another condition for these, or leave them out.`,
      });
    }
  }
  if (schedule1 !== undefined) {
    const needed = criminal || (article9 !== undefined && needsSchedule1(article9));
    if (!needed) {
      warnings.push({
        code: "schedule-1-condition-not-needed",
        path: at("schedule1"),
        message: `${describeSchedule1Condition(schedule1)} is given, but it is only needed with Art 9(2)(b), (g), (h), (i) or (j) (DPA 2018 s.10) or for criminal offence data.`,
      });
    }
    if (findSchedule1Condition(schedule1) === undefined) {
      warnings.push({
        code: "schedule-1-condition-unknown",
        path: at("schedule1"),
        message: `${describeSchedule1Condition(schedule1)} is not in this package's list: check its wording, and whether it needs an appropriate policy document, on legislation.gov.uk.`,
      });
    }
  }
  return { errors, warnings };
}

/**
 * The checks that depend on who the organisation is, shared by {@link checkLawfulBasis} and recorded exceptions:
 * 6(1)(ea) and 6(1)(f) are not open to a public authority performing its tasks, and a Schedule 1 condition that
 * needs an appropriate policy document must name one (`SCHEDULE_1_CONDITIONS`: `required` is an error, `check`
 * a warning). Paths are `condition.article6` and `appropriatePolicyDocumentRef` under `prefix`.
 */
export function organisationFindings(
  condition: LegalCondition,
  status: PartnerStatus,
  appropriatePolicyDocumentRef: string | undefined,
  prefix: string,
): LegalConditionFindings {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const publicTask = status.publicAuthority && status.processingForOwnTasks;
  if (publicTask && (condition.article6 === "ea" || condition.article6 === "f")) {
    errors.push({
      code: "basis-not-available-to-public-authority",
      path: joinPath(prefix, "condition.article6"),
      message: `6(1)(${condition.article6}) "${ARTICLE_6_BASES[condition.article6].name}" is not available to a public authority performing its tasks: 6(1)(ea) and 6(1)(f) do not apply to them (UK GDPR Art 6(1) as amended by DUAA 2025 s.70); public task 6(1)(e) is likely to be appropriate.`,
    });
  }
  if (condition.schedule1 !== undefined && appropriatePolicyDocumentRef === undefined) {
    const known = findSchedule1Condition(condition.schedule1);
    if (known?.appropriatePolicyDocument === "required") {
      errors.push({
        code: "appropriate-policy-document-missing",
        path: joinPath(prefix, "appropriatePolicyDocumentRef"),
        message: `${describeSchedule1Condition(condition.schedule1)} "${known.name}" needs an appropriate policy document. ${known.note} Add its reference as appropriatePolicyDocumentRef.`,
      });
    } else if (known?.appropriatePolicyDocument === "check") {
      warnings.push({
        code: "appropriate-policy-document-check",
        path: joinPath(prefix, "appropriatePolicyDocumentRef"),
        message: `Check whether ${describeSchedule1Condition(condition.schedule1)} "${known.name}" needs an appropriate policy document. ${known.note}`,
      });
    }
  }
  return { errors, warnings };
}

/**
 * Checks one partner's lawful basis: that the legal conditions fit together and fit the information,
 * and that the basis is open to this kind of organisation. Expected problems are returned, never thrown.
 *
 * @example
 * checkLawfulBasis(basis, { publicAuthority: true, processingForOwnTasks: true })
 */
export function checkLawfulBasis(basis: LawfulBasis, partner: PartnerStatus): LawfulBasisCheck {
  const parsedBasis = lawfulBasisSchema.safeParse(basis);
  const parsedPartner = partnerStatusSchema.safeParse(partner);
  if (!parsedBasis.success || !parsedPartner.success) {
    const errors = [
      ...(parsedBasis.success ? [] : problemsFromZod(parsedBasis.error, "basis")),
      ...(parsedPartner.success ? [] : problemsFromZod(parsedPartner.error, "partner")),
    ];
    return { ok: false, errors, warnings: [] };
  }
  const checked = parsedBasis.data;
  const status = parsedPartner.data;
  const { condition } = checked;
  const { errors, warnings } = checkLegalCondition(condition, checked.categories, "condition");

  const shared = organisationFindings(condition, status, checked.appropriatePolicyDocumentRef, "");
  errors.push(...shared.errors);
  warnings.push(...shared.warnings);
  const publicTask = status.publicAuthority && status.processingForOwnTasks;
  if (publicTask && condition.article6 === "a") {
    warnings.push({
      code: "consent-by-public-authority",
      path: "condition.article6",
      message:
        "Public authorities should avoid relying on consent unless they are confident they can show it is freely given (ICO). The person's agreement to share is still recorded, but as an agreement, not as the lawful basis; public task 6(1)(e) is often the basis.",
    });
  }
  if (condition.article6 === "a" && checked.purposes.includes("safeguarding")) {
    warnings.push({
      code: "consent-for-safeguarding",
      path: "condition.article6",
      message:
        "UK GDPR consent is unlikely to be appropriate for safeguarding purposes (RCGP guidance); consider another basis.",
    });
  }
  if (publicTask && checked.statutoryPower === undefined) {
    warnings.push({
      code: "statutory-power-missing",
      path: "statutoryPower",
      message:
        "A public authority should document the express or implied statutory power it relies on for sharing (ICO audit toolkit). Add it as statutoryPower.",
    });
  }

  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, warnings };
}

/**
 * For messages and exports, in one line, such as
 * `UK GDPR Art 6(1)(e) "public task"; Art 9(2)(g) "substantial public interest (basis in law)"; DPA 2018 Sch 1 Part 2 para 18`.
 */
export function describeLegalCondition(condition: LegalCondition): string {
  const parts = [`UK GDPR Art 6(1)(${condition.article6}) "${ARTICLE_6_BASES[condition.article6].name}"`];
  if (condition.recognisedLegitimateInterest !== undefined) {
    parts.push(`recognised legitimate interest condition: ${condition.recognisedLegitimateInterest}`);
  }
  if (condition.article9 !== undefined) {
    parts.push(`Art 9(2)(${condition.article9}) "${ARTICLE_9_CONDITIONS[condition.article9].name}"`);
  }
  if (condition.schedule1 !== undefined) parts.push(describeSchedule1Condition(condition.schedule1));
  return parts.join("; ");
}
