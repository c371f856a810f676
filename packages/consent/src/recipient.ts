import { z } from "zod";

/**
 * Who may receive the information: an organisation and a job role within it,
 * such as `{ organisation: "Derby City Council Housing Options", role: "Tenancy officer" }`.
 * A recipient is named by role, never by a person's name.
 */
export const recipientSchema = z.strictObject({
  organisation: z
    .string()
    .trim()
    .min(1, { message: "Name the organisation that will receive the information." })
    .max(120, { message: "An organisation name has at most 120 characters." }),
  role: z
    .string()
    .trim()
    .min(1, { message: 'Give the job role of the recipient, for example "Tenancy officer".' })
    .max(80, { message: "A job role has at most 80 characters." }),
});

export type Recipient = z.infer<typeof recipientSchema>;

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A key that is the same for two recipients that differ only in capitals or spacing. */
export function recipientKey(recipient: Recipient): string {
  return `${normalise(recipient.organisation)}\u0000${normalise(recipient.role)}`;
}

/** True when both name the same organisation and role (ignoring capitals and extra spaces). */
export function sameRecipient(a: Recipient, b: Recipient): boolean {
  return recipientKey(a) === recipientKey(b);
}

/** For messages: `"Derby City Council Housing Options (Tenancy officer)"`. */
export function describeRecipient(recipient: Recipient): string {
  return `${recipient.organisation} (${recipient.role})`;
}
