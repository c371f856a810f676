import * as z from "zod";
import { describeValue, unknownKeys } from "./describe-value.js";
import { DATE_FIX } from "./time-zone.js";

function dateSchema(field: "from" | "to") {
  return z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? `Missing "${field}". ${DATE_FIX}`
        : `${describeValue(issue.input)} is not a calendar date. ${DATE_FIX}`,
  });
}

/**
 * A reporting period: calendar dates, both included (for example a financial year,
 * `{ from: "2025-04-01", to: "2026-03-31" }`). `summarise` reads them in its time zone (by default
 * "Europe/London"): an event belongs to the period when the instant it happened falls on one of those dates there.
 */
export const periodSchema = z
  .strictObject(
    { from: dateSchema("from"), to: dateSchema("to") },
    {
      error: (issue) =>
        `${issue.code === "unrecognized_keys" ? `${unknownKeys(issue.keys)}. ` : ""}A period must be an object with "from" and "to" dates, for example {"from":"2025-04-01","to":"2026-03-31"}.`,
    },
  )
  .refine((period) => period.from <= period.to, {
    path: ["to"],
    error: (issue) => {
      const period = issue.input as { from: string; to: string };
      return `The period ends (${period.to}) before it starts (${period.from}). Swap the dates, or check them.`;
    },
  });

export type Period = z.infer<typeof periodSchema>;
