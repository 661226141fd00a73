import { MEDIA, MEDIA_CREDIT } from '../lexicon/media.js';
import { labelTest, phraseSet, startsWithPhrase } from './match.js';
import type { Rule } from './types.js';

/** Text standing in for an image or a player ("Banner Image", "Play video") and photo credits. */

const mediaLabel = labelTest(phraseSet(MEDIA));
const CREDITS = phraseSet(MEDIA_CREDIT);
/** Credit lines are short: "Photo: Jane Doe / Reuters". */
const MAX_CREDIT_WORDS = 10;
/** A label followed by a colon near the start: "Photo: …", "Foto: …". */
const COLON_LEAD = /^[^:]{1,40}:/u;

export const mediaRules: readonly Rule[] = [
  { id: 'media/label', reason: 'media', test: (_, c) => mediaLabel(c.label, c.features.words) },
  {
    id: 'media/credit',
    reason: 'media',
    test: (b, c) => {
      if (c.features.words > MAX_CREDIT_WORDS) return false;
      const k = startsWithPhrase(c.label, CREDITS);
      return k > 0 && (k >= 2 || COLON_LEAD.test(b.text));
    },
  },
];
