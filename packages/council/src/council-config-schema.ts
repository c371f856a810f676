import * as z from "zod";
import {
  fullTimeEquivalentSchema,
  httpsUrlSchema,
  isoDateSchema,
  positiveIntegerSchema,
  roleContactSchema,
  textSchema,
  workEmailSchema,
} from "./basic-fields.js";
import { COUNCIL_PREDICATES } from "./council-refinements.js";
import { onlyWhenValid } from "./cross-field-rules.js";
import { formatWholeNumber } from "./describe-value.js";
import { gssCodeSchema } from "./gss-code-schema.js";
import { icoRegistrationNumberSchema } from "./ico-registration-number.js";
import {
  COMMUNITY_CATALYSTS_SUPPORT,
  DEFAULT_WAVES,
  MANAGER_SPAN,
  MANAGER_TITLE_EXAMPLES,
  POPULATION_PER_COORDINATOR,
} from "./lac-sources.js";
import { nationSchema } from "./nation.js";
import { councilTierSchema, flowDirectionSchema, partnerKindSchema } from "./partner-kind-schema.js";
import { ruleCheck } from "./named-rules.js";
import { DEFAULT_RETENTION_START } from "./retention-start.js";
import { partnerSectorSchema } from "./partner-sector-schema.js";
import { templatesFolderSchema } from "./templates-folder.js";
import { deepFreeze } from "./deep-freeze.js";

export { contrastWithWhite } from "./colour-contrast.js";

// ── council ────────────────────────────────────────────────────────────────────────────────────

export const councilSchema = z
  .strictObject({
    name: textSchema.meta({
      title: "Official name",
      description:
        'The council\'s official name, as in formal documents, for example "Brackenford Borough Council".',
    }),
    shortName: textSchema.meta({
      title: "Short name",
      description: 'The short name used in running text, for example "Brackenford".',
    }),
    welshName: textSchema.optional().meta({
      title: "Official name in Welsh",
      description:
        'The council\'s official name in Welsh, for Welsh councils only (optional), for example "Cyngor Sir Ceredigion". Kept for the Welsh-language pack and shown beside the English name.',
    }),
    nation: nationSchema,
    gssCode: gssCodeSchema,
    population: positiveIntegerSchema.meta({
      title: "Population",
      description:
        "The number of people living in the council's area (a whole number), for example from the latest ONS estimate.",
    }),
    website: httpsUrlSchema.meta({
      title: "Website",
      description: "The council's website, starting with https://.",
    }),
  })
  .meta({ title: "Council", description: "The council that adopts Local Area Coordination." });

// ── programme waves ────────────────────────────────────────────────────────────────────────────

export const wavesSchema = z
  .strictObject({
    neighbourhoodsPerWave: positiveIntegerSchema.default(DEFAULT_WAVES.neighbourhoodsPerWave).meta({
      title: "Neighbourhoods per wave",
      description: `How many neighbourhoods are recruited and started together (${DEFAULT_WAVES.neighbourhoodsPerWave} by default). The toolkit's own default, not a published rule.`,
    }),
    monthsApart: positiveIntegerSchema.default(DEFAULT_WAVES.monthsApart).meta({
      title: "Months between waves",
      description: `How many months after one wave the next one starts recruiting (${DEFAULT_WAVES.monthsApart} by default).`,
    }),
  })
  .meta({
    title: "Waves",
    description: `How the neighbourhoods are recruited and started in waves: by default ${DEFAULT_WAVES.neighbourhoodsPerWave} neighbourhoods a wave, ${DEFAULT_WAVES.monthsApart} months apart, in the order they are listed.`,
  });

// ── programme ──────────────────────────────────────────────────────────────────────────────────

export const communityCatalystsSupportSchema = z
  .strictObject({
    days: positiveIntegerSchema.default(COMMUNITY_CATALYSTS_SUPPORT.days).meta({
      description: `Days of support from a Community Catalysts expert (about ${COMMUNITY_CATALYSTS_SUPPORT.days} by default).`,
    }),
    months: positiveIntegerSchema.default(COMMUNITY_CATALYSTS_SUPPORT.months).meta({
      description: `Months over which the support is phased (about ${COMMUNITY_CATALYSTS_SUPPORT.months} by default).`,
    }),
    startDate: isoDateSchema.optional().meta({
      description: "When it starts (optional; by default the programme's start).",
    }),
  })
  .meta({
    title: "Community Catalysts support",
    description: `The development support from Community Catalysts, the national development organisation for Local Area Coordination: about ${COMMUNITY_CATALYSTS_SUPPORT.days} days phased over about ${COMMUNITY_CATALYSTS_SUPPORT.months} months (${COMMUNITY_CATALYSTS_SUPPORT.source}). Change it to what you agreed.`,
  });

