import {
  PARTNER_KIND_INFO,
  councilTierLabels,
  nationLabels,
  partnerKindExistsIn,
  partnerKindLabel,
  partnerKindsIn,
  partnerSectorLabels,
  partnerSectorLabelsByNation,
  partnerSectorsIn,
} from "@lac/council/quick";
import type { Answers, FieldQuestion, MoreChoices, OfferedChoices, Question } from "./question.js";
import { deepFreeze } from "./deep-freeze.js";

/** What people see for each legal nature of a partner. */
const partnerKindLabels = Object.fromEntries(
  Object.entries(PARTNER_KIND_INFO).map(([kind, info]) => [kind, info.label]),
);

/**
 * The kinds of partner that exist only in the other nation (an integrated care board or NHS foundation
 * trust for a Welsh council, a local health board for an English one), offered behind a last choice for
 * a partner across the border, named as that nation names them. lac warns of such a kind (see
 * partner-kind-outside-nation in @lac/council), and keeps it.
 */
const partnerKindsAcrossBorder = (answers: Answers): MoreChoices | undefined => {
  const nation = (answers.council as { nation?: string } | undefined)?.nation;
  if (nation !== "england" && nation !== "wales") return undefined;
  const other = nation === "wales" ? "england" : "wales";
  const values = partnerKindsIn(other).filter((kind) => !partnerKindExistsIn(kind, nation));
  return {
    label: `A kind of body only in ${nationLabels[other]} (a partner across the border)…`,
    values,
    labels: Object.fromEntries(values.map((kind) => [kind, partnerKindLabel(kind, other)])),
    help: `Only for a partner across the border in ${nationLabels[other]}: such a body does not exist in ${nationLabels[nation]}, so lac asks you to check it when the questions end.`,
  };
};

/**
 * The kinds of partner a council is offered: those that exist in its nation (no integrated care board or
 * foundation trust in Wales, no local health board in England), named as that nation names them.
 */
const partnerKindsOffered = (answers: Answers): OfferedChoices => {
  const nation = (answers.council as { nation?: string } | undefined)?.nation;
  if (nation !== "england" && nation !== "wales") return { values: Object.keys(PARTNER_KIND_INFO) };
  const values = partnerKindsIn(nation);
  return {
    values,
    labels: Object.fromEntries(values.map((kind) => [kind, partnerKindLabel(kind, nation)])),
  };
};

/** The sectors of a leadership group member a council is offered, named as its nation names them. */
const partnerSectorsOffered = (answers: Answers): OfferedChoices => {
  const nation = (answers.council as { nation?: string } | undefined)?.nation;
  if (nation !== "england" && nation !== "wales") return { values: Object.keys(partnerSectorLabels) };
  return { values: partnerSectorsIn(nation), labels: partnerSectorLabelsByNation[nation] };
};

/** The categories of a post under the Welsh Language Standards. */
const welshSkillLabels = {
  essential: "Essential",
  "need-to-be-learnt": "Need to be learnt (once appointed)",
  desirable: "Desirable",
  "not-necessary": "Not necessary",
};
/** What a post's Welsh language skills category is, in the words of its choices (the schema's names its values). */
const WELSH_SKILL_HELP =
  "The category of the post under the Welsh Language Standards, from the council's own assessment.";

const inEngland = (answers: Answers) =>
  (answers.council as { nation?: string } | undefined)?.nation === "england";
const inWales = (answers: Answers) =>
  (answers.council as { nation?: string } | undefined)?.nation === "wales";
/**
 * Two partners or more: only then can one partner's sharing go both ways and another's one way (WASPI),
 * or one multi-party agreement differ from an agreement with each partner.
 */
const severalPartners = (answers: Answers) => Array.isArray(answers.partners) && answers.partners.length > 1;
const asksForWelsh = (answers: Answers) => {
  const languages = (answers.output as { languages?: unknown } | undefined)?.languages;
  return inWales(answers) && Array.isArray(languages) && languages.includes("cy");
};
const council = (answers: Answers) => (answers.council ?? {}) as { name?: string; shortName?: string };

