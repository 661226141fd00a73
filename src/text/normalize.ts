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
// The tails start only where their run starts (a lookbehind): linear on long runs (ReDoS).
const LABEL_EDGE_TAIL = /(?<![^\p{L}\p{N}&$€£¥₺#])[^\p{L}\p{N}&$€£¥₺#]+$/u;
const LABEL_COUNT_TAIL = /(?<!\s)\s*[([]\s*\d[\d.,]*\s*[)\]]$/u;

/**
 * Fold a short line to the label it shows: `fold()` plus bullets, arrows, trailing punctuation and
 * bracketed counters removed. "Abone Ol " → "abone ol"; "› Related Articles:" → "related articles".
 */
export function foldLabel(text: string): string {
  return fold(text).replace(LABEL_COUNT_TAIL, '').replace(LABEL_EDGE_LEAD, '').replace(LABEL_EDGE_TAIL, '');
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Fold to lowercase letters and digits only: the key used to find copies of a block. Quotes,
 * dashes, spacing and punctuation differ between copies; letters do not, so no Unicode
 * normalisation is spent here (this runs on every kept block).
 */
export function foldKey(text: string): string {
  return ASCII_ONLY.test(text) ? text.toLowerCase().replace(ASCII_NON_WORD, '') : text.toLowerCase().replace(NON_WORD, '');
}

const ASCII_NON_WORD = /[^a-z0-9]+/g;

const LABEL_SPLIT = /[^\p{L}\p{N}&]+/u;

/**
 * The words of a line as the lexicons see them: `fold()`, then split on anything but letters,
 * digits and `&`. "» Related Articles:" → ["related", "articles"]; "E-bülten" → ["e", "bulten"].
 * Phrases and lines go through the same function, so they always meet.
 */
export function labelWords(text: string): string[] {
  // Plain ASCII (most chrome) needs no Unicode folding: same words, a fraction of the cost.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().split(ASCII_SPLIT).filter(Boolean);
  return fold(text).split(LABEL_SPLIT).filter(Boolean);
}

const ASCII_ONLY = /^[\x20-\x7e\t]*$/;
const ASCII_SPLIT = /[^a-z0-9&]+/;
