import { commentRules } from './comments.js';
import type { Rule } from './types.js';

/**
 * Rules that read the links the input's markup marks (markdown and HTML; plain text has no link
 * hints). A label that is itself a link is a button or a menu entry, not a heading over content.
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

const commentHeading = commentRules.find((r) => r.id === 'comments/heading');

export const linkRules: readonly Rule[] = [
  {
    // "Comments" / "12 Comments" as a link jumps to the comment section: chrome, but it opens no
    // section (it must not cut the article off as a comment heading would).
    id: 'comments/link',
    reason: 'comments',
    test: (b, c) =>
      c.features.words <= MAX_BUTTON_WORDS &&
      isLinkLabel(b.hints?.linkChars, c.features.chars) &&
      commentHeading !== undefined &&
      commentHeading.test(b, c) !== false,
  },
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