const under = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/**
 * `what`: who the contact is, said before the example (e.g. "The senior sponsor of the programme.").
 * `welshRoleHelp`, for the programme's contacts that the Welsh documents name: the role title in Welsh is
 * asked after the role, only when the documents include Welsh, with that help.
 */
const contact = (path: string, who: string, what?: string, welshRoleHelp?: string): FieldQuestion[] => [
  {
    kind: "text",
    path: under(path, "role"),
    message: `${who}: role title`,
    help: `${what ? `${what} ` : ""}A role title such as Director of Adult Social Care. Never a person's name.`,
  },
  ...(welshRoleHelp === undefined
    ? []
    : [
        {
          kind: "text" as const,
          path: under(path, "welshRole"),
          message: `${who}: role title in Welsh (optional)`,
          help: welshRoleHelp,
          when: asksForWelsh,
          optional: true,
        },
      ]),
  {
    kind: "text",
    path: under(path, "email"),
    message: `${who}: work email`,
    help: "A work address, ideally a shared mailbox.",
  },
];

/**
 * The questions of `lac init`, in the order they are asked (and the web builder's pages, in the same
 * order). A Welsh council is asked the languages of its documents straight after its nation, so that
 * the Welsh names used only in Welsh documents (the programme's, the sponsor's and lead's roles, the
 * manager's title, each neighbourhood's and partner's) are asked in their place, and only when the documents include Welsh.
 * The council's own Welsh name is asked of every Welsh council: its English documents use it too. Every path is a field of the council
 * configuration schema (`@lac/council`), which validates each answer.
 */
