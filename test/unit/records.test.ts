import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/page/block.js';
import { findRecords, recordsWin, templateKey } from '../../src/score/records.js';
import { clean } from '../../src/index.js';
import { bad, doc } from './blocks.js';

const POSTS = [
  'I have been thinking about the budget for this year and the samples I still want to try before I buy any more full bottles.',
  'My plan is to buy decants only, with a few exceptions for new releases, since I am retiring in June and want to save money.',
  'I will spend a lot less than I did last year. I will likely be travelling, so I may buy a few while away, but no impulse buys.',
  'Under a thousand is the goal, but we shall see how it goes once the spring releases arrive and the sales start in the summer.',
  'No limit for me this year, though I have promised myself to finish the bottles I already own before I open anything new.',
  'Samples are the way to go. I have found three new favourites that way and saved a lot on blind buys that would have disappointed.',
  'I set a monthly limit and keep a list on my phone. When the month is over, whatever I did not buy rolls over to the next month.',
  'Honestly I am not sure a budget helps me; what helps is unsubscribing from the shop newsletters and staying off the sale pages.',
];

/** A forum thread as scraped text: per post a name, a date, the post, and the same button row. */
function thread(posts: number): string[] {
  const lines: string[] = [];
  for (let i = 1; i <= posts; i += 1) {
    lines.push(`member${i * 7}`, `Dec ${i}, 2023`, `#${i}`);
    lines.push(`Post ${i}: ${POSTS[(i - 1) % POSTS.length]}`);
    lines.push('Like', 'Reply');
  }
  return lines;
}

const proseOf = (lines: readonly string[]) => (i: number) => (lines[i] ?? '').split(' ').length >= 10;

describe('templateKey', () => {
  it('folds case and masks numbers, so a template line with its counter changed is one key', () => {
    expect(templateKey('#12')).toBe(templateKey('#3'));
    expect(templateKey('[7] arXiv:2603.05498 [pdf, html]')).toBe(templateKey('[8] arXiv:2603.05485 [pdf, html]'));
    expect(templateKey('Reply')).toBe('reply');
    expect(templateKey('Reply')).not.toBe(templateKey('Quote'));
  });
});

describe('findRecords', () => {
  it('finds the posts of a thread: the span from the first post to the last', () => {
    const lines = thread(8);
    const d = doc(lines);
    const r = findRecords(d.blocks, d.features, proseOf(lines));
    expect(r).toBeDefined();
    expect(r?.start).toBe(0);
    expect(r?.end).toBe(lines.length - 1);
    expect(r?.count).toBeGreaterThanOrEqual(8);
    expect(r?.prose).toBe(true);
  });

  it('finds none in a menu that repeats its group labels with only short labels between', () => {
    const lines: string[] = [];
    for (let i = 0; i < 8; i += 1) lines.push('More', `Section ${String.fromCharCode(65 + i)}`, 'World', 'Business news');
    const d = doc(lines);
    expect(findRecords(d.blocks, d.features, proseOf(lines))).toBeUndefined();
  });

  it('finds none when a line repeats fewer than six times', () => {
    const lines = thread(5);
    const d = doc(lines);
    expect(findRecords(d.blocks, d.features, proseOf(lines))).toBeUndefined();
  });

  it('says a list of titles and labels holds no prose', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 8; i += 1) lines.push(`[${i}] arXiv:2603.0${5400 + i} [pdf, other]`, `Title: A Study of Attention Sinks in Large Language Model Number ${i}`, 'Subjects: Artificial Intelligence (cs.AI)');
    const d = doc(lines);
    const r = findRecords(d.blocks, d.features, () => false);
    expect(r?.count).toBeGreaterThanOrEqual(8);
    expect(r?.prose).toBe(false);
  });

  it('reads post headers as one template though their names and dates differ', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 7; i += 1) lines.push(`member${i * 7} Dec ${i}, 2023 at ${i}:0${i} pm`, `Post ${i}: ${POSTS[(i - 1) % POSTS.length]}`);
    const d = doc(lines);
    const isHeader = (i: number) => i % 2 === 0;
    expect(findRecords(d.blocks, d.features, proseOf(lines))).toBeUndefined();
    const r = findRecords(d.blocks, d.features, proseOf(lines), isHeader);
    expect(r?.anchors).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(r?.prose).toBe(true);
  });

  it('stays linear on a long page of one repeated short line', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 'Reply' : `A reply of some length, number ${i}, written by a reader of the page`));
    const d = doc(lines);
    const r = findRecords(d.blocks, d.features, () => true);
    expect(r?.count).toBeGreaterThan(1000);
  });
});

