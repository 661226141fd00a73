import type { Block } from '../page/block.js';
import { continues, mayBeWrapped, type WrapLine, wrapWidth } from './wrap.js';

/**
 * Plain text → blocks: one block per non-blank line, as scrapers emit text (one block element
 * per line) — except in hard-wrapped text (`wrap.ts`), where the lines a wrapper broke one
 * paragraph into are one block again. Offsets point at the trimmed text inside the caller's
 * input (a joined paragraph's block text keeps its line breaks); `\n`, `\r\n` and `\r` all end a
 * line.
 */
export function segmentLines(input: string): Block[] {
  const lines = filledLines(input);
  const shapes = mayBeWrapped(lines.map((l) => l.end - l.start)) ? lines.map(shapeOf(input)) : [];
  const width = shapes.length > 0 ? wrapWidth(shapes) : undefined;
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const first = lines[i] as Line;
    let last = first;
    while (width !== undefined && continues(shapes, i, width)) {
      i += 1;
      last = lines[i] as Line;
    }
    blocks.push({ index: blocks.length, text: input.slice(first.start, last.end), start: first.start, end: last.end, line: first.line, kind: 'line' });
  }
  return blocks;
}

/** One non-blank line: its trimmed span and its 1-based number. Blank lines are never held (a page of newlines costs nothing). */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

const EDGE_SPACE = /[\s\u200b\ufeff]/u;

function filledLines(input: string): Line[] {
  const out: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let line = 1; ; line += 1) {
    const match = lineBreak.exec(input);
    const lineEnd = match ? match.index : input.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && EDGE_SPACE.test(input[start] as string)) start += 1;
    while (end > start && EDGE_SPACE.test(input[end - 1] as string)) end -= 1;
    if (start < end) out.push({ start, end, line });
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return out;
}

/** A list item's opening: a bullet, or a number or letter with "." or ")". */
const OPENS_ITEM = /^(?:[-*•+–]|\d{1,3}[.)]|[a-z][.)])\s/u;

function shapeOf(input: string): (l: Line, k: number, all: readonly Line[]) => WrapLine {
  return (l, k, all) => {
    const head = input.slice(l.start, Math.min(l.end, l.start + 64));
    const space = head.search(/\s/u);
    const lead = head[0] ?? '';
    return {
      length: l.end - l.start,
      nextAdjacent: all[k + 1]?.line === l.line + 1,
      firstWord: space < 0 ? head.length : space,
      opensItem: OPENS_ITEM.test(head),
      opensLower: lead !== lead.toUpperCase() && lead === lead.toLowerCase(),
    };
  };
}
