import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BlockClass, Verdict } from '../../src/page/block.js';
import { reviseClasses } from '../../src/score/revise.js';

/**
 * The context pass finds each block's neighbours in linear passes (issue 9, item 6: a search per
 * short block was quadratic). These pin its answers on the shapes the search used to walk.
 */

/** The former implementation (a neighbour search per block), kept here as the oracle. */
function searchedRevision(first: readonly Verdict[]): BlockClass[] {
  const neighbour = (classes: readonly BlockClass[], i: number, step: 1 | -1, skipNeargood: boolean): BlockClass => {
    for (let j = i + step; j >= 0 && j < classes.length; j += step) {
      const c = classes[j] as BlockClass;
      if (c === 'short' || (c === 'neargood' && skipNeargood)) continue;
      return c;
    }
    return 'bad';
  };
  // promoteNearRuns, as in context.ts (unchanged): runs of 3+ neargood (shorts between) are good.
  const cf = first.map((x) => x.cls);
  let members: number[] = [];
  const flush = () => {
    if (members.length >= 3) for (const j of members) cf[j] = 'good';
    members = [];
  };
  first.forEach((x, i) => {
    if (x.cls === 'neargood') members.push(i);
    else if (x.cls !== 'short') flush();
  });
  flush();
  const out = [...cf];
  for (let i = 0; i < cf.length; i += 1) {
    if ((first[i] as Verdict).strength === 'weak' && (first[i] as Verdict).source !== 'class') {
      out[i] = neighbour(cf, i, -1, true) === 'good' && neighbour(cf, i, 1, true) === 'good' ? 'good' : 'bad';
      continue;
    }
    if (cf[i] !== 'short') continue;
    const prev = neighbour(cf, i, -1, true);
    const next = neighbour(cf, i, 1, true);
    if (prev === 'good' && next === 'good') out[i] = 'good';
    else if (prev === 'bad' && next === 'bad') out[i] = 'bad';
    else out[i] = (prev === 'bad' && neighbour(cf, i, -1, false) === 'neargood') || (next === 'bad' && neighbour(cf, i, 1, false) === 'neargood') ? 'good' : 'bad';
  }
  for (let i = 0; i < cf.length; i += 1) {
    if (cf[i] !== 'neargood') continue;
    out[i] = neighbour(out, i, -1, true) === 'bad' && neighbour(out, i, 1, true) === 'bad' ? 'bad' : 'good';
  }
  return out;
}

const v = (cls: Verdict['cls'], weak = false): Verdict => ({ cls, rule: 'test/x', source: weak ? 'rule' : 'class', strength: 'weak' });

describe('reviseClasses', () => {
  it('a run of short blocks between good ones turns good; between bad ones, bad', () => {
    expect(reviseClasses([v('good'), v('short'), v('short'), v('good')])).toEqual(['good', 'good', 'good', 'good']);
    expect(reviseClasses([v('bad'), v('short'), v('short'), v('bad')])).toEqual(['bad', 'bad', 'bad', 'bad']);
  });

  it('page edges count as bad; a near-prose block just past the nearest bad one rescues a short block', () => {
    expect(reviseClasses([v('short'), v('short')])).toEqual(['bad', 'bad']);
    expect(reviseClasses([v('bad'), v('short'), v('neargood'), v('bad'), v('good')])).toEqual(['bad', 'bad', 'bad', 'bad', 'good']);
    expect(reviseClasses([v('good'), v('short'), v('neargood'), v('bad')])).toEqual(['good', 'good', 'good', 'bad']);
  });

  it('gives the same answers as the per-block neighbour search it replaced (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('good', 'bad', 'short', 'neargood'), fc.boolean()), { maxLength: 40 }), (spec) => {
        const first = spec.map(([cls, weak]) => v(cls as Verdict['cls'], weak && (cls === 'good' || cls === 'bad')));
        expect(reviseClasses(first)).toEqual(searchedRevision(first));
      }),
      { numRuns: 2000, seed: 9 },
    );
  });

  it('near-prose blocks read the revised block before them and the next non-near block after', () => {
    expect(reviseClasses([v('bad'), v('neargood'), v('neargood'), v('bad')])).toEqual(['bad', 'bad', 'bad', 'bad']);
    expect(reviseClasses([v('good'), v('neargood'), v('bad')])).toEqual(['good', 'good', 'bad']);
    expect(reviseClasses([v('bad'), v('neargood'), v('short'), v('good')])).toEqual(['bad', 'good', 'good', 'good']);
  });

  it('a weak hit flanked by good blocks is revised to good', () => {
    expect(reviseClasses([v('good'), v('bad', true), v('good')])).toEqual(['good', 'good', 'good']);
    expect(reviseClasses([v('good'), v('bad', true), v('bad')])).toEqual(['good', 'bad', 'bad']);
  });

  it('answers 200,000 short blocks (the quadratic shape) with one class each', () => {
    const out = reviseClasses(Array.from({ length: 200_000 }, () => v('short')));
    expect(out).toHaveLength(200_000);
    expect(new Set(out)).toEqual(new Set(['bad']));
  });
});
