import { requireObject, requireText } from "./argument-checks.js";
import type { FlowDirection, PartnerKind } from "@lac/council";

/**
 * The usual data items of a flow, for the parties to confirm when the configuration does not list them
 * (partners[].dataItems). The toolkit's own model: the fewest items that let a coordinator meet the person,
 * following the ICO's data minimisation and the audit toolkit's "share only agreed data sets".
 */
const INTRODUCTION_ITEMS = [
  "name",
  "the contact details the person chose (address, telephone or email)",
  "the reason for the introduction, in the person's words where possible",
  "any special category information the person has agreed to pass on (for example about their health), named explicitly in their agreement",
] as const;

const EXTRA_SHARED_ITEMS: Partial<Record<PartnerKind, readonly string[]>> = {
  "nhs-trust": ["date of birth, only to confirm identity", "NHS number, only where needed to match records"],
  "nhs-foundation-trust": [
    "date of birth, only to confirm identity",
    "NHS number, only where needed to match records",
  ],
  "local-health-board": [
    "date of birth, only to confirm identity",
    "NHS number, only where needed to match records",
  ],
  "gp-practice": [
    "date of birth, only to confirm identity",
    "NHS number, only where needed to match records",
  ],
  "integrated-care-board": ["date of birth, only to confirm identity"],
  police: [
    "information about offences or alleged offences, only where the person has agreed or a recorded exception applies, and only what the introduction needs (criminal offence data)",
  ],
  "fire-and-rescue-authority": ["risks found at a safe and well visit that the person has agreed to pass on"],
  "housing-association": ["tenancy reference, only where needed to match records"],
};

/** An identifier among a partner's usual items, by its key in the Welsh glossary (`WELSH_TERMS`). */
export type IdentityItem = "dateOfBirth" | "nhsNumber" | "tenancyReference";

/** The identifiers in each kind's usual items (`EXTRA_SHARED_ITEMS`), in the order the privacy notices name them. */
const IDENTITY_ITEMS: Partial<Record<PartnerKind, readonly IdentityItem[]>> = {
  "nhs-trust": ["dateOfBirth", "nhsNumber"],
  "nhs-foundation-trust": ["dateOfBirth", "nhsNumber"],
  "local-health-board": ["dateOfBirth", "nhsNumber"],
  "gp-practice": ["dateOfBirth", "nhsNumber"],
  "integrated-care-board": ["dateOfBirth"],
  "housing-association": ["tenancyReference"],
};

const IDENTITY_ORDER: readonly IdentityItem[] = ["dateOfBirth", "nhsNumber", "tenancyReference"];

/**
 * The identifiers that the partners passing personal data to the council send with their usual items, in
 * one order, each once: what the privacy notices say the council may receive to check it has the right
 * person (UK GDPR Art 14(1)(d)). A flow whose items the configuration lists is left out: its items are the
 * council's own words, which lac cannot read.
 */
export function identityItemsReceived(
  flows: readonly { readonly kind: PartnerKind; readonly personal: boolean; readonly configured: boolean }[],
): readonly IdentityItem[] {
  const received = new Set(
    flows.flatMap((flow) => (flow.personal && !flow.configured ? (IDENTITY_ITEMS[flow.kind] ?? []) : [])),
  );
  return IDENTITY_ORDER.filter((item) => received.has(item));
}

/** What the council passes with an introduction or a request to the partner (such as a request for a safe and well visit). */
const REQUEST_ITEM =
  "for an introduction or a request to the partner: name, the contact details the person chose, and the reason, in the person's words where possible";

/** What the council passes back about an introduction the partner made. */
const FEEDBACK_ITEM = "for an introduction the partner made: whether it was taken up";

const AGREED_ONLY_ITEM = "what the person has agreed to pass on, and nothing else";

/**
 * A category of what the council passes to a partner that is feedback on the partner's own introductions,
 * as the configuration words it ("whether an introduction was taken up", "feedback on …"). Any other
 * category counts as an introduction or a request to the partner, the case that passes more.
 */
const FEEDBACK_CATEGORY = /^(?:whether\b.*\btaken up\b|feedback\b)/i;

/**
 * The usual items of what the council passes to a partner, for the categories its flow has: the request's
 * items only where a category is an introduction or a request to the partner, the feedback item only where
 * one is feedback on the partner's introductions (a partner the council only asks made none).
 */
function receivedItems(categories: readonly string[]): readonly string[] {
  const feedback = categories.filter((category) => FEEDBACK_CATEGORY.test(category.trim()));
  return [
    ...(feedback.length < categories.length ? [REQUEST_ITEM] : []),
    ...(feedback.length > 0 ? [FEEDBACK_ITEM] : []),
    AGREED_ONLY_ITEM,
  ];
}

const ANONYMISED_ITEMS = [
  "counts and figures for each neighbourhood, with small numbers suppressed; no names, dates of birth, addresses or references to individuals",
] as const;

/**
 * The data items of one flow: as configured, or the usual ones for the partner's kind and, for what the
 * partner receives, for the flow's categories (`partners[].receives`).
 */
export function dataItemsFor(
  kind: PartnerKind,
  direction: FlowDirection,
  options: {
    readonly anonymised: boolean;
    readonly categories: readonly string[];
    readonly configured?: readonly string[] | undefined;
  },
): { readonly items: readonly string[]; readonly configured: boolean } {
  requireText(kind, "dataItemsFor (kind)");
  requireText(direction, "dataItemsFor (direction)");
  requireObject(options, "dataItemsFor (options)");
  if (options.configured !== undefined) return { items: options.configured, configured: true };
  if (options.anonymised) return { items: ANONYMISED_ITEMS, configured: false };
  if (direction === "receives") return { items: receivedItems(options.categories), configured: false };
  const items: string[] = [...INTRODUCTION_ITEMS];
  items.splice(2, 0, ...(EXTRA_SHARED_ITEMS[kind] ?? []));
  return { items, configured: false };
}
