/** Prefix sums over the page's blocks, shared by the front end's per-range measures and the scorer. */

/**
 * Prefix sums of `valueOf` over `items`: the sum over items [a, b) is `sumOver(s, a, b)`. A typed
 * array, with no intermediate array of the values: a page of a million lines keeps 8 bytes per line.
 */
export function prefixSums<T>(items: readonly T[], valueOf: (item: T, index: number) => number): Float64Array {
  const sums = new Float64Array(items.length + 1);
  items.forEach((item, i) => {
    sums[i + 1] = (sums[i] as number) + valueOf(item, i);
  });
  return sums;
}

/** The sum of the values of items [first, last), from their prefix sums. */
export function sumOver(sums: ArrayLike<number>, first: number, last: number): number {
  return (sums[last] as number) - (sums[first] as number);
}
