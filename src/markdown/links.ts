import type { RawBlock } from './segment.js';

/**
 * Block links broken by the converter. HTML-to-markdown converters (turndown and its kin) write a
 * link around block content as `[` + blank line + the blocks + blank line + `](url)`. CommonMark
 * cannot read that as a link: it sees a paragraph `[` (or `[Headline`), the blocks, and a paragraph ending in
 * `](url)` (the inline reader takes the `](url)` out, see inline.ts). Here the lone `[` becomes an
 * empty link block again and the blocks up to the closing half count as link text (teaser
 * headlines, cards), which is what the page meant.
 */

/** A broken link spans at most this many blocks: a stray `[` must not swallow the page. */
const MAX_SPAN_BLOCKS = 8;

/** Mark the brackets as empty links and the blocks between as link text. Returns new blocks. */
export function mendBrokenLinks(raw: readonly RawBlock[]): RawBlock[] {
  const out = raw.map((b) => ({ ...b }));
  for (let i = 0; i < out.length; i += 1) {
    const b = out[i] as RawBlock;
    if (b.closesLink) out[i] = closeBlock(b);
    if (!b.opensLink) continue;
    let close = -1;
    for (let j = i + 1; j < out.length && j <= i + MAX_SPAN_BLOCKS; j += 1) {
      if (out[j]?.opensLink) break;
      if (out[j]?.closesLink) {
        close = j;
        break;
      }
    }
    if (close < 0) continue;
    const rest = b.text.slice(1).trim();
    out[i] = rest === '' ? { ...b, text: '', linkChars: 0, empty: 'link' } : { ...b, text: rest, linkChars: rest.length };
    for (let k = i + 1; k < close; k += 1) {
      const inner = out[k] as RawBlock;
      out[k] = { ...inner, linkChars: inner.text.length };
    }
    out[close] = closeBlock(out[close] as RawBlock);
    i = close;
  }
  return out;
}

/** The text before the closing half was link text; an emptied block is an empty link. */
function closeBlock(b: RawBlock): RawBlock {
  if (b.text === '') return { ...b, linkChars: 0, empty: 'link' };
  return { ...b, linkChars: Math.max(b.linkChars, b.text.length - (b.afterClose ?? 0)) };
}
