import { describe, expect, it } from 'vitest';
import { dedupeStep } from '../../src/score/dedupe.js';
import { bad, doc, good } from './blocks.js';

const para = 'Russian President Vladimir Putin told his Chinese counterpart Xi Jinping that their partnership mattered.';

describe('dedupeStep', () => {
  it('keeps the first copy and drops later exact copies', () => {
    const d = doc([para, 'Something else entirely, long enough to count here.', para], { final: [good, good, good] });
    const out = dedupeStep(d).final;
    expect(out.map((v) => v.cls)).toEqual(['good', 'good', 'bad']);
    expect(out[2]).toMatchObject({ reason: 'duplicate', rule: 'dedupe/block' });
  });

  it('treats quote style and spacing differences as the same block', () => {
    const d = doc([`"${para}"`, `“${para.replace(/ /g, '  ')}”`], { final: [good, good] });
    expect(dedupeStep(d).final[1]).toMatchObject({ reason: 'duplicate' });
  });

  it('drops near copies with their similarity as the score', () => {
    const edited = para.replace('mattered', 'mattered greatly');
    const out = dedupeStep(doc([para, edited], { final: [good, good] })).final[1];
    expect(out).toMatchObject({ reason: 'duplicate', rule: 'dedupe/near' });
    expect(out?.score).toBeGreaterThan(0.8);
  });

  it('keeps short repeated lines unless they repeat as a run', () => {
    const lines = ['Yes.', para, 'Yes.'];
    expect(dedupeStep(doc(lines, { final: [good, good, good] })).final.map((v) => v.cls)).toEqual(['good', 'good', 'good']);
    const run = ['One', 'Two', 'Three', para, 'One', 'Two', 'Three'];
    const out = dedupeStep(doc(run, { final: run.map(() => good) })).final.map((v) => v.rule);
    expect(out.slice(4)).toEqual(['dedupe/run', 'dedupe/run', 'dedupe/run']);
  });

  it('reports an unkept copy of a kept block as a duplicate', () => {
    const out = dedupeStep(doc([para, para], { final: [good, bad] })).final[1];
    expect(out).toMatchObject({ reason: 'duplicate' });
  });
});
