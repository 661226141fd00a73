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
