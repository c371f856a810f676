import { z } from "zod";
import { shownInput } from "./describe-value.js";

/** Text: trimmed, and not empty once trimmed. Every text field of the configuration uses it. */
export const textSchema = z.string().trim().min(1);

/** A whole number greater than 0. */
export const positiveIntegerSchema = z.number().int().positive();

/** A work email address: a shared team or role mailbox is best; never a personal address. */
export const workEmailSchema = z
  .string()
  .trim()
  .check(
    z.email({
      error: (issue) =>
        `${shownInput(issue.input)} is not an email address. Write a work email address, such as lac.team@council.example.gov.uk (a shared team or role mailbox is best).`,
    }),
  )
  .meta({
    description:
      "A work email address for the role: a shared team or role mailbox is best. Never a personal address.",
    examples: ["lac.team@council.example.gov.uk"],
  });

/** A web address that starts with https:// and has a full domain name. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .check(
    z.url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: (issue) =>
        `${shownInput(issue.input)} is not a secure web address. Write a full address that starts with https://, such as https://www.council.example.gov.uk/privacy.`,
    }),
  )
  .meta({
    description: "A web address that starts with https://.",
    examples: ["https://www.council.example.gov.uk"],
  });

/** A real calendar date written YYYY-MM-DD (ISO 8601). */
export const isoDateSchema = z
  .string()
  .trim()
  .check(
    z.iso.date({
      error: (issue) =>
        `${shownInput(issue.input)} is not a real calendar date written YYYY-MM-DD. Write it like 2026-04-01 (year, month, day).`,
    }),
  )
  .meta({ description: "A calendar date written YYYY-MM-DD.", examples: ["2026-04-01"] });

/** A role and its work contact: the role title and a work email, never a person's name. */
export const roleContactSchema = z
  .strictObject({
    role: textSchema.meta({
      title: "Role title",
      description:
        'The title of the role, for example "Local Area Coordination Programme Manager" or "Caldicott Guardian". Never a person\'s name.',
    }),
    email: workEmailSchema,
  })
  .meta({ description: "A role title and its work email address. Never a person's name." });
