import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Related-article headings, "Read more" links, and tag lists. */

const related = labelTest(['RELATED'], { prefix: true });
/**
 * A line closed by one full stop is a sentence: "See also man quickpkg." in a guide points the
 * reader on, it heads no list. A heading's label ("See also", "Related Stories…") has none.
 */
const SENTENCE_END = /[^.]\.[\s"'”’)\]]*$/u;
const readMore = labelTest(['READ_MORE'], { prefix: true });
const tags = labelTest(['TAGS']);
/** "Read more: Another headline" lines are links, however long the headline. */
const MAX_LEAD_IN_WORDS = 20;
/** A list after its label: "Tags: Politics, Russia, China". */
const LABEL_COLON = /^[^:]{1,30}:\s*\S/u;
/** Many glued joins mark a list of tags flattened by textContent ("Article WritingJournalismNews"). */
const MIN_GLUED_TAGS = 3;
/**
 * A flattened tag list is capitalised words run together ("WritingJournalismNews"): at least this
 * share of its words start with a capital. Code and prose that name camelCase identifiers
 * (`useState`, `componentDidMount`) glue as often and are mostly lower case (WCXB-dev: 5,600
 * reference words of documentation dropped as tags before).
 */
const MIN_GLUED_TAGS_CAPS_SHARE = 0.5;

export const relatedRules: readonly Rule[] = [
  {
    id: 'related/heading',
    reason: 'related',
    section: true,
    test: (b, c) => related(c.hits, c.features.words) && (c.hits.whole.has('RELATED') || !SENTENCE_END.test(b.text)),
  },
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
    test: (b, c) => {
      const f = c.features;
      return f.glued >= MIN_GLUED_TAGS && !f.terminal && b.kind !== 'code' && f.capsShare >= MIN_GLUED_TAGS_CAPS_SHARE;
    },
  },
];
