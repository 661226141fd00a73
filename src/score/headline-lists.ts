import type { Verdict } from '../page/block.js';
import type { Features } from '../text/features.js';
import { isHeadline, TEASER_HEADLINE } from './headline.js';

/**
 * Headline lists: three or more consecutive lines that read like headlines — a few words to a
 * sentence's length (`isHeadline`), none ending like a sentence — are a list of links to other articles
 * ("More stories", teaser rails), even when each line alone looks like a short paragraph.
 */

/** Consecutive headline-like lines needed before they count as a list (2 scores higher on AEB, but a heading over a one-line dek is not a list). */
const MIN_LIST = 3;
/** A line no rule caught that reads as a teaser headline. */
function listable(v: Verdict, f: Features, text: string): boolean {
  return v.source === 'class' && isHeadline(f, text, TEASER_HEADLINE);
}

/** A line of a headline list: related chrome, weak (prose on both sides overrules it). */
const LISTED: Verdict = { cls: 'bad', reason: 'related', rule: 'related/headline-list', source: 'headline-list', strength: 'weak' };

/** Verdicts with every headline list marked as related chrome (weak: prose on both sides overrules it). */
export function markHeadlineLists(first: readonly Verdict[], features: readonly Features[], texts: readonly string[]): Verdict[] {
  const out = [...first];
  let start = 0;
  for (let i = 0; i <= first.length; i += 1) {
    if (i < first.length && listable(first[i] as Verdict, features[i] as Features, texts[i] ?? '')) continue;
    if (i - start >= MIN_LIST) {
      for (let j = start; j < i; j += 1) out[j] = LISTED;
    }
    start = i + 1;
  }
  return out;
}
