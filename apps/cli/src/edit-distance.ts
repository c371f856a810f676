/** The number of edits between two short strings (for "did you mean"). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest of `names` to `given`, when it is at most `most` edits away. Not didYouMean of @lac/council
 * (which template names and configurations use), on purpose: lac's commands and options are a handful of
 * names far apart, where two edits are a safe guess ("genrat" → generate) and didYouMean allows about one
 * in four; and bin.ts answers --version and --help without loading anything, so importing @lac/council
 * there (through /quick, 25 KB → 143 KB) would slow every start.
 */
export function closestName(given: string, names: readonly string[], most = 2): string | undefined {
  const closest = names
    .map((name) => ({ name, distance: editDistance(name, given) }))
    .sort((a, b) => a.distance - b.distance)[0];
  return closest && closest.distance <= most ? closest.name : undefined;
}
