/**
 * Word shingles for the duplicate passes (`dedupe.ts`, `joined-copies.ts`): one way to fold a
 * block into words and into word 3-grams, so two copies compare alike in both.
 */

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lowercase words separated by single spaces; without the spaces it is `foldKey(text)`. */
export function spacedWords(text: string): string {
  const lower = text.toLowerCase();
  return (ASCII_ONLY.test(text) ? lower.replace(ASCII_NON_WORD, ' ') : lower.replace(NON_WORD, ' ')).trim();
}

/** Plain ASCII text takes the cheaper ASCII pattern; the result is the same. */
const ASCII_ONLY = /^[\x20-\x7e\t]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/** The distinct word 3-grams of `spacedWords` output. */
export function shingles(spaced: string): Set<string> {
  const words = spaced.split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i += 1) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}
