import { z } from "zod";
import {
  httpsUrlSchema,
  isoDateSchema,
  positiveIntegerSchema,
  roleContactSchema,
  textSchema,
  workEmailSchema,
} from "./basic-fields.js";
import {
  checkGssCodeMatchesNation,
  checkWaspiForNation,
  checkWelshOutputForNation,
  onlyWhenValid,
} from "./cross-field-rules.js";
import { formatWholeNumber } from "./describe-value.js";
import { gssCodeSchema } from "./gss-code.js";
import { icoRegistrationNumberSchema } from "./ico-registration-number.js";
import {
  COMMUNITY_CATALYSTS_SUPPORT,
  MANAGER_TITLE_EXAMPLES,
  POPULATION_PER_COORDINATOR,
} from "./lac-sources.js";
import { nationSchema } from "./nation.js";
import { partnerSectorSchema } from "./partner-sector.js";
import { uniqueNames, uniqueValues } from "./unique-names.js";

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

// ── programme ──────────────────────────────────────────────────────────────────────────────────

export const communityCatalystsSupportSchema = z
  .strictObject({
    days: positiveIntegerSchema.default(COMMUNITY_CATALYSTS_SUPPORT.days).meta({
      description: `Days of support from a Community Catalysts expert (about ${COMMUNITY_CATALYSTS_SUPPORT.days} by default).`,
    }),
    months: positiveIntegerSchema.default(COMMUNITY_CATALYSTS_SUPPORT.months).meta({
      description: `Months over which the support is phased (about ${COMMUNITY_CATALYSTS_SUPPORT.months} by default).`,
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

export const programmeSchema = z
  .strictObject({
    name: textSchema.meta({
      title: "Programme name",
      description: 'The name of the programme, for example "Local Area Coordination in Brackenford".',
    }),
    startDate: isoDateSchema.meta({
      title: "Start date",
      description: "The date the programme starts (or started), written YYYY-MM-DD.",
    }),
    sponsor: roleContactSchema.meta({
      title: "Sponsor",
      description:
        "The senior sponsor of the programme: a role title and a work email. Never a person's name.",
    }),
    lead: roleContactSchema.meta({
      title: "Programme lead",
      description:
        "The person leading the programme day to day: a role title and a work email. Never a person's name.",
    }),
    communityCatalystsSupport: communityCatalystsSupportSchema.default({
      days: COMMUNITY_CATALYSTS_SUPPORT.days,
      months: COMMUNITY_CATALYSTS_SUPPORT.months,
    }),
    budget: budgetSchema.optional(),
  })
  .meta({ title: "Programme", description: "The Local Area Coordination programme of the council." });

// ── neighbourhoods ─────────────────────────────────────────────────────────────────────────────

export const neighbourhoodSchema = z
  .strictObject({
    name: textSchema.meta({
      title: "Neighbourhood name",
      description: "The name of the neighbourhood. Names must differ: file names are made from them.",
    }),
    population: positiveIntegerSchema.meta({
      title: "Population",
      description: `The number of people living in the neighbourhood. The LAC Network describes one coordinator for ${formatWholeNumber(POPULATION_PER_COORDINATOR.min)}–${formatWholeNumber(POPULATION_PER_COORDINATOR.max)} people.`,
    }),
    places: z
      .array(textSchema.meta({ description: "A ward or place name." }))
      .min(1)
      .meta({ title: "Places", description: "The wards or places the neighbourhood covers (at least one)." }),
    coordinators: positiveIntegerSchema.default(1).meta({
      title: "Coordinators",
      description: "The number of Local Area Coordinators in the neighbourhood (1 by default).",
    }),
  })
  .meta({ title: "Neighbourhood", description: "A neighbourhood served by Local Area Coordinators." });

export const neighbourhoodsSchema = z
  .array(neighbourhoodSchema)
  .min(1)
  .superRefine(uniqueNames("name", "duplicate-neighbourhood-name", "neighbourhood", "neighbourhoods"))
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
    span: positiveIntegerSchema.meta({
      title: "Span",
      description: "How many coordinators the manager line-manages.",
    }),
  })
  .meta({ title: "Manager", description: "The manager of the Local Area Coordinators." });

export const teamSchema = z
  .strictObject({
    coordinatorGrade: textSchema.optional().meta({
      title: "Coordinator grade",
      description:
        "The local grade or salary band of the coordinator post (optional, free text). No standard grade was found in public sources.",
    }),
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
      .superRefine(
        uniqueNames(
          "organisation",
          "duplicate-leadership-member",
          "member organisation",
          "leadershipGroup.members",
        ),
      )
      .meta({ title: "Members", description: "The organisations on the leadership group (at least one)." }),
  })
  .meta({
    title: "Leadership group",
    description: "The cross-sector leadership group that supports the programme.",
  });

// ── partners ───────────────────────────────────────────────────────────────────────────────────

export const partnerSchema = z
  .strictObject({
    organisation: textSchema.meta({
      title: "Organisation",
      description: "The partner organisation's name. Names must differ: file names are made from them.",
    }),
    sector: partnerSectorSchema,
    publicAuthority: z.boolean().meta({
      title: "Public authority",
      description:
        "true when the partner is a public authority (for example a council or an NHS body), otherwise false.",
    }),
    icoRegistrationNumber: icoRegistrationNumberSchema,
    shares: z
      .array(textSchema.meta({ description: "A category of information." }))
      .min(1)
      .meta({
        title: "Shares",
        description: "The categories of information the partner shares with the programme (at least one).",
      }),
    receives: z
      .array(textSchema.meta({ description: "A category of information." }))
      .default([])
      .meta({
        title: "Receives",
        description:
          "The categories of information the partner receives from the programme (none by default).",
      }),
  })
  .meta({ title: "Partner", description: "An organisation that shares information with the programme." });

export const partnersSchema = z
  .array(partnerSchema)
  .superRefine(
    uniqueNames("organisation", "duplicate-partner-organisation", "partner organisation", "partners"),
  )
  .meta({
    title: "Partners",
    description:
      "The organisations that share information with the programme. Organisation names must differ.",
  });

// ── data protection ────────────────────────────────────────────────────────────────────────────

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

export const retentionSchema = z
  .strictObject({
    years: z.number().int().min(1).max(100).meta({
      title: "Years",
      description: "How many years records are kept (a whole number from 1 to 100).",
    }),
    from: textSchema.default("the last contact with the person").meta({
      title: "From",
      description: 'When the retention period starts (by default "the last contact with the person").',
    }),
  })
  .meta({ title: "Retention", description: "How long records about people are kept." });

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
  })
  .meta({
    title: "WASPI",
    description:
      "The Wales Accord on the Sharing of Personal Information. Required for Welsh councils; not allowed for English councils.",
  });

