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

/** A greedy wrapper, as html2text or a mail client wraps: words moved down when they do not fit. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}

const PARAGRAPHS = [
  'Gym equipment refers to the various machines, tools, and accessories used in a fitness facility to help individuals achieve their fitness goals. These are designed to target different muscle groups, improve cardiovascular health, and enhance overall physical fitness for everyone who trains.',
  'Cardio machines are an essential part of any gym, as they provide a convenient way to improve cardiovascular health and burn calories. Treadmills are one of the most popular cardio machines, offering a versatile platform for walking, jogging, or running at various speeds and inclines.',
  'Strength training equipment is designed to help individuals build muscle strength, improve endurance, and enhance overall physical performance. Free weights, including dumbbells, barbells, and kettlebells, are versatile tools that allow for a wide range of exercises targeting different muscle groups.',
  'Functional training tools are designed to mimic real-life movements and improve overall functional fitness. Kettlebells are one of the most versatile functional training tools, offering a unique shape that allows for dynamic movements targeting multiple muscle groups at once.',
];

describe('segmentLines on hard-wrapped text', () => {
  it('makes each wrapped paragraph one block, its line breaks kept in the source range', () => {
    const input = ['Home', 'Clubs', 'Memberships', '', ...PARAGRAPHS.flatMap((p) => [wrap(p, 78), ''])].join('\n');
    const bs = segmentLines(input);
    expect(bs.map((b) => b.text.slice(0, 4))).toEqual(['Home', 'Club', 'Memb', 'Gym ', 'Card', 'Stre', 'Func']);
    for (const [k, b] of bs.slice(3).entries()) {
      expect(b.text).toContain('\n');
      expect(b.text.replace(/\n/g, ' ')).toBe(PARAGRAPHS[k]);
      expect(input.slice(b.start, b.end)).toBe(b.text);
    }
    expect(bs[3]?.line).toBe(5);
  });

  it('starts a new block at a list item even where the width would join it', () => {
    const item = '- Treadmills, ellipticals and stationary bikes for a low-impact cardio workout';
    const input = [...PARAGRAPHS.map((p) => wrap(p, 78)), wrap(PARAGRAPHS[0] as string, 78), item].join('\n\n').replace(/\n\n- /, '\n- ');
    const bs = segmentLines(input);
    expect(bs.at(-1)?.text).toBe(item);
  });

  it('leaves lines alone that only look alike: a list of similar items, one paragraph per line', () => {
    const states = ['Colorado', 'Connecticut', 'Indiana', 'Kentucky', 'Missouri', 'Nevada', 'Ohio', 'Virginia', 'Wisconsin', 'Maine', 'Georgia', 'California', 'New York', 'Texas'];
    const list = states.map((s) => `Anthem Blue Cross and Blue Shield ${s}`).join('\n');
    expect(segmentLines(list)).toHaveLength(states.length);
    const scraped = PARAGRAPHS.join('\n');
    expect(segmentLines(scraped).map((b) => b.text)).toEqual(PARAGRAPHS);
  });
});
