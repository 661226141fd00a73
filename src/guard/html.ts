import { MAX_DEPTH } from './caps.js';
import { RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from './elements.js';
import { OpenElements } from './stack.js';
import { rawTextClose, readTag } from './tags.js';
import { type PageTree, readTree, type TreeBudget } from './tree.js';

/**
 * The guard in front of the DOM, two linear passes: (1) a tag scan that blanks start and end tags
 * nested deeper than MAX_DEPTH, so no parser or Readability ever sees deep nesting (jsdom
 * overflows its stack from ~15,000 levels; Readability took 337 s at 3,000) while their text
 * stays; (2) the standard's tree builder (`tree.ts`) over the result, which stops the page at the
 * token that makes the tree pass MAX_ELEMENTS elements or MAX_TREE_DEPTH levels — what the scan
 * cannot model (reconstructed formatting elements, the adoption agency) is bounded there. Blanking writes a bogus comment `<!   >` over the tags (line
 * breaks kept), so the guarded page has the same length and line numbers as the input, and every
 * offset the HTML path reports is an offset into the caller's string. The text inside blanked
 * tags stays, one level up. A page within both caps comes back as the very same string.
 */

/** The document's own frame: never counted as nesting. */
const ROOTS = new Set(['html', 'head', 'body']);

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

/** Guard a page: flatten deep nesting, then read it within the tree budgets (see the module comment). */
export function guardHtml(input: string, maxDepth = MAX_DEPTH, budget?: TreeBudget): GuardedHtml {
  const flat = flattenDeep(input, maxDepth);
  const tree = readTree(flat.html, budget);
  const stopped = tree.stopped;
  const html = stopped ? flat.html.slice(0, stopped.at) : flat.html;
  return { html, flattened: flat.flattened, tree, ...(stopped ? { truncated: stopped } : {}) };
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

/** Pass (1): blank start tags nested deeper than `maxDepth`, and their end tags. Linear. */
function flattenDeep(input: string, maxDepth: number): { html: string; flattened: number } {
  const open = new OpenElements();
  const blanked = new Map<string, number>(); // blanked start tags whose end tag has not come yet
  const cuts: number[] = []; // [from, to) pairs to blank, merged when adjacent
  const cut = (from: number, to: number) => {
    if (cuts.length > 0 && cuts[cuts.length - 1] === from) cuts[cuts.length - 1] = to;
    else cuts.push(from, to);
  };
  let pendingBlanked = 0; // sum of `blanked`
  let flattened = 0;
  let i = input.indexOf('<');
  while (i >= 0) {
    const tag = readTag(input, i);
    let resume = tag ? tag.end : i + 1;
    if (tag && tag.name !== '') {
      const name = tag.name;
      if (tag.closing) {
        const pending = blanked.get(name) ?? 0;
        if (pending > 0) {
          blanked.set(name, pending - 1);
          pendingBlanked -= 1;
          cut(i, tag.end);
        } else if (!ROOTS.has(name)) open.close(name);
      } else if (name === 'plaintext') {
        break; // everything after is text
      } else {
        const opens = !VOID_ELEMENTS.has(name) && !ROOTS.has(name) && !(tag.selfClosing && open.inForeign);
        if (RAW_TEXT_ELEMENTS.has(name)) {
          const close = tag.selfClosing && open.inForeign ? tag.end : rawTextClose(input, name, tag.end);
          if (close < 0) break; // unterminated: the rest is its text
          resume = close;
        } else if (opens) {
          // Inside a blanked element every start tag nests deeper still: no implied end reaches
          // the real stack from there (the blanked ancestors would have been the boundaries).
          if (pendingBlanked === 0) open.impliedEnds(name);
          if (pendingBlanked > 0 || open.depth >= maxDepth) {
            pendingBlanked += 1;
            flattened += 1;
            blanked.set(name, (blanked.get(name) ?? 0) + 1);
            cut(i, tag.end);
          } else open.push(name);
        }
      }
    }
    i = resume >= input.length ? -1 : input.indexOf('<', resume);
  }
  let html = input;
  if (cuts.length > 0) {
    const parts: string[] = [];
    let copied = 0;
    for (let k = 0; k < cuts.length; k += 2) {
      const from = cuts[k] as number;
      const to = cuts[k + 1] as number;
      parts.push(html.slice(copied, from), blank(html, from, to));
      copied = to;
    }
    parts.push(html.slice(copied));
    html = parts.join('');
  }
  return { html, flattened };
}
