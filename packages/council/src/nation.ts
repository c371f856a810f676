import * as z from "zod";

/** The nations whose councils adopt Local Area Coordination with this toolkit. */
export const NATIONS = ["england", "wales"] as const;

export const nationSchema = z.enum(NATIONS).meta({
  title: "Nation",
  description:
    'The nation of the council: "england" or "wales". It decides which rules apply (for example WASPI and Welsh-language output in Wales).',
});

export type Nation = z.infer<typeof nationSchema>;

/** "England", "Wales". */
export const nationLabels: Readonly<Record<Nation, string>> = { england: "England", wales: "Wales" };