export const SHARING_AGREEMENT_KINDS = ["per-partner", "multi-party"] as const;

export const sharingAgreementSchema = z.enum(SHARING_AGREEMENT_KINDS).meta({
  title: "Sharing agreement",
  description:
    'For English councils: "per-partner" (one data-sharing agreement with each partner, the default) or "multi-party" (one agreement signed by all). Welsh councils use a WASPI Information Sharing Protocol instead.',
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
        'The council\'s own registration number with the Information Commissioner\'s Office (optional): "Z" and 7 digits, or "Z", a capital letter and 6 digits.',
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
    sharingAgreement: sharingAgreementSchema.default("per-partner"),
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
  })
  .meta({ title: "Evaluation", description: "How the programme will be evaluated (optional)." });

// ── output ─────────────────────────────────────────────────────────────────────────────────────

export const OUTPUT_LANGUAGES = ["en", "cy"] as const;

export const outputLanguageSchema = z.enum(OUTPUT_LANGUAGES).meta({
  title: "Language",
  description:
    '"en" (English) or "cy" (Welsh). "cy" is reserved for Welsh councils, and only template sets that include Welsh templates write documents in it.',
});

export const OUTPUT_FORMATS = ["markdown", "docx", "html"] as const;

export const outputFormatSchema = z.enum(OUTPUT_FORMATS).meta({
  title: "Format",
  description:
    '"markdown" (the source every other format is made from), "docx" (Word, for review with tracked changes and for signing) or "html" (one self-contained web page per document, ready to print on A4).',
});

/** A font family name that is safe to write into Word styles and CSS: letters, digits, spaces and hyphens. */
const FONT_NAME = /^[A-Za-z0-9][A-Za-z0-9 -]{0,62}$/;
const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** The contrast ratio of a #rrggbb colour against white (WCAG 2.1 relative luminance). */
export function contrastWithWhite(colour: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

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
      .refine((colour) => !HEX_COLOUR.test(colour) || contrastWithWhite(colour) >= 4.5, {
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
    languages: z
      .array(outputLanguageSchema)
      .min(1)
      .superRefine(uniqueValues("duplicate-language", "language", "output.languages"))
      .default(["en"])
      .meta({
        title: "Languages",
        description:
          'The languages of the documents (["en"] by default). "cy" (Welsh) is reserved for Welsh councils, and is only rendered by template sets that include Welsh templates: the bundled templates are in English only.',
      }),
    formats: z
      .array(outputFormatSchema)
      .min(1)
      .superRefine(uniqueValues("duplicate-format", "format", "output.formats"))
      .refine((formats) => formats.includes("markdown"), {
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
    formats: ["markdown", "docx"],
    style: { font: "Arial", headingColour: "#1f4e79" },
  }),
});

/**
 * The whole council configuration (`lac.config.yaml`). Every object is strict: an unknown key is an error.
 * The rules between sections (GSS code and nation, WASPI, Welsh-language output) are checks on this root.
 */
export const councilConfigSchema = councilConfigObjectSchema
  .superRefine(checkGssCodeMatchesNation, {
    when: onlyWhenValid(["council", "nation"], ["council", "gssCode"]),
  })
  .superRefine(checkWaspiForNation, {
    when: onlyWhenValid(["council", "nation"], ["dataProtection", "waspi"]),
  })
  .superRefine(checkWelshOutputForNation, {
    when: onlyWhenValid(["council", "nation"], ["output", "languages"]),
  })
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
export type DataProtection = z.output<typeof dataProtectionSchema>;
export type DataProtectionOfficer = z.output<typeof dataProtectionOfficerSchema>;
export type Retention = z.output<typeof retentionSchema>;
export type Waspi = z.output<typeof waspiSchema>;
export type SharingAgreementKind = z.output<typeof sharingAgreementSchema>;
export type Evaluation = z.output<typeof evaluationSchema>;
export type Output = z.output<typeof outputSchema>;
export type OutputLanguage = z.output<typeof outputLanguageSchema>;
export type OutputFormat = z.output<typeof outputFormatSchema>;
export type OutputStyle = z.output<typeof outputStyleSchema>;
