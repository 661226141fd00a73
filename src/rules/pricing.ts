import { PRICING } from '../lexicon/profile.js';
import { fold } from '../text/normalize.js';
import { containsPhrase, phraseList } from './match.js';
import type { Rule } from './types.js';

/** Price and rate lines: "$15/hr Starting at $25", "€9.99 / month", "₺250 - ₺400". */

const SYMBOL = '[$€£¥₺₹₽₩₪₴₦฿]';
const CODE = '(?:USD|EUR|GBP|TRY|TL|INR|RUB|PLN|CHF|CAD|AUD|JPY|CNY|BRL|MXN|SEK|NOK|DKK|zł|руб)';
const AMOUNT = new RegExp(`(?:${SYMBOL}\\s?\\d[\\d.,]*|\\b${CODE}\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:${SYMBOL}|${CODE}\\b))`, 'giu');
const RATE = /\/\s?(?:hr|hour|h|mo|month|yr|year|wk|week|day|night|saat|ay|std|monat|mois|mes|mês|mese|uur|maand|mies|час|мес)\b|\bper\s+(?:hour|month|year|week|day|night|person)\b/iu;
const PRICE_WORDS = phraseList(PRICING);
/** Price lines are short; a sentence that mentions a price is article text. */
const MAX_PRICE_WORDS = 12;
/** A line whose amounts fill this share of its characters is a bare price. */
const BARE_PRICE_SHARE = 0.5;

function amounts(text: string): string[] {
  return text.match(AMOUNT) ?? [];
}

function isShort(words: number, terminal: boolean): boolean {
  return words <= MAX_PRICE_WORDS && !(terminal && words >= 6);
}

export const pricingRules: readonly Rule[] = [
  {
    id: 'pricing/rate',
    reason: 'pricing',
    test: (b, c) => isShort(c.features.words, c.features.terminal) && amounts(b.text).length > 0 && RATE.test(b.text),
  },
  {
    id: 'pricing/offer',
    reason: 'pricing',
    test: (b, c) =>
      isShort(c.features.words, c.features.terminal) &&
      amounts(b.text).length > 0 &&
      containsPhrase(fold(b.text), PRICE_WORDS),
  },
  {
    id: 'pricing/amount',
    reason: 'pricing',
    test: (b, c) => {
      if (c.features.words > 4) return false;
      const found = amounts(b.text);
      return found.length > 0 && found.join('').length >= b.text.replace(/\s/gu, '').length * BARE_PRICE_SHARE;
    },
  },
];
