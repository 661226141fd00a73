import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/parse.js';
import { walkPage } from '../../src/html/walk.js';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];

/** The texts of the blocks the walk marked as captions. */
function captions(html: string, dom: Dom): string[] {
  const parsed = parsePage(html, dom);
  const walk = walkPage(parsed.document, parsed.locate);
  return walk.blocks.filter((_, i) => walk.captions.has(i)).map((b) => b.text);
}

const card = (n: number) =>
  `<div class="card"><img src="/p${n}.jpg" alt=""><h3>Travel bag ${n}</h3><p>A roll-top bag of waxed canvas, number ${n}, that keeps the rain out on a week of trail riding.</p></div>`;

describe.each(DOMS)('captions (%s)', (dom) => {
  it('marks the text beside an image and a figcaption as captions', () => {
    const html = `<html><body><article><p>The harbour plan was agreed after six hours of talks between the council and the ferry operators.</p>
      <div class="photo"><img src="/a.jpg" alt=""><p>The old ferry terminal at dawn.</p></div>
      <figure><img src="/b.jpg" alt=""><figcaption>The new bridge, as drawn by the architects.</figcaption></figure></article></body></html>`;
    expect(captions(html, dom)).toEqual(['The old ferry terminal at dawn.', 'The new bridge, as drawn by the architects.']);
  });

  it('does not read a card (an image with a title over its text) as a captioned image', () => {
    const html = `<html><body><main>${[1, 2, 3].map(card).join('')}</main></body></html>`;
    expect(captions(html, dom)).toEqual([]);
  });

  it('keeps a grid of product cards whole, their descriptions included', () => {
    const html = `<!doctype html><html><head><title>Travel bags</title></head><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><main><h1>Travel bags</h1>${[1, 2, 3, 4].map(card).join('')}</main></body></html>`;
    const r = clean(html, { from: 'html', dom });
    for (const n of [1, 2, 3, 4]) expect(r.text).toContain(`that keeps the rain out on a week of trail riding`.replace('that', `number ${n}, that`));
    expect(r.dropped.some((d) => d.rule === 'dom/caption')).toBe(false);
  });
});
