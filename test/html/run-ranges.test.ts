import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/parse.js';
import { walkPage } from '../../src/html/walk.js';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];

/** A linked card: the whole item inside one `<a>`, its date a run of the anchor's own text. */
const card = (n: number) =>
  `<div class="item"><a href="/issue-${n}"><time datetime="2026-02-2${n}">February 2${n}, 2026</time><h2>Issue ${n}: the year of the developer</h2><p>Happy new year! Issue ${n} of the newsletter opens with a long letter about tools, habits and the questions readers sent in this month.</p></a></div>`;
const page = `<!doctype html><html><head><title>Newsletter</title></head><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><main><h1>Past issues</h1><p>${'Every week the editors write about what changed in software, and what stayed the same. '.repeat(8)}</p></main><aside>${[1, 2, 3].map(card).join('')}</aside></body></html>`;

describe.each(DOMS)('ranges of runs inside an inline element that holds blocks (%s)', (dom) => {
  it('ends the run where the next block begins: no two blocks share source', () => {
    const parsed = parsePage(page, dom);
    const blocks = walkPage(parsed.document, parsed.locate).blocks;
    const date = blocks.findIndex((b) => b.text === 'February 21, 2026');
    expect(date).toBeGreaterThanOrEqual(0);
    const next = blocks[date + 1];
    expect(next?.text).toBe('Issue 1: the year of the developer');
    expect(blocks[date]?.end).toBe(next?.start);
    expect(page.slice(blocks[date]?.start, blocks[date]?.end)).toContain('February 21, 2026');
  });

  it('lists a dropped card as its blocks, each with its own rule, not merged into its date', () => {
    const r = clean(page, { from: 'html', dom });
    const kept = r.text;
    for (const d of r.dropped) {
      if (d.text.includes('February 2')) expect(d.text).not.toContain('newsletter opens with');
    }
    for (const n of [1, 2, 3]) {
      const teaser = `Issue ${n} of the newsletter opens with`;
      expect(kept.includes(teaser) || r.dropped.some((d) => d.text.includes(teaser))).toBe(true);
    }
    r.dropped.forEach((d, i) => {
      if (i > 0) expect(d.start).toBeGreaterThanOrEqual(r.dropped[i - 1]?.end ?? 0);
    });
  });
});
