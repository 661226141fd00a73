import type { Lexicon, Names } from './types.js';

/** Price and rate vocabulary: the units of a rate and the currencies of an amount. */

/** Units written after a slash in a rate: "$15/hr", "€9.99 / month", "₺250/saat". */
export const RATE_UNITS: Lexicon = {
  en: ['hr', 'hour', 'h', 'mo', 'month', 'yr', 'year', 'wk', 'week', 'day', 'night'],
  tr: ['saat', 'ay'],
  de: ['std', 'monat'],
  fr: ['mois'],
  es: ['mes'],
  pt: ['mês'],
  it: ['mese'],
  nl: ['uur', 'maand'],
  pl: ['mies'],
  ru: ['час', 'мес'],
};

/** Units after "per" in a rate: "$40 per hour". */
export const PER_UNITS: Lexicon = {
  en: ['hour', 'month', 'year', 'week', 'day', 'night', 'person'],
};

/** Currency symbols that stand before or after an amount. */
export const CURRENCY_SYMBOLS: Names = ['$', '€', '£', '¥', '₺', '₹', '₽', '₩', '₪', '₴', '₦', '฿'];

/** Currency codes and abbreviations written beside an amount ("USD 25", "250 TL", "40 zł"). */
export const CURRENCY_CODES: Names = ['USD', 'EUR', 'GBP', 'TRY', 'TL', 'INR', 'RUB', 'PLN', 'CHF', 'CAD', 'AUD', 'JPY',
  'CNY', 'BRL', 'MXN', 'SEK', 'NOK', 'DKK', 'zł', 'руб'];
