import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";

/**
 * Why information would be shared. These purposes are our own model, drawn from how Local Area Coordinators
 * work (advocating alongside the person first, and for them only when there is no other option; introductions;
 * help to reach services) and from the grounds for sharing without agreement. They are not a legal list.
 */
export const PURPOSE_IDS = /* @__PURE__ */ deepFreeze([
  "advocating-alongside",
  "advocating-for",
  "introduction",
  "accessing-a-service",
  "coordinating-support",
  "safeguarding",
  "protecting-life",
  "legal-duty",
  "preventing-crime",
] as const);

export const purposeIdSchema = /* @__PURE__ */ z.enum(PURPOSE_IDS, {
  message: `Use one of the purpose ids: ${PURPOSE_IDS.join(", ")}.`,
});

export type PurposeId = z.infer<typeof purposeIdSchema>;

/** Plain-English labels for each purpose. */
export const PURPOSES: Readonly<Record<PurposeId, { readonly id: PurposeId; readonly label: string }>> =
  /* @__PURE__ */ deepFreeze({
    "advocating-alongside": {
      id: "advocating-alongside",
      label: "Speaking up alongside the person, with them there",
    },
    "advocating-for": {
      id: "advocating-for",
      label: "Speaking up for the person when they cannot be there, as agreed with them in advance",
    },
    introduction: {
      id: "introduction",
      label: "Introducing the person to a community group, organisation or service",
    },
    "accessing-a-service": {
      id: "accessing-a-service",
      label: "Helping the person to get, or find their way through, a service",
    },
    "coordinating-support": {
      id: "coordinating-support",
      label: "Coordinating with services already supporting the person",
    },
    safeguarding: {
      id: "safeguarding",
      label: "Protecting someone from neglect or from physical, mental or emotional harm",
    },
    "protecting-life": { id: "protecting-life", label: "Protecting someone's life in an emergency" },
    "legal-duty": { id: "legal-duty", label: "Meeting a legal duty to share" },
    "preventing-crime": { id: "preventing-crime", label: "Preventing or detecting crime" },
  });

/** For messages: the label of a purpose. */
export function describePurpose(purpose: PurposeId): string {
  return PURPOSES[purpose].label;
}
