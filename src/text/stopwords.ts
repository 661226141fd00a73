import stopwordsIso from 'stopwords-iso';

/**
 * Stopword lists from stopwords-iso (58 languages), as Sets built once at load (read-only after).
 * Words are folded the way `features.ts` folds tokens (lowercase).
 */
const LISTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(stopwordsIso as Record<string, string[]>).map(([lang, words]) => [
    lang,
    new Set(words.map((w) => w.toLowerCase())),
  ]),
);

/** Language used when a page's language is unknown or has no list: most scraped chrome is English. */
export const FALLBACK_LANG = 'en';

/** The stopword set for a language (BCP 47 primary subtag), or undefined when there is none. */
export function stopwordsFor(lang: string | undefined): ReadonlySet<string> | undefined {
  return lang === undefined ? undefined : LISTS.get(lang);
}
