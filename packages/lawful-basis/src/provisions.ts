/**
 * The provisions of UK data protection law that a data-sharing agreement or a consent record cites,
 * with their exact names: one source of truth for @lac/consent (what a coordinator records) and
 * @lac/documents (what an agreement says). UK GDPR and DPA 2018 as amended by the Data (Use and Access)
 * Act 2025. Sources: shared reference files `data-protection-and-consent.md` §2 and
 * `pack-law-and-practice.md` §§2–3, each pointing at legislation.gov.uk or the ICO.
 */

import { deepFreeze } from "./deep-freeze.js";

/** A cited provision: where it is, and what it is called. */
export interface Provision {
  /** The citation, e.g. "UK GDPR Art 6(1)(e)". */
  readonly citation: string;
  /** Its name, as the ICO gives it where the ICO names it, e.g. "public task". */
  readonly name: string;
}

/** The lawful bases of UK GDPR Article 6(1), by letter. `ea` was added by DUAA 2025 s.70 (in force 5 February 2026, SI 2026/82). */
export const ARTICLE_6_BASIS_IDS = /* @__PURE__ */ deepFreeze(["a", "b", "c", "d", "e", "ea", "f"] as const);
export type Article6BasisId = (typeof ARTICLE_6_BASIS_IDS)[number];

export const ARTICLE_6_BASES: Readonly<Record<Article6BasisId, Provision>> = /* @__PURE__ */ deepFreeze({
  a: { citation: "UK GDPR Art 6(1)(a)", name: "consent" },
  b: { citation: "UK GDPR Art 6(1)(b)", name: "contract" },
  c: { citation: "UK GDPR Art 6(1)(c)", name: "legal obligation" },
  d: { citation: "UK GDPR Art 6(1)(d)", name: "vital interests" },
  e: { citation: "UK GDPR Art 6(1)(e)", name: "public task" },
  ea: { citation: "UK GDPR Art 6(1)(ea)", name: "recognised legitimate interest" },
  f: { citation: "UK GDPR Art 6(1)(f)", name: "legitimate interests" },
});

/** The conditions of UK GDPR Article 9(2) for special category data, by letter, with the ICO's names. */
export const ARTICLE_9_CONDITION_IDS = /* @__PURE__ */ deepFreeze([
  "a",
  "b",
  "c",
  "d",
  "e",
  "f",
  "g",
  "h",
  "i",
  "j",
] as const);
export type Article9ConditionId = (typeof ARTICLE_9_CONDITION_IDS)[number];

export interface Article9Provision extends Provision {
  /** DPA 2018 s.10: conditions (b), (g), (h), (i) and (j) need a Schedule 1 condition as well. */
  readonly needsSchedule1: boolean;
}

export const ARTICLE_9_CONDITIONS: Readonly<Record<Article9ConditionId, Article9Provision>> =
  /* @__PURE__ */ deepFreeze({
    a: { citation: "UK GDPR Art 9(2)(a)", name: "explicit consent", needsSchedule1: false },
    b: {
      citation: "UK GDPR Art 9(2)(b)",
      name: "employment, social security and social protection (authorised by law)",
      needsSchedule1: true,
    },
    c: { citation: "UK GDPR Art 9(2)(c)", name: "vital interests", needsSchedule1: false },
    d: { citation: "UK GDPR Art 9(2)(d)", name: "not-for-profit bodies", needsSchedule1: false },
    e: { citation: "UK GDPR Art 9(2)(e)", name: "made public by the data subject", needsSchedule1: false },
    f: { citation: "UK GDPR Art 9(2)(f)", name: "legal claims or judicial acts", needsSchedule1: false },
    g: {
      citation: "UK GDPR Art 9(2)(g)",
      name: "substantial public interest (basis in law)",
      needsSchedule1: true,
    },
    h: {
      citation: "UK GDPR Art 9(2)(h)",
      name: "health or social care (basis in law)",
      needsSchedule1: true,
    },
    i: { citation: "UK GDPR Art 9(2)(i)", name: "public health (basis in law)", needsSchedule1: true },
    j: {
      citation: "UK GDPR Art 9(2)(j)",
      name: "archiving, research and statistics (basis in law)",
      needsSchedule1: true,
    },
  });

/**
 * Whether a Schedule 1 condition needs an appropriate policy document (APD): `required`, `not-required`,
 * or `check` where our sources disagree or are incomplete.
 */
export type AppropriatePolicyDocumentNeed = "required" | "not-required" | "check";

export interface Schedule1Provision extends Provision {
  readonly part: 1 | 2 | 3;
  readonly paragraph: number;
  readonly appropriatePolicyDocument: AppropriatePolicyDocumentNeed;
  readonly note: string;
}

