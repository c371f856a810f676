import type { ConfigPath, ProblemFix, WarningCode } from "./config-problem.js";
import { quote } from "./describe-value.js";
import type { NATIONS } from "./nation-labels.js";
import {
  COUNCIL_TIERS,
  PARTNER_KIND_INFO,
  type CouncilTier,
  type FlowDirection,
  type PartnerKind,
} from "./partner-kind.js";
import { ruleIssue, type IssueSink } from "./rule-issue.js";

/** What the partner rules read of a partner. */
export interface PartnerFacts {
  readonly organisation: string;
  readonly kind: PartnerKind;
  readonly councilTier?: CouncilTier | undefined;
  readonly publicAuthority?: boolean | undefined;
  readonly legalEntity?: string | undefined;
  readonly icoRegistrationNumber?: string | undefined;
  readonly icoExemptReason?: string | undefined;
  readonly shares: readonly string[];
  readonly receives: readonly string[];
  readonly anonymised: readonly FlowDirection[];
}

/** The rules within one partner: errors, each with its path inside the partner and the fix. */
export function checkPartner(partner: PartnerFacts, ctx: IssueSink): void {
  if (partner.kind === "council" && partner.councilTier === undefined) {
    ctx.addIssue(
      ruleIssue(
        "council-tier-missing",
        `A partner of kind council needs councilTier (${COUNCIL_TIERS.join(", ")}): a district council has no adult social care functions, so its lawful bases differ. Add councilTier.`,
        ["councilTier"],
      ),
    );
  }
  if (partner.kind !== "council" && partner.councilTier !== undefined) {
    ctx.addIssue(
      ruleIssue(
        "council-tier-not-council",
        `councilTier is only for a partner of kind council, and this partner's kind is ${quote(partner.kind)}. Remove councilTier, or set kind: council.`,
        ["councilTier"],
      ),
    );
  }
  // A service of the council is covered by the council's own registration.
  const needsRegistration = partner.kind !== "council-service";
  if (
    needsRegistration &&
    partner.icoRegistrationNumber === undefined &&
    partner.icoExemptReason === undefined
  ) {
    ctx.addIssue(
      ruleIssue(
        "ico-registration-missing",
        "Add icoRegistrationNumber (from the ICO register), or, if the partner is exempt from the data protection fee, icoExemptReason with the reason. (A service of the council itself, kind council-service, needs neither.)",
        ["icoRegistrationNumber"],
      ),
    );
  }
  if (partner.icoRegistrationNumber !== undefined && partner.icoExemptReason !== undefined) {
    ctx.addIssue(
      ruleIssue(
        "ico-registration-and-exemption",
        "Give either icoRegistrationNumber or icoExemptReason, not both: a partner with a registration number is not relying on the exemption. Remove one.",
        ["icoExemptReason"],
      ),
    );
  }
  if (
    partner.publicAuthority === undefined &&
    PARTNER_KIND_INFO[partner.kind].publicAuthority === undefined
  ) {
    ctx.addIssue(
      ruleIssue(
        "public-authority-unknown",
        `Whether a partner of kind ${quote(partner.kind)} is a public authority depends on what it is (DPA 2018 s.7: a Freedom of Information Act 2000 public authority). Add publicAuthority: true or false.`,
        ["publicAuthority"],
      ),
    );
  }
  if (partner.shares.length === 0 && partner.receives.length === 0) {
    ctx.addIssue(
      ruleIssue(
        "partner-flows-empty",
        "The partner neither shares nor receives anything. List what it shares with the programme under shares, or what it receives under receives.",
        ["shares"],
      ),
    );
  }
  partner.anonymised.forEach((direction, index) => {
    if (partner[direction].length > 0) return;
    ctx.addIssue(
      ruleIssue(
        "anonymised-flow-empty",
        `anonymised lists ${quote(direction)}, but the partner's ${direction} list is empty. Remove it from anonymised, or list what passes.`,
        ["anonymised", index],
      ),
    );
  });
}

/** Whether the partner is a public authority: its override, or what its kind is in law. */
export function partnerIsPublicAuthority(partner: Pick<PartnerFacts, "kind" | "publicAuthority">): boolean {
  return partner.publicAuthority ?? PARTNER_KIND_INFO[partner.kind].publicAuthority ?? false;
}

/** Names compared without case, punctuation or a parenthesised suffix such as "(fictional)". */
function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name
      .toLowerCase()
      .replace(/\([^)]*\)/g, " ")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    if (nameKeys.size >= MAX_REMEMBERED_KEYS) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

/**
 * The keys of the names seen lately: the council's own names are compared with every partner's, when
 * the configuration is checked and again when the pack is built. Emptied when it grows past a few
 * hundred names.
 */
const nameKeys = new Map<string, string>();
const MAX_REMEMBERED_KEYS = 500;

/**
 * Whether a partner is the council itself: a service of the council (kind council-service), or an
 * organisation whose name is the council's or the controller's, or starts with it. The same legal person
 * (UK GDPR Art 4(1)(7)): the pack writes it an internal information-sharing note, not an agreement.
 */
export function partnerIsTheCouncil(
  partner: Pick<PartnerFacts, "kind" | "organisation">,
  council: { readonly councilName: string; readonly controller: string },
): boolean {
  if (partner.kind === "council-service") return true;
  const name = nameKey(partner.organisation);
  const isOwn = (own: string) => own.length > 0 && (name === own || name.startsWith(`${own} `));
  return isOwn(nameKey(council.councilName)) || isOwn(nameKey(council.controller));
}

