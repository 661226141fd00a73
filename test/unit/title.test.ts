import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/page/block.js';
import { titleStep } from '../../src/score/title.js';
import { stripSiteName } from '../../src/text/site-name.js';
import { bad, doc, good } from './blocks.js';

describe('stripSiteName', () => {
  it('removes a site name after or before a separator', () => {
    expect(stripSiteName("Report: Putin seeks Xi's support in face of 'Western pressure' - M5 Dergi")).toBe(
      "Report: Putin seeks Xi's support in face of 'Western pressure'",
    );
    expect(stripSiteName('The Verge | Apple unveils a new phone today')).toBe('Apple unveils a new phone today');
    expect(stripSiteName('No separator here')).toBe('No separator here');
  });
});

describe('titleStep', () => {
  const body = 'The Russian president told his counterpart that he sought to strengthen their ties.';

  it('takes the headline above the article when the title line agrees, and drops both', () => {
    const d = doc(['Putin seeks support - M5 Dergi', 'Putin seeks support', body], { final: [bad, bad, good] });
    const out = titleStep(d);
    expect(out.title).toBe('Putin seeks support');
    expect(out.final.slice(0, 2).map((v) => v.rule)).toEqual(['title/line', 'title/headline']);
  });

  it('skips chrome caught by rules between headline and article', () => {
    const cta: Verdict = { cls: 'bad', reason: 'call-to-action', rule: 'cta/subscribe', source: 'rule', strength: 'strong' };
    const d = doc(['Putin and Xi meet against backdrop?', 'Abone Ol', body], { final: [bad, cta, good] });
    expect(titleStep(d).title).toBe('Putin and Xi meet against backdrop?');
  });

  it('takes the first line repeated further down as the headline, even inside the body', () => {
    const d = doc(['Big News Today - Site', body, 'Big News Today', body + ' More.'], { final: [bad, good, good, good] });
    const out = titleStep(d);
    expect(out.title).toBe('Big News Today');
    expect(out.final[2]).toMatchObject({ reason: 'title', rule: 'title/headline' });
  });

  it('drops further copies of the headline, including ones dropped as duplicates', () => {
    const dup = { cls: 'bad' as const, reason: 'duplicate' as const, rule: 'dedupe/block' as const, source: 'dedupe' as const, strength: 'strong' as const };
    const d = doc(['Big News Today', 'Menu', 'Big News Today', body, 'Big News Today'], { final: [dup, bad, good, good, good] });
    const out = titleStep(d);
    expect(out.final.map((v) => v.rule)).toEqual(['title/line', 'class/non-prose', 'title/headline', 'class/prose', 'title/repeat']);
  });

  it('finds no title on a page that is all article', () => {
    expect(titleStep(doc([body], { final: [good] })).title).toBeUndefined();
  });

  it('does not take a breadcrumb trail ending in the title for the headline', () => {
    const trail = 'Forums » Brakes » How often should brake fluid be changed?';
    const d = doc(['How often should brake fluid be changed? | Classic Cars Forum', trail, 'How often should brake fluid be changed?', body], {
      final: [bad, bad, bad, good],
    });
    const out = titleStep(d);
    expect(out.title).toBe('How often should brake fluid be changed?');
    expect(out.final[1]?.reason).not.toBe('title');
    expect(out.final[2]?.rule).toBe('title/headline');
  });

  it('names a dropped copy of the title as the title, whatever dropped it', () => {
    const outside: Verdict = { cls: 'bad', reason: 'low-content', rule: 'structure/outside', source: 'dom', strength: 'strong' };
    const d = doc(['Putin seeks support - M5 Dergi', 'Putin seeks support', body, 'Putin seeks support'], { final: [bad, bad, good, outside] });
    expect(titleStep(d).final[3]?.rule).toBe('title/repeat');
  });
});
