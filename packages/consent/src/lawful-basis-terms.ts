import * as z from "zod";

/**
 * The lawful bases of UK GDPR Article 6(1), with the ICO's names.
 * `ea` (recognised legitimate interest) was added by the Data (Use and Access) Act 2025 s.70, in force from
 * 5 February 2026 (SI 2026/82).
 */
export const ARTICLE_6_BASIS_IDS = ["a", "b", "c", "d", "e", "ea", "f"] as const;

export const article6BasisSchema = /* @__PURE__ */ z.enum(ARTICLE_6_BASIS_IDS, {
  message: `Use the letter of the UK GDPR Art 6(1) basis: ${ARTICLE_6_BASIS_IDS.join(", ")}.`,
});

export type Article6Basis = z.infer<typeof article6BasisSchema>;

export const ARTICLE_6_BASES: Readonly<
  Record<Article6Basis, { readonly name: string; readonly reference: string }>
> = Object.freeze({
  a: { name: "consent", reference: "UK GDPR Art 6(1)(a)" },
  b: { name: "contract", reference: "UK GDPR Art 6(1)(b)" },
  c: { name: "legal obligation", reference: "UK GDPR Art 6(1)(c)" },
  d: { name: "vital interests", reference: "UK GDPR Art 6(1)(d)" },
  e: { name: "public task", reference: "UK GDPR Art 6(1)(e)" },
  ea: {
    name: "recognised legitimate interest",
    reference: "UK GDPR Art 6(1)(ea), inserted by the Data (Use and Access) Act 2025 s.70",
  },
  f: { name: "legitimate interests", reference: "UK GDPR Art 6(1)(f)" },
});

/** The five recognised legitimate interest conditions (UK GDPR Annex 1, from DUAA 2025 Schedule 4). */
export const RECOGNISED_LEGITIMATE_INTEREST_IDS = [
  "disclosure-for-public-task",
  "national-security-public-security-defence",
  "emergencies",
  "crime",
  "safeguarding-vulnerable-individuals",
] as const;

export const recognisedLegitimateInterestSchema = /* @__PURE__ */ z.enum(RECOGNISED_LEGITIMATE_INTEREST_IDS, {
  message: `Use one of the five recognised legitimate interest conditions: ${RECOGNISED_LEGITIMATE_INTEREST_IDS.join(", ")}.`,
});

export type RecognisedLegitimateInterest = z.infer<typeof recognisedLegitimateInterestSchema>;

export const RECOGNISED_LEGITIMATE_INTERESTS: Readonly<Record<RecognisedLegitimateInterest, string>> =
  Object.freeze({
    "disclosure-for-public-task":
      "Disclosure on request to someone who says they need the data for a public task (Art 6(1)(e)) that has a basis in law",
    "national-security-public-security-defence": "National security, public security or defence",
    emergencies: "Emergencies (Civil Contingencies Act 2004 Part 2)",
    crime: "Crime",
    "safeguarding-vulnerable-individuals":
      "Safeguarding a vulnerable individual (under 18, or an adult at risk): protection from neglect or physical, mental or emotional harm, or protecting their well-being",
  });

/** The conditions of UK GDPR Article 9(2) for special category data, with the ICO's names. */
export const ARTICLE_9_CONDITION_IDS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] as const;

export const article9ConditionSchema = /* @__PURE__ */ z.enum(ARTICLE_9_CONDITION_IDS, {
  message: `Use the letter of the UK GDPR Art 9(2) condition: ${ARTICLE_9_CONDITION_IDS.join(", ")}.`,
});

export type Article9Condition = z.infer<typeof article9ConditionSchema>;

export interface Article9ConditionInfo {
  readonly name: string;
  /** DPA 2018 s.10: conditions (b), (g), (h), (i) and (j) need a Schedule 1 condition as well. */
  readonly needsSchedule1: boolean;
}