export interface PartnerFinding {
  readonly code: WarningCode;
  readonly message: string;
  readonly path: ConfigPath;
  readonly hint?: string;
  /** The answer that fixes it, which `message` says in the file's terms. */
  readonly fix?: ProblemFix;
}

const ANONYMISED_WORDS = /\b(anonymi[sz]ed|aggregate[d]?|figures|statistics)\b/i;

/** Legal entities the toolkit cannot derive, because the law leaves several possibilities. */
const ENTITY_TO_CONFIRM: Partial<Record<PartnerKind, string>> = {
  "fire-and-rescue-authority":
    "The controller is the fire and rescue authority (Fire and Rescue Services Act 2004 s.1), which may be the county council, a combined fire and rescue authority, a police, fire and crime commissioner or, in London, the London Fire Commissioner.",
  "gp-practice":
    "The controller is the practice's contracting entity (for most practices, the partners); the toolkit cannot tell which.",
};

/**
 * A fire and rescue partner named as London's ("London Fire Brigade", "London Fire Commissioner"): the
 * documents name its controller, the London Fire Commissioner, the fire and rescue authority for Greater
 * London (Greater London Authority Act 1999 s.327A(4)(a)), for the parties to confirm.
 */
function londonFireDerived(partner: Pick<PartnerFacts, "kind" | "organisation">): boolean {
  return partner.kind === "fire-and-rescue-authority" && /\blondon fire\b/i.test(partner.organisation);
}

/** The warnings about partners of a valid configuration. */
export function partnerFindings(
  partners: readonly PartnerFacts[],
  council: {
    readonly councilName: string;
    readonly controller: string;
    readonly nation: (typeof NATIONS)[number];
  },
): PartnerFinding[] {
  return partners.flatMap((partner, index): PartnerFinding[] => {
    const at = (...rest: (string | number)[]): ConfigPath => ["partners", index, ...rest];
    const findings: PartnerFinding[] = [];
    const onlyIn = PARTNER_KIND_INFO[partner.kind].onlyIn;
    if (onlyIn !== undefined && onlyIn.nation !== council.nation) {
      // Allowed, for a partner across the border, whose agreement then follows its own nation's law.
      const where = (nation: string) => (nation === "england" ? "England" : "Wales");
      const fileWords = "set its kind to one of those";
      findings.push({
        code: "partner-kind-outside-nation",
        message: `${quote(partner.organisation)} is of kind ${quote(partner.kind)}, a body that exists only in ${where(onlyIn.nation)} (${onlyIn.law}), and council.nation is ${quote(council.nation)}. A partner in ${where(council.nation)} is ${onlyIn.instead}: ${fileWords}. Keep ${quote(partner.kind)} only for a partner across the border in ${where(onlyIn.nation)}.`,
        path: at("kind"),
        fix: { path: at("kind"), fileWords, then: " with one of those" },
      });
    }
    if (partnerIsTheCouncil(partner, council)) {
      const named = partner.kind !== "council-service";
      const then = " to say so, or rename it if it is a separate organisation";
      const fileWords = `Set kind: council-service${then}`;
      findings.push({
        code: "partner-is-the-council",
        message: `${quote(partner.organisation)} is ${named ? "named as" : "listed as"} a service of the council itself, the same legal person and controller (UK GDPR Art 4(1)(7)): the ICO code's agreements are between controllers, so the pack writes an internal information-sharing note for it, not a data-sharing agreement.${named ? ` ${fileWords}.` : ""}`,
        path: at(named ? "organisation" : "kind"),
        ...(named ? { fix: { path: at("kind"), value: "council-service", fileWords, then } } : {}),
      });
    }
    const natural = PARTNER_KIND_INFO[partner.kind].publicAuthority;
    if (
      partner.publicAuthority !== undefined &&
      natural !== undefined &&
      partner.publicAuthority !== natural
    ) {
      findings.push({
        code: "public-authority-contradicts-kind",
        message: `publicAuthority is ${String(partner.publicAuthority)}, but a partner of kind ${quote(partner.kind)} is ${natural ? "" : "not "}a public authority under DPA 2018 s.7 by its nature. Check it with the partner: the lawful bases follow publicAuthority.`,
        path: at("publicAuthority"),
      });
    }
    const toConfirm = ENTITY_TO_CONFIRM[partner.kind];
    if (toConfirm !== undefined && partner.legalEntity === undefined && !londonFireDerived(partner)) {
      const then = " with the controller's legal name, used in the parties table and signatures";
      const fileWords = `Add legalEntity${then}`;
      findings.push({
        code: "legal-entity-missing",
        message: `${toConfirm} ${fileWords}.`,
        path: at("kind"),
        fix: { path: at("legalEntity"), fileWords, then },
      });
    }
    for (const direction of ["shares", "receives"] as const) {
      if (partner.anonymised.includes(direction)) continue;
      const worded = partner[direction].filter((item) => ANONYMISED_WORDS.test(item));
      if (worded.length === 0 || worded.length !== partner[direction].length) continue;
      const fileWords = `add ${quote(direction)} to anonymised`;
      findings.push({
        code: "anonymised-flow-unmarked",
        message: `What the partner ${direction} reads like anonymised or aggregate figures (${quote(worded[0] ?? "")}). If no personal data passes, ${fileWords}: the pack then writes an aggregate-data note instead of lawful bases.`,
        path: at(direction),
        fix: { path: at("anonymised"), value: direction, fileWords },
      });
    }
    return findings;
  });
}
