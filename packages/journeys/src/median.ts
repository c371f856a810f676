/**
 * The median of a list of numbers, or `null` when the list is empty. For an even count it is the mean
 * of the two middle values. Uses quickselect, so it takes linear time on average. Does not change `values`.
 */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const work = Float64Array.from(values);
  const upper = select(work, n >> 1);
  if (n % 2 === 1) return upper;
  // After selecting index n/2, every value before it is ≤ it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i += 1) lower = Math.max(lower, work[i]!);
  return (lower + upper) / 2;
}

/** Rearranges `a` so that a[k] is the k-th smallest value, with smaller or equal values before it. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (left < right) {
    const pivot = medianOfThree(a[left]!, a[(left + right) >> 1]!, a[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i += 1;
      while (a[j]! > pivot) j -= 1;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k]!;
  }
  return a[k]!;
}

function medianOfThree(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}
