import * as z from "zod";
import { documentRefSchema } from "./record-id.js";
import { deepFreeze } from "./deep-freeze.js";

/** Accessible formats an agreement may be reached in. Our own list; use `other` for anything else. */
export const ACCESSIBLE_FORMATS = /* @__PURE__ */ deepFreeze([
  "easy-read",
  "large-print",
  "braille",
  "audio",
  "british-sign-language",
  "spoken-language-interpreter",
  "other",
] as const);

/**
 * How a representative is related to the person, never their name. Our own list: this package does not judge
 * whether the representative has the legal authority to agree; record that in your case file.
 */
export const REPRESENTATIVE_RELATIONSHIPS = /* @__PURE__ */ deepFreeze([
  "lasting-power-of-attorney",
  "court-appointed-deputy",
  "person-with-parental-responsibility",
  "advocate",
  "family-member-or-friend",
  "other",
] as const);

const evidence = {
  evidenceRef: documentRefSchema,
};

/**
 * How the agreement was given, with a reference to the evidence kept in the case file
 * (the form completed with the person, the note made at the time of a spoken agreement, the accessible-format document).
 */
export const agreementMethodSchema = /* @__PURE__ */ z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("verbal"), ...evidence }),
    z.strictObject({ kind: z.literal("written"), ...evidence }),
    z.strictObject({
      kind: z.literal("accessible-format"),
      format: z.enum(ACCESSIBLE_FORMATS, {
        message: `Use one of the accessible formats: ${ACCESSIBLE_FORMATS.join(", ")}.`,
      }),
      ...evidence,
    }),
    z.strictObject({
      kind: z.literal("via-representative"),
      relationship: z.enum(REPRESENTATIVE_RELATIONSHIPS, {
        message: `Say how the representative is related to the person (never their name): ${REPRESENTATIVE_RELATIONSHIPS.join(", ")}.`,
      }),
      ...evidence,
    }),
  ],
  {
    message:
      'Say how the agreement was given: "verbal", "written", "accessible-format" or "via-representative".',
  },
);

export type AgreementMethod = z.infer<typeof agreementMethodSchema>;
