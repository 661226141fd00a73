import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { ChaffInputError } from '../../src/errors.js';
import type { CleanOptions, CleanResult } from '../../src/types.js';
import {
  ARTICLE_MARKER,
  DEEP_MARKER,
  densePage,
  junkBytes,
  lazyImageAttack,
  metaPropertyAttack,
  nested,
  srcsetAttack,
  textCases,
} from './cases.js';

/**
 * Hostile input is read and accounted for (docs/security.md). Its time and memory are bounded in
 * `npm run bench:hostile` (CPU time in child processes, gated in .ci/run), not here: each case
 * takes about 2 s or less on an idle machine, and the per-test timeout, 60 times that, only
 * catches a hang — never a slow or busy machine.
 */
const HANG = 120_000;

/** Whether the text appears in the article or in some dropped record. */
function accounted(r: CleanResult, text: string): boolean {
  return r.text.includes(text) || r.dropped.some((d) => d.text.includes(text));
}

describe('Readability regex attacks (108 s, 27 s and 13 s on plain Readability)', () => {
  const attacks: [string, () => string][] = [
    ['200k-char srcset', () => srcsetAttack()],
    ['meta property of 200k tabs', () => metaPropertyAttack()],
    ['lazy-image data-src of 50k ".jpg"', () => lazyImageAttack()],
  ];
  for (const dom of ['jsdom', 'linkedom'] as const) {
    it.each(attacks)(`%s (${dom}) keeps the article`, (_, make) => {
      const r = clean(make(), { dom });
      expect(r.text).toContain(ARTICLE_MARKER);
    }, HANG);
  }
});

describe('deep nesting is flattened before the DOM', () => {
  const shapes: [string, string, string][] = [
    ['div', '<div>', '</div>'],
    ['span', '<span>', '</span>'],
    ['b', '<b>', '</b>'],
    ['table', '<table><tr><td>', '</td></tr></table>'],
  ];
  const cases: [string, number, string, string, boolean][] = [];
  for (const depth of [3_000, 100_000, 1_000_000]) {
    cases.push([`div × ${depth}, closed`, depth, '<div>', '</div>', true]);
    cases.push([`div × ${depth}, unclosed`, depth, '<div>', '</div>', false]);
  }
  for (const [name, open, close] of shapes.slice(1)) cases.push([`${name} × 100000, closed`, 100_000, open, close, true]);

  it.each(cases)('%s: the article and the marker are kept or listed', (_, depth, open, close, closed) => {
    const r = clean(nested(depth, open, close, closed));
    expect(r.text).toContain(ARTICLE_MARKER);
    expect(accounted(r, DEEP_MARKER)).toBe(true);
    expect(r.limits?.flattened).toBeGreaterThan(0);
  }, HANG);

  it('linkedom reads a million unclosed levels too', () => {
    const r = clean(nested(1_000_000, '<div>', '</div>', false), { dom: 'linkedom' });
    expect(accounted(r, DEEP_MARKER)).toBe(true);
  }, HANG);

  it('a page within the depth cap is passed through untouched', () => {
    const page = nested(100);
    const r = clean(page);
    expect(r.limits).toBeUndefined();
    expect(r.input).toBeUndefined();
    expect(accounted(r, DEEP_MARKER)).toBe(true);
  });
});

describe('size', () => {
  it('a 20 MB element-dense page is read up to the element budget, flagged', () => {
    const page = densePage(20_000_000);
    const r = clean(page);
    expect(r.limits?.truncated?.cap).toBe('elements');
    const at = r.limits?.truncated?.at ?? 0;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(page.length);
    for (const d of r.dropped) expect(d.end).toBeLessThanOrEqual(at);
  }, HANG);

  it('a 20 MB element-dense page on linkedom, to markdown', () => {
    const r = clean(densePage(20_000_000), { dom: 'linkedom', to: 'markdown' });
    expect(r.limits?.truncated?.cap).toBe('elements');
    expect(typeof r.markdown).toBe('string');
  }, HANG);

  it('input over 20 MB is cut at the cap, flagged, without decoding the rest', () => {
    const bytes = new Uint8Array(21_000_000).fill(0x61); // "aaaa…": one 21 MB line of text
    const r = clean(bytes, { from: 'text' });
    expect(r.limits?.truncated).toEqual({ at: 20_000_000, cap: 'bytes' });
    expect(r.input?.length).toBe(20_000_000);
    const s = clean('a'.repeat(20_000_001), { from: 'text' });
    expect(s.limits?.truncated).toEqual({ at: 20_000_000, cap: 'chars' });
  }, HANG);

  it('5 MB of binary junk: as bytes refused at once with a typed error, as a string cleaned, in every input mode', () => {
    const bytes = junkBytes(5_000_000);
    const asString = new TextDecoder('latin1').decode(bytes);
    for (const from of ['auto', 'html', 'text', 'markdown'] as const) {
      expect(() => clean(bytes, { from })).toThrow(ChaffInputError);
      if (from !== 'markdown') expect(typeof clean(asString, { from }).text).toBe('string');
    }
  }, 3 * HANG);

  it('5 MB of binary junk as a markdown string', () => {
    expect(typeof clean(new TextDecoder('latin1').decode(junkBytes(5_000_000, 7)), { from: 'markdown' }).text).toBe('string');
  }, HANG);
});

describe('text-path worst cases (retext took 357 s on 1 MB of ".!?")', () => {
  const modes: CleanOptions[] = [{ from: 'text' }, { from: 'markdown', to: 'markdown' }, { from: 'html', dom: 'linkedom' }];
  for (const mode of modes) {
    it.each(Object.entries(textCases))(`%s as ${mode.from}`, (_, make) => {
      const r = clean(make(), mode);
      expect(typeof r.text).toBe('string');
    }, HANG);
  }
});
