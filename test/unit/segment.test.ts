import { describe, expect, it } from 'vitest';
import { segmentLines } from '../../src/text/segment.js';

describe('segmentLines', () => {
  it('makes one block per non-blank line with offsets into the input', () => {
    const input = 'Title\r\n\r\n  Body line one.  \n\t\nLast\rline';
    const bs = segmentLines(input);
    expect(bs.map((b) => b.text)).toEqual(['Title', 'Body line one.', 'Last', 'line']);
    expect(bs.map((b) => b.line)).toEqual([1, 3, 5, 6]);
    for (const b of bs) expect(input.slice(b.start, b.end)).toBe(b.text);
  });

  it('treats zero-width spaces and BOMs at line edges as blank', () => {
    expect(segmentLines('\ufeff\u200b\n  x\u200b').map((b) => b.text)).toEqual(['x']);
  });

  it('returns nothing for empty input', () => {
    expect(segmentLines('')).toEqual([]);
  });
});
