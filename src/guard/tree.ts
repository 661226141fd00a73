import { type DefaultTreeAdapterMap, InsertionMode, Parser, type ParserOptions, Token } from 'parse5';
import { type AdapterBudget, BudgetPassed, type Loc, skeletonAdapter, type TreeElement, type TreeRoot, type TreeState } from './tree-adapter.js';
import { elementBudget, MAX_TREE_DEPTH, MEAN_DEPTH } from './caps.js';
import { RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from './elements.js';

/**
 * The page as the HTML standard's parser builds it — parse5, the tree builder jsdom itself runs —
 * read once before any DOM sees the page. Hand-written tag readers cannot know what the tree
 * builder does with a token (reopen 250 formatting elements in every paragraph, deepen the tree
 * on a misnested end tag, foster-parent text out of a table, leave foreign content at `<p>`,
 * end a comment at `--!>`), and each of those was a denial of service or silent data loss. So:
 * - the element budget counts the elements the tree builder *creates* (reconstructed formatting
 *   elements and adoption-agency clones included) and the depth it *builds*, and stops the page
 *   at the token that passes either, so no DOM ever receives an N×M tree;
 * - the pre-parse strip (`html/strip.ts`) takes what it cuts from this tree's tokens and elements
 *   (their exact source ranges, their namespace), so what it cuts is what the parser would build.
 * - deep nesting is flattened in the same pass (`flattenBeyond`): a start tag the tree builder
 *   would open deeper than that many levels is not handed to it — it reads as the white space that
 *   `guard/html.ts` then writes over the tag, so the tree built here is the tree any DOM builds
 *   from the guarded page — and neither is its end tag. One tokenizer (parse5's) reads the page
 *   for the guard, the budgets and the strip.
 * The tree kept here is skeletal (tag, namespace, range, children; no text, no attributes) and is
 * dropped after the call. Written on parse5's public `Parser` and `TreeAdapter` (no maintained
 * library answers "which start tag made the N-th element"), with scripting off, as jsdom parses.
 */

export type { TreeElement } from './tree-adapter.js';

/** An attribute of a start tag: its whole source range (`name="value"`). */
export interface AttributeRange {
  readonly name: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A token of the page, in source order. */
export type TreeToken =
  | { readonly kind: 'start'; readonly name: string; readonly start: number; readonly end: number; readonly attrs: readonly AttributeRange[]; element: TreeElement | undefined }
  | { readonly kind: 'end' | 'comment' | 'doctype'; readonly name: string; readonly start: number; readonly end: number }
  /**
   * Character data, adjacent runs merged into one; `space`: white space only, `verbatim`: inside
   * `<pre>`, `<textarea>` or raw text.
   */
  | { readonly kind: 'text'; readonly start: number; end: number; space: boolean; readonly verbatim: boolean };

/** What reading the page found. */
export interface PageTree {
  /** Tokens up to where the page was stopped (all of them when it was not). */
  readonly tokens: readonly TreeToken[];
  /** Elements the tree builder created. */
  readonly elements: number;
  /** Deepest element nesting built. */
  readonly depth: number;
  /** Where the page was stopped for passing a budget, and which. */
  readonly stopped?: { readonly at: number; readonly cap: 'elements' | 'depth' };
  /**
   * Tags flattened (`flattenBeyond`), as [from, to) source ranges in order, adjacent ones merged:
   * the guard writes white space over them.
   */
  readonly flattenedRanges: readonly number[];
  /** Start tags flattened. */
  readonly flattened: number;
}

/** Budgets for one page. */
export type TreeBudget = AdapterBudget;

/** The document's own frame (`html`, `head`, `body`): never flattened, never counted as nesting. */
const ROOTS = new Set(['html', 'head', 'body']);
/** Levels of the frame above the body's children (`html` 1, `body` 2). */
const ROOT_LEVELS = 2;

/** The default budget for a page of `length` characters. */
export function treeBudget(length: number): TreeBudget {
  const maxElements = elementBudget(length);
  return { maxElements, maxDepth: MAX_TREE_DEPTH, maxDepthSum: maxElements * MEAN_DEPTH };
}


/**
 * Most tokens read: end tags and text create no element, so a page of a million `</x>` would
 * otherwise pass the element budget; each token is a few dozen bytes here.
 */
const MAX_TOKENS_PER_ELEMENT = 8;

/** The parser, with each token recorded before the tree builder sees it. */
class RecordingParser extends Parser<DefaultTreeAdapterMap> {
  readonly tokens: TreeToken[] = [];
  /** Start offset of the token being processed. */
  at = 0;
  /** The start-tag record waiting for its element. */
  pending: (TreeToken & { kind: 'start' }) | undefined;
  verbatim = 0;
  maxTokens = Number.POSITIVE_INFINITY;
  /** Deepest nesting opened below the frame; deeper start tags are flattened. */
  flattenBeyond = Number.POSITIVE_INFINITY;
  readonly flattenedRanges: number[] = [];
  flattened = 0;
  /** Flattened start tags, by name, whose end tag has not come yet (names are plain keys). */
  private readonly openFlattened = new Map<string, number>();
  /** Sum of `openFlattened`. */
  private flattenedOpen = 0;

  private record(token: TreeToken): void {
    this.at = token.start;
    if (this.tokens.length >= this.maxTokens) throw new BudgetPassed('elements');
    this.tokens.push(token);
  }

  private text(token: Token.CharacterToken, space: boolean): void {
    const loc = token.location as Loc;
    const verbatim = this.verbatim > 0 || this.insertionMode === TEXT_MODE;
    // parse5 splits text at every change between white space and other characters: a run of
    // words is one record here, so records stay as few as the tags around them.
    const last = this.tokens[this.tokens.length - 1];
    if (last?.kind === 'text' && last.end === loc.startOffset && last.verbatim === verbatim) {
      this.at = loc.startOffset;
      last.end = loc.endOffset;
      last.space &&= space;
      return;
    }
    this.record({ kind: 'text', start: loc.startOffset, end: loc.endOffset, space, verbatim });
  }

  /**
   * Whether this start tag opens an element deeper than `flattenBeyond`. Inside a flattened element
   * every start tag nests deeper still. Never flattened: the frame, void elements, raw-text
   * elements and `<plaintext>` (they hold no elements, and their start tag switches the
   * tokenizer), and `<x/>` in foreign content (it opens nothing).
   */
  private flattens(token: Token.TagToken): boolean {
    const name = token.tagName;
    if (ROOTS.has(name) || VOID_ELEMENTS.has(name) || RAW_TEXT_ELEMENTS.has(name) || name === 'plaintext') return false;
    if (token.selfClosing && this.currentNotInHTML) return false;
    if (this.flattenedOpen > 0) return true;
    const current = this.openElements.current as TreeElement | TreeRoot | undefined;
    return (current?.depth ?? 0) - ROOT_LEVELS >= this.flattenBeyond;
  }

  /** Read a tag as the white space the guard writes over it, and note its range. */
  private flatten(token: Token.TagToken): void {
    const loc = token.location as Token.Location;
    const ranges = this.flattenedRanges;
    if (ranges.length > 0 && ranges[ranges.length - 1] === loc.startOffset) ranges[ranges.length - 1] = loc.endOffset;
    else ranges.push(loc.startOffset, loc.endOffset);
    // A tag starts with `<`, so its blanked text starts with a space (never the newline a `<pre>` skips).
    this.onWhitespaceCharacter({ type: Token.TokenType.WHITESPACE_CHARACTER, chars: ' ', location: loc });
  }

  override onStartTag(token: Token.TagToken): void {
    if (this.flattens(token)) {
      this.flattened += 1;
      this.flattenedOpen += 1;
      this.openFlattened.set(token.tagName, (this.openFlattened.get(token.tagName) ?? 0) + 1);
      this.flatten(token);
      return;
    }
    const loc = token.location as Loc;
    const attrs: AttributeRange[] = [];
    for (const a of token.attrs) {
      const at = loc.attrs?.[a.name];
      if (at) attrs.push({ name: a.name, value: a.value, start: at.startOffset, end: at.endOffset });
    }
    const rec = { kind: 'start' as const, name: token.tagName, start: loc.startOffset, end: loc.endOffset, attrs, element: undefined };
    this.record(rec);
    this.pending = rec;
    super.onStartTag(token);
    this.pending = undefined;
  }

  override onEndTag(token: Token.TagToken): void {
    const open = this.openFlattened.get(token.tagName) ?? 0;
    if (open > 0) {
      this.openFlattened.set(token.tagName, open - 1);
      this.flattenedOpen -= 1;
      this.flatten(token);
      return;
    }
    const loc = token.location as Loc;
    this.record({ kind: 'end', name: token.tagName, start: loc.startOffset, end: loc.endOffset });
    super.onEndTag(token);
  }

  override onComment(token: Token.CommentToken): void {
    const loc = token.location as Loc;
    this.record({ kind: 'comment', name: '', start: loc.startOffset, end: loc.endOffset });
    super.onComment(token);
  }

  override onDoctype(token: Token.DoctypeToken): void {
    const loc = token.location as Loc;
    this.record({ kind: 'doctype', name: '', start: loc.startOffset, end: loc.endOffset });
    super.onDoctype(token);
  }

  override onEof(token: Token.EOFToken): void {
    // Elements closed by the end of input end there (parse5 would date them by the last tag read).
    this.currentToken = token;
    super.onEof(token);
  }

  override onCharacter(token: Token.CharacterToken): void {
    this.text(token, false);
    super.onCharacter(token);
  }

  override onNullCharacter(token: Token.CharacterToken): void {
    this.text(token, false);
    super.onNullCharacter(token);
  }

  override onWhitespaceCharacter(token: Token.CharacterToken): void {
    this.text(token, true);
    super.onWhitespaceCharacter(token);
  }
}

/** parse5's insertion mode for raw text and RCDATA content. */
const TEXT_MODE = InsertionMode.TEXT;

/**
 * Read `html` as the HTML standard's tree builder would, within `budget` (by default the element
 * budget for its length and MAX_TREE_DEPTH), flattening start tags that would nest deeper than
 * `flattenBeyond` levels below the body (none by default). Linear in the page: the parse stops at
 * the token that passes a budget (`stopped`), and the tokens before it are exact.
 */
export function readTree(html: string, budget: TreeBudget = treeBudget(html.length), flattenBeyond = Number.POSITIVE_INFINITY): PageTree {
  const state: TreeState = { elements: 0, depth: 0, depthSum: 0 };
  const options: ParserOptions<DefaultTreeAdapterMap> = {
    treeAdapter: skeletonAdapter(budget, state),
    sourceCodeLocationInfo: true,
    scriptingEnabled: false,
  };
  const parser = new RecordingParser(options);
  parser.maxTokens = budget.maxElements * MAX_TOKENS_PER_ELEMENT;
  parser.flattenBeyond = flattenBeyond;
  state.parser = parser;
  try {
    parser.tokenizer.write(html, true);
  } catch (error) {
    if (!(error instanceof BudgetPassed)) throw error;
    const at = parser.at;
    const tokens = parser.tokens;
    while (tokens.length > 0 && (tokens[tokens.length - 1] as TreeToken).start >= at) tokens.pop();
    const { flattenedRanges, flattened } = flattenedBefore(parser.flattenedRanges, parser.flattened, at);
    return { tokens, elements: state.elements, depth: state.depth, stopped: { at, cap: error.cap }, flattenedRanges, flattened };
  }
  return { tokens: parser.tokens, elements: state.elements, depth: state.depth, flattenedRanges: parser.flattenedRanges, flattened: parser.flattened };
}

/**
 * The flattened ranges before `at`, where a stopped page is cut (a range the stopping token
 * flattened comes after it). The count stays: it says how many tags were flattened while read.
 */
function flattenedBefore(ranges: number[], flattened: number, at: number): { flattenedRanges: number[]; flattened: number } {
  let n = ranges.length;
  while (n > 0 && (ranges[n - 2] as number) >= at) n -= 2;
  if (n > 0 && (ranges[n - 1] as number) > at) ranges[n - 1] = at;
  return { flattenedRanges: n === ranges.length ? ranges : ranges.slice(0, n), flattened };
}
