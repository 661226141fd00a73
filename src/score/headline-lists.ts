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

/** Words a line announcing the article's own list has at least: "Related:", "More stories:" are labels. */
const MIN_INTRO_WORDS = 4;

/**
 * A line of the page's own text announcing a list ("This approach provides several advantages:",
 * "When submitting titles keep in mind:"): the lines under it are the article's list, its bullets
 * lost in the scrape, not teasers. A label over teasers is shorter, or a rule's hit.
 */
function introducesList(v: Verdict | undefined, f: Features | undefined, text: string): boolean {
  return v?.source === 'class' && (f?.words ?? 0) >= MIN_INTRO_WORDS && /[:：]\s*$/u.test(text);
}

/**
 * A line of an announced list reads as near-prose, whatever its length: the list is one of the
 * article's paragraphs cut into lines, and three of them together revise as prose (`revise.ts`).
 */
function announcedItem(v: Verdict): Verdict {
  return v.cls === 'short' ? { ...v, cls: 'neargood', rule: 'class/announced-item' } : v;
}

/** A line of a headline list: related chrome, weak (prose on both sides overrules it). */
const LISTED: Verdict = { cls: 'bad', reason: 'related', rule: 'related/headline-list', source: 'headline-list', strength: 'weak' };

/** Verdicts with every headline list marked as related chrome (weak: prose on both sides overrules it). */
export function markHeadlineLists(first: readonly Verdict[], features: readonly Features[], texts: readonly string[]): Verdict[] {
  const out = [...first];
  let start = 0;
  for (let i = 0; i <= first.length; i += 1) {
    if (i < first.length && listable(first[i] as Verdict, features[i] as Features, texts[i] ?? '')) continue;
    const announced = introducesList(first[start - 1], features[start - 1], texts[start - 1] ?? '') ||
      introducesList(first[start], features[start], texts[start] ?? '');
    if (i - start >= MIN_LIST) {
      for (let j = start; j < i; j += 1) out[j] = announced ? announcedItem(first[j] as Verdict) : LISTED;
    }
    start = i + 1;
  }
  return out;
}
