/**
 * Markdown detection for `from: 'auto'`. Scraped plain text often holds a stray `-` list marker,
 * a `#` or a bracket, so one kind of sign is never enough: the head of the page must show at
 * least MIN_SIGNALS independent kinds of markdown syntax, each often enough to count.
 */

/** Characters inspected: markdown scrapes open with navigation, dense with syntax. */
const HEAD_CHARS = 8192;
/** Kinds of markdown syntax required together. */
const MIN_SIGNALS = 2;

/** One kind of markdown syntax and how many matches make it count. */
interface Signal {
  readonly name: string;
  readonly pattern: RegExp;
  readonly min: number;
}

const SIGNALS: readonly Signal[] = [
  // `## Heading` (ATX): a `#` run, a space, then text.
  { name: 'heading', pattern: /^ {0,3}#{1,6}[ \t]+\S/gmu, min: 1 },
  // `[text](url)` / `![alt](src)`: the syntax nothing but markdown uses. No `[` inside the text: each
  // `[` then scans only to the next one (ReDoS, docs/security.md).
  { name: 'link', pattern: /!?\[[^[\]\n]{0,300}\]\((?:[^()\s]|\([^()\s]*\)){0,2000}(?:[ \t]+"[^"\n]*")?\)/gu, min: 2 },
  // `-   item`, `* item`, `1. item`: several list lines.
  { name: 'list', pattern: /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/gmu, min: 3 },
  // ``` or ~~~ fences.
  { name: 'fence', pattern: /^ {0,3}(?:`{3,}|~{3,})/gmu, min: 2 },
  // `**strong**` / `__strong__`.
  { name: 'strong', pattern: /(\*\*|__)(?=\S)[^*_\n]{1,200}?\S\1/gu, min: 2 },
  // `[id]: https://…` reference definitions.
  { name: 'definition', pattern: /^ {0,3}\[[^[\]\n\r]+\]:[ \t]*\S/gmu, min: 1 },
  // `> quote` lines.
  { name: 'quote', pattern: /^ {0,3}>[ \t]?\S/gmu, min: 2 },
];

function countUpTo(text: string, re: RegExp, limit: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < limit && re.exec(text) !== null) n += 1;
  return n;
}

/** The kinds of markdown syntax the head of `input` shows (for diagnostics and tests). */
export function markdownSignals(input: string): string[] {
  const head = input.slice(0, HEAD_CHARS);
  return SIGNALS.filter((s) => countUpTo(head, s.pattern, s.min) >= s.min).map((s) => s.name);
}

/** Whether the input reads as markdown: at least MIN_SIGNALS kinds of syntax in its head. */
export function looksLikeMarkdown(input: string): boolean {
  return markdownSignals(input).length >= MIN_SIGNALS;
}
