import { describe, expect, it } from 'vitest';
import { LineIndex, OffsetMapBuilder, toInput } from '../../src/html/offsets.js';

describe('offset map', () => {
  it('adds the characters cut at or before a start, and strictly before an end', () => {
    const b = new OffsetMapBuilder();
    b.cut(3, 5); // 5 characters cut where the stripped string was 3 long
    b.cut(3, 2); // merged into the same place
    b.cut(10, 4);
    const map = b.build();
    expect(toInput(map, 2, 'start')).toBe(2);
    expect(toInput(map, 3, 'start')).toBe(10);
    expect(toInput(map, 3, 'end')).toBe(3);
    expect(toInput(map, 10, 'start')).toBe(21);
    expect(toInput(map, 10, 'end')).toBe(17);
  });
});

describe('LineIndex', () => {
  it('numbers lines after \\n, \\r\\n and a lone \\r', () => {
    const text = 'a\nb\r\nc\rd';
    const lines = new LineIndex(text);
    expect([0, 2, 5, 7].map((o) => lines.line(o))).toEqual([1, 2, 3, 4]);
  });
});