export const budgetSchema = z
  .strictObject({
    amount: z.number().positive().meta({
      title: "Amount (GBP)",
      description: "The amount in pounds sterling (GBP), a number greater than 0.",
    }),
    period: textSchema.meta({
      description: 'What the amount covers, in words, for example "per year for three years".',
    }),
    notes: textSchema.optional().meta({ description: "Anything else about the budget (optional)." }),
  })
  .meta({ title: "Budget", description: "The programme's budget (optional)." });

/** The programme's sponsor and lead: a role contact, with the role title in Welsh for the Welsh documents. */
export const programmeContactSchema = roleContactSchema
  .extend({
    welshRole: textSchema.optional().meta({
      title: "Welsh role title",
      description:
        "The role title in Welsh, as the council uses it (optional, for Welsh councils), used in the Welsh-language documents, which write it after the article (\"cysylltwch â'r …\"). Without it, the Welsh documents use the English title and mark it as English; for a programme lead who is the coordinators' manager, team.manager.welshTitle when given.",
    }),
  })
  .meta({
    description:
      "A role title, optionally its Welsh form, and its work email address. Never a person's name.",
  });

export const programmeSchema = z
  .strictObject({
    name: textSchema.meta({
      title: "Programme name",
      description: 'The name of the programme, for example "Local Area Coordination in Brackenford".',
    }),
    welshName: textSchema.optional().meta({
      title: "Welsh name",
      description:
        'The programme\'s name in Welsh (optional, for Welsh councils), used in the Welsh-language documents, for example "Cydlynu Ardal Leol yng Nghwm Teg". Without it, the Welsh documents use the English name and mark it.',
    }),
    startDate: isoDateSchema.meta({
      title: "Start date",
      description: "The date the programme starts (or started), written YYYY-MM-DD.",
    }),
    sponsor: programmeContactSchema.meta({
      title: "Sponsor",
      description:
        "The senior sponsor of the programme: a role title (and, for Welsh councils, optionally the title in Welsh) and a work email. Never a person's name.",
    }),
    lead: programmeContactSchema.meta({
      title: "Programme lead",
      description:
        "The person leading the programme day to day: a role title (and, for Welsh councils, optionally the title in Welsh) and a work email. Never a person's name.",
    }),
    communityCatalystsSupport: communityCatalystsSupportSchema.default({
      days: COMMUNITY_CATALYSTS_SUPPORT.days,
      months: COMMUNITY_CATALYSTS_SUPPORT.months,
    }),
    budget: budgetSchema.optional(),
    waves: wavesSchema.default({ ...DEFAULT_WAVES }),
  })
  .meta({ title: "Programme", description: "The Local Area Coordination programme of the council." });

// ── neighbourhoods ─────────────────────────────────────────────────────────────────────────────

export const neighbourhoodSchema = z
  .strictObject({
    name: textSchema.meta({
      title: "Neighbourhood name",
      description: "The name of the neighbourhood. Names must differ: file names are made from them.",
    }),
    welshName: textSchema.optional().meta({
      title: "Welsh name",
      description:
        'The neighbourhood\'s name in Welsh (optional, for Welsh councils), used in the Welsh-language documents, for example "Pen-y-Bryn a Thŷ Gwyn". Without it, the Welsh documents use the English name and mark it.',
    }),
    population: positiveIntegerSchema.meta({
      title: "Population",
      description: `The number of people living in the neighbourhood. The LAC Network describes one coordinator for ${formatWholeNumber(POPULATION_PER_COORDINATOR.min)}–${formatWholeNumber(POPULATION_PER_COORDINATOR.max)} people.`,
    }),
    places: z
      .array(textSchema.meta({ description: "A ward or place name." }))
      .min(1)
      .meta({ title: "Places", description: "The wards or places the neighbourhood covers (at least one)." }),
    coordinators: fullTimeEquivalentSchema.default(1).meta({
      title: "Coordinators (full-time equivalent)",
      description:
        "The Local Area Coordinator posts in the neighbourhood, in full-time equivalents (1 by default): 1.5 is one full-time and one half-time post. At most two decimal places.",
    }),
    rural: z.boolean().default(false).meta({
      title: "Rural",
      description:
        "true when the neighbourhood is rural, so that coordinators need to travel between places (false by default). The role descriptions then ask for a way to travel.",
    }),
  })
  .meta({ title: "Neighbourhood", description: "A neighbourhood served by Local Area Coordinators." });

export const neighbourhoodsSchema = z
  .array(neighbourhoodSchema)
  .min(1)
  .check(ruleCheck("uniqueNeighbourhoods"))
  .meta({
    title: "Neighbourhoods",
    description: "The neighbourhoods served by Local Area Coordinators (at least one). Names must differ.",
  });

// ── team ───────────────────────────────────────────────────────────────────────────────────────

