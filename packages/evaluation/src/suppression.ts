/**
 * Small-number suppression of counts, so that a report never shows a count small enough to point at
 * someone, and a hidden count cannot be worked out from the totals and the other counts.
 *
 * - **Primary suppression**: a count of 1 up to `threshold - 1` is shown as "fewer than {threshold}". Zero
 *   is shown: the toolkit's own choice, as a zero does not describe anyone.
 * - **Secondary suppression**: in a table whose counts add up to a total that is shown, hiding only one
 *   count is no protection (total minus the others gives it back), nor is hiding counts whose only
 *   possible values are known from their sum (two "fewer than 5" that add up to 2 are both 1). So
 *   further counts are withheld, the smallest first, until no hidden count can be worked out. When no
 *   count is left to withhold, the total is withheld too (and so is every other table with that total).
 */

import { argumentChecks, type ArgumentChecks } from "@lac/council/argument-checks";

const checks: ArgumentChecks = /* @__PURE__ */ argumentChecks();

/** A count as a report may show it. */
export type SafeCount =
  | { readonly shown: true; readonly value: number }
  | { readonly shown: false; readonly reason: "fewer-than-threshold" | "withheld" };

/** The default threshold: counts from 1 to 4 are not shown (configurable). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * Checks a threshold: a whole number from 3 to 1000 (below 3, "fewer than 2" would say the count is 1).
 */
export function isValidThreshold(threshold: unknown): threshold is number {
  return typeof threshold === "number" && Number.isInteger(threshold) && threshold >= 3 && threshold <= 1000;
}

/**
 * One count on its own, with primary suppression only (for counts that are not part of a total shown). Throws a
 * `TypeError` for a count or threshold that is not a number, a `RangeError` for a count that is not a whole
 * number of 0 or more or a threshold that `isValidThreshold` does not accept, as `suppressPartition` does.
 */
export function suppressCount(value: number, threshold: number): SafeCount {
  requireCount(value, "suppressCount's value");
  requireThreshold(threshold, "suppressCount's threshold");
  return primary(value, threshold);
}

/** Primary suppression of a count and threshold already checked. */
function primary(value: number, threshold: number): SafeCount {
  return value > 0 && value < threshold
    ? { shown: false, reason: "fewer-than-threshold" }
    : { shown: true, value };
}

/** Counts that add up to a total, each shown or hidden, and the total. */
export interface SafePartition {
  readonly total: SafeCount;
  readonly cells: readonly SafeCount[];
}

/** Why a count is hidden: `undefined` when it is shown. */
export type HiddenReason = "fewer-than-threshold" | "withheld" | undefined;

/**
 * True when someone who sees the shown counts and the total could work out a hidden count exactly from
 * the sums. They know that a count shown as "fewer than {threshold}" is from 1 to threshold - 1, and that a
 * withheld count is at least the threshold (every count shown above zero is). The hidden counts add up to
 * the total minus the shown ones; a count is worked out when the others leave it only one value.
 *
 * This is the attack of subtraction from totals that secondary suppression answers. It does not model an
 * attacker who also reasons about which counts the rules chose to withhold (smallest first); such a person
 * can narrow the range of a hidden count, though the threshold still hides it among at least two values.
 */
export function hiddenCountIsRecoverable(
  values: readonly number[],
  hidden: readonly HiddenReason[],
  threshold: number,
): boolean {
  let sum = 0;
  values.forEach((value, index) => {
    if (hidden[index] !== undefined) sum += value;
  });
  const ranges: [number, number][] = [];
  hidden.forEach((reason) => {
    if (reason === "fewer-than-threshold") ranges.push([1, threshold - 1]);
    else if (reason === "withheld") ranges.push([threshold, Infinity]);
  });
  if (ranges.length === 0) return false;
  const lowest = ranges.reduce((total, [low]) => total + low, 0);
  const unbounded = ranges.filter(([, high]) => high === Infinity).length;
  const finiteHighest = ranges.reduce((total, [, high]) => (high === Infinity ? total : total + high), 0);
  return ranges.some(([low, high]) => {
    const othersHigh =
      unbounded - (high === Infinity ? 1 : 0) > 0 ? Infinity : finiteHighest - (high === Infinity ? 0 : high);
    const from = Math.max(low, sum - othersHigh);
    const to = Math.min(high, sum - (lowest - low));
    return from === to;
  });
}

/** A number as it is ("-1", "2.5"), anything else by its kind ("undefined", "a string"), for a message. */
function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : checks.kindOf(value);
}

