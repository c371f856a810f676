import { directIdentifierProblem } from "@lac/person-ref";
import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";
import { customIssue } from "./problem.js";

/**
 * How a person who receives information is related to the person supported, never their name. Our own list.
 * Use it for family, friends and representatives; use an organisation and job title for everyone else.
 */
export const RECIPIENT_RELATIONSHIPS = /* @__PURE__ */ deepFreeze([
  "family-member",
  "friend-or-neighbour",
  "unpaid-carer",
  "lasting-power-of-attorney",
  "court-appointed-deputy",
  "person-with-parental-responsibility",
  "advocate",
  "other-representative",
] as const);

export type RecipientRelationship = (typeof RECIPIENT_RELATIONSHIPS)[number];

/**
 * A person's title before a name ("Dr Patel", "Mrs Jane Smith", "Ms. Okafor"): written as a title is, with a
 * capital and then lower case, so that "MS nurse specialist" (multiple sclerosis) is still a job title.
 */
const TITLE_BEFORE_A_NAME = /(?:^|[\s,;/&-])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}/u;

/**
 * Refuses a direct identifier (an NHS or National Insurance number, a postcode: `directIdentifierProblem` of
 * `@lac/person-ref`) in the text of a recipient or a member of staff, without repeating it.
 */
function refuseDirectIdentifier(what: string, example: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = directIdentifierProblem(value, { allowNameLike: true });
    if (problem !== undefined) customIssue(ctx, [], `${what} ${problem}. Give ${example} only.`);
  };
}

/**
 * A job title, such as "Tenancy officer". It must be a job title, not a person: values with "(" or a possessive
 * ("'s ") are refused because they usually carry a name, such as "Sue Smith (daughter)" or "Mary's GP", and so are
 * a title before a name ("Dr Patel", "Mrs Jane Smith") and a direct identifier (a postcode, an NHS number). A bare
 * name ("Jane Smith") is not refused: by its shape it cannot be told from a job title ("Team Manager").
 */
export const jobTitleSchema = z
  .string()
  .trim()
  .min(1, { message: 'Give the job title, for example "Tenancy officer".' })
  .max(80, { message: "A job title has at most 80 characters." })
  .refine((title) => !title.includes("(") && !/['\u2019]s\b/i.test(title), {
    message:
      'Give a job title only, such as "Tenancy officer": no names, brackets or possessives ("\'s"). For a family member, friend or representative, use { relationship } instead.',
  })
  .refine((title) => !TITLE_BEFORE_A_NAME.test(title), {
    message:
      'Give a job title only, such as "GP" or "Tenancy officer", never a person: a title such as "Dr" or "Mrs" before a name is refused. For a family member, friend or representative, use { relationship } instead.',
  })
  .superRefine(refuseDirectIdentifier("The job title", 'a job title, such as "Tenancy officer"'));

const organisationalRecipientSchema = /* @__PURE__ */ z.strictObject({
  organisation: z
    .string()
    .trim()
    .min(1, { message: "Name the organisation that will receive the information." })
    .max(120, { message: "An organisation name has at most 120 characters." })
    .superRefine(
      refuseDirectIdentifier(
        "The organisation's name",
        'the name of the organisation, such as "Riverside Medical Practice"',
      ),
    ),
  role: jobTitleSchema,
});

const personalRecipientSchema = /* @__PURE__ */ z.strictObject({
  relationship: z.enum(RECIPIENT_RELATIONSHIPS, {
    message: `Say how the recipient is related to the person (never their name): ${RECIPIENT_RELATIONSHIPS.join(", ")}.`,
  }),
});

/** An organisation and a job title within it. */
export type OrganisationalRecipient = z.infer<typeof organisationalRecipientSchema>;
/** A family member, friend or representative, by relationship only. */
export type PersonalRecipient = z.infer<typeof personalRecipientSchema>;

/**
 * Who may receive the information, never by a person's name: either an organisation and a job title within it,
 * such as `{ organisation: "Derby City Council Housing Options", role: "Tenancy officer" }`, or, for a family
 * member, friend or representative, a relationship code such as `{ relationship: "family-member" }`.
 */
export const recipientSchema = z
  .unknown()
  .transform((value, ctx): OrganisationalRecipient | PersonalRecipient => {
    const personal = typeof value === "object" && value !== null && "relationship" in value;
    const parsed = (personal ? personalRecipientSchema : organisationalRecipientSchema).safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
    return z.NEVER;
  });

export type Recipient = z.infer<typeof recipientSchema>;

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** True for a family member, friend or representative (named by relationship). */
export function isPersonalRecipient(recipient: Recipient): recipient is PersonalRecipient {
  return "relationship" in recipient;
}

/** A key that is the same for two recipients that differ only in capitals or spacing. */
export function recipientKey(recipient: Recipient): string {
  if (isPersonalRecipient(recipient)) return `\u0001${recipient.relationship}`;
  return `${normalise(recipient.organisation)}\u0000${normalise(recipient.role)}`;
}

/** True when both name the same organisation and role (ignoring capitals and extra spaces), or the same relationship. */
export function sameRecipient(a: Recipient, b: Recipient): boolean {
  return recipientKey(a) === recipientKey(b);
}

/** For messages: `"Derby City Council Housing Options (Tenancy officer)"` or `"a family-member (not named)"`. */
export function describeRecipient(recipient: Recipient): string {
  if (isPersonalRecipient(recipient)) return `a ${recipient.relationship} (not named)`;
  return `${recipient.organisation} (${recipient.role})`;
}

/** The message for a list of recipients left empty (an agreement's, an exception's). */
export const NO_RECIPIENT_MESSAGE = "Name at least one recipient (organisation and role).";
