import type { Answers, FieldQuestion, Question } from "./question.js";

const inEngland = (answers: Answers) =>
  (answers.council as { nation?: string } | undefined)?.nation === "england";
const inWales = (answers: Answers) =>
  (answers.council as { nation?: string } | undefined)?.nation === "wales";
const council = (answers: Answers) => (answers.council ?? {}) as { name?: string; shortName?: string };

const under = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

const contact = (path: string, who: string): FieldQuestion[] => [
  {
    kind: "text",
    path: under(path, "role"),
    message: `${who}: role title`,
    help: "A role title such as Director of Adult Social Care. Never a person's name.",
  },
  {
    kind: "text",
    path: under(path, "email"),
    message: `${who}: work email`,
    help: "A work address, ideally a shared mailbox.",
  },
];

/**
 * The questions of `lac init`, in the order they are asked. Every path is a field of the council
 * configuration schema (`@lac/council`), which validates each answer.
 */
export const councilQuestions: readonly Question[] = [
  {
    kind: "text",
    path: "council.name",
    message: "Council's official name",
    help: "As in formal documents, e.g. Brackenford Borough Council.",
  },
  {
    kind: "text",
    path: "council.shortName",
    message: "Short name used in running text",
    default: (answers: Answers) =>
      council(answers).name?.replace(
        /\s+(Borough|City|County|District|Metropolitan Borough)?\s*Council$/i,
        "",
      ),
  },
  { kind: "choice", path: "council.nation", message: "Nation" },
  {
    kind: "text",
    path: "council.gssCode",
    message: "ONS GSS code of the council",
    help: "Nine characters: E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county, W06 Welsh principal council; e.g. E06000001.",
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
  { kind: "text", path: "programme.startDate", message: "Programme start date (YYYY-MM-DD)" },
  ...contact("programme.sponsor", "Sponsor"),
  ...contact("programme.lead", "Programme lead"),
  {
    kind: "integer",
    path: "programme.communityCatalystsSupport.days",
    message: "Days of support from Community Catalysts",
    help: "About 30 days phased over about 12 months is what Community Catalysts describes; use what you agreed.",
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
      { kind: "text", path: "period", message: 'What the amount covers (e.g. "per year for three years")' },
      { kind: "text", path: "notes", message: "Notes on the budget (optional)", optional: true },
    ],
  },

  {
    kind: "group",
    path: "neighbourhoods",
    item: "neighbourhood",
    message: "Add another neighbourhood?",
    help: "One Local Area Coordinator usually works with 8,000–10,000 people.",
    min: 1,
    questions: [
      { kind: "text", path: "name", message: "Neighbourhood name" },
      { kind: "integer", path: "population", message: "Population of the neighbourhood" },
      { kind: "list", path: "places", message: "Wards or places it covers (separated by commas)" },
      { kind: "integer", path: "coordinators", message: "Number of Local Area Coordinators", default: 1 },
    ],
  },

  {
    kind: "text",
    path: "team.coordinatorGrade",
    message: "Coordinator grade or salary band (optional)",
    optional: true,
  },
  {
    kind: "text",
    path: "team.manager.title",
    message: "Role title of the coordinators' manager",
    help: "Councils use titles such as Senior Local Area Coordinator or Local Area Coordination Team Manager.",
    default: "Senior Local Area Coordinator",
  },
  {
    kind: "integer",
    path: "team.manager.span",
    message: "How many coordinators the manager line-manages",
    default: (answers: Answers) =>
      ((answers.neighbourhoods ?? []) as { coordinators?: number }[]).reduce(
        (sum, n) => sum + (n.coordinators ?? 1),
        0,
      ) || undefined,
  },

  {
    kind: "group",
    path: "leadershipGroup.members",
    item: "leadership group member",
    message: "Add another member of the leadership group?",
    help: "The cross-sector leadership group: the council, health, housing, the voluntary and community sector and more.",
    min: 1,
    questions: [
      { kind: "text", path: "organisation", message: "Member organisation" },
      { kind: "choice", path: "sector", message: "Its sector" },
    ],
  },

  {
    kind: "group",
    path: "partners",
    item: "partner",
    message: "Add a partner that shares information with the programme?",
    min: 0,
    questions: [
      { kind: "text", path: "organisation", message: "Partner organisation" },
      { kind: "choice", path: "sector", message: "Its sector" },
      { kind: "boolean", path: "publicAuthority", message: "Is it a public authority?" },
      {
        kind: "text",
        path: "icoRegistrationNumber",
        message: "Its ICO registration number",
        help: "Eight characters starting with Z, e.g. Z1234567 or ZA123456, from the ICO register.",
      },
      {
        kind: "list",
        path: "shares",
        message: "Information it shares with the programme (separated by commas)",
      },
      {
        kind: "list",
        path: "receives",
        message: "Information it receives from the programme (separated by commas; empty for none)",
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
    help: "Councils with adult social care responsibilities must appoint one.",
    when: inEngland,
    questions: contact("", "Caldicott Guardian"),
  },
  {
    kind: "integer",
    path: "dataProtection.retention.years",
    message: "How many years records are kept",
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
    when: inWales,
  },
  {
    kind: "text",
    path: "dataProtection.privacyNoticeUrl",
    message: "Privacy notice web address (https://…)",
  },
  {
    kind: "choice",
    path: "dataProtection.sharingAgreement",
    message: "Data-sharing agreements: one per partner, or one multi-party agreement?",
    when: inEngland,
    default: "per-partner",
  },

  {
    kind: "section",
    path: "evaluation",
    message: "Has an evaluation approach been chosen?",
    questions: [
      { kind: "text", path: "approach", message: "Evaluation approach" },
      { kind: "text", path: "partner", message: "Evaluation partner (optional)", optional: true },
    ],
  },

  {
    kind: "list",
    path: "output.languages",
    message: "Languages of the documents (en, or en, cy)",
    when: inWales,
    default: ["en"],
  },
  {
    kind: "list",
    path: "output.formats",
    message: "Formats of the documents (markdown, docx, html)",
    help: "Markdown is always written: Word (docx) and web pages (html) are made from it. Word is what legal, HR and information-governance teams review and what signatories sign.",
    default: ["markdown", "docx"],
  },
];
