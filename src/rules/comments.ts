import { COMMENTS } from '../lexicon/comments.js';
import { labelTest, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Comment-section headings: "Comments", "12 Comments", "Leave a Reply", "3 thoughts on “…”". */

const commentLabel = labelTest(phraseSet(COMMENTS), { prefix: true });
const COUNTED = /^\d+\s+(?:comments?|responses?|replies|yorum|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarz[ey]?|комментари[йяев])$/iu;
const THOUGHTS = /^\d+\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+\S/iu;
/** "3 thoughts on “A long headline”" stays a heading up to this many words. */
const MAX_THOUGHTS_WORDS = 25;

export const commentRules: readonly Rule[] = [
  {
    id: 'comments/heading',
    reason: 'comments',
    section: true,
    test: (b, c) =>
      commentLabel(c.label, c.features.words) ||
      COUNTED.test(c.label) ||
      (c.features.words <= MAX_THOUGHTS_WORDS && THOUGHTS.test(b.text)),
  },
];
