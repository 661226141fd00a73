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

const DOC_START = /^\s*(?:<!--[^]{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iu;
const BLOCK_TAG = /<(?:p|div|section|article|main|header|footer|nav|ul|ol|li|table|h[1-6]|br|span|a)[\s>/]/giu;

export function detectKind(input: string): InputKind {
  const head = input.slice(0, HEAD_CHARS);
  if (DOC_START.test(head)) return 'html';
  let tags = 0;
  BLOCK_TAG.lastIndex = 0;
  while (BLOCK_TAG.exec(head) !== null) {
    tags += 1;
    if (tags >= MIN_BLOCK_TAGS) return 'html';
  }
  if (looksLikeMarkdown(input)) return 'markdown';
  return 'text';
}
