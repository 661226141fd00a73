import { isLinkList } from '../text/shape.js';
import type { Rule } from './types.js';

/**
 * Outside the article container a structural extractor chose (Readability, in HTML mode, when
 * chaff trusts its pick; see docs/html.md). Tried after the vocabulary rules, so a menu item
 * outside the article is still reported as navigation, and only the rest as low-content.
 */
export const containerRules: readonly Rule[] = [
  {
    id: 'structure/outside-links',
    reason: 'navigation',
    source: 'dom',
    test: (b, c) => c.outside && isLinkList(b.hints?.linkChars ?? 0, c.features.chars),
  },
  { id: 'structure/outside', reason: 'low-content', source: 'dom', test: (_, c) => c.outside },
];
