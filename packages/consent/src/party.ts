import * as z from "zod";

/**
 * An organisation as a party in an exported consent record: an identifier, its name, postal address and contact
 * point. These are facts about organisations, taken from your own directory; they are never about the person.
 */
export const partySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z
      .string()
      .trim()
      .min(1, { message: "Give the organisation an identifier, for example its ODS code or URL." })
      .max(200),
    name: z.string().trim().min(1, { message: "Give the organisation's name." }).max(200),
    address: z.string().trim().min(1, { message: "Give the organisation's postal address." }).max(400),
    contact: z
      .string()
      .trim()
      .min(1, {
        message: "Give a contact point, such as the data protection officer's role and email address.",
      })
      .max(200),
    email: z.email({ message: "Give a valid email address." }).optional(),
    url: z.url({ message: "Give a valid URL." }).optional(),
    phone: z.string().trim().min(1).max(40).optional(),
  }))();

export type Party = z.infer<typeof partySchema>;
