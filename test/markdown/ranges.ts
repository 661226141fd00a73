import { segmentMarkdown } from '../../src/markdown/segment.js';
import type { CleanResult } from '../../src/types.js';

/**
 * The source ranges of the markdown blocks `clean()` kept: segmented blocks that no dropped
 * record covers. Each kept block's text must be in `result.text` (containment: a code block may
 * hold blank lines); a block that is in neither list is returned in `lost`.
 */
export function keptRanges(input: string, result: CleanResult): { kept: [number, number][]; lost: string[] } {
  const dropped = new Set(result.dropped.map((d) => `${d.start}:${d.end}`));
  const kept: [number, number][] = [];
  const lost: string[] = [];
  for (const b of segmentMarkdown(input).blocks) {
    if (dropped.has(`${b.start}:${b.end}`)) continue;
    if (result.text.includes(b.text)) kept.push([b.start, b.end]);
    else lost.push(b.text);
  }
  return { kept, lost };
}
