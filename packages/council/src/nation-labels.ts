// The nations as data, without zod (nation.ts has their schema), for @lac/council/quick.

/** The nations whose councils adopt Local Area Coordination with this toolkit. */
export const NATIONS = ["england", "wales"] as const;

/** "England", "Wales". */
export const nationLabels: Readonly<Record<(typeof NATIONS)[number], string>> = {
  england: "England",
  wales: "Wales",
};
