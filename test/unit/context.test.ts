import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/page/block.js';
import { reviseClasses } from '../../src/score/revise.js';
import { bad, good, near, short } from './blocks.js';

describe('reviseClasses (jusText context pass)', () => {
  it('short blocks between good blocks become good, between bad blocks bad', () => {
    expect(reviseClasses([good, short, good])).toEqual(['good', 'good', 'good']);
    expect(reviseClasses([bad, short, bad])).toEqual(['bad', 'bad', 'bad']);
  });

  it('page edges count as bad', () => {
    expect(reviseClasses([short, good])).toEqual(['bad', 'good']);
  });

  it('a short block next to bad goes good only when a neargood block stands on the bad side', () => {
    expect(reviseClasses([good, short, bad])).toEqual(['good', 'bad', 'bad']);
    expect(reviseClasses([good, short, near, bad])).toEqual(['good', 'good', 'good', 'bad']);
  });

  it('neargood blocks become bad only between bad neighbours', () => {
    expect(reviseClasses([bad, near, bad])).toEqual(['bad', 'bad', 'bad']);
    expect(reviseClasses([good, near, bad])).toEqual(['good', 'good', 'bad']);
  });

  it('a weak rule hit flanked by good blocks is overruled; elsewhere it stands', () => {
    const weak: Verdict = { cls: 'bad', reason: 'navigation', rule: 'navigation/glued-menu', source: 'rule', strength: 'weak' };
    expect(reviseClasses([good, weak, good])).toEqual(['good', 'good', 'good']);
    expect(reviseClasses([bad, weak, good])).toEqual(['bad', 'bad', 'good']);
  });
});

describe('reviseClasses on prose written in short paragraphs', () => {
  it('promotes three or more near-prose blocks in a row, short lines between them allowed', () => {
    expect(reviseClasses([bad, near, near, short, near, bad])).toEqual(['bad', 'good', 'good', 'good', 'good', 'bad']);
  });

  it('leaves two near-prose blocks between chrome to their neighbours', () => {
    expect(reviseClasses([bad, near, near, bad])).toEqual(['bad', 'bad', 'bad', 'bad']);
  });
});
