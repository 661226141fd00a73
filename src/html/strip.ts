import { BLOCK_TAGS } from './elements.js';
import { META_KEYS } from './metadata.js';
import { type OffsetMap, OffsetMapBuilder } from './offsets.js';

/**
 * The pre-parse strip: `<script>`, `<style>`, `<noscript>`, `<template>`, inline `<svg>` and
 * comments (and `<select>`, `<object>`, `<link>`, media `<source>`s, `<meta>` tags the metadata
 * does not read) carry no article text and
 * are most of a page's bytes, so they are cut out of the
 * string before a DOM parses it (on AEB this more than halves jsdom's parse time, and it keeps
 * jsdom's CSS parser away from stylesheets it throws on). Attributes nothing downstream reads
 * (KEPT_ATTRIBUTES) are cut, and values longer than MAX_ATTRIBUTE are cut short (Readability's
 * regexes are polynomial on long values); so is white space next to block tags. Every cut is recorded in an OffsetMap, so offsets the parser reports map back into the
 * caller's string. A small tokenizer finds the tags: quotes in attributes and raw-text elements
 * (`<title>`, `<textarea>`…) are respected, so a `<script>` written inside them is left alone.
 */

/**
 * Elements cut out whole, start tag to end tag: no article text, and (for the last three) nothing
 * the output keeps either — a `<select>`'s options, an `<object>`'s fallback.
 */
