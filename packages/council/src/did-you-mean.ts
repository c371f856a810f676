/**
 * The optimal-string-alignment distance between two strings: the number of single-character
 * insertions, deletions, substitutions or swaps of two neighbouring characters that turn one into the other.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  const at = (row: number, column: number): number => table[row]?.[column] ?? Number.POSITIVE_INFINITY;
  for (let row = 1; row < rows; row += 1) {
    const tableRow = table[row] as number[];
    for (let column = 1; column < columns; column += 1) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let best = Math.min(at(row - 1, column) + 1, at(row, column - 1) + 1, at(row - 1, column - 1) + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        best = Math.min(best, at(row - 2, column - 2) + 1);
      }
      tableRow[column] = best;
    }
  }
  return at(rows - 1, columns - 1);
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
  const wanted = loosely(input);
  if (wanted === "" || wanted.length > MAX_COMPARED_LENGTH) return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const distance = editDistance(wanted, loosely(candidate));
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.min(wanted.length, best.candidate.length) / 4));
  return best.distance <= allowed ? best.candidate : undefined;
}
