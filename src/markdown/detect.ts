/**
 * Markdown detection for `from: 'auto'`. The kinds of markdown syntax split in two:
 *
 * - **marks of markdown** — link syntax, code fences, reference definitions, hard line breaks
 *   (two trailing spaces): a renderer writes them, a page's visible text does not. None of the
 *   1,612 text renderings of AEB and WCXB-dev shows any of them in its head; every markdown
 *   rendering with content shows at least one (`bench/detect.mjs`).
 * - **shapes plain text takes too** — `#` at a line start (a shell or Python comment flattened
 *   into a line), `-`/`1.` list lines (menus), `**` (Python's power operator), `>` (a `>>>`
 *   prompt), and literal markdown a page prints as text (a preprint's `## Abstract`): 27 text
 *   renderings show two or three of these kinds together.
 *
 * One mark, often enough to count, makes the page markdown; shapes alone do so only all four
 * together (no text rendering has more than three). A head full of link destinations is markdown
 * too, even when each link is too long for the link pattern.
 */

/** Characters inspected: markdown scrapes open with navigation, dense with syntax. */
const HEAD_CHARS = 8192;
/** Kinds of text-like shapes that together read as markdown without any mark (text renderings: at most 3). */
const MIN_SHAPES = 4;

/** One kind of markdown syntax, how many matches make it count, and whether it marks markdown. */
interface Signal {
  readonly name: string;
  readonly pattern: RegExp;
  readonly min: number;
  /** A mark of markdown (a renderer's syntax), not a shape plain text takes too. */
  readonly mark: boolean;
}

const SIGNALS: readonly Signal[] = [
  // `## Heading` (ATX): a `#` run, a space, then text.
  { name: 'heading', pattern: /^ {0,3}#{1,6}[ \t]+\S/gmu, min: 1, mark: false },
  // `[text](url)` / `![alt](src)`: the syntax nothing but markdown uses. No `[` inside the text: each
  // `[` then scans only to the next one (ReDoS, docs/security.md).
  { name: 'link', pattern: /!?\[[^[\]\n]{0,300}\]\((?:[^()\s]|\([^()\s]*\)){0,2000}(?:[ \t]+"[^"\n]*")?\)/gu, min: 2, mark: true },
  // `-   item`, `* item`, `1. item`: several list lines.
  { name: 'list', pattern: /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/gmu, min: 3, mark: false },
  // ``` or ~~~ fences.
  { name: 'fence', pattern: /^ {0,3}(?:`{3,}|~{3,})/gmu, min: 2, mark: true },
  // `**strong**` / `__strong__`.
  { name: 'strong', pattern: /(\*\*|__)(?=\S)[^*_\n]{1,200}?\S\1/gu, min: 2, mark: false },
  // `[id]: https://…` reference definitions.
  { name: 'definition', pattern: /^ {0,3}\[[^[\]\n\r]+\]:[ \t]*\S/gmu, min: 1, mark: true },
  // `> quote` lines.
  { name: 'quote', pattern: /^ {0,3}>[ \t]?\S/gmu, min: 2, mark: false },
  // A hard line break: text, then two or more trailing spaces. Only a renderer pads a line so
  // (heads with two or more: 450 markdown renderings, 0 text ones, of AEB and WCXB-dev).
  { name: 'break', pattern: /\S {2,}$/gmu, min: 2, mark: true },
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
  return signalsOf(headOf(input)).map((s) => s.name);
}

function signalsOf(head: string): Signal[] {
  return SIGNALS.filter((s) => countUpTo(head, s.pattern, s.min) >= s.min);
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
 * Whether the input reads as markdown: a mark of markdown in its head, MIN_SHAPES kinds of
 * text-like shapes together, or a head full of link destinations (see the module comment).
 */
export function looksLikeMarkdown(input: string): boolean {
  const head = headOf(input);
  const signals = signalsOf(head);
  if (signals.some((s) => s.mark) || signals.length >= MIN_SHAPES) return true;
  return countUpTo(head, LINK_DESTINATION, MIN_LINK_DESTINATIONS) >= MIN_LINK_DESTINATIONS;
}
