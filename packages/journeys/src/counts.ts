/** A count of 0 for every id, in the order of `ids`. */
export function zeroCounts<T extends string>(ids: readonly T[]): Record<T, number> {
  const counts = {} as Record<T, number>;
  for (const id of ids) counts[id] = 0;
  return counts;
}

/** New frozen counts with 1 added for each of `ids`; the same object when there is nothing to add. */
export function addCounts<T extends string>(
  counts: Readonly<Record<T, number>>,
  ids: readonly T[] | undefined,
): Readonly<Record<T, number>> {
  if (ids === undefined || ids.length === 0) return counts;
  const next: Record<T, number> = { ...counts };
  for (const id of ids) next[id] += 1;
  return Object.freeze(next);
}
