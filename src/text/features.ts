import type { Block } from '../pipeline/block.js';

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
  /** Share of digits among non-space characters. */
  readonly digitShare: number;
  /** Glued word joins: two lowercase letters run into a capitalised word, "NewsÖne", "WritingJournalism" (not "McDonald", "iPhone"). */
  readonly glued: number;
  /** Carries a URL, an e-mail address or markup. */
  readonly urlish: boolean;
  /** Rough sentence count: terminal marks followed by a space and a capital, plus one. */
  readonly sentences: number;
}

/** CJK characters per word, for scripts written without spaces (typical Chinese word length). */
const CJK_CHARS_PER_WORD = 1.7;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const TERMINAL = /[.!?…。！？؟।][\s"'”’»)\]*]*$/u;
const GLUED = /\p{Ll}{2}\p{Lu}\p{Ll}/gu;
const URLISH = /https?:\/\/|www\.|[\w.+-]@[\w-]+\.\w|<\/?[a-z][^<>]{0,200}>|\{[^{}]{0,200}\}/iu;
const SENTENCE_BREAK = /[.!?…。！？][”"’)]?\s+["“‘(]?\p{Lu}/gu;
const DIGIT = /\p{Nd}/gu;
const SPACE = /\s/gu;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n += 1;
  return n;
}

/** Measure one block's text with the page's stopword list. Linear in the text. */
export function measure(text: string, stopwords: ReadonlySet<string> | undefined): Features {
  let words = 0;
  let stops = 0;
  let alpha = 0;
  let caps = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    words += 1;
    const first = w[0] as string;
    if (first.toLowerCase() !== first.toUpperCase()) {
      alpha += 1;
      if (first !== first.toLowerCase()) caps += 1;
    }
    if (stopwords?.has(w.toLowerCase())) stops += 1;
  }
  const cjk = count(text, CJK);
  const cjkHeavy = cjk > text.length / 3;
  if (cjkHeavy) words = Math.max(words, Math.round(cjk / CJK_CHARS_PER_WORD));
  const nonSpace = text.length - count(text, SPACE);
  return {
    chars: text.length,
    words,
    stopwords: stops,
    stopwordDensity: stopwords && !cjkHeavy && words > 0 ? stops / words : undefined,
    terminal: TERMINAL.test(text),
    capsShare: alpha > 0 ? caps / alpha : 0,
    digitShare: nonSpace > 0 ? count(text, DIGIT) / nonSpace : 0,
    glued: count(text, GLUED),
    urlish: URLISH.test(text),
    sentences: 1 + count(text, SENTENCE_BREAK),
  };
}

/** Measure every block. */
export function measureBlocks(blocks: readonly Block[], stopwords: ReadonlySet<string> | undefined): Features[] {
  return blocks.map((b) => measure(b.text, stopwords));
}
