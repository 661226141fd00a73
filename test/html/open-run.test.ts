import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/parse.js';
import { walkPage } from '../../src/html/walk.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];

function walked(html: string, dom: Dom) {
  const parsed = parsePage(html, dom);
  return walkPage(parsed.document, parsed.locate);
}

describe.each(DOMS)('text before a block element is not that element’s (%s)', (dom) => {
  it('leaves loose text before a <nav> out of the menu’s frame', () => {
    const walk = walked('<html><body><header>Valley Gazette<nav><a href="/a">News</a> <a href="/b">Sport</a></nav></header><p>Body text.</p></body></html>', dom);
    const site = walk.blocks.find((b) => b.text === 'Valley Gazette');
    expect(site).toBeDefined();
    expect(walk.frames[site?.frame ?? -1]?.signal.rule).toBe('dom/header');
    const menu = walk.blocks.find((b) => b.text.startsWith('News'));
    expect(walk.frames[menu?.frame ?? -1]?.signal.rule).toBe('dom/nav');
  });

  it('does not read loose text before a <pre> or a <blockquote> as code or a quote', () => {
    const walk = walked('<html><body><div>Run this first:<pre>make all</pre>He said:<blockquote>It works.</blockquote></div></body></html>', dom);
    const kinds = Object.fromEntries(walk.blocks.map((b) => [b.text, b.kind]));
    expect(kinds['Run this first:']).toBe('line');
    expect(kinds['make all']).toBe('code');
    expect(kinds['He said:']).toBe('line');
    expect(kinds['It works.']).toBe('quote');
  });
});
