import { describe, expect, it } from 'vitest';
import { hostileRanges, lineNesting, MD_MAX_NESTING } from '../../src/guard/md-shapes.js';
import { clean } from '../../src/index.js';

/**
 * Markdown nesting and delimiter bombs (issue 9, items 4 and 5): the stretches holding them are
 * read as plain lines, so nothing overflows the stack and nothing is parsed superlinearly. Every
 * line is still kept or dropped. Time bounds: `npm run bench:hostile`.
 */

const PROSE = 'The harbour authorities reopened the northern quay after a week of repairs, and the ferries returned.';

/** Non-blank lines of `input` neither in the text nor in a dropped record. */
function unaccounted(input: string): string[] {
  const r = clean(input, { from: 'markdown' });
  const ranges = r.dropped.map((d) => [d.start, d.end] as const);
  const out: string[] = [];
  let at = 0;
  for (const line of input.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (line.trim() === '') continue;
    const words = line.match(/[\p{L}\p{N}]+/gu) ?? [];
    const listed = ranges.some(([s, e]) => s < start + line.length && e > start);
    if (!listed && words.some((w) => !r.text.includes(w)) && !(r.title ?? '').includes(line.trim())) out.push(line.slice(0, 60));
  }
  return out;
}

const BOMBS: readonly [string, string][] = [
  ["'>' × 4000", '>'.repeat(4000)],
  ["'- ' × 2000", '- '.repeat(2000)],
  ["'> - ' × 1000", '> - '.repeat(1000)],
  ["1,000 lines of '> ' × 1,000", `${'> '.repeat(1000)}x\n`.repeat(1000)],
  ["'*' × 8000 + 'x' + '*' × 8000", `${'*'.repeat(8000)}x${'*'.repeat(8000)}`],
  ["'[' × 20000", '['.repeat(20_000)],
  ["'](' × 20000", ']('.repeat(20_000)],
  ["'[a](' × 8000", '[a]('.repeat(8000)],
  ['a 10,000-column table', `${'|a'.repeat(10_000)}|\n${'|-'.repeat(10_000)}|\n${'|b'.repeat(10_000)}|`],
];

describe('markdown bombs are read as plain lines', () => {
  it.each(BOMBS)('%s: found, no throw, every line accounted for', (_, bomb) => {
    const input = `# Quay reopens\n\n${PROSE}\n\n${bomb}\n\n${PROSE} Again.\n`;
    expect(hostileRanges(input).length).toBeGreaterThan(0);
    expect(() => clean(input, { from: 'markdown' })).not.toThrow();
    expect(unaccounted(input)).toEqual([]);
    expect(clean(input, { from: 'markdown' }).text).toContain('harbour authorities');
  });

  it('measures nesting by markers and indentation', () => {
    expect(lineNesting('> > - 1. text', 0, 13)).toBe(4);
    expect(lineNesting('text - not a list', 0, 17)).toBe(0);
    expect(lineNesting('        code', 0, 12)).toBe(0);
    expect(lineNesting('        - item', 0, 14)).toBe(5);
    expect(lineNesting('>'.repeat(100), 0, 100)).toBeGreaterThan(MD_MAX_NESTING);
  });

  it('does not count well-formed links: a menu glued onto one line is ordinary markdown', () => {
    const menu = '[Furniture Sale](https://www.example.com/fur_ni_ture-c45974.html)'.repeat(600);
    const images = '![a_b](<https://cdn.example.com/x_y_z w.png>) '.repeat(600);
    expect(hostileRanges(`${menu}\n\n${images}\n`)).toEqual([]);
  });

  it('leaves ordinary markdown alone: link lists, emphasis, quotes, tables', () => {
    const doc = [
      '# Title', '', `${PROSE} *emphasis* and _more_ and **strong**.`, '',
      ...Array.from({ length: 300 }, (_, i) => `- [Link ${i}](https://example.com/${i})`), '',
      '> quoted', '> > nested quote', '', '| a | b |', '| - | - |', '| 1 | 2 |',
    ].join('\n');
    expect(hostileRanges(doc)).toEqual([]);
  });
});

describe('many short lines stay linear (issue 9, item 6)', () => {
  it('a paragraph of thousands of lines is read line by line in markdown', () => {
    const input = 'code line\n'.repeat(5000);
    expect(hostileRanges(input)).toEqual([[0, input.length]]);
  });
});
