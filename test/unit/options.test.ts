import { describe, expect, it } from 'vitest';
import { THRESHOLDS, resolveOptions } from '../../src/options.js';

describe('resolveOptions', () => {
  it('applies every default once', () => {
    const s = resolveOptions(undefined);
    expect(s).toMatchObject({ from: 'auto', to: 'text', focus: 'balanced', lang: undefined, url: undefined });
    expect(s.thresholds).toBe(THRESHOLDS.balanced);
  });

  it('normalises the language tag to its primary subtag', () => {
    expect(resolveOptions({ lang: 'pt-BR' }).lang).toBe('pt');
    expect(resolveOptions({ lang: 'TR' }).lang).toBe('tr');
  });

  it('picks the threshold set of the focus', () => {
    expect(resolveOptions({ focus: 'precision' }).thresholds).toBe(THRESHOLDS.precision);
    expect(THRESHOLDS.precision.badCost).toBeGreaterThan(THRESHOLDS.balanced.badCost);
    expect(THRESHOLDS.recall.badCost).toBeLessThan(THRESHOLDS.balanced.badCost);
  });

  it('rejects values of the wrong kind with a TypeError naming the option', () => {
    expect(() => resolveOptions({ to: 'pdf' as never })).toThrow(/option "to"/);
    expect(() => resolveOptions(5 as never)).toThrow(TypeError);
  });

  it('names any value in its errors, even one String() cannot convert (issue 9, item 13)', () => {
    expect(() => resolveOptions({ from: Object.create(null) })).toThrow(/option "from" must be one of .*; got an object/u);
    expect(() => resolveOptions({ focus: Symbol('x') as never })).toThrow(/got a symbol/u);
    expect(() => resolveOptions({ dom: [1] as never })).toThrow(/got an array/u);
    expect(() => resolveOptions({ to: 'x'.repeat(100) as never })).toThrow(/got "x{40}…"/u);
  });
});
