/**
 * String folding shared by the lexicon matchers, the duplicate pass and title matching.
 * All functions are pure and linear in the input.
 */

const MARKS = /\p{M}+/gu;
const QUOTES = /[‘’‚‛′`´]/g;
const DQUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;
const SPACES = /\s+/gu;

/**
 * Fold for comparison: lowercase, strip diacritics (so "İletişim", "iletisim" and "İLETİŞİM" meet),
 * map typographic quotes and dashes to ASCII, collapse white space.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** Leading bullets, arrows, pipes and counters around a label: "» Read more (3)" → "read more". */
const LABEL_EDGE_LEAD = /^[^\p{L}\p{N}&$€£¥₺#]+/u;
const LABEL_EDGE_TAIL = /[^\p{L}\p{N}&$€£¥₺#]+$/u;
const LABEL_COUNT_TAIL = /\s*[([]\s*\d[\d.,]*\s*[)\]]$/u;

/**
 * Fold a short line to the label it shows: `fold()` plus bullets, arrows, trailing punctuation and
 * bracketed counters removed. "Abone Ol " → "abone ol"; "› Related Articles:" → "related articles".
 */
export function foldLabel(text: string): string {
  return fold(text).replace(LABEL_COUNT_TAIL, '').replace(LABEL_EDGE_LEAD, '').replace(LABEL_EDGE_TAIL, '');
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Fold to letters and digits only: the key used to find copies of a block. */
export function foldKey(text: string): string {
  return fold(text).replace(NON_WORD, '');
}
