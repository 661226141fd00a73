import { COMMENT_COUNTS, COMMENT_THREAD_LEADS } from '../lexicon/counters.js';
import { labelTest, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Comment-section headings: "Comments", "12 Comments", "Leave a Reply", "3 thoughts on “…”". */

const commentLabel = labelTest(['COMMENTS'], { prefix: true });
const COUNTED = phraseSet(COMMENT_COUNTS);
const THREAD_LEADS = phraseSet(COMMENT_THREAD_LEADS);
const NUMBER = /^\d+$/u;
/** "3 thoughts on “A long headline”" stays a heading up to this many words. */
const MAX_THOUGHTS_WORDS = 25;

/** "3 thoughts on “Title”": a count, a thread lead, and the post's title after it. */
function isThreadHeading(words: readonly string[]): boolean {
  return words.length >= 4 && NUMBER.test(words[0] ?? '') && THREAD_LEADS.has(`${words[1]} ${words[2]}`);
}

export const commentRules: readonly Rule[] = [
  {
    id: 'comments/heading',
    reason: 'comments',
    section: true,
    test: (b, c) =>
      commentLabel(c.hits, c.features.words) ||
      (c.words.length === 2 && NUMBER.test(c.words[0] ?? '') && COUNTED.has(c.words[1] ?? '')) ||
      (c.features.words <= MAX_THOUGHTS_WORDS && isThreadHeading(c.words)),
  },
];
