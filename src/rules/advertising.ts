import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Advertising labels: "Advertisement", "Sponsored", "Reklam", "Anzeige". */

const adLabel = labelTest(['ADVERTISING'], { prefix: true });

/** Affiliate disclosures are a few sentences at most. */
const MAX_DISCLOSURE_WORDS = 80;

export const advertisingRules: readonly Rule[] = [
  { id: 'advertising/label', reason: 'advertising', test: (_, c) => adLabel(c.hits, c.features.words) },
  {
    // "If you click on one and make a purchase we may receive a small commission."
    id: 'advertising/affiliate',
    reason: 'advertising',
    test: (_, c) => c.features.words <= MAX_DISCLOSURE_WORDS && c.hits.inside.has('AFFILIATE'),
  },
];
