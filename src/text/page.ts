import type { Page } from '../page/page.js';
import { textRenderer } from '../render-text.js';
import { segmentLines } from './segment.js';

/** The plain-text front end: one block per non-blank line (see `segment.ts`), nothing decided. */
export function textPage(input: string): Page {
  const blocks = segmentLines(input);
  return { input, from: 'text', blocks, droppedText: 'block', render: textRenderer(blocks) };
}