const PART_2_APD =
  "Part 2 conditions need an appropriate policy document unless otherwise provided (DPA 2018 Sch 1 para 5(1)).";

function schedule1(
  part: 1 | 2 | 3,
  paragraph: number,
  name: string,
  appropriatePolicyDocument: AppropriatePolicyDocumentNeed,
  note: string,
): Schedule1Provision {
  return {
    citation: `DPA 2018 Schedule 1 Part ${part} paragraph ${paragraph}`,
    name,
    part,
    paragraph,
    appropriatePolicyDocument,
    note,
  };
}

/**
 * The Schedule 1 conditions the toolkit knows about (not the whole schedule: others are accepted by
 * @lac/consent with a warning to check them on legislation.gov.uk).
 *
 * Names: the ICO's list of the substantial public interest conditions (paragraphs 6 to 28, read at
 * https://ico.org.uk/for-organisations/guide-to-data-protection/guide-to-the-general-data-protection-regulation-gdpr/special-category-data/what-are-the-substantial-public-interest-conditions/)
 * and, where the ICO's list does not reach or agrees, the paragraph's own heading in the Act (revised
 * text, https://www.legislation.gov.uk/ukpga/2018/12/schedule/1): paragraph 2 is headed "Health or social
 * care purposes", and the provision of social care is only one of the six purposes in para 2(2), so the
 * name claims no more. Paragraph 18 keeps the Act's heading ("… and of individuals at risk").
 */
export const SCHEDULE_1_CONDITIONS: readonly Schedule1Provision[] = /* @__PURE__ */ deepFreeze([
  schedule1(
    1,
    1,
    "Employment, social security and social protection",
    "required",
    "Needs an appropriate policy document (DPA 2018 Sch 1 para 1(1)(b)).",
  ),
  // Paragraph 1 carries its own requirement ("(b) when the processing is carried out, the controller has
  // an appropriate policy document in place"); paragraph 2 has none. Both read on the enacted text
  // (https://legislation.gov.uk/ukpga/2018/12/schedule/1/enacted?view=interweave) and on the revised
  // text as at 30 November 2022 (https://legislation.gov.uk/ukpga/2018/12/schedules/2022-11-30/data.html).
  // Part 4 applies only to a condition "which requires the controller to have an appropriate policy
  // document in place" (para 38, read at
  // https://www.legislation.gov.uk/ukpga/2018/12/schedule/1/part/4/crossheading/application-of-this-part-of-this-schedule/2022-11-01/data.htm).
  schedule1(
    1,
    2,
    "Health or social care purposes",
    "not-required",
    "No appropriate policy document: paragraph 2 does not ask for one, unlike paragraph 1(1)(b), and Part 4 applies only to conditions that do (DPA 2018 Sch 1 para 38). See also DPA 2018 s.11(1) and Art 9(3) on secrecy.",
  ),
  schedule1(2, 6, "Statutory and government purposes", "required", PART_2_APD),
  schedule1(2, 8, "Equality of opportunity or treatment", "required", PART_2_APD),
  // Paragraph 10 read in December 2026 on the revised text of legislation.gov.uk (ukpga/2018/12,
  // as carried by the Open Government Licence copy in the public repository legalize-dev/legalize-uk,
  // uk/ukpga-2018-12.md): "(2) If the processing consists of the disclosure of personal data to a
  // competent authority, or is carried out in preparation for such disclosure, the condition in
  // sub-paragraph (1) is met even if, when the processing is carried out, the controller does not have an
  // appropriate policy document in place (see paragraph 5 of this Schedule)"; "competent authority" has
  // the Part 3 meaning (section 30) (para 10(3)). The need stays `check`, like para 36's, because it
  // turns on the processing: required (para 5(1)) unless it is such a disclosure or its preparation.
  // Version note: that copy (front matter `last_updated: 2021-12-15`, `restrict_start_date: 2026-04-07`)
  // predates the Data (Use and Access) Act 2025's amendments: its s.6, for one, still reads
  // "Article 4(7)", which DUAA s.67(2) changed from 5 February 2026 (SI 2026/82 reg 2(a)). It is the
  // DPA 2018 as it stood before DUAA's commencement, so read any provision quoted from it with DUAA's
  // amendments (docs/legal-citations.md).
  schedule1(
    2,
    10,
    "Preventing or detecting unlawful acts",
    "check",
    "Needs an appropriate policy document (para 5(1)), except where the processing consists of the disclosure of personal data to a competent authority (DPA 2018 s.30: a person listed in Schedule 7, or another person with statutory functions for the law enforcement purposes), or is carried out in preparation for such a disclosure (para 10(2)).",
  ),
  schedule1(2, 11, "Protecting the public", "required", PART_2_APD),
  schedule1(2, 14, "Preventing fraud", "required", PART_2_APD),
  schedule1(
    2,
    18,
    "Safeguarding of children and of individuals at risk",
    "required",
    "Only for processing without consent, for one of the reasons in para 18(2); needs an appropriate policy document (para 5(1)).",
  ),
  schedule1(
    2,
    19,
    "Safeguarding of economic well-being of certain individuals",
    "required",
    "Only for processing without consent, for one of the reasons in para 19; needs an appropriate policy document (para 5(1)).",
  ),
  // Part 3 is "Additional conditions relating to criminal convictions etc": paragraphs 30 to 35 read on
  // https://www.legislation.gov.uk/ukpga/2018/12/schedule/1/part/3 ; the ICO lists "Consent" first of them
  // (https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/criminal-offence-data/what-are-the-conditions-for-processing).
  // Paragraph 29 read on the enacted text: "This condition is met if the data subject has given consent to
  // the processing." It asks for no appropriate policy document (of paragraphs 29 to 35 only paragraph
  // 35(1)(c) does), and Part 4 applies only to conditions that ask for one (para 38, source above):
  // https://www.legislation.gov.uk/cy/ukpga/2018/12/schedule/1/part/3/enacted?view=interweave
  schedule1(
    3,
    29,
    "Consent",
    "not-required",
    "For criminal offence data only: met where the data subject has given consent to the processing (para 29). The toolkit applies the UK GDPR standard of consent (Art 4(1)(11) and Art 7): freely given, specific to the organisation and the information, informed, unambiguous, recorded, and as easy to withdraw as to give. Paragraph 29 asks for no appropriate policy document.",
  ),
  // Paragraph 36 read on the enacted text: "This condition is met if the processing would meet a condition
  // in Part 2 of this Schedule but for an express requirement for the processing to be necessary for
  // reasons of substantial public interest."
  // http://www.legislation.gov.uk/cy/ukpga/2018/12/schedule/1/paragraph/36/enacted/data.xht?view=snippet&wrap=true
  // Only the substantial public interest requirement is set aside, so the Part 2 condition's other
  // requirements, including its appropriate policy document (para 5(1)) and any exception to it, still
  // apply (inference from the words): hence `check`, as it follows the Part 2 condition relied on.
  schedule1(
    3,
    36,
    "Extension of conditions in Part 2 of this Schedule referring to substantial public interest",
    "check",
    "For criminal offence data only: met where the processing would meet a Part 2 condition but for its express requirement of substantial public interest (para 36). Only that requirement is set aside, so the appropriate policy document rule of the Part 2 condition relied on still applies: required for most (para 5(1)), unless that condition provides otherwise.",
  ),
]);