export const councilQuestions: readonly Question[] = /* @__PURE__ */ deepFreeze([
  {
    kind: "text",
    path: "council.name",
    message: "Council's official name",
    help: "As in formal documents, for example Brackenford Borough Council.",
  },
  {
    kind: "text",
    path: "council.shortName",
    message: "Short name used in the documents' text",
    help: "For example Brackenford for Brackenford Borough Council.",
    default: (answers: Answers) =>
      council(answers).name?.replace(
        /\s+(County Borough|Metropolitan Borough|Borough|City|County|District)?\s*Council$/i,
        "",
      ),
  },
  {
    kind: "choice",
    path: "council.nation",
    message: "Nation",
    labels: nationLabels,
    help: "It decides which rules apply (for example WASPI and Welsh-language output in Wales).",
  },
  {
    kind: "list",
    path: "output.languages",
    item: "language",
    message: "Languages of the documents",
    labels: { en: "English", cy: "Welsh" },
    help: "English only by default. With Welsh, the public-facing documents (the privacy notices, the agreement-to-share form, the role descriptions and advert, the community recruitment panel guide) are also written in Welsh, as draft translations for the council's translation service to check.",
    when: inWales,
    default: ["en"],
    unasked: { "output.welshAlso": "the list of documents also in Welsh" },
  },
  {
    kind: "text",
    path: "council.welshName",
    message: "Council's official name in Welsh (optional)",
    help: "For example Cyngor Sir Ceredigion; used in the Welsh-language documents, and shown beside the English name in the English ones.",
    when: inWales,
    optional: true,
  },
  {
    kind: "text",
    path: "council.gssCode",
    message: "ONS GSS code of the council",
    help: "The code the Office for National Statistics (ONS) gives the council's area. Nine characters: E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county, W06 Welsh principal council; for example E06000001.",
  },
  { kind: "integer", path: "council.population", message: "Population of the council's area" },
  { kind: "text", path: "council.website", message: "Council website (https://…)" },

  {
    kind: "text",
    path: "programme.name",
    message: "Programme name",
    default: (answers: Answers) => {
      const name = council(answers).shortName;
      return name ? `Local Area Coordination in ${name}` : undefined;
    },
  },
  {
    kind: "text",
    path: "programme.welshName",
    message: "Programme name in Welsh (optional)",
    help: 'For example Cydlynu Ardal Leol yng Nghwm Teg; used in the Welsh-language documents, which otherwise write the English name marked "(enw Saesneg)".',
    when: asksForWelsh,
    optional: true,
  },
  { kind: "text", path: "programme.startDate", message: "Programme start date (YYYY-MM-DD)" },
  ...contact(
    "programme.sponsor",
    "Sponsor",
    "The senior sponsor of the programme.",
    "As the council uses it; used in the Welsh-language documents, which otherwise write the English title, marked as English.",
  ),
  ...contact(
    "programme.lead",
    "Programme lead",
    "The person leading the programme day to day.",
    "As the council uses it; used in the Welsh-language documents, which otherwise write the English title, marked as English. Leave it empty if the lead is the coordinators' manager: the manager's role title in Welsh, asked later, is used.",
  ),
  {
    kind: "integer",
    path: "programme.communityCatalystsSupport.days",
    message: "Days of support from Community Catalysts",
    help: "Community Catalysts is the national development organisation for Local Area Coordination. About 30 days phased over about 12 months is what it describes; use what you agreed.",
    default: 30,
  },
  {
    kind: "integer",
    path: "programme.communityCatalystsSupport.months",
    message: "Months over which that support is phased",
    default: 12,
  },
  {
    kind: "section",
    path: "programme.budget",
    message: "Include a budget in the implementation plan?",
    questions: [
      { kind: "number", path: "amount", message: "Budget amount in pounds (GBP)" },
      {
        kind: "text",
        path: "period",
        message: 'What the amount covers (for example "per year for three years")',
      },
      { kind: "text", path: "notes", message: "Notes on the budget (optional)", optional: true },
    ],
  },

  {
    kind: "group",
    path: "neighbourhoods",
    item: "neighbourhood",
    message: "Add another neighbourhood?",
    itemName: "name",
    help: "One Local Area Coordinator usually works with 8,000–10,000 people.",
    min: 1,
    questions: [
      { kind: "text", path: "name", message: "Neighbourhood name" },
      {
        kind: "text",
        path: "welshName",
        message: "Its name in Welsh (optional)",
        help: "Used in the Welsh-language documents; the same name if it is already Welsh.",
        optional: true,
        when: asksForWelsh,
      },
      { kind: "integer", path: "population", message: "Population of the neighbourhood" },
      {
        kind: "list",
        path: "places",
        message: "Wards or places it covers (separated by commas)",
        item: "ward or place",
      },
      {
        kind: "number",
        path: "coordinators",
        message: "Local Area Coordinators, in full-time equivalents (for example 1 or 1.5)",
        default: 1,
      },
      {
        kind: "boolean",
        path: "rural",
        message: "Is it rural, so that coordinators travel between places?",
        help: "Answer yes and the role descriptions ask for a way to travel.",
        default: false,
      },
    ],
  },
  {
    kind: "integer",
    path: "programme.waves.neighbourhoodsPerWave",
    message: "Neighbourhoods recruited and started together in each wave",
    help: "More neighbourhoods than this start in later waves.",
    default: 4,
    when: (answers: Answers) => ((answers.neighbourhoods ?? []) as unknown[]).length > 4,
  },
  {
    kind: "integer",
    path: "programme.waves.monthsApart",
    message: "Months between one wave and the next",
    default: 6,
    when: (answers: Answers) => ((answers.neighbourhoods ?? []) as unknown[]).length > 4,
  },

  {
    kind: "text",
    path: "team.coordinatorGrade",
    message: "Coordinator grade or salary band (optional)",
    help: "Leave it empty for the council's job evaluation to set: the role descriptions then leave a blank for it.",
    optional: true,
  },
  {
    kind: "number",
    path: "team.hoursPerWeek",
    message: "Full-time working week, in hours (optional)",
    help: "Leave it empty for HR to give: the role descriptions then leave a blank for it.",
    optional: true,
  },
  {
    kind: "choice",
    path: "team.contract",
    message: "Contract of the posts",
    help: "Leave it to be confirmed: the role descriptions then leave a blank for HR.",
    default: "to-be-confirmed",
    labels: {
      permanent: "Permanent",
      "fixed-term": "Fixed-term",
      "to-be-confirmed": "To be confirmed by HR",
    },
  },
  {
    kind: "choice",
    path: "team.dbsCheck",
    message: "DBS check the posts need",
    help: "Leave it to be decided: the role descriptions say how to decide with HR.",
    default: "to-be-decided",
    labels: {
      "enhanced-with-adults-barred-list": "Enhanced check with the adults' barred list",
      "enhanced-with-both-barred-lists": "Enhanced check with the adults' and children's barred lists",
      enhanced: "Enhanced check, without a barred list",
      "to-be-decided": "To be decided with HR",
    },
  },
  {
    kind: "section",
    path: "team.welshLanguage",
    message: "Has the council assessed the Welsh language skills the posts need?",
    help: "Under the Welsh Language Standards each post is essential, need to be learnt, desirable or not necessary.",
    when: inWales,
    questions: [
      {
        kind: "choice",
        path: "coordinator",
        message: "Coordinator post: Welsh language skills are",
        labels: welshSkillLabels,
        help: WELSH_SKILL_HELP,
      },
      {
        kind: "choice",
        path: "manager",
        message: "Manager post: Welsh language skills are",
        labels: welshSkillLabels,
        help: WELSH_SKILL_HELP,
      },
      { kind: "text", path: "assessment", message: "Which assessment says so (for example HR, June 2026)" },
    ],
  },
  {
    kind: "text",
    path: "team.manager.title",
    message: "Role title of the coordinators' manager",
    help: "Councils use titles such as Senior Local Area Coordinator or Local Area Coordination Team Manager.",
    default: "Senior Local Area Coordinator",
  },
  {
    kind: "text",
    path: "team.manager.welshTitle",
    message: "Manager's role title in Welsh (optional)",
    help: 'As the council uses it; used in the Welsh-language documents, which otherwise write the English title marked "(enw Saesneg)".',
    when: asksForWelsh,
    optional: true,
  },
  {
    kind: "integer",
    path: "team.manager.span",
    message: "How many coordinators one manager line-manages",
    help: "The toolkit's rule of thumb is 6 to 10; more managers are worked out from it. The default is all the coordinators, up to 10.",
    default: (answers: Answers) => {
      const total = ((answers.neighbourhoods ?? []) as { coordinators?: number }[]).reduce(
        (sum, n) => sum + (n.coordinators ?? 1),
        0,
      );
      return total > 0 ? Math.min(Math.ceil(total), 10) : undefined;
    },
    // Worked out from the span when left out: only an answers file gives it.
    unasked: { "team.manager.count": "the number of managers" },
  },
  {
    kind: "text",
    path: "team.manager.reportsTo",
    message: "Role the manager reports to (optional; the programme lead by default)",
    optional: true,
  },

  {
    kind: "group",
    path: "leadershipGroup.members",
    item: "leadership group member",
    message: "Add another member of the leadership group?",
    itemName: "organisation",
    help: "The cross-sector leadership group: the council, health, housing, the voluntary and community sector and more.",
    min: 1,
    questions: [
      { kind: "text", path: "organisation", message: "Member organisation" },
      {
        kind: "choice",
        path: "sector",
        message: "Its sector",
        labels: partnerSectorLabels,
        help: "Choose the one that fits best, or Other if none does.",
        offered: partnerSectorsOffered,
      },
    ],
  },

  {
    kind: "group",
    path: "partners",
    item: "partner",
    firstMessage: "Add a partner that shares information with the programme?",
    message: "Add another partner?",
    itemName: "organisation",
    min: 0,
    questions: [
      { kind: "text", path: "organisation", message: "Partner organisation" },
      {
        kind: "choice",
        path: "kind",
        message: "What kind of organisation it is",
        help: "Its legal form decides who controls the information it holds (its controller) and the lawful bases for sharing. Choose Service of this council for a team of this council: it is part of the council, so it needs no agreement.",
        labels: partnerKindLabels,
        offered: partnerKindsOffered,
        moreChoices: partnerKindsAcrossBorder,
      },
      {
        kind: "choice",
        path: "councilTier",
        message: "Its council tier",
        help: "A district council (in a two-tier area) has no adult social care functions.",
        when: (_answers, item) => item.kind === "council",
        labels: councilTierLabels,
      },
      {
        kind: "boolean",
        path: "publicAuthority",
        message: "Is it a public authority (under the Freedom of Information Act 2000)?",
        when: (_answers, item) => item.kind === "education",
      },
      {
        kind: "text",
        path: "legalEntity",
        message: "The legal entity that is its controller (optional)",
        help: 'For example "The Chief Constable of Ashshire Police" or "Ashshire Fire and Rescue Authority". Empty: the toolkit derives it where the law is clear, or asks the partner to complete it.',
        optional: true,
        when: (_answers, item) => item.kind !== "council-service",
      },
      {
        kind: "text",
        path: "icoRegistrationNumber",
        message: "Its ICO registration number (empty if it is exempt from the fee)",
        help: "Eight characters starting with Z, for example Z1234567 or ZA123456, from the ICO register.",
        optional: true,
        when: (_answers, item) => item.kind !== "council-service",
      },
      {
        kind: "text",
        path: "icoExemptReason",
        message: "Why it has no ICO registration number",
        help: 'For example "a not-for-profit organisation that considers itself exempt from the data protection fee".',
        when: (_answers, item) => item.kind !== "council-service" && item.icoRegistrationNumber === undefined,
      },
      {
        kind: "text",
        path: "welshName",
        message: "Its name in Welsh (optional)",
        help: "Used in the Welsh-language documents; the same name if it is already Welsh.",
        optional: true,
        when: asksForWelsh,
      },
      {
        kind: "list",
        path: "shares",
        item: "kind of information",
        message: "Information it shares with the programme (separated by commas; empty for none)",
        optional: true,
      },
      {
        kind: "list",
        path: "receives",
        item: "kind of information",
        message: "Information it receives from the programme (separated by commas; empty for none)",
        optional: true,
      },
      {
        kind: "list",
        path: "anonymised",
        item: "direction",
        message: "Which directions carry only anonymised figures?",
        help: "Tick what it shares with the programme if that is only anonymised figures, and what it receives from the programme if that is. Anonymised means no one can be identified from the figures: small numbers and pseudonymised data can still be personal data.",
        labels: {
          shares: "What it shares with the programme",
          receives: "What it receives from the programme",
        },
        optional: true,
      },
    ],
  },

  {
    kind: "text",
    path: "dataProtection.controller",
    message: "Controller of the programme's personal data",
    default: (answers: Answers) => council(answers).name,
  },
  {
    kind: "text",
    path: "dataProtection.icoRegistrationNumber",
    message: "The council's ICO registration number (optional)",
    help: 'Eight characters starting with Z, from the ICO register. Leave empty to write "See the ICO register".',
    optional: true,
  },
  {
    kind: "text",
    path: "dataProtection.dataProtectionOfficer.email",
    message: "Data Protection Officer: work email",
  },
  {
    kind: "section",
    path: "dataProtection.caldicottGuardian",
    message: "Does the council have a Caldicott Guardian to name (by role)?",
    help: "In England, councils with adult social care responsibilities must appoint one. In Wales, councils with social services responsibilities have one, as NHS Wales bodies do.",
    questions: contact("", "Caldicott Guardian"),
  },
  {
    kind: "integer",
    path: "dataProtection.retention.years",
    message: "How many years records are kept",
    help: "Take it from the council's records retention schedule.",
  },
  {
    kind: "text",
    path: "dataProtection.retention.from",
    message: "Counted from",
    default: "the last contact with the person",
  },
  {
    kind: "boolean",
    path: "dataProtection.waspi.participant",
    message: "Has the council signed the WASPI Declaration of Acceptance and Participation?",
    help: "WASPI is the Wales Accord on the Sharing of Personal Information. Answer yes if the council has signed its Declaration; the council's information governance team will know.",
    when: inWales,
    unasked: { "dataProtection.waspi": "the council's WASPI answers" },
  },
  {
    kind: "choice",
    path: "dataProtection.waspi.oneWayPartners",
    message:
      "Partners whose sharing is one way: covered by the Information Sharing Protocol, or each by a Data Disclosure Agreement?",
    help: "This matters only when some partners' sharing goes both ways and others' one way (when every flow is one way, each partner has a Data Disclosure Agreement anyway). WASPI uses an Information Sharing Protocol for regular, two-way sharing and a Data Disclosure Agreement for one-way disclosures, but its published pages do not say whether a protocol may also cover one-way partners: ask your regional WASPI quality assurance group. With the protocol (the default), the protocol asks the partners to confirm this with the group, and says how to change this answer if the group asks for Data Disclosure Agreements.",
    when: (answers) => inWales(answers) && severalPartners(answers),
    default: "protocol",
    labels: {
      protocol:
        "The Information Sharing Protocol covers them too (for the WASPI quality assurance group to confirm)",
      "disclosure-agreements": "Each one-way partner has a Data Disclosure Agreement of its own",
    },
  },
  {
    kind: "text",
    path: "dataProtection.privacyNoticeUrl",
    message: "Privacy notice web address (https://…)",
  },
  {
    kind: "text",
    path: "dataProtection.privacyNoticeUrlCy",
    message: "Welsh privacy notice web address (https://…, optional)",
    help: "The address of the Welsh privacy notice, which the Welsh-language documents give; without it they give the English address.",
    when: asksForWelsh,
    optional: true,
  },
  {
    kind: "choice",
    path: "dataProtection.sharingAgreement",
    message: "Data-sharing agreements: one per partner, or one multi-party agreement?",
    when: (answers) => inEngland(answers) && severalPartners(answers),
    default: "per-partner",
    help: "One data-sharing agreement with each partner is the default; the other choice is one agreement that all the partners sign.",
    labels: {
      "per-partner": "One agreement with each partner",
      "multi-party": "One multi-party agreement signed by all",
    },
  },
  {
    kind: "choice",
    path: "dataProtection.specialCategoryCondition",
    message: "The council's condition for special category data",
    help: "Statutory purposes: UK GDPR Art 9(2)(g) with DPA 2018 Schedule 1 paragraph 6 (the role is not social care). Health or social care: Art 9(2)(h) with paragraph 2, if the council judges the programme part of its social care (not for a district council). Decide it with your data protection officer: the LAC Toolkit's guide to lawful bases (docs/lawful-basis.md in its repository) explains both.",
    default: "statutory-purposes",
    labels: {
      "statutory-purposes": "Statutory purposes (Art 9(2)(g), DPA 2018 Sch 1 para 6)",
      "health-or-social-care": "Health or social care (Art 9(2)(h), DPA 2018 Sch 1 para 2)",
    },
  },
  {
    kind: "integer",
    path: "dataProtection.smallNumberThreshold",
    message: "Small-number threshold for anonymised figures",
    help: "Counts below it are suppressed. There is no single UK rule; 10 is common.",
    default: 10,
  },

  {
    kind: "section",
    path: "evaluation",
    message: "Has an evaluation approach been chosen?",
    questions: [
      { kind: "text", path: "approach", message: "Evaluation approach" },
      { kind: "text", path: "partner", message: "Evaluation partner (optional)", optional: true },
      {
        kind: "integer",
        path: "summativeReportMonths",
        message: "Months after the start when a summative evaluation reports (optional)",
        help: "For example 36 for three years. Leave it empty if there is no summative evaluation yet.",
        optional: true,
      },
    ],
  },

  {
    kind: "choice",
    path: "output.bilingualLayout",
    message: "Layout of the Welsh documents",
    help: "Separate Welsh files, or one bilingual document with the Welsh first or side by side. Follow the council's Welsh language standards compliance notice.",
    when: asksForWelsh,
    default: "separate",
    labels: {
      separate: "Separate: a Welsh file beside each English one",
      "welsh-first": "One bilingual document, the Welsh first",
      "side-by-side": "One bilingual document, Welsh and English side by side",
    },
  },
  {
    kind: "list",
    path: "output.formats",
    item: "format",
    message: "Formats of the documents",
    labels: { markdown: "Markdown", docx: "Word (docx)", html: "Web pages (html)" },
    always: ["markdown"],
    help: "The pack always has every document in Markdown, which Word (docx) and web pages (html) are made from: choose those you want as well. Word is what legal, HR and information-governance teams review and what signatories sign.",
    default: ["markdown", "docx"],
  },
]);
