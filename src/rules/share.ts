import { SHARE_COUNTS } from '../lexicon/counters.js';
import { labelWords } from '../text/normalize.js';
import { isPhrase, labelTest, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Share buttons ("Share", "Tweet", "Facebook Twitter Email") and share counters. */

const shareLabel = labelTest(['SHARE'], { prefix: true });
/** "1.2k shares", "35 likes". */
const COUNTED = phraseSet(SHARE_COUNTS);
/** The count: digits and separators, then a thousands (k) or millions (m) mark or not. */
const COUNT = /^[\d.,]+\s*/u;
const MAGNITUDE = /^[km]\s*/iu;

/** "1.2k shares", "35 likes", "12 mal geteilt": a count, then a share-counter word. */
function isCounter(text: string): boolean {
  const count = COUNT.exec(text);
  if (!count) return false;
  const rest = text.slice(count[0].length);
  if (COUNTED.has(labelWords(rest).join(' '))) return true;
  const magnitude = MAGNITUDE.exec(rest);
  return magnitude !== null && COUNTED.has(labelWords(rest.slice(magnitude[0].length)).join(' '));
}
/** A row of share buttons glued on one line is at most this many words. */
const MAX_BAR_WORDS = 8;

/** Every word of the line is a share label on its own: "Facebook Twitter WhatsApp Email". */
function isShareBar(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= MAX_BAR_WORDS && words.every((w) => isPhrase([w], 'SHARE'));
}

/** A share counter ("1.2k shares") has at most this many words. */
const MAX_COUNT_WORDS = 4;

export const shareRules: readonly Rule[] = [
  { id: 'share/label', reason: 'share', test: (_, c) => shareLabel(c.hits, c.features.words) || isShareBar(c.words) },
  { id: 'share/count', reason: 'share', test: (b, c) => c.features.words <= MAX_COUNT_WORDS && isCounter(b.text.trim()) },
];
