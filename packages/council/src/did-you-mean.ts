import { requireArray, requireText } from "./argument-checks.js";

/**
 * The optimal-string-alignment distance between two strings: the number of single-character
 * insertions, deletions, substitutions or swaps of two neighbouring characters that turn one into the other.
 */
export function editDistance(a: string, b: string): number {
  // Three rows of the table at a time (the swap looks two rows back), in typed arrays: fast enough
  // for the thousands of keys of a badly damaged file.
  const columns = b.length + 1;
  let twoBack = new Uint32Array(columns);
  let previous = new Uint32Array(columns);
  let current = new Uint32Array(columns);
  for (let column = 0; column < columns; column += 1) previous[column] = column;
  for (let row = 1; row <= a.length; row += 1) {
    current[0] = row;
    for (let column = 1; column < columns; column += 1) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let best = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        best = Math.min(best, (twoBack[column - 2] ?? 0) + 1);
      }
      current[column] = best;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[columns - 1] ?? 0;
}

/** Longer input is not compared (no key or choice is that long), so that a huge key costs nothing. */
const MAX_COMPARED_LENGTH = 64;

/** Lower-case, without `_`, `-` or spaces: "GSS_code" and "gssCode" compare equal. */
function loosely(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * The candidate that the input was most probably meant to be, or `undefined` when none is close.
 *
 * Close means: equal apart from case, `_`, `-` and spaces ("Council", "gss_code"), or at most
 * one edit away for short words and about one edit in four for longer ones ("programe" → "programme").
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  requireText(input, "didYouMean");
  requireArray(candidates, "didYouMean's candidates");
  const wanted = loosely(input);
  if (wanted === "" || wanted.length > MAX_COMPARED_LENGTH) return undefined;
  // No candidate is accepted more than this many edits away, and the difference in length is a
  // lower bound of the distance: a candidate further than that can be neither accepted nor the
  // closest of those accepted, so its distance is not worked out (thousands of unknown keys stay fast).
  const mostAllowed = Math.max(1, Math.floor(wanted.length / 4));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const compared = loosely(candidate);
    if (Math.abs(compared.length - wanted.length) > mostAllowed) continue;
    const distance = editDistance(wanted, compared);
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.min(wanted.length, best.candidate.length) / 4));
  return best.distance <= allowed ? best.candidate : undefined;
}

/** No more choices than this are suggested at once: past it, the input says too little to guess from. */
const MAX_CHOICES_SUGGESTED = 3;

/**
 * The allowed choices (such as a partner's kinds) that the input was probably meant to be: the one
 * {@link didYouMean} finds, or else those with a word (between `-`) that the input is, or is close to by
 * the same rule ("gp" → "gp-practice"; "nhs" → "nhs-trust", "nhs-foundation-trust"). Empty when none is
 * close, or when more than three are.
 */
export function didYouMeanChoices(input: string, choices: readonly string[]): string[] {
  const close = didYouMean(input, choices);
  if (close !== undefined) return [close];
  const wanted = loosely(input);
  if (wanted === "" || wanted.length > MAX_COMPARED_LENGTH) return [];
  const byWord = choices.filter((choice) => {
    const words = choice.split("-");
    return words.some((word) => loosely(word) === wanted) || didYouMean(input, words) !== undefined;
  });
  return byWord.length <= MAX_CHOICES_SUGGESTED ? byWord : [];
}
