import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The kinds of information a person may agree to share.
 *
 * - `special`: the special categories of personal data in UK GDPR Article 9(1).
 * - `criminal-offence`: personal data about criminal convictions and offences (UK GDPR Article 10). It is not a
 *   special category, but it has its own conditions; this package treats it like a special category when deciding.
 * - `ordinary`: everything else. The ordinary categories are our own model of what a Local Area Coordinator
 *   typically talks about with the people they walk alongside; they are not a legal list.
 */
export const INFORMATION_CATEGORY_IDS = /* @__PURE__ */ deepFreeze([
  "contact-details",
  "housing-situation",
  "finances",
  "family-and-networks",
  "education-and-work",
  "services-and-support",
  "vision-and-what-matters",
  "racial-or-ethnic-origin",
  "political-opinions",
  "religious-or-philosophical-beliefs",
  "trade-union-membership",
  "genetic",
  "biometric",
  "health",
  "sex-life-or-sexual-orientation",
  "criminal-offence",
] as const);

export const informationCategoryIdSchema = /* @__PURE__ */ z.enum(INFORMATION_CATEGORY_IDS, {
  message: `Use one of the information category ids: ${INFORMATION_CATEGORY_IDS.join(", ")}.`,
});

export type InformationCategoryId = z.infer<typeof informationCategoryIdSchema>;

export type InformationCategoryKind = "ordinary" | "special" | "criminal-offence";

export interface InformationCategory {
  readonly id: InformationCategoryId;
  readonly label: string;
  readonly kind: InformationCategoryKind;
  /** True only for the UK GDPR Article 9(1) special categories. */
  readonly special: boolean;
  /** Where the category comes from. */
  readonly source: string;
}

const OUR_MODEL = "Our own model of Local Area Coordination conversations (not a legal list)";
const ARTICLE_9 = "UK GDPR Article 9(1) special category";

function category(
  id: InformationCategoryId,
  label: string,
  kind: InformationCategoryKind,
  source: string,
): InformationCategory {
  return Object.freeze({ id, label, kind, special: kind === "special", source });
}

/**
 * Every category, with its plain-English label and whether it is special, by id (in the order of
 * {@link INFORMATION_CATEGORY_IDS}). Built from a list so that no bundle spells each id twice.
 */
export const INFORMATION_CATEGORIES: Readonly<Record<InformationCategoryId, InformationCategory>> =
  /* @__PURE__ */ Object.freeze(
    Object.fromEntries(
      [
        category("contact-details", "Contact details", "ordinary", OUR_MODEL),
        category("housing-situation", "Housing situation", "ordinary", OUR_MODEL),
        category("finances", "Money and finances", "ordinary", OUR_MODEL),
        category("family-and-networks", "Family, friends and networks", "ordinary", OUR_MODEL),
        category("education-and-work", "Education, work and volunteering", "ordinary", OUR_MODEL),
        category("services-and-support", "Services and support already involved", "ordinary", OUR_MODEL),
        category(
          "vision-and-what-matters",
          "What matters to the person and their vision of a good life",
          "ordinary",
          OUR_MODEL,
        ),
        category("racial-or-ethnic-origin", "Racial or ethnic origin", "special", ARTICLE_9),
        category("political-opinions", "Political opinions", "special", ARTICLE_9),
        category(
          "religious-or-philosophical-beliefs",
          "Religious or philosophical beliefs",
          "special",
          ARTICLE_9,
        ),
        category("trade-union-membership", "Trade union membership", "special", ARTICLE_9),
        category("genetic", "Genetic data", "special", ARTICLE_9),
        category("biometric", "Biometric data used to identify someone", "special", ARTICLE_9),
        category("health", "Health", "special", ARTICLE_9),
        category("sex-life-or-sexual-orientation", "Sex life or sexual orientation", "special", ARTICLE_9),
        category(
          "criminal-offence",
          "Criminal convictions and offences",
          "criminal-offence",
          "UK GDPR Article 10 (criminal offence data)",
        ),
      ].map((entry) => [entry.id, entry]),
    ) as Record<InformationCategoryId, InformationCategory>,
  );

/**
 * In an agreement, `"all-ordinary"` stands for every ordinary category at once: a general agreement.
 * It never covers special category or criminal offence information, which must be named one by one.
 */
export const ALL_ORDINARY = "all-ordinary";

/** A category as written in an agreement or withdrawal: a category id, or `"all-ordinary"`. */
export const agreedCategorySchema = /* @__PURE__ */ z.union(
  [informationCategoryIdSchema, z.literal(ALL_ORDINARY)],
  {
    message: `Use an information category id or "${ALL_ORDINARY}": ${INFORMATION_CATEGORY_IDS.join(", ")}.`,
  },
);

export type AgreedCategory = z.infer<typeof agreedCategorySchema>;

function known(id: unknown): id is InformationCategoryId {
  return typeof id === "string" && Object.hasOwn(INFORMATION_CATEGORIES, id);
}

/** True for the UK GDPR Article 9(1) special categories; false for anything else, including unknown ids. */
export function isSpecialCategory(id: InformationCategoryId): boolean {
  return known(id) && INFORMATION_CATEGORIES[id].kind === "special";
}

/**
 * True for special category and criminal offence information: an agreement must name these explicitly.
 * False for ordinary categories and for unknown ids.
 */
export function needsExplicitNaming(id: InformationCategoryId): boolean {
  return known(id) && INFORMATION_CATEGORIES[id].kind !== "ordinary";
}

/** The ordinary category ids, in the order of {@link INFORMATION_CATEGORY_IDS}. */
export const ORDINARY_CATEGORY_IDS: readonly InformationCategoryId[] = /* @__PURE__ */ (() =>
  Object.freeze(INFORMATION_CATEGORY_IDS.filter((id) => !needsExplicitNaming(id))))();

/**
 * True when the agreed list covers the category: it is named, or it is ordinary and `"all-ordinary"` is listed.
 * Special category and criminal offence information is covered only when named. False for an unknown id or a
 * list that is not an array.
 */
export function coversCategory(agreed: readonly AgreedCategory[], id: InformationCategoryId): boolean {
  if (!Array.isArray(agreed) || !known(id)) return false;
  if (agreed.includes(id)) return true;
  return !needsExplicitNaming(id) && agreed.includes(ALL_ORDINARY);
}

/** The category ids an agreed list covers, in the order of {@link INFORMATION_CATEGORY_IDS}. */
export function expandAgreedCategories(agreed: readonly AgreedCategory[]): InformationCategoryId[] {
  return INFORMATION_CATEGORY_IDS.filter((id) => coversCategory(agreed, id));
}

/** For messages: the label of a category id, or "all ordinary information". */
export function describeCategory(category: AgreedCategory): string {
  return category === ALL_ORDINARY ? "all ordinary information" : INFORMATION_CATEGORIES[category].label;
}
