import { principles } from "@lac/principles";

/** Where a Welsh term comes from: a published source, or the toolkit's own proposal. */
export type WelshTermSource =
  | { readonly kind: "published"; readonly name: string; readonly url: string }
  | { readonly kind: "proposal"; readonly note: string };

/** One term of the glossary: the English term, the Welsh term the templates use, and its source. */
export interface WelshTerm {
  readonly en: string;
  readonly cy: string;
  readonly source: WelshTermSource;
}

const PROPOSAL_NO_STANDARD =
  "The toolkit's proposal: no standard Welsh term was found (BydTermCymru, the Welsh Government's term bank, and Welsh councils' pages were searched). The council's translation service should confirm it or give the council's own term.";

const proposal = (note = PROPOSAL_NO_STANDARD): WelshTermSource => ({ kind: "proposal", note });

/**
 * The Welsh terms the Welsh-language templates use, by key: every template takes a term from here
 * (`{{cy.terms.localAreaCoordinator}}`), never a free translation, so that a term is changed in one place.
 * Sources are the pages checked; a term with no published source is marked as the toolkit's proposal.
 */
export const WELSH_TERMS = {
  localAreaCoordination: {
    en: "Local Area Coordination",
    cy: "Cydlynu Ardal Leol",
    source: proposal(),
  },
  localAreaCoordinator: {
    en: "Local Area Coordinator",
    cy: "Cydlynydd Ardal Leol",
    source: proposal(),
  },
  localAreaCoordinators: {
    en: "Local Area Coordinators",
    cy: "Cydlynwyr Ardal Leol",
    source: proposal("The plural of the toolkit's proposed term for a Local Area Coordinator."),
  },
  introduction: {
    en: "introduction (a person introduced to a coordinator)",
    cy: "cyflwyniad",
    source: proposal(
      "The toolkit's proposal: the everyday Welsh word for an introduction (of one person to another); no standard term for a referral-free introduction was found.",
    ),
  },
  agreementToShare: {
    en: "agreement to share",
    cy: "cytundeb i rannu",
    source: proposal(
      "The toolkit's proposal. It is deliberately not \"cydsyniad\" (consent): the agreement is the person's say over sharing, not the lawful basis of consent under UK GDPR.",
    ),
  },
  dataProtectionOfficer: {
    en: "data protection officer",
    cy: "Swyddog Diogelu Data",
    source: {
      kind: "published",
      name: "Wales Office, personal information charter (Welsh version), and the Senedd's privacy notices",
      url: "https://www.gov.uk/government/organisations/wales-office/about/personal-information-charter.cy",
    },
  },
  caldicottGuardian: {
    en: "Caldicott Guardian",
    cy: "Gwarcheidwad Caldicott",
    source: proposal(
      "The toolkit's proposal, keeping the name Caldicott: no published Welsh term was found. Ask the council's or the health board's Caldicott Guardian which Welsh title they use.",
    ),
  },
  lawfulBasis: {
    en: "lawful basis",
    cy: "sail gyfreithlon",
    source: {
      kind: "published",
      name: "Planning Inspectorate, Hysbysiad Preifatrwydd Cwsmer yn Gymraeg: Rhestr Termau Technegol (GOV.UK, 2025); the ICO's Welsh privacy notices",
      url: "https://www.gov.uk/government/publications/planning-inspectorate-privacy-notices/hysbysiad-preifatrwydd-cwsmer-yn-gymraeg-rhestr-termau-technegol",
    },
  },
  privacyNotice: {
    en: "privacy notice",
    cy: "hysbysiad preifatrwydd",
    source: {
      kind: "published",
      name: "Planning Inspectorate, Hysbysiad Preifatrwydd Cwsmer yn Gymraeg: Rhestr Termau Technegol (GOV.UK, 2025)",
      url: "https://www.gov.uk/government/publications/planning-inspectorate-privacy-notices/hysbysiad-preifatrwydd-cwsmer-yn-gymraeg-rhestr-termau-technegol",
    },
  },
  informationCommissionersOffice: {
    en: "Information Commissioner's Office",
    cy: "Swyddfa'r Comisiynydd Gwybodaeth",
    source: {
      kind: "published",
      name: "Planning Inspectorate, Hysbysiad Preifatrwydd Cwsmer yn Gymraeg: Rhestr Termau Technegol (GOV.UK, 2025)",
      url: "https://www.gov.uk/government/publications/planning-inspectorate-privacy-notices/hysbysiad-preifatrwydd-cwsmer-yn-gymraeg-rhestr-termau-technegol",
    },
  },
} as const satisfies Record<string, WelshTerm>;

/** The Welsh names of the Network's ten principles, by the principle's id (the English names are the Network's). */
const PRINCIPLE_NAMES_CY: Readonly<Record<string, string>> = {
  citizenship: "Dinasyddiaeth",
  relationships: "Perthnasoedd",
  "natural-authority": "Awdurdod naturiol",
  "lifelong-learning": "Dysgu gydol oes",
  information: "Gwybodaeth",
  "choice-and-control": "Dewis a rheolaeth",
  community: "Cymuned",
  contribution: "Cyfraniad",
  "working-together": "Cydweithio",
  "complementary-nature-of-services": "Natur ategol gwasanaethau",
};

/** The ten principles with their Welsh names, in the Network's order. */
export const WELSH_PRINCIPLES: readonly (WelshTerm & { readonly id: string })[] = principles.map(
  (principle) => ({
    id: principle.id,
    en: principle.name,
    cy: PRINCIPLE_NAMES_CY[principle.id] ?? principle.name,
    source: proposal(
      "The toolkit's proposal: the Local Area Coordination Network publishes the principles in English only.",
    ),
  }),
);

export type WelshTermKey = keyof typeof WELSH_TERMS;

/** The Welsh terms by key, as the templates see them: `{{cy.terms.localAreaCoordinator}}`. */
export const welshTermTexts: { readonly [K in WelshTermKey]: string } = Object.fromEntries(
  Object.entries(WELSH_TERMS).map(([key, term]) => [key, term.cy]),
) as { readonly [K in WelshTermKey]: string };
