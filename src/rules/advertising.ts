import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Advertising labels: "Advertisement", "Sponsored", "Reklam", "Anzeige". */

const adLabel = labelTest(['ADVERTISING'], { prefix: true });

export const advertisingRules: readonly Rule[] = [
  { id: 'advertising/label', reason: 'advertising', test: (_, c) => adLabel(c.hits, c.features.words) },
];
