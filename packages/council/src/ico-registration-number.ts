import * as z from "zod";
import { shownInput } from "./describe-value.js";

/** "Z" and 7 digits (Z1234567), or "Z", a capital letter and 6 digits (ZA123456). */
export const ICO_REGISTRATION_NUMBER_PATTERN = /^Z[A-Z0-9][0-9]{6}$/;

/** The registration number of an organisation with the ICO (the Information Commission; the Information Commissioner's Office until 30 September 2026). */
export const icoRegistrationNumberSchema = z
  .string()
  .trim()
  .regex(ICO_REGISTRATION_NUMBER_PATTERN, {
    error: (issue) =>
      `${shownInput(issue.input)} is not an ICO registration number. It has 8 characters: "Z" and 7 digits (such as Z1234567), or "Z", a capital letter and 6 digits (such as ZA123456).`,
  })
  .meta({
    title: "ICO registration number",
    description:
      'The organisation\'s registration number with the ICO, the Information Commission (the Information Commissioner\'s Office until 30 September 2026): "Z" and 7 digits, or "Z", a capital letter and 6 digits.',
    examples: ["Z1234567", "ZA123456"],
  });
