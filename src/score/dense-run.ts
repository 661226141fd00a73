import type { BlockClass, Verdict } from '../page/block.js';
import type { Features } from '../text/features.js';
import type { Thresholds } from '../options.js';
import { opensComments } from './verdicts.js';

/**
 * The article is the dense run of good blocks: the contiguous span with the largest sum of
 * good characters minus the cost of the bad blocks it takes in (maximum-sum subarray).
 * - Comment headings are walls: comments follow the article and never split it, so the page is
 *   cut there, and the first part that holds a real run wins over longer comments below it.
 * - Other section headings ("Related Articles") cost extra to cross.
 * - The page's own headline (found by the title pass) lends weight to the prose right under it.
 */

/** Cheapest a bad block can be to take in, in characters: a one-word label is not free. */
const MIN_BAD_COST = 40;
/** Extra cost of crossing a section heading such as "Related Articles" (tuned on AEB text). */
const SECTION_COST = 400;
/** A part of the page above a comment wall wins if its best run holds this many characters. */
const MIN_LEAD_RUN = 300;
/** Weight lent to the first good block under the page's headline, in characters (tuned on AEB text). */
const HEADLINE_BONUS = 600;
/** How far under the headline (in blocks) the article may start. */
const HEADLINE_REACH = 6;

function weight(cls: BlockClass, v: Verdict, f: Features, t: Thresholds): number {
  if (opensComments(v)) return Number.NEGATIVE_INFINITY;
  if (cls === 'good') return f.chars;
  const cost = t.badCost * Math.max(f.chars, MIN_BAD_COST);
  return -(v.section ? cost + SECTION_COST : cost);
}

export interface Span {
  start: number;
  end: number;
  sum: number;
}

/** The maximum-sum span of weights[from, to) (Kadane), or undefined when no span sums above zero. */
export function bestSpan(weights: readonly number[], from: number, to: number): Span | undefined {
  let best: Span | undefined;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i += 1) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i] as number;
    if (sum > (best?.sum ?? 0)) best = { start, end: i, sum };
  }
  return best;
}

/** Inclusive [start, end] of the article run, or undefined when no block scores above zero. */
export function densestRun(
  classes: readonly BlockClass[],
  first: readonly Verdict[],
  features: readonly Features[],
  t: Thresholds,
  headline?: number,
): [number, number] | undefined {
  const weights = classes.map((cls, i) => weight(cls, first[i] as Verdict, features[i] as Features, t));
  if (headline !== undefined) {
    const lead = classes.findIndex((c, i) => i > headline && i <= headline + HEADLINE_REACH && c === 'good');
    if (lead >= 0) {
      weights[lead] = (weights[lead] as number) + HEADLINE_BONUS;
      // The article starts under its headline: nothing above the headline joins it.
      for (let i = 0; i <= headline; i += 1) weights[i] = Number.NEGATIVE_INFINITY;
    }
  }
  const parts: Span[] = [];
  let from = 0;
  for (let i = 0; i <= weights.length; i += 1) {
    if (i < weights.length && weights[i] !== Number.NEGATIVE_INFINITY) continue;
    const run = bestSpan(weights, from, i);
    if (run) parts.push(run);
    from = i + 1;
  }
  const lead = parts.find((r) => r.sum >= MIN_LEAD_RUN);
  const best = lead ?? parts.reduce<Span | undefined>((a, r) => (a === undefined || r.sum > a.sum ? r : a), undefined);
  return best ? [best.start, best.end] : undefined;
}