export const managerSchema = z
  .strictObject({
    title: textSchema.meta({
      title: "Manager's role title",
      description: `The role title of the coordinators' manager. Titles seen in councils include ${MANAGER_TITLE_EXAMPLES.map((title) => `"${title}"`).join(" and ")}; any title is allowed.`,
      examples: [...MANAGER_TITLE_EXAMPLES],
    }),
    welshTitle: textSchema.optional().meta({
      title: "Welsh title",
      description:
        "The manager's role title in Welsh, as the council uses it (optional, for Welsh councils), used in the Welsh-language documents. Without it, the Welsh documents use the English title and mark it.",
    }),
    span: positiveIntegerSchema.meta({
      title: "Span",
      description: `How many coordinators one manager line-manages. The toolkit's own rule of thumb is ${MANAGER_SPAN.min}–${MANAGER_SPAN.max}; no public source gives a ratio.`,
    }),
    count: positiveIntegerSchema.optional().meta({
      title: "Number of managers",
      description:
        "How many managers (or senior coordinators) the programme has (optional). Left out, it is worked out from the coordinators and the span.",
    }),
    reportsTo: textSchema.optional().meta({
      title: "Reports to",
      description:
        "The role title the manager reports to (optional; by default the programme lead's role). It must not be the manager's own title.",
    }),
    grade: textSchema.optional().meta({
      title: "Manager grade",
      description: "The local grade or salary band of the manager post (optional, free text).",
    }),
  })
  .meta({ title: "Manager", description: "The manager of the Local Area Coordinators." });

export const CONTRACT_TYPES = /* @__PURE__ */ deepFreeze([
  "permanent",
  "fixed-term",
  "to-be-confirmed",
] as const);

export const contractTypeSchema = z.enum(CONTRACT_TYPES).meta({
  title: "Contract type",
  description:
    'The contract of the coordinator and manager posts, as HR decided it: "permanent", "fixed-term" (for example while the programme is funded) or "to-be-confirmed" (the default; the role descriptions then leave a blank for HR to complete).',
});

export const WELSH_LANGUAGE_CATEGORIES = /* @__PURE__ */ deepFreeze([
  "essential",
  "need-to-be-learnt",
  "desirable",
  "not-necessary",
] as const);

export const welshLanguageCategorySchema = z.enum(WELSH_LANGUAGE_CATEGORIES).meta({
  title: "Welsh language skills",
  description:
    'The category of the post under the Welsh Language Standards, from the council\'s own assessment: "essential", "need-to-be-learnt" (when appointed to the post), "desirable" or "not-necessary". No other category is allowed.',
});

export const welshLanguageSchema = z
  .strictObject({
    coordinator: welshLanguageCategorySchema,
    manager: welshLanguageCategorySchema,
    assessment: textSchema.meta({
      title: "Assessment",
      description:
        'Where the category comes from: the council\'s own Welsh language skills assessment of the post, for example "Welsh Language Skills Assessment, HR, March 2027".',
    }),
  })
  .meta({
    title: "Welsh language requirement",
    description:
      "For Welsh councils: the Welsh language category of the coordinator and manager posts, as the council assessed them under its Welsh Language Standards. Not allowed for English councils.",
  });

export const DBS_CHECK_LEVELS = /* @__PURE__ */ deepFreeze([
  "enhanced-with-adults-barred-list",
  "enhanced-with-both-barred-lists",
  "enhanced",
  "to-be-decided",
] as const);

export const dbsCheckSchema = z.enum(DBS_CHECK_LEVELS).meta({
  title: "DBS check",
  description:
    'The Disclosure and Barring Service check the council decided the posts need: "enhanced-with-adults-barred-list", "enhanced-with-both-barred-lists" (adults and children), "enhanced" (no barred list) or "to-be-decided" (the default; the role descriptions then say how to decide).',
});

export const teamSchema = z
  .strictObject({
    coordinatorGrade: textSchema.optional().meta({
      title: "Coordinator grade",
      description:
        "The local grade or salary band of the coordinator post (optional, free text). No standard grade was found in public sources.",
    }),
    hoursPerWeek: z.number().positive().max(48).optional().meta({
      title: "Full-time hours a week",
      description:
        "The council's full-time working week in hours, from HR (optional: without it, the role descriptions leave a blank for HR). A post of 0.5 full-time equivalent works half of it.",
    }),
    contract: contractTypeSchema.default("to-be-confirmed"),
    dbsCheck: dbsCheckSchema.default("to-be-decided"),
    welshLanguage: welshLanguageSchema.optional(),
    manager: managerSchema,
  })
  .meta({ title: "Team", description: "The Local Area Coordination team." });

// ── leadership group ───────────────────────────────────────────────────────────────────────────

export const leadershipGroupMemberSchema = z
  .strictObject({
    organisation: textSchema.meta({ title: "Organisation", description: "The member organisation's name." }),
    sector: partnerSectorSchema,
  })
  .meta({ title: "Member", description: "An organisation on the leadership group." });

