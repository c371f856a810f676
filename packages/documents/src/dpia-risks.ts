import { formatNumber } from "@lac/en-gb-format";

/**
 * The risks of Local Area Coordination that the DPIA draft proposes, in the ICO sample template's terms:
 * likelihood of harm (remote, possible, probable) × severity of harm (minimal, significant, severe)
 * gives the overall risk (low, medium, high). The ratings are the toolkit's proposals for the data
 * protection officer to confirm or change, not findings.
 */

export const LIKELIHOODS = ["remote", "possible", "probable"] as const;
export const SEVERITIES = ["minimal", "significant", "severe"] as const;
export const RISK_LEVELS = ["low", "medium", "high"] as const;
export const RISK_EFFECTS = ["eliminated", "reduced", "accepted"] as const;

export type Likelihood = (typeof LIKELIHOODS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type RiskEffect = (typeof RISK_EFFECTS)[number];

/**
 * The overall risk of a likelihood and a severity: the product of their ranks (1–3 each) is low up
 * to 2, medium from 3 to 4, and high from 6. The toolkit's own matrix, the one most risk registers use.
 */
export function overallRisk(likelihood: Likelihood, severity: Severity): RiskLevel {
  const score = (LIKELIHOODS.indexOf(likelihood) + 1) * (SEVERITIES.indexOf(severity) + 1);
  if (score <= 2) return "low";
  if (score <= 4) return "medium";
  return "high";
}

export interface DpiaRisk {
  readonly id: string;
  readonly source: string;
  readonly likelihood: Likelihood;
  readonly severity: Severity;
  readonly measures: string;
  readonly effect: RiskEffect;
  /** Likelihood and severity once the measures are in place. */
  readonly residualLikelihood: Likelihood;
  readonly residualSeverity: Severity;
  /** Only when the council has a police partner. */
  readonly lawEnforcementOnly?: boolean;
}

export const DPIA_RISKS: readonly DpiaRisk[] = [
  {
    id: "introductions-become-referrals",
    source:
      "Pressure to turn introductions into referrals: a partner sends a referral form with a history, diagnoses or risk scores rather than a short introduction the person agreed to. The person loses control of what the coordinator knows before they have met, and may not know it was sent.",
    likelihood: "probable",
    severity: "significant",
    measures:
      "Introductions carry only the data items that the data-sharing documents list for each partner (usually the person's name, the contact details they chose, the reason for the introduction, what they agreed to pass on and, for some partners, an identifier used only to confirm who they are or to match records); no referral form. The coordinator tells the person what was received at first contact.",
    effect: "reduced",
    residualLikelihood: "possible",
    residualSeverity: "minimal",
  },
  {
    id: "informal-sharing",
    source:
      "Informal sharing in community settings: a coordinator talks about a person in a café, a community group or a meeting with group leaders, or is overheard. The person's situation becomes known locally, with stigma, loss of trust or harm.",
    likelihood: "possible",
    severity: "significant",
    measures:
      "Nothing about a person is shared with a community group or person unless the person agreed, as recorded on the agreement-to-share form. Induction and supervision cover conversations in public places; the team manager reviews near misses.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "significant",
  },
  {
    id: "lone-working-records",
    source:
      "Lone working away from an office: notes, a phone or a laptop are lost or stolen in the neighbourhood, or a record is written on a personal device. A breach of confidentiality, and the person's address or situation disclosed.",
    likelihood: "possible",
    severity: "significant",
    measures:
      "Council-managed devices with encryption and remote wipe; no paper notes kept after they are written up; no personal devices or messaging apps. Lone-working procedure with check-ins.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "significant",
  },
  {
    id: "case-note-system",
    source:
      "The case-note system, which holds every person's record: someone without a need to know (another council team, a former member of staff, or the supplier) sees or changes records, or a breach at the supplier exposes them. A loss of confidentiality for many people at once.",
    likelihood: "possible",
    severity: "severe",
    measures:
      "Access only for the Local Area Coordination team and the managers named for it, removed when someone leaves; an audit trail of who opened or changed each record, checked by the team manager; the supplier's contract (UK GDPR Art 28) sets the security measures it must take and requires it to tell the council of a breach without undue delay.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "severe",
  },
  {
    id: "information-from-family",
    source:
      "Information given by family members, friends or neighbours about the person, or by the person about others in their network. It may be inaccurate, the person it is about may not know it is held (UK GDPR Art 14), and disclosing it may cause conflict or harm, for example where there is domestic abuse.",
    likelihood: "possible",
    severity: "severe",
    measures:
      "Record what a third party said as their account, with its source by relationship only; do not record details of third parties that are not needed. Check before disclosing a record that holds third parties' information; tell the person what was received from others unless that would put someone at risk.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "severe",
  },
  {
    id: "sharing-beyond-agreement",
    source:
      "Sharing beyond what the person agreed: a new recipient, a new purpose or special category information (for example health) shared under a general agreement, or an agreement that is not recorded or has ended.",
    likelihood: "possible",
    severity: "significant",
    measures:
      "The agreement-to-share record names each recipient, category and purpose; special category and criminal offence information is named one by one; review dates; a sharing decision checks the record first and denies by default.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "significant",
  },
  {
    id: "safeguarding",
    source:
      "Someone is at risk of harm and information is not shared in time, or more is shared than the safeguarding purpose needs.",
    likelihood: "remote",
    severity: "severe",
    measures:
      "The council's safeguarding procedures apply; sharing without agreement is a recorded exception, with its reason and lawful basis, reviewed by the team manager; the person is told unless that would increase the risk.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "significant",
  },
  {
    id: "capacity-and-children",
    source:
      "A person who may not be able to decide about sharing at the time, or a child, is asked to agree; or a representative agrees without the authority to do so.",
    likelihood: "possible",
    severity: "significant",
    measures:
      "Information in a form that suits the person (including Easy Read); time to decide, and help to decide; record how the person agreed and, for someone with legal authority to agree for them, their authority, or, for an advocate, family member or friend, that they helped the person give, or passed on, the person's own agreement. Where the person cannot decide and no one has authority, no agreement is recorded: a best-interests decision under the council's mental capacity procedure, and any sharing only as a recorded exception. Follow the council's mental capacity and children's procedures.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "significant",
  },
  {
    id: "excess-special-category",
    source:
      "Health and other special category information written into case notes in more detail than walking alongside the person needs.",
    likelihood: "probable",
    severity: "minimal",
    measures:
      "Recording guidance: write what matters to the person and what was agreed, not clinical detail; supervision samples notes.",
    effect: "reduced",
    residualLikelihood: "possible",
    residualSeverity: "minimal",
  },
  {
    id: "retention",
    source:
      "Records kept longer than needed (UK GDPR Art 5(1)(e)): kept beyond {retentionPeriod} because nobody marks when the period starts (a relationship may just fade), or copies in email, shared drives or notes are missed. More people's information is exposed to a breach, and out-of-date information may be relied on.",
    likelihood: "possible",
    severity: "significant",
    measures:
      "The period set in the case-note system from the council's records retention schedule (its entry: ____________________), with the date it runs from recorded for each person; at its end, the record and its copies deleted as step 2 says, and the deletion logged; a check every ____________________ months that nothing is kept longer.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "significant",
  },
  {
    id: "reidentification",
    source:
      "People recognised from evaluation counts or stories: each full-time coordinator serves a neighbourhood population of about {peoplePerCoordinator} people, so small numbers and stories can point to one person.",
    likelihood: "possible",
    severity: "significant",
    measures:
      "Suppress counts under {smallNumberThreshold} and round or suppress others so they cannot be worked back; stories only with the person's agreement to the words used; pseudonymous references in every record the evaluation sees.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "significant",
  },
  {
    id: "rights-across-partners",
    source:
      "The person cannot see or correct what is held about them because it is spread across the council and partners.",
    likelihood: "possible",
    severity: "minimal",
    measures:
      "The privacy notices say who holds what and how to ask; the data-sharing documents say how a request that involves another party is handled.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "minimal",
  },
  {
    id: "police-data",
    source:
      "{policeInformation}, including criminal offence data and information processed for law enforcement purposes (DPA 2018 Part 3), is used or passed on outside the purpose it was shared for.",
    likelihood: "possible",
    severity: "severe",
    measures:
      "The police data-sharing document says which regime applies to each flow and what may be done with it; criminal offence information is shared only as named in the person's agreement or as a recorded exception.",
    effect: "reduced",
    residualLikelihood: "remote",
    residualSeverity: "severe",
    lawEnforcementOnly: true,
  },
];

/** What the risks' texts say of this council: its figures, put in place of `{name}` in a source or measures. */
export interface DpiaRiskFigures {
  /** Whether the council has a police partner (the police risk is added). */
  readonly hasLawEnforcementPartner: boolean;
  /** Whether any police partner sends personal data to the programme, and whether any receives it from it. */
  readonly policeFlows: { readonly fromThePolice: boolean; readonly toThePolice: boolean };
  /** The people of a neighbourhood for each full-time coordinator, as the text says it: "9,400" or "8,700 to 9,900". */
  readonly peoplePerCoordinator: string;
  /** Anonymised figures suppress counts below this (dataProtection.smallNumberThreshold). */
  readonly smallNumberThreshold: number;
  /** How long records are kept (dataProtection.retention; its Welsh `fromCy` is not needed: the DPIA is in English). */
  readonly retention: { readonly years: number; readonly from: string };
}

/** The people of a neighbourhood for each full-time coordinator, to the nearest hundred: "9,400" or "8,700 to 9,900". */
export function peoplePerCoordinatorText(perCoordinator: readonly number[]): string {
  if (perCoordinator.length === 0) return "8,000 to 10,000";
  const rounded = perCoordinator.map((people) => Math.max(100, Math.round(people / 100) * 100));
  const low = formatNumber(Math.min(...rounded));
  const high = formatNumber(Math.max(...rounded));
  return low === high ? low : `${low} to ${high}`;
}

/** The police risk's information, in the directions its flows take ("from or to" when both or neither carry personal data). */
function policeInformation({ fromThePolice, toThePolice }: DpiaRiskFigures["policeFlows"]): string {
  if (fromThePolice && !toThePolice) return "Information from the police";
  if (toThePolice && !fromThePolice) return "Information passed to the police";
  return "Information from or to the police";
}

/** "6 years after the last contact with the person": the configured period, its start without a final full stop. */
function retentionPeriod({ years, from }: DpiaRiskFigures["retention"]): string {
  return `${formatNumber(years)} ${years === 1 ? "year" : "years"} after ${from.replace(/[.\s]+$/u, "")}`;
}

function filledIn(text: string, figures: DpiaRiskFigures): string {
  return text
    .replaceAll("{policeInformation}", policeInformation(figures.policeFlows))
    .replaceAll("{peoplePerCoordinator}", figures.peoplePerCoordinator)
    .replaceAll("{smallNumberThreshold}", String(figures.smallNumberThreshold))
    .replaceAll("{retentionPeriod}", retentionPeriod(figures.retention));
}

/** The risks for a council, each with its overall and residual risk, and its figures in the texts. */
export function dpiaRisks(figures: DpiaRiskFigures) {
  return DPIA_RISKS.filter((risk) => !risk.lawEnforcementOnly || figures.hasLawEnforcementPartner).map(
    (risk, index) => ({
      ...risk,
      source: filledIn(risk.source, figures),
      measures: filledIn(risk.measures, figures),
      position: index + 1,
      overall: overallRisk(risk.likelihood, risk.severity),
      residual: overallRisk(risk.residualLikelihood, risk.residualSeverity),
    }),
  );
}
