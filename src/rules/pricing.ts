import type { Rule } from './types.js';

/** Price and rate lines: "$15/hr Starting at $25", "€9.99 / month", "₺250 - ₺400". */

const SYMBOL = '[$€£¥₺₹₽₩₪₴₦฿]';
const CODE = '(?:USD|EUR|GBP|TRY|TL|INR|RUB|PLN|CHF|CAD|AUD|JPY|CNY|BRL|MXN|SEK|NOK|DKK|zł|руб)';
/**
 * Amounts. The third form (digits, then a symbol or code) starts only at the first digit of its
 * run of digits and separators (`\\d(?<=…)`): the leftmost match starts there anyway, and trying
 * every digit of a 1 MB "0,0,0…" was quadratic (ReDoS).
 */
const AMOUNT = new RegExp(
  `(?:${SYMBOL}\\s?\\d[\\d.,]*|\\b${CODE}\\s?\\d[\\d.,]*|\\d(?<=(?:^|[^\\d.,])[.,]*\\d)[\\d.,]*\\s?(?:${SYMBOL}|${CODE}\\b))`,
  'giu',
);
const RATE = /\/\s?(?:hr|hour|h|mo|month|yr|year|wk|week|day|night|saat|ay|std|monat|mois|mes|mês|mese|uur|maand|mies|час|мес)\b|\bper\s+(?:hour|month|year|week|day|night|person)\b/iu;
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