export const leadershipGroupSchema = z
  .strictObject({
    members: z
      .array(leadershipGroupMemberSchema)
      .min(1)
      .check(ruleCheck("uniqueLeadershipMembers"))
      .meta({ title: "Members", description: "The organisations on the leadership group (at least one)." }),
  })
  .meta({
    title: "Leadership group",
    description: "The cross-sector leadership group that supports the programme.",
  });

// ── partners ───────────────────────────────────────────────────────────────────────────────────

export const dataProtectionOfficerSchema = z
  .strictObject({
    role: textSchema.optional().meta({
      description:
        'The role title, if not simply "Data Protection Officer" (optional). Never a person\'s name.',
    }),
    email: workEmailSchema,
  })
  .meta({
    title: "Data Protection Officer",
    description: "How to contact the council's Data Protection Officer: a work email, never a person's name.",
  });

const categoryListSchema = z.array(textSchema.meta({ description: "A category of information." }));

export const partnerDataItemsSchema = z
  .strictObject({
    shares: z
      .array(textSchema.meta({ description: 'A data item, such as "date of birth".' }))
      .min(1)
      .optional()
      .meta({
        title: "Items the partner shares",
        description:
          "The data items the partner shares with the programme (optional: by default, the usual items for its kind).",
      }),
    receives: z
      .array(
        textSchema.meta({ description: 'A data item, such as "whether the introduction was taken up".' }),
      )
      .min(1)
      .optional()
      .meta({
        title: "Items the partner receives",
        description:
          "The data items the programme shares with the partner (optional: by default, the usual items for its kind).",
      }),
  })
  .meta({
    title: "Data items",
    description:
      "The data items of each flow, as the ICO code asks (optional): name, contact details, date of birth, the reason for the introduction and so on. Without them, the documents list the usual items for the partner's kind, for the parties to confirm.",
  });

export const partnerSchema = z
  .strictObject({
    organisation: textSchema.meta({
      title: "Organisation",
      description: "The partner organisation's name. Names must differ: file names are made from them.",
    }),
    welshName: textSchema.optional().meta({
      title: "Welsh name",
      description:
        "The partner's name in Welsh (optional), used in the Welsh-language documents. Without it, a Welsh council's Welsh documents use the English name and mark it.",
    }),
    kind: partnerKindSchema,
    councilTier: councilTierSchema.optional(),
    sector: partnerSectorSchema.optional().meta({
      title: "Sector",
      description:
        "The sector shown in the plan (optional: by default, the sector of its kind, for example housing for a housing-association).",
    }),
    publicAuthority: z.boolean().optional().meta({
      title: "Public authority",
      description:
        "Whether the partner is a public authority under DPA 2018 s.7 (a Freedom of Information Act 2000 public authority). Optional: it follows from kind, except for education, where it is required. Set it only to override the kind; lac validate warns when it contradicts it.",
    }),
    legalEntity: textSchema.optional().meta({
      title: "Legal entity (controller)",
      description:
        'The legal person that is the controller, as named in the parties table and signatures, for example "The Chief Constable of Brackenshire Police" or "Brackenshire Fire and Rescue Authority" (optional). Without it, the toolkit derives it where the law is clear (a police force\'s Chief Constable, the Commissioner of Police of the Metropolis, the London Fire Commissioner for the London Fire Brigade) and otherwise uses the organisation\'s name; for another fire and rescue authority or a GP practice, add it.',
    }),
    icoRegistrationNumber: icoRegistrationNumberSchema.optional(),
    icoExemptReason: textSchema.optional().meta({
      title: "Reason for no ICO registration number",
      description:
        'Why the partner has no ICO registration number, when it is exempt from the data protection fee, for example "a not-for-profit organisation that considers itself exempt from the data protection fee". Give either this or icoRegistrationNumber.',
    }),
    contact: roleContactSchema.optional().meta({
      title: "Contact",
      description: "The partner's contact for this sharing (optional): a role title and a work email.",
    }),
    dataProtectionOfficer: dataProtectionOfficerSchema.optional().meta({
      title: "Data Protection Officer",
      description: "How to contact the partner's Data Protection Officer (optional): a work email.",
    }),
    caldicottGuardian: roleContactSchema.optional().meta({
      title: "Caldicott Guardian",
      description:
        "The partner's Caldicott Guardian (optional; NHS bodies and councils with social care functions have one): a role title and a work email. It signs off the partner's disclosures.",
    }),
    shares: categoryListSchema.default([]).meta({
      title: "Shares",
      description:
        "The categories of information the partner shares with the programme (none by default; a partner shares or receives something).",
    }),
    receives: categoryListSchema.default([]).meta({
      title: "Receives",
      description: "The categories of information the partner receives from the programme (none by default).",
    }),
    dataItems: partnerDataItemsSchema.optional(),
    anonymised: z.array(flowDirectionSchema).check(ruleCheck("uniqueAnonymisedDirections")).default([]).meta({
      title: "Anonymised flows",
      description:
        'The directions in which only anonymised or aggregate figures pass ("shares", "receives"; none by default). Figures about people are personal data unless they are effectively anonymised: no one can be identified from them, directly or indirectly, by means reasonably likely to be used (UK GDPR recital 26; ICO guidance on anonymisation). Small numbers and pseudonymised data can still be personal data. Such a flow gets an aggregate-data note instead of lawful bases; its small-number suppression is there so that the figures stay anonymous.',
    }),
  })
  .check(ruleCheck("partner"))
  .meta({ title: "Partner", description: "An organisation that shares information with the programme." });

