import {
  ARTICLE_6_BASES as VOCABULARY_ARTICLE_6_BASES,
  ARTICLE_6_BASIS_IDS as VOCABULARY_ARTICLE_6_BASIS_IDS,
  ARTICLE_9_CONDITIONS as VOCABULARY_ARTICLE_9_CONDITIONS,
  ARTICLE_9_CONDITION_IDS as VOCABULARY_ARTICLE_9_CONDITION_IDS,
  type AppropriatePolicyDocumentNeed as VocabularyAppropriatePolicyDocumentNeed,
  findSchedule1Condition as findVocabularySchedule1Condition,
  SCHEDULE_1_CONDITIONS as VOCABULARY_SCHEDULE_1_CONDITIONS,
} from "@lac/lawful-basis";
import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The lawful bases of UK GDPR Article 6(1), with the ICO's names.
 * `ea` (recognised legitimate interest) was added by the Data (Use and Access) Act 2025 s.70, in force from
 * 5 February 2026 (SI 2026/82).
 */
export const ARTICLE_6_BASIS_IDS = VOCABULARY_ARTICLE_6_BASIS_IDS;

export const article6BasisSchema = /* @__PURE__ */ z.enum(ARTICLE_6_BASIS_IDS, {
  message: `Use the letter of the UK GDPR Art 6(1) basis: ${ARTICLE_6_BASIS_IDS.join(", ")}.`,
});

export type Article6Basis = z.infer<typeof article6BasisSchema>;

/** The Art 6(1) bases with their names, from the one legal vocabulary (@lac/lawful-basis). */
export const ARTICLE_6_BASES: Readonly<
  Record<Article6Basis, { readonly name: string; readonly reference: string }>
> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(
    ARTICLE_6_BASIS_IDS.map((id) => [
      id,
      {
        name: VOCABULARY_ARTICLE_6_BASES[id].name,
        reference:
          id === "ea"
            ? `${VOCABULARY_ARTICLE_6_BASES[id].citation}, inserted by the Data (Use and Access) Act 2025 s.70`
            : VOCABULARY_ARTICLE_6_BASES[id].citation,
      },
    ]),
  ) as Record<Article6Basis, { readonly name: string; readonly reference: string }>,
);

/** The five recognised legitimate interest conditions (UK GDPR Annex 1, from DUAA 2025 Schedule 4). */
export const RECOGNISED_LEGITIMATE_INTEREST_IDS = /* @__PURE__ */ deepFreeze([
  "disclosure-for-public-task",
  "national-security-public-security-defence",
  "emergencies",
  "crime",
  "safeguarding-vulnerable-individuals",
] as const);

export const recognisedLegitimateInterestSchema = /* @__PURE__ */ z.enum(RECOGNISED_LEGITIMATE_INTEREST_IDS, {
  message: `Use one of the five recognised legitimate interest conditions: ${RECOGNISED_LEGITIMATE_INTEREST_IDS.join(", ")}.`,
});

export type RecognisedLegitimateInterest = z.infer<typeof recognisedLegitimateInterestSchema>;

export const RECOGNISED_LEGITIMATE_INTERESTS: Readonly<Record<RecognisedLegitimateInterest, string>> =
  /* @__PURE__ */ Object.freeze({
    "disclosure-for-public-task":
      "Disclosure on request to someone who says they need the data for a public task (Art 6(1)(e)) that has a basis in law",
    "national-security-public-security-defence": "National security, public security or defence",
    emergencies: "Emergencies (Civil Contingencies Act 2004 Part 2)",
    crime: "Crime",
    "safeguarding-vulnerable-individuals":
      "Safeguarding a vulnerable individual (under 18, or an adult at risk): protection from neglect or physical, mental or emotional harm, or protecting their well-being",
  });

/** The conditions of UK GDPR Article 9(2) for special category data, with the ICO's names. */
export const ARTICLE_9_CONDITION_IDS = VOCABULARY_ARTICLE_9_CONDITION_IDS;

export const article9ConditionSchema = /* @__PURE__ */ z.enum(ARTICLE_9_CONDITION_IDS, {
  message: `Use the letter of the UK GDPR Art 9(2) condition: ${ARTICLE_9_CONDITION_IDS.join(", ")}.`,
});

export type Article9Condition = z.infer<typeof article9ConditionSchema>;

export interface Article9ConditionInfo {
  readonly name: string;
  /** DPA 2018 s.10: conditions (b), (g), (h), (i) and (j) need a Schedule 1 condition as well. */
  readonly needsSchedule1: boolean;
}

/** The Art 9(2) conditions with their names, from the one legal vocabulary (@lac/lawful-basis). */
export const ARTICLE_9_CONDITIONS: Readonly<Record<Article9Condition, Article9ConditionInfo>> =
  /* @__PURE__ */ deepFreeze(
    Object.fromEntries(
      ARTICLE_9_CONDITION_IDS.map((id) => [
        id,
        {
          name: VOCABULARY_ARTICLE_9_CONDITIONS[id].name,
          needsSchedule1: VOCABULARY_ARTICLE_9_CONDITIONS[id].needsSchedule1,
        },
      ]),
    ) as Record<Article9Condition, Article9ConditionInfo>,
  );

/** A condition in Schedule 1 of the Data Protection Act 2018, by part and paragraph, such as Part 2 para 18. */
export const schedule1ConditionSchema = /* @__PURE__ */ z.strictObject({
  part: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    message: "DPA 2018 Schedule 1 has conditions in Part 1, Part 2 and Part 3: use 1, 2 or 3.",
  }),
  paragraph: z.int().min(1, { message: "A paragraph number is a whole number from 1." }).max(99),
});

export type Schedule1Condition = z.infer<typeof schedule1ConditionSchema>;

/**
 * Whether a Schedule 1 condition needs an appropriate policy document (APD): `required`, `not-required`,
 * or `check` where our sources disagree or are incomplete.
 */
export type AppropriatePolicyDocumentNeed = VocabularyAppropriatePolicyDocumentNeed;

export interface Schedule1ConditionInfo {
  readonly part: 1 | 2 | 3;
  readonly paragraph: number;
  readonly name: string;
  readonly appropriatePolicyDocument: AppropriatePolicyDocumentNeed;
  readonly note: string;
}

/**
 * The Schedule 1 conditions this package knows about, from the one legal vocabulary (@lac/lawful-basis).
 * It is not the whole schedule: others are accepted, with a warning to check them on legislation.gov.uk.
 */
export const SCHEDULE_1_CONDITIONS: readonly Schedule1ConditionInfo[] = VOCABULARY_SCHEDULE_1_CONDITIONS;

/** Looks up a Schedule 1 condition this package knows about. */
export function findSchedule1Condition(condition: Schedule1Condition): Schedule1ConditionInfo | undefined {
  return findVocabularySchedule1Condition(condition);
}

/** For messages: `"DPA 2018 Sch 1 Part 2 para 18"`. */
export function describeSchedule1Condition(condition: Schedule1Condition): string {
  return `DPA 2018 Sch 1 Part ${condition.part} para ${condition.paragraph}`;
}
