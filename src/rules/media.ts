import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Text standing in for an image or a player ("Banner Image", "Play video") and photo credits. */

const mediaLabel = labelTest(['MEDIA']);
/** Credit lines are short: "Photo: Jane Doe / Reuters". */
const MAX_CREDIT_WORDS = 10;
/** A one-word lead-in followed by a colon near the start: "Photo: …", "Foto: …". */
const COLON_LEAD = /^[^:]{1,40}:/u;

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
];
