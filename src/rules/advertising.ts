import { ADVERTISING } from '../lexicon/advertising.js';
import { labelTest, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Advertising labels: "Advertisement", "Sponsored", "Reklam", "Anzeige". */

const adLabel = labelTest(phraseSet(ADVERTISING), { prefix: true });

export const advertisingRules: readonly Rule[] = [
  { id: 'advertising/label', reason: 'advertising', test: (_, c) => adLabel(c.label, c.features.words) },
];
