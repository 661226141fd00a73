/** Prefix sums over the page's blocks, shared by the front end's per-range measures. */

/** Prefix sums of `values`: the sum over blocks [a, b) is `sumOver(s, a, b)`. */
export function prefixSums(values: Iterable<number>): number[] {
  const sums = [0];
  for (const v of values) sums.push((sums[sums.length - 1] as number) + v);
  return sums;
}

/** The sum of the values of blocks [first, last), from their prefix sums. */
export function sumOver(sums: readonly number[], first: number, last: number): number {
  return (sums[last] as number) - (sums[first] as number);
}
