import type { Verdict } from '../page/block.js';
import type { Features } from '../text/features.js';

/**
 * Headline lists: three or more consecutive lines that read like headlines — a few words to a
 * sentence's length, none ending like a sentence — are a list of links to other articles
 * ("More stories", teaser rails), even when each line alone looks like a short paragraph.
 */

/** Consecutive headline-like lines needed before they count as a list (2 scores higher on AEB, but a heading over a one-line dek is not a list). */
const MIN_LIST = 3;
/** A headline has at least this many words ("Vaping ban dies")… (3–5 swept on AEB text: 3 best). */
const MIN_WORDS = 3;
/** …and at most this many. */
const MAX_WORDS = 20;

function headlineLike(v: Verdict, f: Features): boolean {
  return v.source === 'class' && !f.terminal && f.words >= MIN_WORDS && f.words <= MAX_WORDS && !f.urlish;
}

/** A line of a headline list: related chrome, weak (prose on both sides overrules it). */
const LISTED: Verdict = { cls: 'bad', reason: 'related', rule: 'related/headline-list', source: 'headline-list', strength: 'weak' };

/** Verdicts with every headline list marked as related chrome (weak: prose on both sides overrules it). */
export function markHeadlineLists(first: readonly Verdict[], features: readonly Features[]): Verdict[] {
  const out = [...first];
  let start = 0;
  for (let i = 0; i <= first.length; i += 1) {
    if (i < first.length && headlineLike(first[i] as Verdict, features[i] as Features)) continue;
    if (i - start >= MIN_LIST) {
      for (let j = start; j < i; j += 1) out[j] = LISTED;
    }
    start = i + 1;
  }
  return out;
}
