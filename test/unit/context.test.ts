import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';
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

describe('short lines inside the dense run', () => {
  const P = [
    'Houseplants that tolerate low light are the easiest way to bring green into a north-facing flat, and most of them ask for little more than a drink every week or two.',
    'We grew each of these plants for a full year in a room with one small window, and we noted how each one coped with the dim light, the dry air and the occasional missed watering.',
    'The prayer plant folds its leaves at night like hands at prayer, which is where its common name comes from, and its patterned foliage stays bright even far from a window.',
    'The sago palm is slow and tough, but every part of it is poisonous, so it belongs on a high shelf in a home with curious pets or small children.',
  ];

  it('keeps a short line of four or more words that ends like a sentence, between chrome; drops a bare label there', () => {
    const text = [P[0], P[1], 'Share', 'Pet Safety: Nontoxic to cats and dogs.', 'Light: Low', '©', P[2], P[3]].join('\n\n');
    const r = clean(text, { from: 'text' });
    expect(r.text).toContain('Pet Safety: Nontoxic to cats and dogs.');
    expect(r.dropped.find((d) => d.text === 'Light: Low')?.rule).toBe('context/inner-short');
    expect(r.dropped.find((d) => d.text === 'Share')?.rule).toBe('share/label');
  });

  it.each<Dom>(['jsdom', 'linkedom'])('in HTML the trusted container overrules the neighbours on a short line it holds (%s)', (dom) => {
    const html = `<!doctype html><html><head><title>Low-light plants</title></head><body><nav><a href="/">Home</a> <a href="/plants">Plants</a> <a href="/shop">Shop</a></nav>
<article><h1>Low-light plants</h1><p>${P[0]}</p><p>${P[1]}</p><h2>Prayer plant</h2><p>Share</p><p>Light: Low</p><p>©</p><p>${P[2]}</p><p>${P[3]}</p></article>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`;
    const r = clean(html, { from: 'html', dom });
    expect(r.text).toContain('Light: Low');
    expect(r.dropped.find((d) => d.text === 'Share')?.rule).toBe('share/label');
    expect(r.dropped.find((d) => d.text === 'Home Plants Shop')?.rule).toBe('dom/nav');
  });
});
