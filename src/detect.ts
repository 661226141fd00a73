import { looksLikeMarkdown } from './markdown/detect.js';
import type { InputKind } from './types.js';

/**
 * Input-kind detection for `from: 'auto'`, on the first few KB: HTML when the page opens like a
 * document or is dense with block tags; markdown when several kinds of markdown syntax show
 * (`markdown/detect.ts`); otherwise text.
 */

/** Characters inspected. Enough to see a doctype, an `<html>` or a few block tags. */
const HEAD_CHARS = 4096;
/** Block-level tags needed in the head before loose markup counts as HTML. */
const MIN_BLOCK_TAGS = 3;

/** Comments skipped before the document's first tag: each at most this long. */
const MAX_LEAD_COMMENT = 2000;
const DOC_TAG = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iu;

/**
 * Whether `head` opens like a document: white space and comments, then a doctype, `<html>`,
 * `<head>` or `<body>`. Comments are skipped by hand: the regex this replaces was exponential in
 * the number of comments (`<!--` + `---><!--` repeated; docs/security.md, ReDoS).
 */
function opensLikeDocument(head: string): boolean {
  let i = 0;
  for (;;) {
    while (i < head.length && /\s/u.test(head[i] as string)) i += 1;
    if (!head.startsWith('<!--', i)) break;
    const close = head.indexOf('-->', i + 4);
    if (close < 0 || close - i > MAX_LEAD_COMMENT) return false;
    i = close + 3;
  }
  return DOC_TAG.test(head.slice(i, i + 16));
}
const BLOCK_TAG = /<(?:p|div|section|article|main|header|footer|nav|ul|ol|li|table|h[1-6]|br|span|a)[\s>/]/giu;

export function detectKind(input: string): InputKind {
  const head = input.slice(0, HEAD_CHARS);
  if (opensLikeDocument(head)) return 'html';
  let tags = 0;
  BLOCK_TAG.lastIndex = 0;
  while (BLOCK_TAG.exec(head) !== null) {
    tags += 1;
    if (tags >= MIN_BLOCK_TAGS) return 'html';
  }
  if (looksLikeMarkdown(input)) return 'markdown';
  return 'text';
}
