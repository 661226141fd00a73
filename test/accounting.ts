import type { CleanResult } from '../src/types.js';

/**
 * Lines of the input that are neither in the text, nor the title, nor covered by a dropped range.
 * Returns their 1-based numbers; empty means every non-blank line is accounted for.
 */
export function accountingGaps(input: string, result: CleanResult): number[] {
  const kept = new Set(result.text.split('\n').filter(Boolean));
  const covered: boolean[] = new Array(input.length + 1).fill(false);
  for (const d of result.dropped) for (let i = d.start; i < d.end; i += 1) covered[i] = true;
  const gaps: number[] = [];
  let offset = 0;
  input.split(/\r\n|\r|\n/).forEach((line, n) => {
    const sep = input.startsWith('\r\n', offset + line.length) ? 2 : 1;
    const trimmed = line.replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu, '');
    if (trimmed) {
      const first = offset + line.indexOf(trimmed[0] as string);
      const isDropped = covered[first] === true;
      if (!isDropped && !kept.has(trimmed) && trimmed !== result.title) gaps.push(n + 1);
    }
    offset += line.length + sep;
  });
  return gaps;
}

/** A thematic break (`---`, `* * *`, `___`): markup with no text, never a block. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;

/**
 * Markdown accounting: a line is accounted for when some non-space character of it lies in a
 * dropped range or in the source range of a kept block (`keptRanges`: the blocks the caller knows
 * were kept; their text must be in `result.text`). Thematic breaks carry no text and are exempt.
 * Returns the 1-based numbers of the lines left over.
 */
export function accountingGapsByRange(input: string, result: CleanResult, keptRanges: readonly (readonly [number, number])[]): number[] {
  const covered: boolean[] = new Array(input.length + 1).fill(false);
  for (const [s, e] of [...result.dropped.map((d) => [d.start, d.end] as const), ...keptRanges]) for (let i = s; i < e; i += 1) covered[i] = true;
  const gaps: number[] = [];
  let offset = 0;
  input.split(/\r\n|\r|\n/).forEach((line, n) => {
    const sep = input.startsWith('\r\n', offset + line.length) ? 2 : 1;
    if (line.trim() !== '' && !THEMATIC_BREAK.test(line)) {
      let hit = false;
      for (let i = 0; i < line.length && !hit; i += 1) hit = /\S/u.test(line[i] as string) && covered[offset + i] === true;
      if (!hit) gaps.push(n + 1);
    }
    offset += line.length + sep;
  });
  return gaps;
}
