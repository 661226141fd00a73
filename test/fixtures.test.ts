import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { foldQuotes, loadFixtures, squash } from './fixtures.js';
import { accountingGaps, accountingGapsByRange } from './accounting.js';
import { keptRanges } from './markdown/ranges.js';
import { htmlAccountingGaps, sliceGaps } from './html-accounting.js';
import type { Dom } from '../src/types.js';

const fixtures = loadFixtures();
// HTML fixtures run on both DOMs: the same expected files hold for jsdom and linkedom.
type Case = readonly [string, (typeof fixtures)[number], Dom | undefined];
const cases: Case[] = fixtures.flatMap((f): Case[] =>
  f.from === 'html' ? (['jsdom', 'linkedom'] as const).map((dom) => [`${f.name} (${dom})`, f, dom] as const) : [[f.name, f, undefined] as const],
);

describe.each(cases)('fixture %s', (_, fx, dom: Dom | undefined) => {
  const result = clean(fx.input, { from: fx.from, ...(dom ? { dom } : {}) });

  it('keeps exactly the expected text', () => {
    expect(squash(result.text)).toBe(squash(fx.expectedText));
  });

  it.runIf(fx.from === 'text')('accounts for every non-blank input line', () => {
    expect(accountingGaps(fx.input, result)).toEqual([]);
  });

  it.runIf(fx.from === 'markdown')('accounts for every non-blank markdown line (kept block range or dropped range)', () => {
    const { kept, lost } = keptRanges(fx.input, result);
    expect(lost).toEqual([]);
    expect(accountingGapsByRange(fx.input, result, kept)).toEqual([]);
  });

  it.runIf(fx.from === 'html')('accounts for every word of the visible text (kept, title or dropped)', () => {
    expect(htmlAccountingGaps(fx.input, result)).toEqual([]);
  });

  it.runIf(fx.from !== 'html')('gives offsets that slice the dropped text out of the input', () => {
    for (const d of result.dropped) expect(fx.input.slice(d.start, d.end)).toBe(d.text);
  });

  it.runIf(fx.from === 'html')('gives offsets that slice the element source holding the dropped text', () => {
    for (const d of result.dropped) {
      // An element's source, or (docs/html.md) loose text in a mixed element from its first node.
      expect(['<', d.text[0]]).toContain(fx.input[d.start]);
      expect(sliceGaps(fx.input, d), d.text).toEqual([]);
    }
  });

  it.runIf(fx.expected !== undefined)('drops exactly the reviewed list (expected.json)', () => {
    const got = result.dropped.map((d) => ({ line: d.line, text: d.text, reason: d.reason, rule: d.rule }));
    expect(got).toEqual(fx.expected?.dropped);
    expect(result.pageType).toBe(fx.expected?.pageType);
    expect(result.title === undefined ? undefined : foldQuotes(result.title)).toBe(
      fx.expected?.title === undefined ? undefined : foldQuotes(fx.expected.title),
    );
  });
});

describe.each(fixtures.filter((f) => f.seed).map((f) => [f.name, f] as const))('seed %s (acceptance)', (_, fx) => {
  const seed = fx.seed!;
  const result = clean(fx.input, { from: 'text' });

  it('finds the title (typographic and ASCII quotes equal)', () => {
    expect(foldQuotes(result.title ?? '')).toBe(foldQuotes(seed.title));
  });

  it('drops every listed line with its reason', () => {
    const byLine = new Map(result.dropped.map((d) => [d.line, d]));
    for (const want of seed.dropped) {
      const got = byLine.get(want.line);
      expect(got, `line ${want.line}: ${want.text}`).toBeDefined();
      expect({ line: want.line, text: got?.text.trim(), reason: got?.reason }).toEqual({
        line: want.line,
        text: want.text.trim(),
        reason: want.reason,
      });
    }
  });

  it('drops no article line', () => {
    const listed = new Set(seed.dropped.map((d) => d.line));
    const extra = result.dropped.filter((d) => !listed.has(d.line));
    expect(extra).toEqual([]);
  });
});
