import type { Block } from '../page/block.js';

/**
 * Plain text → blocks: one block per non-blank line, as scrapers emit text (one block element
 * per line). Offsets point at the trimmed line inside the caller's input; `\n`, `\r\n` and `\r`
 * all end a line.
 */
export function segmentLines(input: string): Block[] {
  const blocks: Block[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let line = 1;
  for (;;) {
    const match = lineBreak.exec(input);
    const lineEnd = match ? match.index : input.length;
    pushLine(blocks, input, lineStart, lineEnd, line);
    if (!match) break;
    lineStart = match.index + match[0].length;
    line += 1;
  }
  return blocks;
}

const EDGE_SPACE = /[\s\u200b\ufeff]/u;

function pushLine(blocks: Block[], input: string, from: number, to: number, line: number): void {
  let start = from;
  let end = to;
  while (start < end && EDGE_SPACE.test(input[start] as string)) start += 1;
  while (end > start && EDGE_SPACE.test(input[end - 1] as string)) end -= 1;
  if (start === end) return;
  blocks.push({ index: blocks.length, text: input.slice(start, end), start, end, line, kind: 'line' });
}
