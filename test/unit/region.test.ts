import { describe, expect, it } from 'vitest';
import type { BlockClass, Verdict } from '../../src/page/block.js';
import { densestRun } from '../../src/score/dense-run.js';
import { THRESHOLDS } from '../../src/options.js';
import type { Features } from '../../src/text/features.js';
import { bad, good } from './blocks.js';

const f = (chars: number) => ({ chars }) as Features;
const t = THRESHOLDS.balanced;

describe('densestRun', () => {
  it('spans the good blocks and the cheap chrome between them', () => {
    const classes: BlockClass[] = ['bad', 'good', 'bad', 'good', 'bad'];
    expect(densestRun(classes, [bad, good, bad, good, bad], [f(50), f(500), f(10), f(500), f(50)], t)).toEqual([1, 3]);
  });

  it('does not cross a costly gap for a small gain', () => {
    const classes: BlockClass[] = ['good', 'bad', 'good'];
    expect(densestRun(classes, [good, bad, good], [f(900), f(2000), f(300)], t)).toEqual([0, 0]);
  });

  const comments: Verdict = { cls: 'bad', reason: 'comments', rule: 'comments/heading', source: 'rule', strength: 'strong', section: true };
  const classes: BlockClass[] = ['good', 'bad', 'good'];

  it('never crosses a comments heading, and prefers the article above it to longer comments', () => {
    expect(densestRun(classes, [good, comments, good], [f(400), f(8), f(5000)], t)).toEqual([0, 0]);
  });

  it('looks below a comments heading when nothing above it holds an article', () => {
    expect(densestRun(classes, [good, comments, good], [f(120), f(8), f(900)], t)).toEqual([2, 2]);
  });

  it('lends weight to the prose right under the headline', () => {
    const cls: BlockClass[] = ['good', 'bad', 'bad', 'good'];
    const v = [good, bad, bad, good];
    const feats = [f(700), f(2000), f(10), f(500)];
    expect(densestRun(cls, v, feats, t)).toEqual([0, 0]);
    expect(densestRun(cls, v, feats, t, 2)).toEqual([3, 3]);
  });

  it('finds nothing on a page without good blocks', () => {
    expect(densestRun(['bad', 'bad'], [bad, bad], [f(10), f(10)], t)).toBeUndefined();
  });
});
