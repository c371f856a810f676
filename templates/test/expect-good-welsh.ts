// The Welsh text checks of the review tests, in one place: spelling, English left in, and mutations.
import type { CouncilConfig } from "@lac/council";
import { expect } from "vitest";
import { configTexts } from "./config-texts.js";
import { englishRuns, missingMutations, unknownWelshWords } from "./welsh-text.js";

/** Names the Welsh documents write as they are, beyond the configuration's own texts. */
const NAMES = ["Community Catalysts"];

/** Fails unless `text` is Welsh the checks accept, allowing the configuration's texts and NAMES as written. */
export function expectGoodWelsh(text: string, config: CouncilConfig): void {
  const allowed = [...configTexts(config), ...NAMES];
  expect(unknownWelshWords(text, allowed)).toEqual([]);
  expect(englishRuns(text, allowed)).toEqual([]);
  expect(missingMutations(text, configTexts(config), NAMES)).toEqual([]);
}
