import { looksLikeMarkdown } from './markdown/detect.js';
import type { InputKind } from './types.js';

/**
 * Input-kind detection for `from: 'auto'`, on the first few KB: HTML when the page opens like a
 * document (as a browser reads one: prolog, comments, doctype, then a document or head element)
 * or is a fragment dense with block tags — text that merely quotes a few tags stays text;
 * markdown when its syntax shows (`markdown/detect.ts`); otherwise text.
 */

/** Characters inspected. Enough to see a doctype, an `<html>` or a few block tags. */
const HEAD_CHARS = 4096;
/** Block-level tags needed in the head before loose markup counts as HTML. */
const MIN_BLOCK_TAGS = 3;

/** Comments skipped before the document's first tag: each at most this long. */
const MAX_LEAD_COMMENT = 2000;
/** Longest `<?xml …?>` prolog or `<!doctype …>` skipped before the first tag. */
const MAX_LEAD_DECLARATION = 1000;
/**
 * The first tag of a document as browsers see pages start: the document's own elements, or an
 * element of its head (pages open with `<meta>`, `<script>` or `<style>` and let the parser
 * imply `<html><head>`). Text scrapes do not open with these.
 */
const DOC_ELEMENTS: ReadonlySet<string> = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'style', 'script', 'base']);

/** Whether `at` opens a start tag of one of DOC_ELEMENTS (`<meta `, `<HTML>`, `<base/`). */
function opensDocElement(head: string, at: number): boolean {
  if (head[at] !== '<') return false;
  let end = at + 1;
  while (end < head.length && end - at <= 8 && /[a-z]/iu.test(head[end] as string)) end += 1;
  const next = head[end];
  return (next === undefined || /[\s>/]/u.test(next)) && DOC_ELEMENTS.has(head.slice(at + 1, end).toLowerCase());
}

/**
 * Whether `head` opens like a document: a BOM, white space, comments, an `<?xml …?>` prolog and a
 * doctype (any: XHTML's `<!DOCTYPE html PUBLIC …>` too), then a document or head element.
 * Skipped by hand: the regex this replaces was exponential in the number of comments (`<!--` +
 * `---><!--` repeated; docs/security.md, ReDoS).
 */
function opensLikeDocument(head: string): boolean {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < head.length && /\s/u.test(head[i] as string)) i += 1;
    const comment = head.startsWith('<!--', i);
    const declaration = head.startsWith('<?', i) || /^<!doctype[\s>]/iu.test(head.slice(i, i + 10));
    if (!comment && !declaration) break;
    if (declaration && /^<!doctype\s+html[\s>]/iu.test(head.slice(i, i + 15))) return true;
    const close = comment ? head.indexOf('-->', i + 4) : head.indexOf('>', i + 2);
    if (close < 0 || close - i > (comment ? MAX_LEAD_COMMENT : MAX_LEAD_DECLARATION)) return false;
    i = close + (comment ? 3 : 1);
  }
  return opensDocElement(head, i);
}
const BLOCK_TAG = /<(?:p|div|section|article|main|header|footer|nav|ul|ol|li|table|h[1-6]|br|span|a)[\s>/]/giu;
/**
 * Share of the head's non-blank lines that open with a tag, at or above which loose block tags
 * make a fragment of HTML. A text scrape quoting markup (docs with `<div>` in their examples)
 * has a few such lines among many of prose; a fragment has them throughout. Set with
 * bench/detect.mjs: at 0.2 no page of AEB or WCXB-dev, in any rendering, is misread as HTML or
 * as not HTML.
 */
const MIN_TAG_LINE_SHARE = 0.2;

/** Whether the head's lines open with tags often enough to be markup rather than text quoting it. */
function markupDense(head: string): boolean {
  let lines = 0;
  let tagged = 0;
  for (const line of head.split('\n')) {
    const t = line.trimStart();
    if (t === '') continue;
    lines += 1;
    if (t.startsWith('<')) tagged += 1;
  }
  return lines <= 2 || tagged / lines >= MIN_TAG_LINE_SHARE;
}

export function detectKind(input: string): InputKind {
  const head = input.slice(0, HEAD_CHARS);
  if (opensLikeDocument(head)) return 'html';
  let tags = 0;
  BLOCK_TAG.lastIndex = 0;
  while (BLOCK_TAG.exec(head) !== null) {
    tags += 1;
    if (tags >= MIN_BLOCK_TAGS) {
      if (markupDense(head)) return 'html';
      break;
    }
  }
  if (looksLikeMarkdown(input)) return 'markdown';
  return 'text';
}