export const ARTICLE_9_CONDITIONS: Readonly<Record<Article9Condition, Article9ConditionInfo>> = Object.freeze(
  {
    a: { name: "explicit consent", needsSchedule1: false },
    b: {
      name: "employment, social security and social protection (authorised by law)",
      needsSchedule1: true,
    },
    c: { name: "vital interests", needsSchedule1: false },
    d: { name: "not-for-profit bodies", needsSchedule1: false },
    e: { name: "made public by the data subject", needsSchedule1: false },
    f: { name: "legal claims or judicial acts", needsSchedule1: false },
    g: { name: "substantial public interest (basis in law)", needsSchedule1: true },
    h: { name: "health or social care (basis in law)", needsSchedule1: true },
    i: { name: "public health (basis in law)", needsSchedule1: true },
    j: { name: "archiving, research and statistics (basis in law)", needsSchedule1: true },
  },
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
export type AppropriatePolicyDocumentNeed = "required" | "not-required" | "check";

export interface Schedule1ConditionInfo {
  readonly part: 1 | 2 | 3;
  readonly paragraph: number;
  readonly name: string;
  readonly appropriatePolicyDocument: AppropriatePolicyDocumentNeed;
  readonly note: string;
}

/**
 * The Schedule 1 conditions this package knows about. It is not the whole schedule: others are accepted,
 * with a warning to check them on legislation.gov.uk. Part 3 paragraph numbers are not listed because our
 * sources did not confirm them.
 */
export const SCHEDULE_1_CONDITIONS: readonly Schedule1ConditionInfo[] = Object.freeze([
  {
    part: 1,
    paragraph: 1,
    name: "Employment, social security and social protection",
    appropriatePolicyDocument: "required",
    note: "Needs an appropriate policy document (DPA 2018 Sch 1 para 1(1)(b)).",
  },
  {
    part: 1,
    paragraph: 2,
    name: "Health or social care purposes (including the provision of social care)",
    appropriatePolicyDocument: "not-required",
    note: "No appropriate policy document reported for Part 1 paras 2 to 4 (secondary source: check). See also DPA 2018 s.11 and Art 9(3) on secrecy.",
  },
  {
    part: 2,
    paragraph: 6,
    name: "Statutory and government purposes",
    appropriatePolicyDocument: "required",
    note: "Part 2 conditions need an appropriate policy document unless otherwise provided (DPA 2018 Sch 1 para 5(1)).",
  },
  {
    part: 2,
    paragraph: 8,
    name: "Equality",
    appropriatePolicyDocument: "required",
    note: "Part 2 conditions need an appropriate policy document unless otherwise provided (DPA 2018 Sch 1 para 5(1)).",
  },
  {
    part: 2,
    paragraph: 10,
    name: "Unlawful acts",
    appropriatePolicyDocument: "check",
    note: "A carve-out from the appropriate policy document for disclosure to a competent authority is reported but not confirmed: check on legislation.gov.uk.",
  },
  {
    part: 2,
    paragraph: 11,
    name: "Dishonesty",
    appropriatePolicyDocument: "required",
    note: "Part 2 conditions need an appropriate policy document unless otherwise provided (DPA 2018 Sch 1 para 5(1)).",
  },
  {
    part: 2,
    paragraph: 14,
    name: "Fraud",
    appropriatePolicyDocument: "required",
    note: "Part 2 conditions need an appropriate policy document unless otherwise provided (DPA 2018 Sch 1 para 5(1)).",
  },
  {
    part: 2,
    paragraph: 18,
    name: "Safeguarding of children and of individuals at risk",
    appropriatePolicyDocument: "required",
    note: "Only for processing without consent, for one of the reasons in para 18(2); needs an appropriate policy document (para 5(1)).",
  },
  {
    part: 2,
    paragraph: 19,
    name: "Economic well-being of individuals at risk",
    appropriatePolicyDocument: "required",
    note: "Only for processing without consent, for one of the reasons in para 19; needs an appropriate policy document (para 5(1)).",
  },
]);

/** Looks up a Schedule 1 condition this package knows about. */
export function findSchedule1Condition(condition: Schedule1Condition): Schedule1ConditionInfo | undefined {
  return SCHEDULE_1_CONDITIONS.find(
    (known) => known.part === condition.part && known.paragraph === condition.paragraph,
  );
}

/** For messages: `"DPA 2018 Sch 1 Part 2 para 18"`. */
export function describeSchedule1Condition(condition: Schedule1Condition): string {
  return `DPA 2018 Sch 1 Part ${condition.part} para ${condition.paragraph}`;
}