export const partnersSchema = z.array(partnerSchema).check(ruleCheck("uniquePartners")).meta({
  title: "Partners",
  description: "The organisations that share information with the programme. Organisation names must differ.",
});

// ── data protection ────────────────────────────────────────────────────────────────────────────

export const retentionSchema = z
  .strictObject({
    years: z.number().int().min(1).max(100).meta({
      title: "Years",
      description: "How many years records are kept (a whole number from 1 to 100).",
    }),
    from: textSchema.default(DEFAULT_RETENTION_START).meta({
      title: "From",
      description: `When the retention period starts (by default "${DEFAULT_RETENTION_START}").`,
    }),
    fromCy: textSchema.optional().meta({
      description: "The same in Welsh (optional), for the Welsh notices.",
    }),
  })
  .meta({ title: "Retention", description: "How long records about people are kept." });

export const WASPI_ONE_WAY_PARTNER_COVERS = /* @__PURE__ */ deepFreeze([
  "protocol",
  "disclosure-agreements",
] as const);

/**
 * How a Welsh pack covers the partners whose sharing is one way when others' goes both ways. WASPI uses
 * an Information Sharing Protocol for regular and reciprocal sharing and a Data Disclosure Agreement for
 * one-way disclosures (https://www.waspi.gov.wales/framework-documentation/), but does not say whether a
 * multi-agency protocol may also cover one-way partners, as published protocols do: the regional WASPI
 * quality assurance group decides, so the council chooses (docs/lawful-basis.md, "Wales: ISP or DDA").
 */
export const waspiOneWayPartnersSchema = z.enum(WASPI_ONE_WAY_PARTNER_COVERS).meta({
  title: "One-way partners",
  description:
    'When some partners\' personal data flows go both ways and others\' one way only: "protocol" (the default: the Information Sharing Protocol also covers the one-way partners, for the regional WASPI quality assurance group to confirm) or "disclosure-agreements" (each one-way partner has a Data Disclosure Agreement of its own, and the protocol covers only the partners whose sharing goes both ways). When every flow is one way, each partner has a Data Disclosure Agreement whatever this says.',
});

export const waspiSchema = z
  .strictObject({
    participant: z.boolean().meta({
      title: "Participant",
      description: "true when the council has signed the WASPI Declaration of Acceptance and Participation.",
    }),
    designatedPerson: roleContactSchema.optional().meta({
      title: "Designated person",
      description:
        "The WASPI designated person (usually the Data Protection Officer): a role title and a work email.",
    }),
    oneWayPartners: waspiOneWayPartnersSchema.default("protocol"),
  })
  .meta({
    title: "WASPI",
    description:
      "The Wales Accord on the Sharing of Personal Information. Required for Welsh councils; not allowed for English councils.",
  });

export const SHARING_AGREEMENT_KINDS = /* @__PURE__ */ deepFreeze(["per-partner", "multi-party"] as const);

export const sharingAgreementSchema = z.enum(SHARING_AGREEMENT_KINDS).meta({
  title: "Sharing agreement",
  description:
    'For English councils: "per-partner" (one data-sharing agreement with each partner, the default) or "multi-party" (one agreement signed by all). Welsh councils use a WASPI Information Sharing Protocol instead.',
});

export const COUNCIL_SPECIAL_CATEGORY_CONDITIONS = /* @__PURE__ */ deepFreeze([
  "statutory-purposes",
  "health-or-social-care",
] as const);

export const councilSpecialCategoryConditionSchema = z.enum(COUNCIL_SPECIAL_CATEGORY_CONDITIONS).meta({
  title: "The council's special category condition",
  description:
    'The condition the council relies on for special category data in the programme, stated once and used by every document. "statutory-purposes" (the default): UK GDPR Art 9(2)(g) with DPA 2018 Schedule 1 paragraph 6, for the council\'s statutory functions (the Care Act 2014 s.2 or the Social Services and Well-being (Wales) Act 2014 s.15 prevention duty), which fits the role description\'s "not social care". "health-or-social-care": Art 9(2)(h) with Schedule 1 paragraph 2, only if the council decides that the programme is part of its provision of social care under that duty, processed under a social care professional\'s responsibility (DPA 2018 s.11); not for a district council, which has no social care functions. Either way it is a judgement for the council\'s data protection officer.',
});

