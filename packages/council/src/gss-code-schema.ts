// The zod schemas of gss-code.ts, apart from its data and functions, which lac uses without zod.
import * as z from "zod";
import { quote, shownInput } from "./describe-value.js";
import { COUNCIL_TYPES, describeGssPrefix, GSS_CODE_PATTERN, GSS_COUNCIL_PREFIXES } from "./gss-code.js";

export const councilTypeSchema = z.enum(COUNCIL_TYPES).meta({ description: "The kind of council." });

/** A GSS code: a capital letter and 8 digits. */
const GSS_CODE_SHAPE = /^[A-Z][0-9]{8}$/;

const PREFIX_LIST = GSS_COUNCIL_PREFIXES.map(describeGssPrefix).join(", ");

function gssCodeMessage(input: unknown): string {
  if (typeof input !== "string" || !GSS_CODE_SHAPE.test(input)) {
    return `${shownInput(input)} is not a GSS code. The ONS GSS code of a council is 9 characters: a capital letter and 8 digits, such as E06000023.`;
  }
  return `${quote(input)} starts with ${input.slice(0, 3)}, which is not the code of a council. Use the council's own GSS code, which starts with one of: ${PREFIX_LIST}.`;
}

/** The ONS GSS code of a council, such as E06000023. */
export const gssCodeSchema = z
  .string()
  .trim()
  .regex(GSS_CODE_PATTERN, { error: (issue) => gssCodeMessage(issue.input) })
  .meta({
    title: "GSS code",
    description: `The council's ONS Government Statistical Service (GSS) code: 9 characters, a capital letter and 8 digits. It starts with ${PREFIX_LIST}.`,
    examples: ["E06999001", "W06999001"],
  });
