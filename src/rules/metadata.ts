import { isPhrase } from './match.js';
import type { Rule, RuleContext } from './types.js';


/**
 * Metadata: bylines, datelines and reading times — about the article, not of it. Short lines only,
 * and always with evidence besides the lead word: a date, a name, a number of minutes.
 */

/** A dateline or byline is a short line ("Published 18 November 2019, 7:45 am PST by Joe Rossignol"). */
const MAX_META_WORDS = 14;
/** Numeric dates and times: 2019-11-18, 18.11.2019, 11/18/19, 07:45. */
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/u;
/** A four-digit year or a day number, to go with a month name. */
const DAY_OR_YEAR = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th|\.)?(?!\d)/u;
/** "By Jane Doe", "Von Max Mustermann": after the lead word, capitalised words. */
const NAME_AFTER_LEAD = /^\S+(?:\s+\S+){0,2}?(?:\s*:)?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/u;
/**
 * A byline's lead word is its first word: the line opens with a letter (after punctuation at
 * most). A table row that opens with a flag or a number ("🇵🇹 Por 0.77 9.58 … 🇵🇱 Pol") only
 * folds to words starting with "por".
 */
const OPENS_WITH_WORD = /^[\p{P}\s]*\p{L}/u;

function hasDate(text: string, months: boolean): boolean {
  return NUMERIC_DATE.test(text) || (months && DAY_OR_YEAR.test(text));
}

/** A day number or a year (folded words hold no punctuation): what follows a weekday in a dateline. */
const DATE_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/u;

/**
 * The line opens with a weekday and goes on at once with the date: a day, a year or a month
 * name ("segunda-feira, 22 de janeiro de 2018 às 0:13", "Monday, November 18, 2019"). Not on a
 * sentence ("Monday 3 May saw protests."), which a dateline is not.
 */
function weekdayDate(c: RuleContext): boolean {
  const weekday = c.hits.prefix.get('WEEKDAYS');
  if (weekday === undefined || c.features.terminal) return false;
  const next = c.words[weekday] ?? '';
  return DATE_NUMBER.test(next) || isPhrase([next], 'MONTHS');
}

/** A dateline without a lead word is mostly digits ("12.03.2024 14:05"): at least this share of its characters. */
const DATE_DIGIT_SHARE = 0.25;
/** …or a month name with at most this many words around it ("3 May 2024, updated"). */
const MAX_MONTH_DATE_WORDS = 6;
/** "5 min read", "Lesezeit: 4 Minuten": a reading-time line has at most this many words. */
const MAX_READING_TIME_WORDS = 8;

export const metadataRules: readonly Rule[] = [
  {
    // "Published 3 May 2024", "Monday November 18, 2019 7:45 am PST", "Aktualisiert am 12.03.2024".
    id: 'meta/dateline',
    reason: 'metadata',
    test: (b, c) => {
      const f = c.features;
      if (f.words === 0 || f.words > MAX_META_WORDS || (f.terminal && !b.text.endsWith('.'))) return false;
      const months = c.hits.inside.has('MONTHS');
      if (!hasDate(b.text, months)) return false;
      const lead = c.hits.prefix.has('DATELINE') || weekdayDate(c);
      // Without a lead word the line must be mostly the date: few words besides it.
      return lead || f.digitShare >= DATE_DIGIT_SHARE || (months && f.words <= MAX_MONTH_DATE_WORDS);
    },
  },
  {
    // "By Jane Doe", "Von Max Mustermann und Erika Musterfrau", "Por Juan Pérez | 3 de mayo".
    id: 'meta/byline',
    reason: 'metadata',
    test: (b, c) =>
      c.features.words <= MAX_META_WORDS &&
      !c.features.terminal &&
      (c.hits.prefix.get('BYLINE') ?? 0) > 0 &&
      OPENS_WITH_WORD.test(b.text) &&
      NAME_AFTER_LEAD.test(b.text),
  },
  {
    id: 'meta/reading-time',
    reason: 'metadata',
    test: (_, c) => c.features.words <= MAX_READING_TIME_WORDS && c.hits.inside.has('READING_TIME'),
  },
];
