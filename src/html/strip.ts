import { type PageTree, readTree, type TreeElement, type TreeToken } from '../guard/tree.js';
import { BLOCK_TAGS } from './elements.js';
import { META_KEYS } from './metadata.js';
import { type OffsetMap, OffsetMapBuilder } from './offsets.js';

/**
 * The pre-parse strip: `<script>`, `<style>`, `<noscript>` in the head (its tags elsewhere),
 * `<template>`, inline `<svg>` and
 * comments (and `<select>`, `<datalist>`, `<link>`, media `<source>`s, `<meta>` tags the metadata
 * does not read) carry no article text and are most of a page's bytes, so they are cut out of the
 * string before a DOM parses it (on AEB this more than halves jsdom's parse time, and it keeps
 * jsdom's CSS parser away from stylesheets it throws on). Attributes nothing downstream reads
 * (KEPT_ATTRIBUTES) are cut, and values longer than MAX_ATTRIBUTE are cut short (Readability's
 * regexes are polynomial on long values); so is white space next to block tags. Every cut is
 * recorded in an OffsetMap, so offsets the parser reports map back into the caller's string.
 * What to cut is read from the page's tree as the HTML standard builds it (`guard/tree.ts`): an
 * element is cut from its start tag to where the parser closed it, in its own namespace only
 * (`<math><style>` is MathML, not a style sheet; `<svg><p>` leaves the SVG at the `<p>`), and a
 * comment ends where the tokenizer ends it (`--!>` too), so nothing the DOM would show is cut.
 */

/**
 * HTML elements cut out whole, start tag to where the parser closes them: no article text, and
 * (for the last two) nothing the output keeps either — a `<select>`'s options. An `<object>` is
 * kept: its fallback content is what a reader without the plugin sees.
 */
const REMOVED = new Set(['script', 'style', 'template', 'select', 'datalist']);
/**
 * `<noscript>` in the body is what a reader without scripts sees — and some sites serve their
 * whole content there (a forum's crawler view, a shop's product text): only its tags are cut, so
 * both DOMs read its content as markup (jsdom would read it as raw text, as a browser running
 * scripts does). In the head it holds only links, styles and tracking pixels, and is cut whole.
 */
const UNWRAPPED = 'noscript';
/** The document's frame: a start tag of these that made no element was ignored by the tree builder. */
const DOCUMENT_FRAME: ReadonlySet<string> = new Set(['html', 'head', 'body']);
/** Void elements cut out: resource links and media sources, no text, no output. */
const VOID_REMOVED = new Set(['link', 'source', 'track', 'param', 'embed']);
/** Longer attribute values are cut to this length (reliability.md: Readability took 108 s on a 200k `srcset`). */
export const MAX_ATTRIBUTE = 2048;
/**
 * Tags white space never shows around (block boxes, table parts, list items, head elements):
 * a gap of white space only, next to one of these, is cut before parsing. Those gaps are a third
 * of a typical page's nodes (on AEB: 94k of 254k), and every node costs both DOMs time.
 */
const WHITESPACE_BOUNDARY: ReadonlySet<string> = new Set([
  ...BLOCK_TAGS, 'td', 'th', 'br', 'col', 'colgroup', 'option', 'optgroup', 'select', 'head', 'meta', 'link',
  'base', 'area', 'map', 'source', 'track', 'param', 'wbr', 'input', 'textarea', 'iframe', 'video', 'audio',
]);
/**
 * Attributes kept for the parser: what the walk, Readability, the metadata and the rendering read.
 * The rest (`data-*`, event handlers, `srcset`, `tabindex`, `width`…, a quarter of all attributes
 * on AEB) is cut: linkedom allocates a node for every attribute, and none of these carry text.
 */
