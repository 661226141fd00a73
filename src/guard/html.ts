import { MAX_DEPTH } from './caps.js';
import { type PageTree, readTree, type TreeBudget } from './tree.js';

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
}

/** Guard a page: read it within the tree budgets, flattening deep nesting (see the module comment). */
export function guardHtml(input: string, maxDepth = MAX_DEPTH, budget?: TreeBudget): GuardedHtml {
  const tree = readTree(input, budget, maxDepth);
  const stopped = tree.stopped;
  const flat = blankRanges(input, tree.flattenedRanges);
  const html = stopped ? flat.slice(0, stopped.at) : flat;
  return { html, flattened: tree.flattened, tree, ...(stopped ? { truncated: stopped } : {}) };
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