describe('recordsWin', () => {
  const records = { start: 10, end: 60, anchors: [12, 20, 28, 36, 44, 52], chars: 3000, count: 6, prose: true };
  const heading: Verdict = { cls: 'bad', reason: 'comments', rule: 'comments/heading', source: 'rule', strength: 'strong', section: true };
  const first = (n: number, ...at: number[]): Verdict[] => Array.from({ length: n }, (_, i) => (at.includes(i) ? heading : bad));

  it('records win when there is no dense run', () => {
    expect(recordsWin(records, undefined, 0, first(61))).toBe(true);
  });

  it('never win over a run that holds more text', () => {
    expect(recordsWin(records, [0, 8], 3500, first(61))).toBe(false);
  });

  it('an article above a comments heading keeps its comments out', () => {
    expect(recordsWin(records, [0, 8], 1500, first(61, 10))).toBe(false);
    expect(recordsWin(records, [0, 8], 1500, first(61))).toBe(true);
  });

  it("an article whose own dateline opens the chain keeps the comments below its heading out", () => {
    // Anchor 12 is the article's dateline inside the run [0, 16]; "Comments" stands at 18.
    const article = { ...records, anchors: [12, 20, 28, 36, 44, 52] };
    expect(recordsWin(article, [0, 16], 1500, first(61, 18))).toBe(false);
  });

  it("a per-post button that reads as a comments heading does not make the thread an article's comments", () => {
    // "Reply" under the opener (18) and under every later post (25, 33, …): the thread's frame.
    const thread = { ...records, anchors: [12, 20, 28, 36, 44, 52] };
    expect(recordsWin(thread, [0, 16], 1500, first(61, 18, 25, 33, 41, 49, 57))).toBe(true);
    // Records that start far above the run are not the comments under it either.
    expect(recordsWin({ ...thread, anchors: [2, 6, 10, 20, 28, 36] }, [8, 16], 1500, first(61, 18))).toBe(true);
  });

  it('a run across two records is part of them', () => {
    expect(recordsWin({ ...records, chars: 900 }, [11, 30], 800, first(61))).toBe(true);
  });

  it('a long run beside short teasers is the article; teasers without prose lose to a long run', () => {
    expect(recordsWin({ ...records, chars: 1200 }, [0, 8], 1000, first(61))).toBe(false);
    expect(recordsWin({ ...records, prose: false }, [0, 8], 2500, first(61))).toBe(false);
    expect(recordsWin({ ...records, prose: false }, [0, 8], 500, first(61))).toBe(true);
  });
});

describe('clean() on a scraped forum thread', () => {
  it('keeps every post, not only the densest one, and drops the menu above', () => {
    const menu = ['Forums', 'What is new', 'Log in', 'Register', 'Search forums'];
    const text = [...menu, 'Fragrance budget for the year?', ...thread(8)].join('\n');
    const r = clean(text, { from: 'text' });
    for (let i = 1; i <= 8; i += 1) expect(r.text).toContain(`Post ${i}:`);
    expect(r.text).not.toContain('Search forums');
    // Accounting: every non-blank line is kept, the title, or dropped.
    const kept = new Set(r.text.split('\n').map((l) => l.trim()));
    const dropped = new Set(r.dropped.map((d) => d.text.trim()));
    for (const line of text.split('\n')) expect(kept.has(line.trim()) || dropped.has(line.trim()) || r.title === line.trim()).toBe(true);
  });
});
