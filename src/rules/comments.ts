import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Comment-section headings: "Comments", "12 Comments", "Leave a Reply", "3 thoughts on “…”". */

const commentLabel = labelTest(['COMMENTS'], { prefix: true });
const COUNTED = /^\d+ (?:comments?|responses?|replies|yorum|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?|комментари[ияев])$/u;
const THOUGHTS = /^\d+\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+\S/iu;
/** "3 thoughts on “A long headline”" stays a heading up to this many words. */
const MAX_THOUGHTS_WORDS = 25;

export const commentRules: readonly Rule[] = [
  {
    id: 'comments/heading',
    reason: 'comments',
    section: true,
    test: (b, c) =>
      commentLabel(c.hits, c.features.words) ||
      (c.words.length === 2 && COUNTED.test(c.words.join(' '))) ||
      (c.features.words <= MAX_THOUGHTS_WORDS && THOUGHTS.test(b.text)),
  },
];