/** A Schedule 1 condition by part and paragraph. */
export interface Schedule1Ref {
  readonly part: 1 | 2 | 3;
  readonly paragraph: number;
}

/** Looks up a Schedule 1 condition the toolkit knows about. */
export function findSchedule1Condition(ref: Schedule1Ref): Schedule1Provision | undefined {
  return SCHEDULE_1_CONDITIONS.find((known) => known.part === ref.part && known.paragraph === ref.paragraph);
}

/** The conditions the toolkit knows, for a message: "Part 1 paragraphs 1, 2; Part 2 paragraphs 6, 8, …". */
function knownSchedule1Conditions(): string {
  const parts = new Map<number, number[]>();
  for (const { part, paragraph } of SCHEDULE_1_CONDITIONS)
    parts.set(part, [...(parts.get(part) ?? []), paragraph]);
  return [...parts]
    .map(
      ([part, paragraphs]) =>
        `Part ${part} paragraph${paragraphs.length === 1 ? "" : "s"} ${paragraphs.join(", ")}`,
    )
    .join("; ");
}

/**
 * A Schedule 1 condition the toolkit knows about; a RangeError for one it does not (a programming error),
 * which lists those it knows. `findSchedule1Condition` gives `undefined` instead.
 */
export function schedule1Condition(part: 1 | 2 | 3, paragraph: number): Schedule1Provision {
  const found = findSchedule1Condition({ part, paragraph });
  if (found === undefined)
    throw new RangeError(
      `DPA 2018 Schedule 1 Part ${String(part)} paragraph ${String(paragraph)} is not a condition the toolkit knows. ` +
        `It knows ${knownSchedule1Conditions()}. Use one of those, or findSchedule1Condition({ part, paragraph }), ` +
        "which gives undefined for a condition it does not know.",
    );
  return found;
}

