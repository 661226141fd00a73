import { CREDIT_WORDS, PHOTO_AGENCIES } from '../lexicon/media.js';
import { alternation } from '../text/pattern.js';
import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Text standing in for an image or a player ("Banner Image", "Play video") and photo credits. */

const mediaLabel = labelTest(['MEDIA']);
/** Credit lines are short: "Photo: Jane Doe / Reuters". */
const MAX_CREDIT_WORDS = 10;
/** A one-word lead-in followed by a colon near the start: "Photo: …", "Foto: …". */
const COLON_LEAD = /^[^:]{1,40}:/u;

/** Captions run a sentence or two. */
const MAX_CAPTION_WORDS = 60;
/**
 * A credit closing a caption: "(Photo by Jane Doe/Getty Images)", "Credit...Doug Mills/The New York
 * Times", "(AP Photo/John Locher)", "Photo: Reuters", "(Image: NASA)".
 */
export const CREDIT_TAIL = new RegExp(
  `(?:\\((?:${alternation(Object.values(CREDIT_WORDS).flat())})(?![\\p{L}\\p{N}])[^()]{0,80}\\)|\\bcredits?\\s*(?:\\.{3}|…|:)\\s*[^.]{1,80}|\\b(?:${alternation(PHOTO_AGENCIES)})\\b[^.()]{0,60}\\)?)\\.?\\s*$`,
  'iu',
);

/** Characters at the end of a block where a credit can stand. */
const CAPTION_TAIL = 160;
/** Cheap gate before CREDIT_TAIL: a bracket, a colon, an ellipsis, or an agency's name as it signs (or in capitals). */
const CREDIT_HINTS = ['(', ':', '…', '...', ...PHOTO_AGENCIES.flatMap((name) => (/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name) ? [name, name.toUpperCase()] : [name]))];

export const mediaRules: readonly Rule[] = [
  { id: 'media/label', reason: 'media', test: (_, c) => mediaLabel(c.hits, c.features.words) },
  {
    id: 'media/credit',
    reason: 'media',
    test: (b, c) => {
      if (c.features.words > MAX_CREDIT_WORDS) return false;
      const k = c.hits.prefix.get('MEDIA_CREDIT') ?? 0;
      return k > 0 && (k >= 2 || COLON_LEAD.test(b.text));
    },
  },
  {
    id: 'media/caption',
    reason: 'media',
    // HTML knows its captions (figcaption, caption classes, the text beside an image): inside the
    // article, a prose paragraph ending "…told Reuters." is not one, whatever its last words look like.
    yieldsToProse: true,
    test: (b, c) => {
      if (c.features.words > MAX_CAPTION_WORDS) return false;
      const tail = b.text.slice(-CAPTION_TAIL);
      // Cheap gate before the pattern: a credit has a bracket, a colon, an ellipsis or an agency name.
      return CREDIT_HINTS.some((h) => tail.includes(h)) && CREDIT_TAIL.test(tail);
    },
  },
];
