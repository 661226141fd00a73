import { describe, expect, it } from 'vitest';
import { withEnclosedProse, withRepeatedItems } from '../../src/html/items.js';
import { parsePage } from '../../src/html/parse.js';
import { walkPage } from '../../src/html/walk.js';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const post = (n: number, words: string) =>
  `<div class="post"><div class="author">user${n}</div><div class="body"><p>${words} This is reply number ${n} in the thread, with a full sentence of its own.</p></div></div>`;

function walked(html: string, dom: Dom) {
  const parsed = parsePage(html, dom);
  return walkPage(parsed.document, parsed.locate);
}

describe.each(DOMS)('repeated items around the container (%s)', (dom) => {
  it('widens a container that is one post of a thread to every post', () => {
    const html = `<html><body><div class="thread">${[1, 2, 3].map((n) => post(n, 'I had the same problem with the router after the update, and resetting it fixed nothing.')).join('')}</div></body></html>`;
    const walk = walked(html, dom);
    const inside = walk.blocks.map((b) => b.text.includes('reply number 1'));
    const widened = withRepeatedItems(walk, inside);
    const kept = walk.blocks.filter((_, i) => widened[i]).map((b) => b.text);
    expect(kept.some((t) => t.includes('reply number 2'))).toBe(true);
    expect(kept.some((t) => t.includes('reply number 3'))).toBe(true);
    expect(kept).toContain('user2');
  });

  it('leaves an article among short teasers of its own kind alone', () => {
    const long = 'The committee met for six hours and agreed on a plan for the harbour, the ferries and the bridge. '.repeat(12);
    const teaser = (n: number) => `<article class="post"><h2><a href="/p${n}">Teaser ${n}</a></h2><p>A short excerpt of another story, number ${n}, ends here.</p></article>`;
    const html = `<html><body><main><article class="post"><h1>The plan</h1><p>${long}</p></article>${[1, 2, 3, 4].map(teaser).join('')}</main></body></html>`;
    const walk = walked(html, dom);
    const inside = walk.blocks.map((b) => b.text.startsWith('The committee'));
    expect(withRepeatedItems(walk, inside)).toBe(inside);
  });

  it('keeps every post of a forum thread end to end', () => {
    const posts = [1, 2, 3, 4].map((n) => post(n, `Post ${n}: the firmware update broke the wireless bridge mode on my model, and rolling back did not help.`)).join('');
    const html = `<!doctype html><html><head><title>Bridge mode broken - Router forum</title></head><body><nav><a href="/">Forum</a> <a href="/new">New</a></nav><h1>Bridge mode broken</h1><div class="thread">${posts}</div></body></html>`;
    const r = clean(html, { from: 'html', dom });
    for (const n of [1, 2, 3, 4]) expect(r.text).toContain(`reply number ${n}`);
  });
});

describe.each(DOMS)('prose the container encloses (%s)', (dom) => {
  const para = (s: string) => `<p>${s} The council said the work would be done at night, so that the quay can stay open.</p>`;
  const html = `<html><body><article>${para('First.')}<div class="x">${para('Cut out.')}</div><div class="x">Advertisement</div>${para('Last.')}</article></body></html>`;

  it('takes in a paragraph between two inside blocks, not the label beside it', () => {
    const walk = walked(html, dom);
    const inside = walk.blocks.map((b) => b.text.startsWith('First.') || b.text.startsWith('Last.'));
    const widened = withEnclosedProse(walk, inside);
    const kept = walk.blocks.filter((_, i) => widened[i]).map((b) => b.text.split(' ')[0]);
    expect(kept).toEqual(['First.', 'Cut', 'Last.']);
  });

  it('leaves prose before the container, or after it, outside', () => {
    const walk = walked(html, dom);
    const inside = walk.blocks.map((b) => b.text.startsWith('Last.'));
    expect(withEnclosedProse(walk, inside)).toBe(inside);
  });

  it('leaves a long gap outside: a section of its own', () => {
    const many = Array.from({ length: 9 }, (_, i) => para(`Other ${i}.`)).join('');
    const long = `<html><body><article>${para('First.')}<section>${many}</section>${para('Last.')}</article></body></html>`;
    const walk = walked(long, dom);
    const inside = walk.blocks.map((b) => b.text.startsWith('First.') || b.text.startsWith('Last.'));
    expect(withEnclosedProse(walk, inside)).toBe(inside);
  });
});
