import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const STORIES = [
  ['Harbour quay reopens after a week of repairs', 'Ferries that had been diverted to the south pier returned to their usual berths before noon, and traders said the closure had cost them most of a week of custom.'],
  ['Council approves the night works on the breakwater', 'The remaining work will be done at night so that the quay can stay open through the summer season, the council said on Tuesday evening.'],
  ['Fishing fleet lands its largest catch in a decade', 'Skippers credited a mild winter and new quotas for the haul, which filled the market hall and kept the auction running past midnight.'],
  ['Lifeboat crew honoured for a rescue in the storm', 'The volunteers brought six sailors ashore from a stricken yacht in a force nine gale, and were given the station award at a ceremony.'],
];
const page = (items: string) =>
  `<!doctype html><html><head><title>Harbour news</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>Harbour news</h1>${items}</main></body></html>`;

describe.each(DOMS)('a listing in the container (%s)', (dom) => {
  it('keeps each linked story title over its teaser', () => {
    const items = STORIES.map(([t, s], i) => `<div class="story"><h2><a href="/s${i}">${t}</a></h2><p>${s}</p></div>`).join('');
    const r = clean(page(items), { from: 'html', dom });
    for (const [title, teaser] of STORIES) {
      expect(r.text).toContain(teaser);
      expect(r.text).toContain(title);
    }
  });

  it('drops a single linked headline in the flow of an article', () => {
    const body = STORIES.map(([, s]) => `<p>${s}</p>`);
    body.splice(2, 0, '<h3><a href="/other">Read also: the pier that nobody wanted</a></h3>');
    const r = clean(page(`<article>${body.join('')}</article>`), { from: 'html', dom });
    expect(r.text).toContain(STORIES[3]?.[1]);
    expect(r.text).not.toContain('nobody wanted');
    expect(r.dropped.some((d) => d.text.includes('nobody wanted'))).toBe(true);
  });
});

// The page's list of items (`html/listing.ts`): rows of link-dense items Readability does not take.
const BOOKS = [
  ['The Harbour Master’s Daughter', 'Ann Price', '4.35 avg rating — 9,993 ratings'],
  ['A Quay in Winter', 'Tom Hale', '4.30 avg rating — 4,851 ratings'],
  ['Ferries of the North Sea', 'Lena Voss', '4.26 avg rating — 6,937 ratings'],
  ['The Lighthouse Keeper’s Log', 'Sam Ortiz', '4.50 avg rating — 3,823 ratings'],
  ['Nets, Knots and Weather', 'Ida Berg', '4.39 avg rating — 2,901 ratings'],
  ['Storm Over the Breakwater', 'Raj Mehta', '3.68 avg rating — 7,357 ratings'],
];
const rows = BOOKS.map(([t, a, s], i) =>
  `<tr><td>${i + 1}</td><td><a href="/b/${i}">${t}</a> by <a href="/a/${i}">${a}</a><div>${s}</div></td></tr>`).join('');
const BLURB = 'The best books about the sea, as voted on by our readers. A book’s score is based on how many readers voted for it and how highly they ranked it.';

describe.each(DOMS)('the page’s list of items (%s)', (dom) => {
  it('keeps a ranked list of linked items beside a short blurb', () => {
    const html = page(`<div class="intro"><p>${BLURB}</p></div><table class="list"><tbody>${rows}</tbody></table>`);
    const r = clean(html, { from: 'html', dom });
    for (const [title, author, stats] of BOOKS) {
      expect(r.text).toContain(title);
      expect(r.text).toContain(author);
      expect(r.text).toContain(stats);
    }
    expect(r.dropped.find((d) => d.text.includes('Home'))?.reason).toBe('navigation');
  });

  it('leaves an article’s teaser rail out: an article of paragraphs beside the list is the content', () => {
    const article = `<article><h1>Quay to stay shut</h1>${[...STORIES, ...STORIES].map(([, s]) => `<p>${s} The board will meet again next month.</p>`).join('')}</article>`;
    const rail = `<div class="rail">${BOOKS.map(([t, , s], i) => `<div class="teaser"><a href="/r/${i}">${t}</a><span>${s}</span></div>`).join('')}</div>`;
    const r = clean(`<!doctype html><html><head><title>Quay</title></head><body>${article}${rail}</body></html>`, { from: 'html', dom });
    expect(r.text).toContain(STORIES[0]?.[1]);
    for (const [title] of BOOKS) expect(r.text).not.toContain(title);
  });

  it('takes no menu for a list: entries that are links alone, or a list inside <nav>', () => {
    const links = BOOKS.map(([t], i) => `<li><a href="/c/${i}">${t}</a></li>`).join('');
    const bare = clean(page(`<p>${BLURB}</p><ul>${links}</ul>`), { from: 'html', dom });
    for (const [title] of BOOKS) expect(bare.text).not.toContain(title);
    const menu = clean(page(`<p>${BLURB}</p><nav><table>${rows}</table></nav>`), { from: 'html', dom });
    for (const [title] of BOOKS) expect(menu.text).not.toContain(title);
    expect(menu.text).toContain('The best books about the sea');
  });
});
