import type { BlockFrame, RawBlock, WalkResult } from './walk-types.js';

/** An image's container holding at most this many text blocks is a captioned image… */
const MAX_CAPTION_BLOCKS = 2;
/** …and a caption is at most this long. */
const MAX_CAPTION_CHARS = 400;

/**
 * Whether the blocks from `first` on hold a heading: an image with a title over its text is a
 * card (a product, a service, a story in a grid), whose text is the item's own, not a caption of
 * the image. WCXB-dev every second page: +0.81 summed F1 on listings, +0.25 on service pages,
 * −0.03 on products and −0.01 on articles (where a figure with a heading in it is rare).
 */
function isCard(blocks: readonly RawBlock[], first: number): boolean {
  for (let i = first; i < blocks.length; i += 1) if (blocks[i]?.kind === 'heading') return true;
  return false;
}

/**
 * Caption blocks of a closing element: a `<figcaption>`'s text, or, in an element holding an
 * image, the one or two short text blocks beside it (not its own loose text: a paragraph may
 * start with an inline image; not a card's text, `isCard`).
 */
export function markCaptions(out: WalkResult, f: BlockFrame): void {
  const count = out.blocks.length - f.firstBlock;
  if (f.tag === 'figcaption') {
    for (let i = f.firstBlock; i < out.blocks.length; i += 1) out.captions.add(i);
    return;
  }
  if (!f.media || count === 0 || count > MAX_CAPTION_BLOCKS) return;
  if (isCard(out.blocks, f.firstBlock)) return;
  for (let i = f.firstBlock; i < out.blocks.length; i += 1) {
    const b = out.blocks[i] as RawBlock;
    if (b.owner === f.owner || b.kind === 'heading' || b.text.length > MAX_CAPTION_CHARS || b.linkChars * 2 > b.text.length) continue;
    out.captions.add(i);
  }
}

