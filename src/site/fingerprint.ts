import { MONTHS, WEEKDAYS } from '../lexicon/metadata.js';
import { fold } from '../text/normalize.js';
import { alternation } from '../text/pattern.js';

/**
 * Block fingerprints: the key under which a block is counted across a site's pages. Two blocks
 * meet when they differ only in case, white space, diacritics, typographic quotes, numbers and
 * dates: "© 2019 Foo" and "© 2024 Foo", "12 comments" and "3 comments",
 * "Updated November 19, 2019" and "Updated Nov 20, 2019" each share one fingerprint.
 * Pure and linear in the block's length.
 */

/** Keys of at most this many characters are the folded text itself, readable in a saved profile. */
const KEY_TEXT_MAX = 64;
/** Longer keys keep this many leading characters, then a hash of the whole (profiles stay small). */
const KEY_PREFIX = 40;

/** A run of digits, with the separators numbers, times and ISO dates use: "2019-11-13t23:06:00+01:00". */
const NUMBER = /\p{N}+(?:[.,:/'\-t+]\p{N}+)*/gu;
/** Stand-in for a masked number. */
const NUM = '#';
/** English month names (also abbreviated): profiles' keys depend on them (see `WEEKDAYS`). */
const MONTH_WORDS = alternation(MONTHS.en ?? []);
/**
 * Month and weekday names standing next to a masked number. The lookbehind comes after a `\b`,
 * so it is tried at word starts only (before every character it was quadratic on long blank
 * runs: ReDoS).
 */
export const DATE_WORD = new RegExp(
  `\\b(?:${alternation([...(MONTHS.en ?? []), ...(WEEKDAYS.en ?? [])])})\\b\\.?(?=,?\\s*#)|\\b(?<=#,?\\s*)(?:${MONTH_WORDS})\\b\\.?`,
  'gu',
);
/** Stand-in for a masked month or weekday name. */
const DATE = '@';

/** 53-bit string hash (cyrb53), base 36: stable across runtimes, no dependencies. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The block's text folded and masked: what fingerprints compare. */
export function maskBlock(text: string): string {
  return fold(text).replace(NUMBER, NUM).replace(DATE_WORD, DATE);
}

/**
 * The fingerprint of a block's text: its masked form when short, else a prefix and a hash of the
 * masked form.
 */
export function fingerprint(text: string): string {
  const masked = maskBlock(text);
  if (masked.length <= KEY_TEXT_MAX) return masked;
  return `${masked.slice(0, KEY_PREFIX)}…${hash(masked)}`;
}

/** The key of two adjacent blocks, in order, from their fingerprints. */
export function pairKey(a: string, b: string): string {
  return `${hash(a)}>${hash(b)}`;
}
