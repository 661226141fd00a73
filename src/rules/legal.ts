import { COOKIES, COPYRIGHT } from '../lexicon/legal.js';
import { fold } from '../text/normalize.js';
import { containsPhrase, labelTest, phraseList, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Cookie notices, copyright lines, and links to policies. */

const policyLabel = labelTest(phraseSet(COPYRIGHT), { prefix: true });
const COOKIE_PHRASES = phraseList(COOKIES);
const COPYRIGHT_PHRASES = phraseList(COPYRIGHT);
/** Cookie notices run to a few sentences; a longer block is an article about cookies. */
const MAX_COOKIE_WORDS = 60;
/** Copyright lines are short; footers glue a few links after them. */
const MAX_COPYRIGHT_WORDS = 40;
const COPYRIGHT_MARK = /©|\(c\)\s*\d{4}|\bcopyright\b/iu;

export const legalRules: readonly Rule[] = [
  { id: 'legal/policy', reason: 'legal', test: (_, c) => policyLabel(c.label, c.features.words) },
  {
    id: 'legal/copyright',
    reason: 'legal',
    test: (b, c) =>
      c.features.words <= MAX_COPYRIGHT_WORDS &&
      (COPYRIGHT_MARK.test(b.text) || (c.features.words <= 15 && containsPhrase(fold(b.text), COPYRIGHT_PHRASES))),
  },
  {
    id: 'legal/cookies',
    reason: 'legal',
    test: (b, c) => c.features.words <= MAX_COOKIE_WORDS && containsPhrase(fold(b.text), COOKIE_PHRASES),
  },
];
