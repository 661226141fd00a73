import { isPhrase, labelTest } from './match.js';
import type { Rule } from './types.js';

/** Share buttons ("Share", "Tweet", "Facebook Twitter Email") and share counters. */

const shareLabel = labelTest(['SHARE'], { prefix: true });
/** "1.2k shares", "35 likes". */
const COUNTER = /^[\d.,]+\s*(?:[km]\s*)?(?:shares?|likes?|tweets?|pins?|paylaşım|beğeni|mal geteilt|partages|compartidos?|compartilhamentos|condivisioni|gedeeld|udostępnień|поделились)$/iu;
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
  { id: 'share/count', reason: 'share', test: (b, c) => c.features.words <= MAX_COUNT_WORDS && COUNTER.test(b.text.trim()) },
];