/** For messages: `"DPA 2018 Sch 1 Part 2 para 18"`. */
export function describeSchedule1Condition(ref: Schedule1Ref): string {
  return `DPA 2018 Sch 1 Part ${ref.part} para ${ref.paragraph}`;
}

/** Other provisions the documents cite, each checked against the reference files' primary sources. */
export const OTHER_PROVISIONS = /* @__PURE__ */ deepFreeze({
  /** Art 6(1)(e) includes the exercise of a function conferred by an enactment or rule of law. */
  publicTaskFunctions: {
    citation: "DPA 2018 s.8(c)",
    name: "the exercise of a function conferred on a person by an enactment or rule of law",
  },
  secrecy: {
    citation: "DPA 2018 s.11(1)",
    name: "processing by or under the responsibility of a health or social work professional, or another person who owes a duty of confidentiality under an enactment or rule of law",
  },
  criminalOffenceData: {
    citation: "UK GDPR Art 10 and DPA 2018 s.10(5)",
    name: "criminal offence data: a condition in DPA 2018 Schedule 1 Parts 1 to 3, or official authority",
  },
  /** What criminal offence data includes: DPA 2018 s.11(2), for Art 10 and s.10. */
  criminalOffenceDataMeaning: {
    citation: "UK GDPR Art 10 and DPA 2018 s.11(2)",
    name: "criminal offence data includes data about the alleged commission of offences by the person, and about proceedings for an offence",
  },
  lawEnforcementProcessing: {
    citation: "DPA 2018 Part 3",
    name: "law enforcement processing by competent authorities (DPA 2018 s.31 law enforcement purposes)",
  },
  authorisedByLaw: {
    citation: "DPA 2018 s.36(4)",
    name: "the second law enforcement data protection principle: data collected for a law enforcement purpose may be processed for a purpose that is not a law enforcement purpose only if that processing is authorised by law",
  },
  /** DPA 2018 s.31: the law enforcement purposes, for which Part 3 governs a competent authority's processing. */
  lawEnforcementPurposes: {
    citation: "DPA 2018 s.31",
    name: "the law enforcement purposes: the prevention, investigation, detection or prosecution of criminal offences or the execution of criminal penalties, including the safeguarding against and the prevention of threats to public security",
  },
  /** DPA 2018 s.35(2): when processing for a law enforcement purpose is lawful. */
  lawEnforcementLawfulness: {
    citation: "DPA 2018 s.35(2)",
    name: "processing for a law enforcement purpose is lawful only if and to the extent that it is based on law and either the person has consented to it for that purpose or it is necessary for the performance of a task carried out for that purpose by a competent authority",
  },
  /** DPA 2018 s.35(8): sensitive processing, for Part 3 (as amended by DUAA 2025 s.74(4)(b), "this Part"). */
  sensitiveProcessingMeaning: {
    citation: "DPA 2018 s.35(8)",
    name: "sensitive processing: of data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership; of genetic data, or biometric data to identify a person uniquely; of data concerning health; of data concerning a person's sex life or sexual orientation",
  },
  /** DPA 2018 s.35(4) and (5): the two cases in which sensitive processing for a law enforcement purpose is permitted. */
  lawEnforcementSensitiveProcessing: {
    citation: "DPA 2018 s.35(4) and (5)",
    name: "sensitive processing for a law enforcement purpose: with the person's consent, or where strictly necessary and meeting a condition in DPA 2018 Schedule 8; in either case with an appropriate policy document in place",
  },
  /** DPA 2018 s.42: the appropriate policy document for sensitive processing under Part 3. */
  lawEnforcementPolicyDocument: {
    citation: "DPA 2018 s.42",
    name: "appropriate policy document for sensitive processing for a law enforcement purpose",
  },
  appropriatePolicyDocument: {
    citation: "DPA 2018 Schedule 1 Part 4",
    name: "appropriate policy document",
  },
  publicAuthorityDefinition: {
    citation: "DPA 2018 s.7",
    name: "public authority: a Freedom of Information Act 2000 public authority, when performing a task carried out in the public interest or in the exercise of official authority",
  },
  separateControllers: { citation: "UK GDPR Art 4(1)(7)", name: "controller" },
  jointControllers: { citation: "UK GDPR Art 26", name: "joint controllers" },
  conditionsForConsent: { citation: "UK GDPR Art 7", name: "conditions for consent" },
}) satisfies Readonly<Record<string, Provision>>;

export type OtherProvisionId = keyof typeof OTHER_PROVISIONS;
