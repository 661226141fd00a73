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

/** base64 payloads of `data:` URIs: scraped markdown inlines 10–40 KB logos that would fill the head. */
const BASE64_PAYLOAD = /;base64,[A-Za-z0-9+/=]{64,}/gu;
/** How far past HEAD_CHARS the head is read, so that collapsed payloads leave syntax to see. */
const RAW_HEAD_FACTOR = 16;

/** The head of `input` with base64 payloads collapsed, HEAD_CHARS long at most. */
function headOf(input: string): string {
  const raw = input.slice(0, HEAD_CHARS * RAW_HEAD_FACTOR);
  return (raw.includes(';base64,') ? raw.replace(BASE64_PAYLOAD, ';base64,') : raw).slice(0, HEAD_CHARS);
}

/** The kinds of markdown syntax the head of `input` shows (for diagnostics and tests). */
export function markdownSignals(input: string): string[] {
  return signalsOf(headOf(input));
}

function signalsOf(head: string): string[] {
  return SIGNALS.filter((s) => countUpTo(head, s.pattern, s.min) >= s.min).map((s) => s.name);
}

/**
 * Link destinations: `](` followed by what opens a URL. A page of links alone is markdown (a
 * scraped page's navigation, logos, images) even when each link is too long for the `link`
 * pattern (base64 `data:` images of 10 KB) — plain text has no `](#`, `](/` or `](https:` at all.
 */
const LINK_DESTINATION = /\]\((?:#|\/|\.{1,2}\/|https?:|data:|mailto:|tel:)/gu;
/** Link destinations in the head that make a page markdown on their own (WCXB-dev: 0 text scrapes reach it; bench/detect.mjs). */
const MIN_LINK_DESTINATIONS = 4;

/**
 * Whether the input reads as markdown: at least MIN_SIGNALS kinds of syntax in its head, or a
 * head full of link destinations.
 */
export function looksLikeMarkdown(input: string): boolean {
  const head = headOf(input);
  if (signalsOf(head).length >= MIN_SIGNALS) return true;
  return countUpTo(head, LINK_DESTINATION, MIN_LINK_DESTINATIONS) >= MIN_LINK_DESTINATIONS;
}