const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'style', 'role', 'hidden', 'aria-hidden', 'aria-modal', 'itemprop', 'href', 'src', 'alt', 'rel',
  'name', 'property', 'content', 'http-equiv', 'charset', 'lang', 'xml:lang', 'dir', 'datetime', 'start', 'colspan',
  'rowspan', 'action',
]);
/**
 * Attributes the tree builder itself reads, kept on these tags whatever KEPT_ATTRIBUTES says, so
 * the stripped page builds the tree the strip was planned on (`<font color>` leaves an SVG,
 * `<input type=hidden>` is not foster-parented, `<annotation-xml encoding>` holds HTML).
 */
const TREE_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['font', new Set(['color', 'face', 'size'])],
  ['input', new Set(['type'])],
  ['annotation-xml', new Set(['encoding'])],
]);
/** JSON-LD blocks longer than this are not kept for metadata (bounds JSON.parse on hostile pages). */
const MAX_JSON_LD = 200_000;

/** The page as the parser sees it, and how to get back to the caller's offsets. */
export interface StrippedPage {
  /** The HTML handed to the DOM parser. */
  readonly html: string;
  /** Cuts made, to map parser offsets back to the caller's input. */
  readonly map: OffsetMap;
  /** Bodies of `<script type="application/ld+json">` elements, for metadata. */
  readonly jsonLd: readonly string[];
}

/** `<meta>` attributes that name what the tag says. */
const META_KEY_ATTRIBUTES: ReadonlySet<string> = new Set(['name', 'property', 'itemprop', 'http-equiv']);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Whether a `<meta>` with these attributes is read by the metadata (a charset-only tag is not). */
function readMeta(attrs: TreeToken & { kind: 'start' }): boolean {
  for (const a of attrs.attrs) {
    if (!META_KEY_ATTRIBUTES.has(a.name)) continue;
    for (const k of a.value.slice(0, 200).toLowerCase().split(/\s+/u)) if (k && META_KEYS.has(k)) return true;
  }
  return false;
}

