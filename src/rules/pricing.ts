import { CURRENCY_CODES, CURRENCY_SYMBOLS, PER_UNITS, RATE_UNITS } from '../lexicon/pricing.js';
import { alternation } from '../text/pattern.js';
import type { Rule } from './types.js';

/** Price and rate lines: "$15/hr Starting at $25", "€9.99 / month", "₺250 - ₺400". */

const SYMBOL = `(?:${alternation(CURRENCY_SYMBOLS)})`;
const CODE = `(?:${alternation(CURRENCY_CODES)})`;
/**
 * Amounts. The third form (digits, then a symbol or code) starts only at the first digit of its
 * run of digits and separators (`\\d(?<=…)`): the leftmost match starts there anyway, and trying
 * every digit of a 1 MB "0,0,0…" was quadratic (ReDoS).
 */
export const AMOUNT = new RegExp(
  `(?:${SYMBOL}\\s?\\d[\\d.,]*|\\b${CODE}\\s?\\d[\\d.,]*|\\d(?<=(?:^|[^\\d.,])[.,]*\\d)[\\d.,]*\\s?(?:${SYMBOL}|${CODE}\\b))`,
  'giu',
);
/** A rate: an amount per unit ("/hr", "per hour"). A unit ends where letters end (`\\b` is ASCII-only: "/час" would never end). */
export const RATE = new RegExp(
  `\\/\\s?(?:${alternation(Object.values(RATE_UNITS).flat())})(?![\\p{L}\\p{N}])|\\bper\\s+(?:${alternation(Object.values(PER_UNITS).flat())})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** Price lines are short; a sentence that mentions a price is article text. */
const MAX_PRICE_WORDS = 12;
/** A line whose amounts fill this share of its characters is a bare price. */
const BARE_PRICE_SHARE = 0.5;

function amounts(text: string): string[] {
  return text.match(AMOUNT) ?? [];
}

/** A line of this many words that ends like a sentence is prose that mentions a price, not a price line. */
const MIN_SENTENCE_WORDS = 6;
/** A bare amount ("$25", "€ 1.200,00 / Monat") has at most this many words. */
const MAX_BARE_PRICE_WORDS = 4;

/** Short, not a sentence, and with a digit somewhere: only then are the price patterns run. */
function isCandidate(f: { words: number; terminal: boolean; digitShare: number }): boolean {
  return f.digitShare > 0 && f.words <= MAX_PRICE_WORDS && !(f.terminal && f.words >= MIN_SENTENCE_WORDS);
}

export const pricingRules: readonly Rule[] = [
  {
    id: 'pricing/rate',
    reason: 'pricing',
    test: (b, c) => isCandidate(c.features) && amounts(b.text).length > 0 && RATE.test(b.text),
  },
  {
    id: 'pricing/offer',
    reason: 'pricing',
    test: (b, c) =>
      isCandidate(c.features) &&
      c.hits.inside.has('PRICING') &&
      amounts(b.text).length > 0,
  },
  {
    id: 'pricing/amount',
    reason: 'pricing',
    test: (b, c) => {
      if (c.features.words > MAX_BARE_PRICE_WORDS || c.features.digitShare === 0) return false;
      const found = amounts(b.text);
      return found.length > 0 && found.join('').length >= b.text.replace(/\s/gu, '').length * BARE_PRICE_SHARE;
    },
  },
];
