import type { RawBlock } from './segment.js';

/**
 * Block links broken by the converter. HTML-to-markdown converters (turndown and its kin) write a
 * link around block content as `[` + blank line + the blocks + blank line + `](url)`. CommonMark
 * cannot read that as a link: it sees a paragraph `[`, the blocks, and a paragraph `](url)`. Here
 * the brackets become empty link blocks again and the blocks between them count as link text
 * (teaser headlines, cards), which is what the page meant.
 */

/** A broken link spans at most this many blocks: a stray `[` must not swallow the page. */
const MAX_SPAN_BLOCKS = 8;
/** The opening bracket alone (an image may ride on it: `[![alt](src)`). */
const OPENER = /^\[$/u;
/** The closing half: `](url)` or `](url "title")`, maybe followed by more text. */
const CLOSER = /^\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/u;

function isOpener(b: RawBlock): boolean {
  return b.kind !== 'code' && OPENER.test(b.text);
}

function closerLength(b: RawBlock): number {
  if (b.kind === 'code') return 0;
  return CLOSER.exec(b.text)?.[0].length ?? 0;
}

/** Mark the brackets as empty links and the blocks between as link text. Returns new blocks. */
export function mendBrokenLinks(raw: readonly RawBlock[]): RawBlock[] {
  const out = raw.map((b) => ({ ...b }));
  for (let i = 0; i < out.length; i += 1) {
    const open = out[i] as RawBlock;
    if (!isOpener(open)) continue;
    let close = -1;
    for (let j = i + 1; j < out.length && j <= i + MAX_SPAN_BLOCKS; j += 1) {
      if (isOpener(out[j] as RawBlock)) break;
      if (closerLength(out[j] as RawBlock) > 0) {
        close = j;
        break;
      }
    }
    if (close < 0) continue;
    out[i] = { ...open, text: '', linkChars: 0, empty: 'link' };
    for (let k = i + 1; k < close; k += 1) {
      const b = out[k] as RawBlock;
      out[k] = { ...b, linkChars: b.text.length };
    }
    out[close] = closeBlock(out[close] as RawBlock);
    i = close;
  }
  return out;
}

/** The closing paragraph loses its `](url)`; what follows it, if anything, stays as text. */
function closeBlock(b: RawBlock): RawBlock {
  const rest = b.text.slice(closerLength(b)).trim();
  if (rest === '') return { ...b, text: '', linkChars: 0, empty: 'link' };
  return { ...b, text: rest, linkChars: Math.max(0, b.linkChars - (b.text.length - rest.length)) };
}
