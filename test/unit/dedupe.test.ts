import { describe, expect, it } from 'vitest';
import { dedupeStep } from '../../src/score/dedupe.js';
import { clean } from '../../src/index.js';
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

  it('drops one block that repeats several kept blocks joined (a body again in one line)', () => {
    const paras = [
      'Retiring early takes time and incredible discipline, and most people who try it start by saving far more than they spend each year.',
      'If you are planning to retire early, you should aim to have at least twenty five to thirty times your estimated annual spending saved.',
      'Many early retirees keep working part time, travel when prices are low, and relax on their own schedule instead of the office one.',
      'Before you quit, test the plan by living on the budget you expect for a full year and see whether the numbers really hold up for you.',
      'Health insurance is the cost most plans forget, so price a policy for the years before any public cover begins and add it to the sum.',
    ];
    const joined = paras.join(' ');
    const out = dedupeStep(doc([...paras, 'Share this story', joined], { final: [...paras.map(() => good), bad, good] })).final;
    expect(out.slice(0, paras.length).every((v) => v.cls === 'good')).toBe(true);
    expect(out[6]).toMatchObject({ cls: 'bad', reason: 'duplicate', rule: 'dedupe/joined', source: 'dedupe' });
    expect(out[6]?.score).toBeGreaterThanOrEqual(0.9);
    // The joined copy first and the paragraphs after it: still the joined one goes.
    const first = dedupeStep(doc([joined, ...paras], { final: [good, ...paras.map(() => good)] })).final;
    expect(first.map((v) => v.rule)[0]).toBe('dedupe/joined');
    expect(first.slice(1).every((v) => v.cls === 'good')).toBe(true);
  });

  it('keeps a long block that only shares a sentence or two with the rest', () => {
    const paras = [
      'Retiring early takes time and incredible discipline, and most people who try it start by saving far more than they spend each year.',
      'If you are planning to retire early, you should aim to have at least twenty five to thirty times your estimated annual spending saved.',
    ];
    const own = `${paras[0]} ${paras[1]} Then comes the harder part: deciding what a day without a job is for, which no spreadsheet answers and which most guides skip entirely, although it decides whether the plan lasts longer than a year. Friends are still at work on weekdays, the projects you saved for retirement turn out to need other people, and a routine has to be built again from nothing, by choice rather than by an employer.`;
    expect(own.split(' ').length).toBeGreaterThan(100);
    const out = dedupeStep(doc([...paras, own], { final: [good, good, good] })).final;
    expect(out.map((v) => v.cls)).toEqual(['good', 'good', 'good']);
  });

  it('reports an unkept copy of a kept block as a duplicate', () => {
    const out = dedupeStep(doc([para, para], { final: [good, bad] })).final[1];
    expect(out).toMatchObject({ reason: 'duplicate' });
  });

  describe('a paragraph the article repeats', () => {
    const refrain = 'Talk to your doctor if you have questions about any of the medicines you take every day.';
    const p1 = 'The first section explains how the tablets work, and why they are taken with food in the morning.';
    const p2 = 'The second section lists the side effects, from the common and mild ones to the rare and serious.';
    const p3 = 'The third section says what to do when a dose is missed, and when to call the pharmacy instead.';
    const p4 = 'The last section covers storage: keep the pack dry, below twenty-five degrees, out of reach of children.';
    const lines = [p1, refrain, p2, p3, refrain, p4];
    const inRun = { article: { start: 0, end: lines.length - 1 } };

    it('keeps a lone sentence said twice inside the dense run', () => {
      const out = dedupeStep({ ...doc(lines, { final: lines.map(() => good) }), ...inRun }).final;
      expect(out.map((v) => v.cls)).toEqual(lines.map(() => 'good'));
    });

    it('keeps a near repeat that differs only in an item number', () => {
      const step = (n: number) => `Step ${n}: fold the sheet in half along the marked line, then press the crease flat with your thumb.`;
      const steps = [p1, step(1), p2, p3, step(2), p4];
      const out = dedupeStep({ ...doc(steps, { final: steps.map(() => good) }), ...inRun }).final;
      expect(out[4]?.cls).toBe('good');
    });

    it('still drops it without a dense run, outside the run, or on a page of records', () => {
      const final = lines.map(() => good);
      expect(dedupeStep(doc(lines, { final })).final[4]).toMatchObject({ rule: 'dedupe/block' });
      expect(dedupeStep({ ...doc(lines, { final }), article: { start: 0, end: 3 } }).final[4]).toMatchObject({ rule: 'dedupe/block' });
      expect(dedupeStep({ ...doc(lines, { final }), article: { start: 0, end: 5, records: true } }).final[4]).toMatchObject({ rule: 'dedupe/block' });
    });

    it('still drops a repeated passage, a copy right after its original, a third copy, and a copy closing the article', () => {
      const passage = [p1, p2, refrain, p3, p1, p2, p4];
      const out = dedupeStep({ ...doc(passage, { final: passage.map(() => good) }), article: { start: 0, end: 6 } }).final;
      expect(out.slice(4, 6).map((v) => v.rule)).toEqual(['dedupe/block', 'dedupe/block']);
      const twice = [p1, refrain, refrain, p2, p3];
      expect(dedupeStep({ ...doc(twice, { final: twice.map(() => good) }), article: { start: 0, end: 4 } }).final[2]).toMatchObject({ rule: 'dedupe/block' });
      const thrice = [p1, refrain, p2, refrain, p3, refrain, p4];
      const three = dedupeStep({ ...doc(thrice, { final: thrice.map(() => good) }), article: { start: 0, end: 6 } }).final;
      expect([three[3]?.rule, three[5]?.rule]).toEqual(['dedupe/block', 'dedupe/block']);
      const closing = [p1, refrain, p2, p3, refrain];
      expect(dedupeStep({ ...doc(closing, { final: closing.map(() => good) }), article: { start: 0, end: 4 } }).final[4]).toMatchObject({ rule: 'dedupe/block' });
    });

    it('clean() keeps a refrain of a text article and drops a body scraped twice', () => {
      const article = ['Taking your tablets: a guide', p1, refrain, p2, p3, refrain, p4];
      const once = clean(article.join('\n'), { from: 'text' });
      expect(once.text.split(refrain).length - 1).toBe(2);
      expect(once.dropped.filter((d) => d.reason === 'duplicate')).toEqual([]);
      const body = [p1, p2, p3, p4].join('\n');
      const twice = clean(`Taking your tablets\n${body}\n${body}`, { from: 'text' });
      expect(twice.dropped.filter((d) => d.reason === 'duplicate')).toHaveLength(4);
    });
  });
});
