import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/page/block.js';
import { reviseClasses } from '../../src/score/revise.js';
import { inheritSections } from '../../src/score/context.js';
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

describe('inheritSections', () => {
  const wall: Verdict = { cls: 'bad', reason: 'profile', rule: 'profile/counter', source: 'rule', strength: 'strong', section: true };
  const placed: Verdict = { cls: 'bad', reason: 'low-content', rule: 'context/outside', source: 'context', strength: 'weak' };
  const block = (text: string, kind: 'line' | 'heading') => ({ index: 0, text, start: 0, end: text.length, line: 1, kind });

  it('gives the blocks under a section heading its reason', () => {
    const out = inheritSections([wall, placed, placed], [block('4.6 (212 reviews)', 'line'), block('Hannah', 'line'), block('Verified buyer', 'line')]);
    expect(out.map((v) => v.reason)).toEqual(['profile', 'profile', 'profile']);
    expect(out[1]?.rule).toBe('context/section');
  });

  it('ends the section at the next heading: a heading opens a section of its own', () => {
    const out = inheritSections([wall, placed, placed], [block('4.6 (212 reviews)', 'line'), block('Description', 'heading'), block('In stock', 'line')]);
    expect(out[1]).toEqual(placed);
    expect(out[2]).toEqual(placed);
  });
});