export const dataProtectionSchema = z
  .strictObject({
    controller: textSchema.meta({
      title: "Controller",
      description:
        "The organisation that is the controller of the programme's personal data (usually the council).",
    }),
    icoRegistrationNumber: icoRegistrationNumberSchema.optional().meta({
      title: "ICO registration number",
      description:
        'The council\'s own registration number with the ICO, the Information Commission (the Information Commissioner\'s Office until 30 September 2026) (optional): "Z" and 7 digits, or "Z", a capital letter and 6 digits.',
    }),
    dataProtectionOfficer: dataProtectionOfficerSchema,
    caldicottGuardian: roleContactSchema.optional().meta({
      title: "Caldicott Guardian",
      description:
        "The council's Caldicott Guardian: a role title and a work email. Local authorities with adult social care responsibilities must appoint one.",
    }),
    retention: retentionSchema,
    waspi: waspiSchema.optional(),
    privacyNoticeUrl: httpsUrlSchema.meta({
      title: "Privacy notice",
      description: "The web address of the privacy notice that covers the programme, starting with https://.",
    }),
    privacyNoticeUrlCy: httpsUrlSchema.optional().meta({
      title: "Privacy notice in Welsh",
      description:
        "The web address of the Welsh privacy notice (optional), starting with https://: the Welsh documents give it, and give privacyNoticeUrl until it is added.",
    }),
    sharingAgreement: sharingAgreementSchema.default("per-partner"),
    specialCategoryCondition: councilSpecialCategoryConditionSchema.default("statutory-purposes"),
    smallNumberThreshold: z.int().min(2).max(100).default(10).meta({
      title: "Small-number threshold",
      description:
        "Anonymised figures shared with or by partners suppress counts below this number (10 by default), with secondary suppression so they cannot be worked out from totals. There is no single UK rule: NHS Digital's rule for hospital statistics hides figures built on 1 to 7 people, and research environments commonly suppress counts under 10. A neighbourhood of 8,000 to 10,000 people with one coordinator has small caseloads, so small counts can identify people: agree the number with your data protection officer.",
    }),
  })
  .meta({
    title: "Data protection",
    description: "Who is responsible for the programme's personal data, and how it is kept.",
  });

// ── evaluation ─────────────────────────────────────────────────────────────────────────────────

export const evaluationSchema = z
  .strictObject({
    approach: textSchema.meta({
      title: "Approach",
      description:
        'How the programme will be evaluated, for example "formative evaluation in year one, then summative".',
    }),
    partner: textSchema.optional().meta({
      title: "Evaluation partner",
      description: "The organisation that evaluates the programme, for example a university (optional).",
    }),
    summativeReportMonths: positiveIntegerSchema.optional().meta({
      title: "Summative evaluation reports after (months)",
      description:
        "How many months after the programme start the summative evaluation reports, for example 36 for three years (optional). The implementation plan shows it in the timeline.",
    }),
  })
  .meta({ title: "Evaluation", description: "How the programme will be evaluated (optional)." });

// ── output ─────────────────────────────────────────────────────────────────────────────────────

export const OUTPUT_LANGUAGES = /* @__PURE__ */ deepFreeze(["en", "cy"] as const);

export const outputLanguageSchema = z.enum(OUTPUT_LANGUAGES).meta({
  title: "Language",
  description:
    '"en" (English) or "cy" (Welsh). "cy" is reserved for Welsh councils, and only template sets that include Welsh templates write documents in it.',
});

export const BILINGUAL_LAYOUTS = ["separate", "welsh-first", "side-by-side"] as const;

export const bilingualLayoutSchema = z.enum(BILINGUAL_LAYOUTS).meta({
  title: "Bilingual layout",
  description:
    'How a document written in Welsh and English is laid out, as the council\'s Welsh language scheme or standards compliance notice says: "separate" (the default: a Welsh file beside the English one, equal in content and layout), "welsh-first" (one bilingual document, the Welsh text before the English) or "side-by-side" (one bilingual document, each Welsh section beside its English section: two columns in Word and HTML, and the Welsh section just before the English one in Markdown).',
});

export const OUTPUT_FORMATS = /* @__PURE__ */ deepFreeze(["markdown", "docx", "html"] as const);

export const outputFormatSchema = z.enum(OUTPUT_FORMATS).meta({
  title: "Format",
  description:
    '"markdown" (the source every other format is made from), "docx" (Word, for review with tracked changes and for signing) or "html" (one self-contained web page per document, ready to print on A4).',
});

/** A font family name that is safe to write into Word styles and CSS: letters, digits, spaces and hyphens. */
const FONT_NAME = /^[A-Za-z0-9][A-Za-z0-9 -]{0,62}$/;
const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

