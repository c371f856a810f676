/** The indexes of items whose key was already seen earlier in the list. */
export function duplicateIndexes<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) duplicates.push(index);
    seen.add(k);
  });
  return duplicates;
}
