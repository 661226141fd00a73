import type { SegmentedBlock } from './blocks.js';

/**
 * Block links broken by the converter. HTML-to-markdown converters (turndown and its kin) write a
 * link around block content as `[` + blank line + the blocks + blank line + `](url)`. CommonMark
 * cannot read that as a link: it sees a paragraph ending in an unclosed `[` (or `[Headline`), the
 * blocks, and a paragraph holding `](url)` (the inline reader takes the `](url)` out, see
 * inline.ts). Here the `[` goes, an emptied block becomes an empty link, and the text from the
 * `[` to the closing half counts as link text (teaser headlines, cards, share buttons), which is
 * what the page meant.
 */

/** A broken link spans at most this many blocks: a stray `[` must not swallow the page. */
const MAX_SPAN_BLOCKS = 8;

/** Mark the brackets as empty links and the blocks between as link text. Returns new blocks. */
export function mendBrokenLinks(raw: readonly SegmentedBlock[]): SegmentedBlock[] {
  const out = raw.map((b) => ({ ...b }));
  for (let i = 0; i < out.length; i += 1) {
    if (out[i]?.closesLink) out[i] = closeBlock(out[i] as SegmentedBlock);
    const b = out[i] as SegmentedBlock;
    if (b.openAt === undefined) continue;
    let close = -1;
    for (let j = i + 1; j < out.length && j <= i + MAX_SPAN_BLOCKS; j += 1) {
      if (out[j]?.closesLink) {
        close = j;
        break;
      }
      if (out[j]?.openAt !== undefined) break;
    }
    if (close < 0) continue;
    out[i] = openBlock(b, b.openAt);
    for (let k = i + 1; k < close; k += 1) {
      const inner = out[k] as SegmentedBlock;
      out[k] = { ...inner, linkChars: inner.text.length };
    }
    // The closing block is handled (and may open the next link) on its own turn.
    i = close - 1;
  }
  return out;
}

/** Drop the unclosed `[`: the text after it is link text. */
function openBlock(b: SegmentedBlock, at: number): SegmentedBlock {
  const before = b.text.slice(0, at).trim();
  const after = b.text.slice(at + 1).trim();
  const text = before && after ? `${before} ${after}` : before || after;
  if (text === '') return { ...b, text: '', linkChars: 0, empty: 'link' };
  return { ...b, text, linkChars: Math.min(text.length, b.linkChars + after.length) };
}

/** The text before the closing half was link text; an emptied block is an empty link. */
function closeBlock(b: SegmentedBlock): SegmentedBlock {
  if (b.text === '') return { ...b, linkChars: 0, empty: b.empty ?? 'link' };
  const linkChars = Math.max(b.linkChars, b.text.length - (b.afterClose ?? 0));
  return { ...b, linkChars: Math.min(linkChars, b.text.length), closesLink: false };
}