/** A count: a whole number, 0 or more (a TypeError for one that is not a number, a RangeError for one out of range). */
function requireCount(value: unknown, where: string): asserts value is number {
  if (Number.isSafeInteger(value) && (value as number) >= 0) return;
  const Problem = typeof value === "number" ? RangeError : TypeError;
  throw new Problem(`${where} needs a count (a whole number, 0 or more), not ${shown(value)}.`);
}

/**
 * A threshold that `isValidThreshold` accepts: a TypeError for one that is not a number, a RangeError for
 * one out of range (a threshold left out would otherwise show every small count).
 */
function requireThreshold(threshold: unknown, where: string): asserts threshold is number {
  if (isValidThreshold(threshold)) return;
  const Problem = typeof threshold === "number" ? RangeError : TypeError;
  throw new Problem(
    `${where} needs a whole number from 3 to 1000 (DEFAULT_SUPPRESSION_THRESHOLD is ${DEFAULT_SUPPRESSION_THRESHOLD}), not ${shown(
      threshold,
    )}.`,
  );
}

/** The counts of one table (a partition), each a count. */
function requireCounts(values: unknown, where: string): asserts values is readonly number[] {
  checks.requireArray(values, `${where} (the counts of the table)`);
  values.forEach((value, index) => requireCount(value, `${where}[${index}]`));
}

/**
 * The primary and secondary suppression of counts that add up to a total shown beside them. Several
 * tables may share one total (people introduced by source, by neighbourhood, by month): pass each as a
 * partition, so that the total is withheld everywhere or nowhere.
 */
export function suppressPartitions(
  total: number,
  partitions: readonly (readonly number[])[],
  threshold: number,
): { readonly total: SafeCount; readonly partitions: readonly (readonly SafeCount[])[] } {
  requireCount(total, "suppressPartitions's total");
  checks.requireArray(partitions, "suppressPartitions's partitions (a list of tables' counts)");
  partitions.forEach((cells, index) => requireCounts(cells, `suppressPartitions's partitions[${index}]`));
  requireThreshold(threshold, "suppressPartitions's threshold");
  const primaryTotal = primary(total, threshold);
  if (!primaryTotal.shown) {
    return {
      total: primaryTotal,
      partitions: partitions.map((cells) => cells.map((value) => primary(value, threshold))),
    };
  }
  const patterns = partitions.map((cells) => protect(cells, threshold));
  if (patterns.some((pattern) => pattern === undefined)) {
    // Some table cannot be protected while its total is shown: withhold the total everywhere.
    return {
      total: { shown: false, reason: "withheld" },
      partitions: partitions.map((cells) => cells.map((value) => primary(value, threshold))),
    };
  }
  return {
    total: primaryTotal,
    partitions: patterns.map((pattern, p) =>
      pattern!.map((reason, i): SafeCount =>
        reason === undefined ? { shown: true, value: partitions[p]![i]! } : { shown: false, reason },
      ),
    ),
  };
}

/**
 * One partition: see {@link suppressPartitions}. Counts that are not whole numbers of 0 or more, or a
 * threshold that `isValidThreshold` does not accept, are a TypeError or RangeError that says which.
 */
export function suppressPartition(values: readonly number[], threshold: number): SafePartition {
  requireCounts(values, "suppressPartition's values");
  requireThreshold(threshold, "suppressPartition's threshold");
  const total = values.reduce((sum, value) => sum + value, 0);
  const result = suppressPartitions(total, [values], threshold);
  return { total: result.total, cells: result.partitions[0]! };
}

/**
 * The hidden counts of one partition whose total is shown: primary, then the smallest other counts
 * withheld until none can be worked out. `undefined` when that is not possible.
 */
function protect(values: readonly number[], threshold: number): HiddenReason[] | undefined {
  const hidden = values.map((value): HiddenReason =>
    value > 0 && value < threshold ? "fewer-than-threshold" : undefined,
  );
  // Candidates to withhold: shown counts above zero, smallest first (then by position, for the same result each time).
  const candidates = values
    .map((value, index) => ({ value, index }))
    .filter(({ value, index }) => value > 0 && hidden[index] === undefined)
    .sort((x, y) => x.value - y.value || x.index - y.index);
  while (hiddenCountIsRecoverable(values, hidden, threshold)) {
    const next = candidates.shift();
    if (next === undefined) return undefined;
    hidden[next.index] = "withheld";
  }
  return hidden;
}
