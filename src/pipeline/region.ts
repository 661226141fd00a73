import type { BlockClass, Verdict } from './block.js';
import type { Features } from '../text/features.js';
import type { Thresholds } from '../options.js';

/**
 * The article is the dense run of good blocks: the contiguous span with the largest sum of
 * good characters minus the cost of the bad blocks it takes in (maximum-sum subarray).
 * Comment headings are hard walls (comments follow the article, never split it); other section
 * headings ("Related Articles") cost extra to cross.
 */

/** Cheapest a bad block can be to take in, in characters: a one-word label is not free. */
const MIN_BAD_COST = 40;
/** Extra cost of crossing a section heading such as "Related Articles" (tuned on AEB text). */
const SECTION_COST = 400;

function weight(cls: BlockClass, v: Verdict, f: Features, t: Thresholds): number {
  if (v.section && v.reason === 'comments') return Number.NEGATIVE_INFINITY;
  if (cls === 'good') return f.chars;
  const cost = t.badCost * Math.max(f.chars, MIN_BAD_COST);
  return -(v.section ? cost + SECTION_COST : cost);
}

/** Inclusive [start, end] of the best run, or undefined when no block scores above zero. */
export function densestRun(
  classes: readonly BlockClass[],
  first: readonly Verdict[],
  features: readonly Features[],
  t: Thresholds,
): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < classes.length; i += 1) {
    const w = weight(classes[i] as BlockClass, first[i] as Verdict, features[i] as Features, t);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += w;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
    if (sum === Number.NEGATIVE_INFINITY) sum = 0;
  }
  return best;
}
