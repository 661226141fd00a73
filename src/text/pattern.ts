/** A regex alternation of literal words, longest first (so a longer form wins where both match at one place). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))
    .join('|');
}
