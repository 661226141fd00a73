import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Cookie notices and their buttons, copyright lines, and links to policies. */

const policyLabel = labelTest(['COPYRIGHT', 'POLICY_LINKS', 'COOKIE_BUTTONS'], { prefix: true });
/** Copyright lines are short; footers glue a few links after them. */
const MAX_COPYRIGHT_WORDS = 40;
/** A copyright phrase inside a block this short makes it a footer line. */
const MAX_FOOTER_WORDS = 15;
/** A cookie notice runs to a few sentences; a longer block is an article about cookies. */
const MAX_COOKIE_WORDS = 150;
/** Substrings one of which a copyright mark needs: a cheap gate before the pattern. */
const COPYRIGHT_HINTS = ['©', '(c)', '(C)', 'opyright', 'OPYRIGHT'];
const COPYRIGHT_MARK = /©|\(c\)\s*\d{4}|\bcopyright\b/iu;

export const legalRules: readonly Rule[] = [
  { id: 'legal/policy', reason: 'legal', test: (_, c) => policyLabel(c.hits, c.features.words) },
  {
    id: 'legal/copyright',
    reason: 'legal',
    test: (b, c) =>
      c.features.words <= MAX_COPYRIGHT_WORDS &&
      ((c.features.words <= MAX_FOOTER_WORDS && c.hits.inside.has('COPYRIGHT')) ||
        (COPYRIGHT_HINTS.some((h) => b.text.includes(h)) && COPYRIGHT_MARK.test(b.text))),
  },
  // COOKIES phrases are specific enough to search for in a block's opening words.
  { id: 'legal/cookies', reason: 'legal', test: (_, c) => c.features.words <= MAX_COOKIE_WORDS && c.hits.inside.has('COOKIES') },
];
