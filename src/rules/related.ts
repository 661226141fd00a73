import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Related-article headings, "Read more" links, and tag lists. */

const related = labelTest(['RELATED'], { prefix: true });
const readMore = labelTest(['READ_MORE'], { prefix: true });
const tags = labelTest(['TAGS']);
/** "Read more: Another headline" lines are links, however long the headline. */
const MAX_LEAD_IN_WORDS = 20;
/** A list after its label: "Tags: Politics, Russia, China". */
const LABEL_COLON = /^[^:]{1,30}:\s*\S/u;
/** Many glued joins mark a list of tags flattened by textContent ("Article WritingJournalismNews"). */
const MIN_GLUED_TAGS = 3;

export const relatedRules: readonly Rule[] = [
  { id: 'related/heading', reason: 'related', section: true, test: (_, c) => related(c.hits, c.features.words) },
  {
    id: 'related/read-more',
    reason: 'related',
    test: (b, c) =>
      readMore(c.hits, c.features.words) ||
      (c.features.words <= MAX_LEAD_IN_WORDS && (c.hits.prefix.get('READ_MORE') ?? 0) >= 2 && LABEL_COLON.test(b.text)),
  },
  {
    id: 'related/tags',
    reason: 'related',
    section: true,
    test: (b, c) =>
      tags(c.hits, c.features.words) ||
      (c.features.words <= MAX_LEAD_IN_WORDS && c.hits.prefix.has('TAGS') && LABEL_COLON.test(b.text)),
  },
  {
    id: 'related/glued-tags',
    reason: 'related',
    weak: true,
    test: (_, c) => c.features.glued >= MIN_GLUED_TAGS && !c.features.terminal,
  },
];
