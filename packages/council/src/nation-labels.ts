// The nations as data, without zod (nation.ts has their schema), for @lac/council/quick.

import { deepFreeze } from "./deep-freeze.js";

/** The nations whose councils adopt Local Area Coordination with this toolkit. */
export const NATIONS = /* @__PURE__ */ deepFreeze(["england", "wales"] as const);

/** "England", "Wales". */
export const nationLabels: Readonly<Record<(typeof NATIONS)[number], string>> = /* @__PURE__ */ deepFreeze({
  england: "England",
  wales: "Wales",
});
