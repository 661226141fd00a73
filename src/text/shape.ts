/**
 * Shapes of a block's text that both a front end and the scorer ask about: prose (a sentence of
 * some length, not a link list) and link density. One definition each, so "prose" means the same
 * wherever it is asked.
 */

/** Prose is at least this many characters (a caption or a label is shorter; tuned on AEB html). */
export const PROSE_MIN_CHARS = 80;
/** Prose has at most this share of its text in links (jusText's MAX_LINK_DENSITY is 0.2; 0.3 tuned on AEB html). */
export const PROSE_MAX_LINK_DENSITY = 0.3;
/**
 * A block with at least this share of its text in links reads as a link list (a menu, a rail):
 * `links/dense`, outside-container link lists, and the container's data rows all use it
 * (jusText's MAX_LINK_DENSITY for prose is 0.2; 0.5 tuned on AEB html).
 */
export const LINK_LIST_DENSITY = 0.5;
/** A sentence end (closing quotes and brackets allowed after it): every one in the text. */
const SENTENCE_ENDS = /[.!?。！？]["'”’)]?(?:\s|$)/gu;
/** The same, tested once (no `lastIndex` to carry between calls). */
const SENTENCE_END = new RegExp(SENTENCE_ENDS.source, 'u');

/** Whether a block's text reads as prose: long enough, few links, a sentence end in it. */
export function isProse(text: string, linkChars: number): boolean {
  if (text.length < PROSE_MIN_CHARS || linkChars > text.length * PROSE_MAX_LINK_DENSITY) return false;
  return SENTENCE_END.test(text);
}

/** A paragraph of sentences has at least this many sentence ends (a menu or share bar has none or one). */
const PARAGRAPH_MIN_SENTENCES = 2;

/** Whether a block's text is prose of at least two sentences: what no menu or share bar holds. */
export function isParagraphProse(text: string, linkChars: number): boolean {
  if (!isProse(text, linkChars)) return false;
  return (text.match(SENTENCE_ENDS)?.length ?? 0) >= PARAGRAPH_MIN_SENTENCES;
}

/** Whether a block of `chars` characters, `linkChars` of them in links, reads as a link list. */
export function isLinkList(linkChars: number, chars: number): boolean {
  return chars > 0 && linkChars >= chars * LINK_LIST_DENSITY;
}

/** The block's characters when it is prose, else 0 (for sums of a page's prose). */
export function proseChars(text: string, linkChars: number): number {
  return isProse(text, linkChars) ? text.length : 0;
}
