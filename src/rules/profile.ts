import { REVIEW_COUNTS } from '../lexicon/counters.js';
import { AUTHOR_BIO_VERBS, AUTHOR_ROLES } from '../lexicon/profile.js';
import { alternation } from '../text/pattern.js';
import { isPhrase, labelTest, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Freelancer / marketplace / author profile blocks: labels, review counters, ratings. */

const profileLabel = labelTest(['PROFILE']);
/** Review and rating words that follow a counter ("0 Reviews", "12 jobs completed"). */
const COUNTED = phraseSet(REVIEW_COUNTS);
/** Star ratings drawn with glyphs: "★★★★☆", "4.8 ★". */
const STARS = /^[\d.,\s]*[★☆✩✪✫⭐]{1,5}[\d.,\s()]*$/u;
const NUMBER = /^\d+$/u;
/** Counter lines are short: "4 9 37 reviews" after folding "4.9 (37 reviews)". */
const MAX_COUNTER_WORDS = 5;

/** Author bios are a short paragraph. */
const MAX_BIO_WORDS = 90;
/**
 * "Molly Wood (@mollywood) is an Ideas contributor at WIRED…", "Jane Doe is a staff writer for…":
 * a name of two or three capitalised words, an optional handle, then "is a … writer/reporter/editor…"
 * within the first sentence (English). One capitalised word is a sentence's opening, not a name:
 * "There is an official binary host that…" in a guide is no bio.
 */
export const AUTHOR_BIO = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’.-]+\\s){2,3}(?:\\([^()]{1,40}\\)\\s)?(?:${alternation(AUTHOR_BIO_VERBS.en ?? []).replaceAll(' ', '\\s')})\\s[^.]{0,80}?\\b(?:${alternation(AUTHOR_ROLES.en ?? [])})s?\\b`,
  'u',
);

/** A star rating line ("★★★★☆ 4.0") is at most this many characters. */
const MAX_STARS_CHARS = 24;

export const profileRules: readonly Rule[] = [
  {
    id: 'profile/author-bio',
    reason: 'profile',
    test: (b, c) =>
      c.features.words <= MAX_BIO_WORDS && (b.text.includes(' is ') || b.text.includes(' was ')) && AUTHOR_BIO.test(b.text),
  },
  { id: 'profile/label', reason: 'profile', section: true, test: (_, c) => profileLabel(c.hits, c.features.words) },
  {
    id: 'profile/counter',
    reason: 'profile',
    section: true,
    test: (_, c) => {
      if (c.features.words > MAX_COUNTER_WORDS || !NUMBER.test(c.words[0] ?? '')) return false;
      let i = 0;
      while (i < c.words.length && NUMBER.test(c.words[i] as string)) i += 1;
      const rest = c.words.slice(i);
      return rest.length > 0 && (COUNTED.has(rest.join(' ')) || isPhrase(rest, 'PROFILE'));
    },
  },
  { id: 'profile/stars', reason: 'profile', test: (b) => b.text.length <= MAX_STARS_CHARS && STARS.test(b.text) },
];