export const outputStyleSchema = z
  .strictObject({
    font: z
      .string({ error: 'must be a font name, such as "Arial"' })
      .regex(FONT_NAME, {
        error:
          'must be a font name of letters, digits, spaces and hyphens (up to 63 characters), such as "Arial" or "Noto Sans"',
      })
      .default("Arial")
      .meta({
        title: "Font",
        description:
          'The font of the Word and HTML documents ("Arial" by default). Readers without it see a similar sans-serif font.',
      }),
    headingColour: z
      .string({ error: 'must be a colour such as "#1f4e79"' })
      .regex(HEX_COLOUR, {
        error: 'must be a colour written as # and six hexadecimal digits, such as "#1f4e79"',
      })
      .refine(COUNCIL_PREDICATES.readableOnWhite, {
        error:
          "must be dark enough to read on white (a contrast ratio of at least 4.5:1, WCAG 2.1 AA); choose a darker colour",
      })
      .default("#1f4e79")
      .meta({
        title: "Heading colour",
        description:
          'The colour of headings and of the timeline chart, as #rrggbb ("#1f4e79" by default). It must have a contrast of at least 4.5:1 on white.',
      }),
    logo: z
      .string({ error: 'must be the path of an image file, such as "branding/logo.png"' })
      .min(1, { error: 'must not be empty, such as "branding/logo.png"' })
      .optional()
      .meta({
        title: "Logo",
        description:
          "A PNG or JPEG file (SVG for HTML only) shown at the top of every Word and HTML document, at most 1 MB; its path is relative to lac.config.yaml (optional).",
      }),
  })
  .meta({ title: "House style", description: "The council's house style for the Word and HTML documents." });

export const outputSchema = z
  .strictObject({
    languages: z.array(outputLanguageSchema).min(1).check(ruleCheck("uniqueLanguages")).default(["en"]).meta({
      title: "Languages",
      description:
        'The languages of the documents (["en"] by default). "cy" (Welsh) is reserved for Welsh councils: with it, the public-facing documents (the privacy notices, the agreement-to-share form, the role descriptions and advert, the community recruitment panel guide) are also written in Welsh, as draft translations for the council\'s translation service to check.',
    }),
    bilingualLayout: bilingualLayoutSchema.default("separate"),
    welshAlso: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
            error: 'must be a document id such as "dpia" or "implementation-plan"',
          })
          .meta({ description: "The id of a document of the pack, as in the template manifest." }),
      )
      .check(ruleCheck("uniqueWelshAlso"))
      .default([])
      .meta({
        title: "Also in Welsh",
        description:
          'Documents the council also wants in Welsh beyond those the bundled templates write in Welsh (the public-facing ones: privacy notices, the agreement-to-share form, the role descriptions and advert, the panel guide), by document id, for example ["implementation-plan", "dpia"]. Under the Welsh Language Standards (No. 1) Regulations 2015, as the council\'s compliance notice applies them, documents for the public, forms and job adverts need Welsh versions; other documents for public use are assessed on their subject and audience (standard 47, as councils summarise it: check the numbers and wording against the compliance notice). A document with no Welsh template is listed in the pack index for the translation service.',
      }),
    formats: z
      .array(outputFormatSchema)
      .min(1)
      .check(ruleCheck("uniqueFormats"))
      .refine(COUNCIL_PREDICATES.includesMarkdown, {
        error:
          'must include "markdown": the Word and HTML documents are made from the Markdown, which is where changes belong. For example [markdown, docx]',
      })
      .default(["markdown", "docx"])
      .meta({
        title: "Formats",
        description:
          'The formats of the documents (["markdown", "docx"] by default): "markdown", "docx" and "html". Word and HTML files are made from the Markdown, which is always written too.',
      }),
    style: outputStyleSchema.default({ font: "Arial", headingColour: "#1f4e79" }),
  })
  .meta({
    title: "Output",
    description: "The languages, formats and house style of the documents the toolkit writes.",
  });

// ── documents ──────────────────────────────────────────────────────────────────────────────────

const documentSwitch = (what: string) =>
  z
    .boolean()
    .default(true)
    .meta({ description: `true (the default) to write ${what}; false to leave it out.` });

export const documentsSchema = z
  .strictObject({
    dpia: documentSwitch("the data protection impact assessment draft"),
    privacyNotice: documentSwitch("the privacy notice for the people supported"),
    easyReadPrivacyNotice: documentSwitch("the Easy Read privacy notice"),
    agreementForm: documentSwitch("the agreement-to-share record form"),
  })
  .meta({
    title: "Documents",
    description:
      "Which of the optional documents the pack has (all of them by default). Set one to false to leave it out.",
  });

