/**
 * Where the blocks that go with a table onto its own page begin, given which blocks before it are
 * headings: the headings just before it, or a heading and up to two paragraphs after it (the DPIA's
 * "Step 4" and its lead-in), so that neither is left alone at the top of an otherwise empty page.
 */
export function leadStart(kinds: readonly BlockKind[]): number {
  let first = kinds.length;
  for (let back = 1; back <= 3 && kinds.length - back >= 0; back += 1) {
    const kind = kinds[kinds.length - back];
    if (kind === "heading") {
      first = kinds.length - back;
      break;
    }
    if (kind !== "paragraph") break;
  }
  while (first > 0 && kinds[first - 1] === "heading") first -= 1;
  return first;
}

/** What a block before a dense table is, for {@link leadStart}. */
export type BlockKind = "heading" | "paragraph" | "other";
