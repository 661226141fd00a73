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