const REMOVED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'datalist', 'object']);
/** Void elements cut out: resource links and media sources, no text, no output. */
const VOID_REMOVED = new Set(['link', 'source', 'track', 'param', 'embed']);
/** Removed elements that may nest inside themselves (an `<svg>` in an `<svg>`). */
const NESTING = new Set(['svg', 'template']);
/** Removed elements whose content is raw text: unterminated, they run to the end of the input. */
const RAW_REMOVED = new Set(['script', 'style']);
/** Kept elements whose content is text, never tags (HTML's raw-text and RCDATA elements). */
const RAW_TEXT = new Set(['title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
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

interface Tag {
  readonly name: string;
  /** Offset just past the tag's `>` (the input's length when unterminated). */
  readonly end: number;
  readonly selfClosing: boolean;
  /** The `type` attribute, lowercased and trimmed (for JSON-LD scripts). */
  readonly type: string;
  /** [from, to) ranges to cut, in order: attributes nobody reads, the tail of over-long values. */
  readonly cuts: readonly (readonly [number, number])[];
  /** For `<meta>`: its name, property, itemprop and http-equiv values, lowercased, space-separated. */
  readonly metaKeys: string;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** End of the attribute value starting at `p` (after "=" and spaces): [value from, value to, next offset]. */
function readValue(input: string, p: number): [number, number, number] {
  const n = input.length;
  const quote = input[p];
  if (quote === '"' || quote === "'") {
    const close = input.indexOf(quote, p + 1);
    return close < 0 ? [p + 1, n, n] : [p + 1, close, close + 1];
  }
  let q = p;
  while (q < n && !isSpace(input.charCodeAt(q)) && input[q] !== '>') q += 1;
  return [p, q, q];
}

/** Read a start tag at `i` (`input[i] === '<'`, a letter follows). Linear in the tag's length. */
function readTag(input: string, i: number): Tag {
  const n = input.length;
  let p = i + 1;
  while (p < n && !isSpace(input.charCodeAt(p)) && input[p] !== '/' && input[p] !== '>') p += 1;
  const name = input.slice(i + 1, p).toLowerCase();
  let type = '';
  let metaKeys = '';
  const cuts: [number, number][] = [];
  for (;;) {
    const before = p; // the attribute, cut, takes the space before it along
    while (p < n && (isSpace(input.charCodeAt(p)) || input[p] === '/')) p += 1;
    if (p >= n) return { name, end: n, selfClosing: false, type, cuts, metaKeys };
    if (input[p] === '>') return { name, end: p + 1, selfClosing: input[p - 1] === '/', type, cuts, metaKeys };
    const nameStart = p;
    p += 1; // an attribute name may start with "=" (HTML tokenizer rule)
    while (p < n && !isSpace(input.charCodeAt(p)) && input[p] !== '/' && input[p] !== '>' && input[p] !== '=') p += 1;
    const attr = input.slice(nameStart, p).toLowerCase();
    let q = p;
    while (q < n && isSpace(input.charCodeAt(q))) q += 1;
    let value: [number, number] | undefined;
    if (input[q] === '=') {
      q += 1;
      while (q < n && isSpace(input.charCodeAt(q))) q += 1;
      const [from, to, next] = readValue(input, q);
      value = [from, to];
      p = next;
    }
    if (attr === 'type' && value) type = input.slice(value[0], Math.min(value[1], value[0] + 64)).trim().toLowerCase();
    if (name === 'meta' && value && META_KEY_ATTRIBUTES.has(attr)) metaKeys += ` ${input.slice(value[0], Math.min(value[1], value[0] + 200)).toLowerCase()}`;
    if (!KEPT_ATTRIBUTES.has(attr)) cuts.push([before, p]);
    else if (value && value[1] - value[0] > MAX_ATTRIBUTE) cuts.push([value[0] + MAX_ATTRIBUTE, value[1]]);
  }
}

/** Offset just past the end tag closing the element `name` whose start tag ends at `from`; -1 if none. */
function closeOf(input: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'giu');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(input); m !== null; m = re.exec(input)) {
    if (m[1] === '') {
      const gt = NESTING.has(name) ? input.indexOf('>', m.index) : -1;
      if (gt > 0 && input[gt - 1] !== '/') depth += 1;
      continue;
    }
    depth -= 1;
    if (depth > 0) continue;
    const gt = input.indexOf('>', m.index);
    return gt < 0 ? input.length : gt + 1;
  }
  return -1;
}

/** Offset just past a comment starting at `i` (`<!--`): `<!-->` and `<!--->` close at once. */
function commentEnd(input: string, i: number): number {
  if (input.startsWith('>', i + 4)) return i + 5;
  if (input.startsWith('->', i + 4)) return i + 6;
  const close = input.indexOf('-->', i + 4);
  return close < 0 ? input.length : close + 3;
}

/** `<meta>` attributes that name what the tag says. */
const META_KEY_ATTRIBUTES: ReadonlySet<string> = new Set(['name', 'property', 'itemprop', 'http-equiv']);

/** Whether a `<meta>` with these keys is read by the metadata (a charset-only tag is not). */
function readMeta(keys: string): boolean {
  for (const k of keys.split(/\s+/u)) if (k && META_KEYS.has(k)) return true;
  return false;
}

/** Tag name at `i` (`<name` or `</name`), lowercased; '' when none. */
function tagNameAt(input: string, i: number): string {
  const from = input.charCodeAt(i + 1) === 47 ? i + 2 : i + 1;
  if (!isLetter(input.charCodeAt(from))) return '';
  let p = from + 1;
  while (p < input.length && (isLetter(input.charCodeAt(p)) || isDigit(input.charCodeAt(p)))) p += 1;
  return input.slice(from, p).toLowerCase();
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isBlank(input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (!isSpace(input.charCodeAt(k))) return false;
  return true;
}

/** Cut the non-article elements out of a page, keeping a map back to the caller's offsets. */
export function stripPage(input: string): StrippedPage {
  const parts: string[] = [];
  const map = new OffsetMapBuilder();
  const jsonLd: string[] = [];
  let length = 0; // characters of the stripped string so far
  let copied = 0; // input offset up to which input has been copied or cut
  const cut = (from: number, to: number) => {
    if (from > copied) {
      parts.push(input.slice(copied, from));
      length += from - copied;
    }
    map.cut(length, to - from);
    copied = to;
  };
  let gap = 0; // where the text before the next tag starts
  let afterBoundary = true; // the last tag was one white space never shows around
  let pre = 0; // open <pre> elements: their white space is text
  let i = input.indexOf('<');
  while (i >= 0) {
    const next = input.charCodeAt(i + 1);
    let resume = i + 1;
    const name = next === 47 || isLetter(next) ? tagNameAt(input, i) : '';
    if (i > gap && pre === 0 && (afterBoundary || WHITESPACE_BOUNDARY.has(name)) && isBlank(input, gap, i)) cut(gap, i);
    if (next === 33 /* ! */ && input.startsWith('<!--', i)) {
      resume = commentEnd(input, i);
      cut(i, resume);
    } else if (next === 33 || next === 63 /* ? */) {
      const gt = input.indexOf('>', i);
      resume = gt < 0 ? input.length : gt + 1;
      afterBoundary = true;
    } else if (next === 47 /* / */ && name !== '') {
      const gt = input.indexOf('>', i);
      resume = gt < 0 ? input.length : gt + 1;
      if (name === 'pre' && pre > 0) pre -= 1;
      afterBoundary = WHITESPACE_BOUNDARY.has(name);
    } else if (isLetter(next)) {
      const tag = readTag(input, i);
      resume = tag.end;
      if (REMOVED.has(tag.name)) {
        const close = tag.selfClosing && tag.name === 'svg' ? tag.end : closeOf(input, tag.name, tag.end);
        if (close < 0 && !RAW_REMOVED.has(tag.name)) resume = tag.end;
        else resume = close < 0 ? input.length : close;
        if (tag.name === 'script' && tag.type === 'application/ld+json' && close >= 0 && close - tag.end <= MAX_JSON_LD) {
          jsonLd.push(input.slice(tag.end, Math.max(tag.end, input.lastIndexOf('<', close - 1))));
        }
        cut(i, resume);
      } else if (VOID_REMOVED.has(tag.name) || (tag.name === 'meta' && !readMeta(tag.metaKeys))) {
        cut(i, resume);
      } else {
        for (const [from, to] of tag.cuts) cut(from, to);
        if (tag.name === 'plaintext') break;
        if (tag.name === 'pre' || tag.name === 'listing') pre += 1;
        afterBoundary = WHITESPACE_BOUNDARY.has(tag.name);
        if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
          const close = closeOf(input, tag.name, tag.end);
          if (close < 0) break;
          resume = close;
        }
      }
    } else {
      resume = i; // a "<" that is text: the next gap starts with it
      afterBoundary = false;
    }
    gap = resume;
    i = resume >= input.length ? -1 : input.indexOf('<', resume + (resume === i ? 1 : 0));
  }
  if (copied < input.length) parts.push(input.slice(copied));
  return { html: parts.join(''), map: map.build(), jsonLd };
}
