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
});
