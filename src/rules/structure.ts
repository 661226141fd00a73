import { isLinkList } from '../text/shape.js';
import type { Rule } from './types.js';

/**
 * Chrome named by the input's structure rather than its words (markdown and HTML only; plain text
 * blocks carry no hints): an element inside `nav`/`footer`/`aside`, a class such as "share-bar",
 * and blocks made mostly of links.
 */

/** Link density is judged on blocks up to this many words; a long paragraph with many links is still prose. */
const MAX_LINK_LIST_WORDS = 40;

export const structureRules: readonly Rule[] = [
  {
    // The rule id and reason come from the evidence; this entry stands for the family in docs/rules.md.
    id: 'structure/hint',
    reason: 'navigation',
    source: 'dom',
    test: (_, c) => c.chrome !== undefined,
    names: (_, c) => c.chrome,
  },
  {
    id: 'links/dense',
    reason: 'navigation',
    weak: true,
    yieldsToItemTitle: true,
    test: (b, c) => {
      const linkChars = b.hints?.linkChars ?? 0;
      if (linkChars === 0 || c.features.words > MAX_LINK_LIST_WORDS) return false;
      return isLinkList(linkChars, c.features.chars);
    },
  },
];
