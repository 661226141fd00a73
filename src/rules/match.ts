import type { Lexicon } from '../lexicon/types.js';
import { fold, foldLabel } from '../text/normalize.js';

/** Labels longer than this many words are never matched as a whole against a lexicon. */
export const MAX_LABEL_WORDS = 8;
/** Longest phrase prefix tried by `startsWithPhrase`, in words. */
const MAX_PREFIX_WORDS = 6;

/** Every phrase of the lexicons, in every language, folded like `foldLabel` folds a line. */
export function phraseSet(...lexicons: Lexicon[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const lexicon of lexicons) {
    for (const phrases of Object.values(lexicon)) {
      for (const phrase of phrases) {
        const folded = foldLabel(phrase);
        if (folded) set.add(folded);
      }
    }
  }
  return set;
}

/** Every phrase folded with `fold()` only (keeps inner punctuation), for substring search. */
export function phraseList(...lexicons: Lexicon[]): readonly string[] {
  const set = new Set<string>();
  for (const lexicon of lexicons) {
    for (const phrases of Object.values(lexicon)) for (const p of phrases) if (p.trim()) set.add(fold(p));
  }
  return [...set];
}

/** Whether a folded label is, as a whole, one of the phrases. */
export function isLabel(label: string, set: ReadonlySet<string>): boolean {
  return label.length > 0 && set.has(label);
}

/** Whether a folded label starts with one of the phrases (whole words), and how many words matched. */
export function startsWithPhrase(label: string, set: ReadonlySet<string>): number {
  // "photo: jane doe" and "ap photo/john" start with "photo" and "ap photo".
  const words = label.split(/[\s/]+/u, MAX_PREFIX_WORDS + 1).map((w) => w.replace(/:+$/u, ''));
  let best = 0;
  let prefix = '';
  for (let k = 0; k < Math.min(words.length, MAX_PREFIX_WORDS); k += 1) {
    prefix = k === 0 ? (words[0] as string) : `${prefix} ${words[k] as string}`;
    if (set.has(prefix)) best = k + 1;
  }
  return best;
}

/** Whether folded text contains one of the phrases on word boundaries. */
export function containsPhrase(folded: string, phrases: readonly string[]): boolean {
  for (const p of phrases) {
    const at = folded.indexOf(p);
    if (at < 0) continue;
    const before = at === 0 ? ' ' : folded[at - 1];
    const after = at + p.length >= folded.length ? ' ' : folded[at + p.length];
    if (!/[\p{L}\p{N}]/u.test(before as string) && !/[\p{L}\p{N}]/u.test(after as string)) return true;
  }
  return false;
}

/** How a label rule matches: the whole line only, or also a line that starts with a phrase. */
export interface LabelMatch {
  /** Also fire on lines that start with a phrase of two or more words ("Back to top button"). */
  readonly prefix?: boolean;
}

/**
 * Test for "this short line is one of these labels". A one-word phrase only ever matches a whole
 * line: "Home" is a menu item, "Home prices rose" is not.
 */
export function labelTest(set: ReadonlySet<string>, how: LabelMatch = {}) {
  return (label: string, words: number): boolean => {
    if (words === 0 || words > MAX_LABEL_WORDS) return false;
    if (isLabel(label, set)) return true;
    return how.prefix === true && startsWithPhrase(label, set) >= 2;
  };
}
