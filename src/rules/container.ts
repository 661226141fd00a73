import type { Rule } from './types.js';

/**
 * Outside the article container a structural extractor chose (Readability, in HTML mode, when
 * chaff trusts its pick; see docs/html.md). Tried after the vocabulary rules, so a menu item
 * outside the article is still reported as navigation, and only the rest as low-content.
 */
/** An outside block whose text is at least this share links is a menu or a link list. */
const LINK_LIST_DENSITY = 0.5;

/** Whether a block outside the container reads as a link list (its text mostly link text). */
export function isOutsideLinkList(linkChars: number, chars: number): boolean {
  return chars > 0 && linkChars >= chars * LINK_LIST_DENSITY;
}

export const containerRules: readonly Rule[] = [
  {
    id: 'structure/outside-links',
    reason: 'navigation',
    source: 'dom',
    test: (b, c) => c.outside && isOutsideLinkList(b.hints?.linkChars ?? 0, c.features.chars),
  },
  { id: 'structure/outside', reason: 'low-content', source: 'dom', test: (_, c) => c.outside },
];
