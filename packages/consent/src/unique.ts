import type * as z from "zod";
import { customIssue } from "./problem.js";

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

/**
 * Reports each item of `list` (at `field`, or at the list itself for "") whose key an earlier item had:
 * "This <noun> is listed twice.", at the item's index.
 */
export function reportDuplicates<T>(
  ctx: z.RefinementCtx,
  field: string,
  list: readonly T[],
  key: (item: T) => string,
  noun: string,
): void {
  for (const index of duplicateIndexes(list, key)) {
    customIssue(ctx, field === "" ? [index] : [field, index], `This ${noun} is listed twice.`);
  }
}