/** Whether an element holds a `<foreignObject>` (HTML a reader sees inside an SVG). */
function holdsForeignObject(el: TreeElement): boolean {
  const stack: unknown[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as Partial<TreeElement>;
    if (node.name === 'foreignObject') return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}

/** Whether the element a start tag made is cut out whole. */
function cutWhole(el: TreeElement | undefined): boolean {
  if (!el) return false;
  if (el.ns === HTML_NS) return REMOVED.has(el.name) || (el.name === UNWRAPPED && (el.parent as Partial<TreeElement> | undefined)?.name === 'head');
  // An outermost <svg>: icons and drawings, unless HTML is embedded in it.
  return el.ns === SVG_NS && el.name === 'svg' && (el.parent as Partial<TreeElement> | undefined)?.ns !== SVG_NS && !holdsForeignObject(el);
}

/** HTML's ASCII white space (tab, LF, FF, CR, space). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** Offset of a raw attribute value's first character and just past its last, within [start, end). */
function valueRange(input: string, start: number, end: number): [number, number] | undefined {
  const eq = input.indexOf('=', start);
  if (eq < 0 || eq >= end) return undefined;
  let from = eq + 1;
  while (from < end && isSpace(input.charCodeAt(from))) from += 1;
  const quote = input[from];
  if (quote === '"' || quote === "'") return [from + 1, input[end - 1] === quote ? end - 1 : end];
  return [from, end];
}

/** The body of a JSON-LD script closed by its end tag, when small enough to read. */
function jsonLdBody(input: string, tag: TreeToken & { kind: 'start' }, end: number): string | undefined {
  const type = tag.attrs.find((a) => a.name === 'type')?.value.slice(0, 64).trim().toLowerCase();
  if (type !== 'application/ld+json') return undefined;
  const close = input.lastIndexOf('</', end - 1);
  if (close < tag.end || end - tag.end > MAX_JSON_LD) return undefined;
  return input.slice(tag.end, close);
}

/**
 * Cut the non-article elements out of a page, keeping a map back to the caller's offsets.
 * `tree`: the page read by `readTree` (read here when not given); a page it stopped is cut there.
 */
export function stripPage(input: string, tree: PageTree = readTree(input)): StrippedPage {
  const limit = tree.stopped?.at ?? input.length;
  const parts: string[] = [];
  const map = new OffsetMapBuilder();
  const jsonLd: string[] = [];
  let length = 0; // characters of the stripped string so far
  let copied = 0; // input offset up to which input has been copied or cut
  const cut = (from: number, to: number) => {
    if (to <= from || from < copied) return;
    parts.push(input.slice(copied, from));
    length += from - copied;
    map.cut(length, to - from);
    copied = to;
  };
  let skipTo = 0; // tokens starting before this are inside a cut element
  let gap: readonly [number, number] | undefined; // white space waiting for the tag after it
  let afterBoundary = true; // the last tag was one white space never shows around
  let unwrapped = 0; // open <noscript> elements whose tags were cut
  for (const token of tree.tokens) {
    if (token.start < skipTo) continue;
    if (token.kind === 'text') {
      if (token.space && !token.verbatim) gap = [token.start, token.end];
      else {
        gap = undefined;
        afterBoundary = false;
      }
      continue;
    }
    const name = token.kind === 'start' || token.kind === 'end' ? token.name : '';
    if (gap && (afterBoundary || WHITESPACE_BOUNDARY.has(name))) cut(gap[0], gap[1]);
    gap = undefined;
    if (token.kind !== 'start') {
      if (token.kind === 'end' && name === UNWRAPPED && unwrapped > 0) {
        unwrapped -= 1;
        cut(token.start, token.end);
      } else if (token.kind === 'comment') cut(token.start, token.end);
      // `</body>` and `</html>` close nothing in the tree builder (content after them goes back
      // into the body); htmlparser2 closes every open element there — cut, so both DOMs build one tree.
      else if (token.kind === 'end' && (name === 'body' || name === 'html')) cut(token.start, token.end);
      else afterBoundary = token.kind === 'doctype' || WHITESPACE_BOUNDARY.has(name);
      continue;
    }
    if (token.element === undefined && DOCUMENT_FRAME.has(name)) {
      // A second `<html>`, `<head>` or `<body>` (an embedded page pasted into the body): the tree
      // builder makes no element of it (it only merges attributes), htmlparser2 nests one — cut.
      cut(token.start, token.end);
    } else if (cutWhole(token.element)) {
      const el = token.element as TreeElement;
      const end = el.end < 0 ? limit : Math.min(el.end, limit);
      if (el.name === 'script') {
        const body = jsonLdBody(input, token, end);
        if (body !== undefined) jsonLd.push(body);
      }
      cut(token.start, end);
      skipTo = end;
    } else if (name === UNWRAPPED && token.element?.ns === HTML_NS) {
      unwrapped += 1;
      cut(token.start, token.end);
    } else if (token.element?.ns === HTML_NS && (VOID_REMOVED.has(name) || (name === 'meta' && !readMeta(token)))) {
      cut(token.start, token.end);
    } else {
      let before = token.start + 1 + name.length; // an attribute, cut, takes the space before it along
      const treeReads = TREE_ATTRIBUTES.get(name);
      for (const a of token.attrs) {
        if (!KEPT_ATTRIBUTES.has(a.name) && !treeReads?.has(a.name)) cut(before, a.end);
        else {
          const value = valueRange(input, a.start + a.name.length, a.end);
          if (value && value[1] - value[0] > MAX_ATTRIBUTE) cut(value[0] + MAX_ATTRIBUTE, value[1]);
        }
        before = a.end;
      }
      afterBoundary = WHITESPACE_BOUNDARY.has(name);
    }
  }
  if (copied < limit) parts.push(input.slice(copied, limit));
  return { html: parts.join(''), map: map.build(), jsonLd };
}
