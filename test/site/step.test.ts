import { describe, expect, it } from 'vitest';
import { classifyStep } from '../../src/score/classify.js';
import { stages as steps } from '../../src/score/index.js';
import { contextStep } from '../../src/score/context.js';
import { resolveOptions } from '../../src/options.js';
import { learnSite } from '../../src/index.js';
import { siteChromeStep } from '../../src/score/site-chrome.js';
import { doc } from '../unit/blocks.js';

const lines = ['Home', 'News', 'A first paragraph of the story, long enough to read as prose for the classifier here.', 'Footer'];

describe('siteChromeStep', () => {
  it('runs right after the rules and before the context pass', () => {
    expect(steps.indexOf(siteChromeStep)).toBe(steps.indexOf(classifyStep) + 1);
    expect(steps.indexOf(contextStep)).toBe(steps.indexOf(siteChromeStep) + 1);
  });

  it('returns the Doc itself when no profile is given', () => {
    const d = classifyStep(doc(lines));
    expect(siteChromeStep(d)).toBe(d);
  });

  it('marks recurring blocks no rule caught and keeps rule verdicts, never mutating the Doc', () => {
    const site = learnSite([lines.join('\n'), 'Home\nNews\nAnother story altogether, with its own words.\nFooter']);
    const base = classifyStep(doc(lines));
    const d = { ...base, settings: { ...resolveOptions({ site }) } };
    const before = JSON.stringify(d.first);
    const out = siteChromeStep(d);
    expect(JSON.stringify(d.first)).toBe(before);
    expect(out.first[2]).toBe(d.first[2]);
    for (const i of [0, 1, 3]) {
      const v = out.first[i]!;
      expect(v.pages).toBe('2/2');
      expect(v.cls).not.toBe('good');
      if (v.reason === 'site-repeated') expect(v.rule).toBe('site/repeated');
      else expect(v).toEqual({ ...d.first[i], pages: '2/2' });
    }
  });
});
