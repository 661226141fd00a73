import { READ_MORE, RELATED, TAGS } from '../lexicon/related.js';
import { isLabel, labelTest, phraseSet, startsWithPhrase } from './match.js';
import type { Rule } from './types.js';

/** Related-article headings, "Read more" links, and tag lists. */

const related = labelTest(phraseSet(RELATED), { prefix: true });
const READ_MORE_SET = phraseSet(READ_MORE);
const readMore = labelTest(READ_MORE_SET, { prefix: true });
const TAG_SET = phraseSet(TAGS);
/** "Read more: Another headline" lines are links, however long the headline. */
const MAX_LEAD_IN_WORDS = 20;
/** A tag list after its label: "Tags: Politics, Russia, China". */
const LABEL_COLON = /^[^:]{1,30}:\s*\S/u;
/** Many glued joins mark a list of tags flattened by textContent ("Article WritingJournalismNews"). */
const MIN_GLUED_TAGS = 3;

export const relatedRules: readonly Rule[] = [
  { id: 'related/heading', reason: 'related', section: true, test: (_, c) => related(c.label, c.features.words) },
  {
    id: 'related/read-more',
    reason: 'related',
    test: (b, c) =>
      readMore(c.label, c.features.words) ||
      (c.features.words <= MAX_LEAD_IN_WORDS && LABEL_COLON.test(b.text) && startsWithPhrase(c.label, READ_MORE_SET) >= 2),
  },
  {
    id: 'related/tags',
    reason: 'related',
    section: true,
    test: (b, c) =>
      isLabel(c.label, TAG_SET) ||
      (c.features.words <= MAX_LEAD_IN_WORDS && LABEL_COLON.test(b.text) && startsWithPhrase(c.label, TAG_SET) > 0),
  },
  {
    id: 'related/glued-tags',
    reason: 'related',
    weak: true,
    test: (_, c) => c.features.glued >= MIN_GLUED_TAGS && !c.features.terminal,
  },
];
