import { commentRules } from './comments.js';
import { profileRules } from './profile.js';
import { relatedRules } from './related.js';
import type { Rule } from './types.js';

/**
 * Rules that read the links and images the input's markup marks (markdown and HTML; plain text
 * has no such hints). A label that is itself a link is a button or a menu entry, not a heading
 * over content; a block that is only an image is media.
 */

/** A block counts as one link when at least this share of its text is link text. */
const LINK_SHARE = 0.9;
/** Buttons are short. */
const MAX_BUTTON_WORDS = 6;
/** A teaser links at least this share of its text (its headline). */
const MIN_TEASER_LINK_SHARE = 0.1;
/** Teasers are a headline and a sentence or two. */
const MAX_TEASER_WORDS = 80;
/** The excerpt is cut off: "…" or "..." at the very end. */
const CUT_OFF = /(?:\.\.\.|…)\s*[\])]?$/u;

/** The whole block is (nearly) one link's text. */
export function isLinkLabel(linkChars: number | undefined, chars: number): boolean {
  return linkChars !== undefined && chars > 0 && linkChars / chars >= LINK_SHARE;
}

/** Rules whose hit opens a section ("Comments", "Related Articles", "Skills"), by family. */
const SECTION_RULES: ReadonlyMap<string, readonly Rule[]> = (() => {
  const byFamily = new Map<string, Rule[]>();
  for (const r of [...profileRules, ...commentRules, ...relatedRules]) {
    if (!r.section || r.weak) continue;
    const family = r.id.split('/')[0] as string;
    byFamily.set(family, [...(byFamily.get(family) ?? []), r]);
  }
  return byFamily;
})();

/**
 * "Comments", "Related", "About" as a link is a button or a menu entry that jumps elsewhere:
 * chrome of the same kind, but it opens no section (a comment heading would cut the article off
 * below it; a related heading would claim the blocks under it).
 */
const sectionLinkRules: readonly Rule[] = [...SECTION_RULES].map(([family, rules]) => ({
  id: `${family}/link` as const,
  reason: (rules[0] as Rule).reason,
  test: (b, c) =>
    c.features.words <= MAX_BUTTON_WORDS &&
    isLinkLabel(b.hints?.linkChars, c.features.chars) &&
    rules.some((r) => r.test(b, c) !== false),
}));

/** The link and image rules, in the order they are tried (placed before the profile rules). */
export const linkRules: readonly Rule[] = [
  // A block that is only an image (its text is the alt text), linked or not: a picture, not prose.
  { id: 'media/image', reason: 'media', test: (b) => b.hints?.media === true },
  ...sectionLinkRules,
  {
    // "[Headline](/other-story) First words of that story…": a teaser for another article. The
    // cut-off excerpt tells it from an article paragraph that happens to hold a link.
    id: 'related/teaser',
    reason: 'related',
    test: (b, c) => {
      const linkChars = b.hints?.linkChars ?? 0;
      return (
        c.features.words <= MAX_TEASER_WORDS &&
        linkChars / Math.max(1, c.features.chars) >= MIN_TEASER_LINK_SHARE &&
        CUT_OFF.test(b.text)
      );
    },
  },
];
