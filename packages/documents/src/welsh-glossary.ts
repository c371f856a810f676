import { principles } from "@lac/principles/list";

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

/**
 * The toolkit's draft Welsh translation of the sentence that explains each principle (the English
 * sentences are the toolkit's own, in @lac/principles, so no published Welsh text exists). The Welsh
 * documents say that these are drafts for the council's translation service to check.
 */
const PRINCIPLE_MEANINGS_CY: Readonly<Record<string, string>> = {
  citizenship:
    "Mae gan bob person yr un hawliau, yr un cyfrifoldebau a'r un cyfleoedd i gymryd rhan ym mywyd ei gymuned ac i gyfrannu ato, ac mae ei hunaniaeth, ei gredoau a'i ffordd o fyw yn cael eu parchu.",
  relationships:
    "Teulu, ffrindiau a'r rhwydwaith personol ehangach yw sylfaen bywyd da yn y gymuned, ac mae'n werth eu meithrin a'u diogelu.",
  "natural-authority":
    "Pobl a'u teuluoedd yw'r arbenigwyr ar eu bywydau eu hunain, a nhw sydd yn y sefyllfa orau i wneud penderfyniadau amdanynt.",
  "lifelong-learning":
    "Gall pawb barhau i ddysgu, i ddatblygu ac i gyfrannu drwy gydol eu bywyd, a gall cyfnodau anodd fod yn gyfle i dyfu.",
  information:
    "Mae gwybodaeth gywir, amserol a pherthnasol, mewn ffurf sy'n addas i'r person, yn gwneud penderfyniadau gwybodus, dewis a rheolaeth yn bosibl.",
  "choice-and-control":
    "Pobl, yn aml ynghyd â'u teuluoedd a'u rhwydweithiau, sy'n arwain y penderfyniadau am eu bywydau, ac sy'n cynllunio, yn dewis ac yn rheoli'r cymorth, y gwasanaethau a'r adnoddau y maen nhw'n eu defnyddio.",
  community:
    "Mae mwy o gyfoeth mewn cymunedau sy'n cynnwys pawb, a nhw yw prif ffynhonnell cyfeillgarwch, cymorth a bywyd ystyrlon.",
  contribution:
    "Mae cryfderau, gwybodaeth, sgiliau a doniau unigolion, teuluoedd a chymunedau yn cael eu gwerthfawrogi, eu hannog a'u defnyddio.",
  "working-together":
    "Mae partneriaethau rhwng pobl a theuluoedd, cymunedau a gwasanaethau yn hanfodol i hawliau pobl, i'w cynhwysiant ac i'w gweledigaeth o fywyd da.",
  "complementary-nature-of-services":
    "Mae gwasanaethau'n cefnogi ac yn ategu, yn hytrach nag yn disodli, yr hyn y mae pobl, teuluoedd a chymunedau yn ei wneud drostynt eu hunain a thros ei gilydd.",
};

/** A principle in Welsh: its name, and the sentence that explains it, with the English of both. */
export interface WelshPrinciple extends WelshTerm {
  readonly id: string;
  /** The English sentence that explains the principle (@lac/principles). */
  readonly meaningEn: string;
  /** The toolkit's draft Welsh translation of that sentence, for the translation service to check. */
  readonly meaningCy: string;
}

/** The ten principles with their Welsh names and draft Welsh meanings, in the Network's order. */
export const WELSH_PRINCIPLES: readonly WelshPrinciple[] = principles.map((principle) => ({
  id: principle.id,
  en: principle.name,
  cy: PRINCIPLE_NAMES_CY[principle.id] ?? principle.name,
  meaningEn: principle.meaning,
  meaningCy: PRINCIPLE_MEANINGS_CY[principle.id] ?? principle.meaning,
  source: proposal(
    "The toolkit's proposal: the Local Area Coordination Network publishes the principles in English only. The sentence on each principle is the toolkit's own, and its Welsh is the toolkit's draft translation.",
  ),
}));

export type WelshTermKey = keyof typeof WELSH_TERMS;

/** The Welsh terms by key, as the templates see them: `{{cy.terms.localAreaCoordinator}}`. */
export const welshTermTexts: { readonly [K in WelshTermKey]: string } = Object.fromEntries(
  Object.entries(WELSH_TERMS).map(([key, term]) => [key, term.cy]),
) as { readonly [K in WelshTermKey]: string };