export const DEFAULT_DOCUMENTS = /* @__PURE__ */ deepFreeze({
  dpia: true,
  privacyNotice: true,
  easyReadPrivacyNotice: true,
  agreementForm: true,
} as const);

// ── the whole configuration ────────────────────────────────────────────────────────────────────

export const councilConfigObjectSchema = z.strictObject({
  council: councilSchema,
  programme: programmeSchema,
  neighbourhoods: neighbourhoodsSchema,
  team: teamSchema,
  leadershipGroup: leadershipGroupSchema,
  partners: partnersSchema,
  dataProtection: dataProtectionSchema,
  evaluation: evaluationSchema.optional(),
  output: outputSchema.default({
    languages: ["en"],
    bilingualLayout: "separate",
    welshAlso: [],
    formats: ["markdown", "docx"],
    style: { font: "Arial", headingColour: "#1f4e79" },
  }),
  documents: documentsSchema.default({ ...DEFAULT_DOCUMENTS }),
  templates: templatesFolderSchema.optional(),
});

/**
 * The whole council configuration (`lac.config.yaml`). Every object is strict: an unknown key is an error.
 * The rules between sections (GSS code and nation, WASPI, Welsh-language output) are checks on this root.
 */
export const councilConfigSchema = councilConfigObjectSchema
  .check(
    ruleCheck("gssCodeMatchesNation", {
      when: onlyWhenValid(["council", "nation"], ["council", "gssCode"]),
    }),
  )
  .check(
    ruleCheck("waspiForNation", {
      when: onlyWhenValid(["council", "nation"], ["dataProtection", "waspi"]),
    }),
  )
  .check(
    ruleCheck("councilSpecialCategoryCondition", {
      when: onlyWhenValid(["council", "gssCode"], ["dataProtection", "specialCategoryCondition"]),
    }),
  )
  .check(
    ruleCheck("welshOutputForNation", {
      when: onlyWhenValid(["council", "nation"], ["output", "languages"]),
    }),
  )
  .check(
    ruleCheck("welshOnlyFieldsForNation", {
      when: onlyWhenValid(["council", "nation"], ["council", "welshName"], ["team", "welshLanguage"]),
    }),
  )
  .check(
    ruleCheck("managerReportingLine", {
      when: onlyWhenValid(["team", "manager"], ["programme", "lead"]),
    }),
  )
  .meta({
    title: "LAC council configuration (lac.config.yaml)",
    description:
      "The configuration of a council adopting Local Area Coordination, read by the LAC Toolkit. Write role titles and work emails only: never a person's name.",
  });

/** The configuration after parsing: every default filled in. */
export type CouncilConfig = z.output<typeof councilConfigSchema>;
/** The configuration as written: keys with defaults may be left out. */
export type CouncilConfigInput = z.input<typeof councilConfigSchema>;

export type Council = z.output<typeof councilSchema>;
export type Programme = z.output<typeof programmeSchema>;
export type RoleContact = z.output<typeof roleContactSchema>;
export type CommunityCatalystsSupport = z.output<typeof communityCatalystsSupportSchema>;
export type Budget = z.output<typeof budgetSchema>;
export type Neighbourhood = z.output<typeof neighbourhoodSchema>;
export type Team = z.output<typeof teamSchema>;
export type Manager = z.output<typeof managerSchema>;
export type LeadershipGroup = z.output<typeof leadershipGroupSchema>;
export type LeadershipGroupMember = z.output<typeof leadershipGroupMemberSchema>;
export type Partner = z.output<typeof partnerSchema>;
export type PartnerDataItems = z.output<typeof partnerDataItemsSchema>;
export type DataProtection = z.output<typeof dataProtectionSchema>;
export type DataProtectionOfficer = z.output<typeof dataProtectionOfficerSchema>;
export type Retention = z.output<typeof retentionSchema>;
export type Waspi = z.output<typeof waspiSchema>;
export type CouncilSpecialCategoryCondition = z.output<typeof councilSpecialCategoryConditionSchema>;
export type SharingAgreementKind = z.output<typeof sharingAgreementSchema>;
export type WaspiOneWayPartners = z.output<typeof waspiOneWayPartnersSchema>;
export type Evaluation = z.output<typeof evaluationSchema>;
export type Waves = z.output<typeof wavesSchema>;
export type ContractType = z.output<typeof contractTypeSchema>;
export type WelshLanguageCategory = z.output<typeof welshLanguageCategorySchema>;
export type WelshLanguage = z.output<typeof welshLanguageSchema>;
export type DbsCheckLevel = z.output<typeof dbsCheckSchema>;
export type DocumentSwitches = z.output<typeof documentsSchema>;
export type Output = z.output<typeof outputSchema>;
export type OutputLanguage = z.output<typeof outputLanguageSchema>;
export type OutputFormat = z.output<typeof outputFormatSchema>;
export type OutputStyle = z.output<typeof outputStyleSchema>;
