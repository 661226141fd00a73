import type { Block } from '../page/block.js';

/** What the rules and the classifier know about a block, measured once. */
export interface Features {
  /** Characters of the block's text. */
  readonly chars: number;
  /** Words: letter/digit runs; CJK text counts one word per CJK_CHARS_PER_WORD characters. */
  readonly words: number;
  /** Words found in the page language's stopword list. */
  readonly stopwords: number;
  /** stopwords / words, or undefined when the language has no list (or the block is CJK). */
  readonly stopwordDensity: number | undefined;
  /** Ends like a sentence: . ! ? … (any script), optionally followed by closing quotes/brackets. */
  readonly terminal: boolean;
  /** Share of alphabetic words that start with a capital letter. */
  readonly capsShare: number;
  /** Share of ASCII digits among non-space characters (of the first CHAR_SCAN characters). */
  readonly digitShare: number;
  /** Glued word joins: two lowercase letters run into a capitalised word, "NewsÖne", "WritingJournalism" (not "McDonald", "iPhone"). */
  readonly glued: number;
  /** Carries a URL, an e-mail address or markup. */
  readonly urlish: boolean;
  /** Rough sentence count: terminal marks followed by a space and a capital, plus one. */
  readonly sentences: number;
}

/**
 * Characters scanned for spaces, digits and glued joins. Only short lines are judged by those
 * (prices, dates, glued menus), so a long paragraph is measured on its head alone.
 */
const CHAR_SCAN = 400;

/** Characters of a block read word by word; past this the word count is scaled from the head. */
const WORD_SCAN = 1000;

/** CJK characters per word, for scripts written without spaces (typical Chinese word length). */
const CJK_CHARS_PER_WORD = 1.7;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_ANY = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TERMINAL = /[.!?…。！？؟।][\s"'”’»)\]*]*$/u;
const URLISH = /https?:\/\/|www\.|[\w.+-]@[\w-]+\.\w|<\/?[a-z][^<>]{0,200}>|\{[^{}]{0,200}\}/iu;
const SENTENCE_BREAK = /[.!?…。！？][”"’)]?\s+["“‘(]?\p{Lu}/gu;

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;

/** Letter case of one UTF-16 unit: ASCII by code, the rest by asking the case mapping. */
function letterCase(code: number, text: string, i: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code < 192) return OTHER;
  const ch = text[i] as string;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return OTHER;
  return ch === lower ? LOWER : UPPER;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n += 1;
  return n;
}

/** Measure one block's text with the page's stopword list. Linear in the text. */
export function measure(text: string, stopwords: ReadonlySet<string> | undefined): Features {
  // One regex call for all words (no match objects); lowercase only words that start uppercase.
  // A long paragraph is read on its head and its word count scaled: densities are shares anyway.
  const headText = text.length > WORD_SCAN ? text.slice(0, WORD_SCAN) : text;
  const scale = text.length / headText.length;
  const tokens = headText.match(WORD) ?? [];
  let words = Math.round(tokens.length * scale);
  let stops = 0;
  let alpha = 0;
  let caps = 0;
  for (const w of tokens) {
    const c = w.charCodeAt(0);
    let upper = false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) {
      const first = w[0] as string;
      const lower = first.toLowerCase();
      if (lower === first.toUpperCase()) {
        if (stopwords?.has(w)) stops += 1;
        continue;
      }
      upper = first !== lower;
    } else if (c < 97 || c > 122) {
      continue;
    }
    alpha += 1;
    if (upper) caps += 1;
    if (stopwords?.has(upper ? w.toLowerCase() : w)) stops += 1;
  }
  const cjk = CJK_ANY.test(headText) ? count(headText, CJK) : 0;
  const cjkHeavy = cjk > headText.length / 3;
  if (cjkHeavy) words = Math.max(words, Math.round((cjk * scale) / CJK_CHARS_PER_WORD));
  // One pass over the characters: spaces, digits, and glued joins (lower, lower, Upper, lower).
  let spaces = 0;
  let digits = 0;
  let glued = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  const head = Math.min(text.length, CHAR_SCAN);
  for (let i = 0; i < head; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 160) spaces += 1;
    else if (code >= 48 && code <= 57) digits += 1;
    const c4 = letterCase(code, text, i);
    if (c1 === LOWER && c2 === LOWER && c3 === UPPER && c4 === LOWER) glued += 1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
  }
  const nonSpace = head - spaces;
  // Stopwords were counted on the head only: scale them like the words, so the density is the head's.
  stops = Math.round(stops * scale);
  return {
    chars: text.length,
    words,
    stopwords: stops,
    stopwordDensity: stopwords && !cjkHeavy && words > 0 ? Math.min(1, stops / words) : undefined,
    terminal: TERMINAL.test(text),
    capsShare: alpha > 0 ? caps / alpha : 0,
    digitShare: nonSpace > 0 ? digits / nonSpace : 0,
    glued,
    urlish: URLISH.test(text),
    sentences: 1 + count(text, SENTENCE_BREAK),
  };
}

/** Measure every block. */
export function measureBlocks(blocks: readonly Block[], stopwords: ReadonlySet<string> | undefined): Features[] {
  return blocks.map((b) => measure(b.text, stopwords));
}
