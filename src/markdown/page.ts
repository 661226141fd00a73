import type { Block, Verdict } from '../page/block.js';
import type { Page } from '../page/page.js';
import { markdownRenderer } from './render.js';
import type { EmptyBlock, EmptyWhat } from './blocks.js';
import { segmentMarkdown } from './segment.js';

/**
 * The markdown front end: one block per mdast block with text (`segment.ts`), and the blocks
 * that hold none — an icon link, an image without alt text, a lone marker — decided here,
 * before scoring: they carry nothing to score and do not stand between their neighbours. A
 * dropped record's text is its markdown source, so `input.slice(start, end) === text` holds
 * as in text mode.
 */

/** How an empty-text block is decided. */
const EMPTY_VERDICT: Readonly<Record<EmptyWhat, Verdict>> = {
  // `[](/weather/)`, `[Home](/)` reduced to nothing: an icon link, chrome by construction.
  link: { cls: 'bad', reason: 'navigation', rule: 'markdown/empty-link', source: 'input', strength: 'strong' },
  // `![](pixel.gif)`: an image with no alt text.
  image: { cls: 'bad', reason: 'media', rule: 'markdown/empty-image', source: 'input', strength: 'strong' },
  // A lone list marker, an HTML comment or tag, an empty code fence.
  other: { cls: 'bad', reason: 'low-content', rule: 'markdown/empty', source: 'input', strength: 'strong' },
};

/** Blocks with text and empty ones merged by start (a block with text first on a tie). */
function inOrder(blocks: readonly Block[], empties: readonly EmptyBlock[]): { blocks: Block[]; decided: Map<number, Verdict> } {
  const out: Block[] = [];
  const decided = new Map<number, Verdict>();
  let j = 0;
  const pushEmpty = (e: EmptyBlock) => {
    decided.set(out.length, EMPTY_VERDICT[e.what]);
    out.push({ index: out.length, text: '', start: e.start, end: e.end, line: e.line, kind: 'line' });
  };
  for (const b of blocks) {
    while (j < empties.length && (empties[j] as EmptyBlock).start < b.start) pushEmpty(empties[j++] as EmptyBlock);
    out.push(b.index === out.length ? b : { ...b, index: out.length });
  }
  while (j < empties.length) pushEmpty(empties[j++] as EmptyBlock);
  return { blocks: out, decided };
}

/** Markdown input as a page. */
export function markdownPage(input: string): Page {
  const segments = segmentMarkdown(input);
  const { blocks, decided } = inOrder(segments.blocks, segments.empties);
  return { input, from: 'markdown', blocks, decided, droppedText: 'source', render: markdownRenderer(input, blocks) };
}
