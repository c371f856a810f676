import type { CouncilTier, PartnerKind } from "@lac/council";
import { principles } from "@lac/principles/list";
import { deepFreeze } from "./deep-freeze.js";

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
export const WELSH_TERMS = /* @__PURE__ */ deepFreeze({
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
  dateOfBirth: {
    en: "date of birth",
    cy: "dyddiad geni",
    source: proposal("The toolkit's proposal: the everyday words."),
  },
  nhsNumber: {
    en: "NHS number",
    cy: "rhif GIG",
    source: proposal(
      "The toolkit's proposal: GIG is the NHS in Welsh, as the Welsh text of SI 2020/1469 names NHS bodies (Ymddiriedolaeth GIG); no published Welsh term for the number itself was found.",
    ),
  },
  tenancyReference: { en: "tenancy reference", cy: "cyfeirnod tenantiaeth", source: proposal() },
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
  lawEnforcement: {
    en: "law enforcement (the rules of Data Protection Act 2018 Part 3)",
    cy: "gorfodi'r gyfraith",
    source: proposal(
      "The toolkit's proposal: the words Welsh police forces use on their Welsh pages (Dyfed-Powys Police's Welsh privacy notice, http://dyfed-powys.police.uk/cy/hysbysiad-preifatrwydd, on processing 'sydd ddim yn ymwneud â gorfodi'r gyfraith', and its page https://www.dyfed-powys.police.uk/cy/mynediad-at-wybodaeth/sut-i-gael-gwybodaeth/rheoli-gwybodaeth/ on 'Prosesu Gorfodi'r Gyfraith'; British Transport Police, 'prosesau gorfodi'r gyfraith'). No Welsh template used a term for it before, and TermCymru was not reached: the council's translation service should confirm it.",
    ),
  },
  recognisedLegitimateInterest: {
    en: "recognised legitimate interest (UK GDPR Art 6(1)(ea))",
    cy: "buddiant dilys cydnabyddedig",
    source: proposal(
      "The toolkit's proposal: no authoritative Welsh term was found for the lawful basis that the Data (Use and Access) Act 2025 s.70 added. It is built on the privacy notice's \"buddiannau dilys\" (legitimate interests), in the singular, with \"cydnabyddedig\" (recognised); the council's translation service should confirm it or give the council's own term.",
    ),
  },
  communityCatalysts: {
    en: "Community Catalysts",
    cy: "Community Catalysts",
    source: proposal(
      "The toolkit's proposal: a proper name (Community Catalysts CIC, which convenes the Local Area Coordination Network), written as it is in English.",
    ),
  },
} as const satisfies Record<string, WelshTerm>);

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
export const WELSH_PRINCIPLES: readonly WelshPrinciple[] = /* @__PURE__ */ deepFreeze(
  principles.map((principle) => ({
    id: principle.id,
    en: principle.name,
    cy: PRINCIPLE_NAMES_CY[principle.id] ?? principle.name,
    meaningEn: principle.meaning,
    meaningCy: PRINCIPLE_MEANINGS_CY[principle.id] ?? principle.meaning,
    source: proposal(
      "The toolkit's proposal: the Local Area Coordination Network publishes the principles in English only. The sentence on each principle is the toolkit's own, and its Welsh is the toolkit's draft translation.",
    ),
  })),
);

export type WelshTermKey = keyof typeof WELSH_TERMS;

/** The Welsh terms by key, as the templates see them: `{{cy.terms.localAreaCoordinator}}`. */
export const welshTermTexts: { readonly [K in WelshTermKey]: string } = Object.fromEntries(
  Object.entries(WELSH_TERMS).map(([key, term]) => [key, term.cy]),
) as { readonly [K in WelshTermKey]: string };

/** The Welsh legislation that names NHS bodies in Welsh (regulation 2 of the Welsh text). */
const NHS_BODIES_CY: WelshTermSource = {
  kind: "published",
  name: "Rheoliadau Iechyd a Gofal Digidol Cymru (Aelodaeth a Gweithdrefn) 2020 (SI 2020/1469), Welsh text, regulation 2",
  url: "https://legislation.gov.uk/cy/wsi/2020/1469/body/made/welsh",
};

const KIND_PROPOSAL = proposal(
  "The toolkit's proposal: a plain description of the kind of organisation, not a term of art. The council's translation service should confirm it.",
);

/**
 * The kind of each partner (`partners[].kind`) as the Welsh documents name it, beside the English label a
 * Welsh council's documents use: the privacy notice says what kind of organisation each recipient is.
 */
export const WELSH_PARTNER_KIND_LABELS: Readonly<Record<PartnerKind, WelshTerm>> = {
  council: { en: "Council", cy: "Cyngor", source: KIND_PROPOSAL },
  "council-service": { en: "Service of this council", cy: "Gwasanaeth y cyngor hwn", source: KIND_PROPOSAL },
  "nhs-trust": { en: "NHS trust", cy: "Ymddiriedolaeth GIG", source: NHS_BODIES_CY },
  "nhs-foundation-trust": {
    en: "NHS foundation trust",
    cy: "Ymddiriedolaeth sefydledig GIG",
    source: NHS_BODIES_CY,
  },
  "integrated-care-board": {
    en: "Integrated care board",
    cy: "Bwrdd gofal integredig",
    source: KIND_PROPOSAL,
  },
  "local-health-board": {
    en: "Local health board (NHS Wales)",
    cy: "Bwrdd Iechyd Lleol (GIG Cymru)",
    source: NHS_BODIES_CY,
  },
  "gp-practice": { en: "GP practice", cy: "Practis meddyg teulu", source: KIND_PROPOSAL },
  police: { en: "Police force", cy: "Heddlu", source: KIND_PROPOSAL },
  "fire-and-rescue-authority": {
    en: "Fire and rescue authority",
    cy: "Awdurdod tân ac achub",
    source: KIND_PROPOSAL,
  },
  "housing-association": {
    en: "Housing association (registered social landlord)",
    cy: "Cymdeithas dai (landlord cymdeithasol cofrestredig)",
    source: {
      kind: "published",
      name: "Cyfraith Cymru (Law Wales), Landlordiaid cymdeithasol cofrestredig",
      url: "https://cyfraith.llyw.cymru/landlordiaid-cymdeithasol-cofrestredig-0",
    },
  },
  charity: {
    en: "Charity or voluntary organisation",
    cy: "Elusen neu sefydliad gwirfoddol",
    source: KIND_PROPOSAL,
  },
  company: {
    en: "Company, society or community interest company",
    cy: "Cwmni, cymdeithas neu gwmni buddiant cymunedol",
    source: KIND_PROPOSAL,
  },
  education: { en: "Education provider", cy: "Darparwr addysg", source: KIND_PROPOSAL },
  "other-public-authority": {
    en: "Other public authority",
    cy: "Awdurdod cyhoeddus arall",
    source: KIND_PROPOSAL,
  },
};

/** The tier of a council partner (`partners[].councilTier`) as the Welsh documents name it. */
export const WELSH_COUNCIL_TIER_LABELS: Readonly<Record<CouncilTier, string>> = {
  county: "Cyngor sir",
  district: "Cyngor dosbarth",
  unitary: "Cyngor unedol",
  metropolitan: "Cyngor dosbarth metropolitan",
  "london-borough": "Cyngor bwrdeistref yn Llundain",
  "welsh-principal": "Cyngor sir neu gyngor bwrdeistref sirol yng Nghymru",
};
