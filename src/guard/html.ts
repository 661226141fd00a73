import { MAX_DEPTH } from './caps.js';
import { RAW_TEXT_ELEMENTS } from './elements.js';
import { type PageTree, readTree, type TreeBudget } from './tree.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The guard in front of the DOM: one pass of the HTML standard's tree builder (parse5, in
 * `tree.ts`) over the page, which
 * - flattens deep nesting: a start tag it would open more than MAX_DEPTH levels below the body is
 *   not opened, and neither is its end tag, so no DOM or Readability ever sees deep nesting
 *   (jsdom overflows its stack from ~15,000 levels; Readability took 337 s at 3,000) while the
 *   text stays, one level up. The depth is the tree builder's own (implied ends, reconstructed
 *   formatting elements and the adoption agency included), not a tag scan's estimate;
 * - stops the page at the token that makes the tree pass MAX_ELEMENTS elements or MAX_TREE_DEPTH
 *   levels (what flattening leaves deep: formatting elements reopened in a deep element).
 * - recovers an unclosed raw-text element that swallowed the rest of the page (`unclosedRawText`).
 * A flattened tag is written over with spaces (line breaks kept), so the guarded page has the same
 * length and line numbers as the input, every offset the HTML path reports is an offset into the
 * caller's string, and the tokens read here are the guarded page's tokens. A page within both caps
 * comes back as the very same string.
 */

/** What the guard did to a page. */
export interface GuardedHtml {
  /** The page to parse: the input itself when no cap applied. */
  readonly html: string;
  /** Start tags blanked for nesting deeper than MAX_DEPTH. */
  readonly flattened: number;
  /** The page as the tree builder reads it (its tokens drive the strip). */
  readonly tree: PageTree;
  /** Where the page was cut for passing a tree budget; absent when it was not. */
  readonly truncated?: { readonly at: number; readonly cap: 'elements' | 'depth' };
  /**
   * The words of an unclosed `<title>` the guard recovered (`unclosedRawText`): [start, end) in the
   * input, from its start tag's end to the first markup. The front end reads them as the page's
   * `<title>`, as the author meant, on either DOM (the tree holds them as loose text).
   */
  readonly recoveredTitle?: { readonly start: number; readonly end: number };
}

/** Guard a page: read it within the tree budgets, flattening deep nesting (see the module comment). */
export function guardHtml(input: string, maxDepth = MAX_DEPTH, budget?: TreeBudget): GuardedHtml {
  let page = input;
  let tree = readTree(page, budget, maxDepth);
  let recoveredTitle: GuardedHtml['recoveredTitle'];
  for (let k = 0; k < MAX_REOPENED; k += 1) {
    const unclosed = unclosedRawText(page, tree);
    if (unclosed === undefined) break;
    page = blankRanges(page, unclosed.blank);
    recoveredTitle ??= unclosed.title;
    tree = readTree(page, budget, maxDepth);
  }
  const stopped = tree.stopped;
  const flat = blankRanges(page, tree.flattenedRanges);
  const html = stopped ? flat.slice(0, stopped.at) : flat;
  const title = recoveredTitle && (!stopped || recoveredTitle.end <= stopped.at) ? { recoveredTitle } : {};
  return { html, flattened: tree.flattened, tree, ...(stopped ? { truncated: stopped } : {}), ...title };
}

/** Unclosed raw-text elements recovered per page, at most (each costs one more read of the tree). */
const MAX_REOPENED = 4;
/** Raw-text elements whose content up to the first tag is code, not text a reader sees: blanked with the start tag. */
const CODE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style']);
/** What may follow `<` to start a tag, an end tag or a comment. */
const TAG_OPENER = /[a-zA-Z!/]/u;

/** Offset of the first `<` at or after `from` that opens markup, or -1. */
function markupAt(input: string, from: number): number {
  for (let at = input.indexOf('<', from); at >= 0; at = input.indexOf('<', at + 1)) {
    if (TAG_OPENER.test(input[at + 1] ?? '')) return at;
  }
  return -1;
}

/**
 * An unclosed raw-text element that swallowed the page (`<title>Broken` with no `</title>`, a
 * `<script>` cut short before the body): by the standard everything after its start tag is its
 * text, so the page's markup would come out as the article's text and the body would be lost.
 * Browsers show such a page blank; a reader wants its body. Such an element can only be the last
 * start tag read, with no end tag after it and markup inside: its start tag (and, for a script or
 * style, its code up to the first tag) is blanked so the page reads as markup again — a title's
 * words stay as text at the top, and are returned as `title`. The ranges to blank, or undefined
 * when nothing swallowed the page.
 */
function unclosedRawText(input: string, tree: PageTree): { blank: number[]; title?: { start: number; end: number } } | undefined {
  if (tree.stopped) return undefined;
  const tokens = tree.tokens;
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]?.kind === 'text') last -= 1;
  const start = tokens[last];
  if (start?.kind !== 'start' || !RAW_TEXT_ELEMENTS.has(start.name) || start.element?.ns !== HTML_NS) return undefined;
  const markup = markupAt(input, start.end);
  if (markup < 0) return undefined;
  if (CODE_ELEMENTS.has(start.name)) return { blank: [start.start, markup] };
  return { blank: [start.start, start.end], ...(start.name === 'title' ? { title: { start: start.end, end: markup } } : {}) };
}

/**
 * Write spaces over [from, to), keeping `\n` and `\r` so line numbers stay. Spaces join the text
 * around them, so a flattened element gains no children (a comment per blanked run made jsdom's
 * parse5 adapter quadratic: 5 MB of junk took 25 s). Its text does grow by the spaces; Readability,
 * which reads every level's text, is not run past 128 levels (html/readability.ts).
 */
function blank(input: string, from: number, to: number): string {
  const slice = input.slice(from, to);
  return !slice.includes('\n') && !slice.includes('\r') ? ' '.repeat(slice.length) : slice.replace(/[^\r\n]/gu, ' ');
}

/** `input` with each [from, to) pair of `ranges` (in order, not overlapping) blanked. Linear. */
function blankRanges(input: string, ranges: readonly number[]): string {
  if (ranges.length === 0) return input;
  const parts: string[] = [];
  let copied = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const from = ranges[k] as number;
    const to = ranges[k + 1] as number;
    parts.push(input.slice(copied, from), blank(input, from, to));
    copied = to;
  }
  parts.push(input.slice(copied));
  return parts.join('');
}
