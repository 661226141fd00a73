import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

// A page that declares a discussion (JSON-LD DiscussionForumPosting, QAPage…) holds its posts in
// elements its software names "comments": there they are the content, not an article's comments.
const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const POSTS = [
  'Has anyone tried replacing the rear pads on the 2014 model without removing the caliper bracket? The manual says it is needed but a friend says otherwise.',
  'You can do it without the bracket on the 2014, but the slide pins need cleaning while you are there, and mine were badly seized after the winter.',
  'Same here. Clean the pins, use a thin coat of silicone grease, and check the rotor thickness before you put the new pads on, or they will squeal.',
];
const LD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Rear pads on the 2014 model"}</script>';
const page = (head: string) =>
  `<!doctype html><html><head><title>Rear pads on the 2014 model</title>${head}</head><body>` +
  '<nav><a href="/">Forums</a> <a href="/brakes">Brakes</a></nav><main><h1>Rear pads on the 2014 model</h1>' +
  `<div id="comments" class="topic-comments">${POSTS.map((p, i) => `<div class="comment"><div class="author">member${i}</div><p>${p}</p></div>`).join('')}</div>` +
  '</main></body></html>';

describe.each(DOMS)('a declared discussion (%s)', (dom) => {
  it('keeps the posts its markup calls comments', () => {
    const r = clean(page(LD), { from: 'html', dom });
    for (const p of POSTS) expect(r.text).toContain(p);
    expect(r.pageType).toBe('forum');
  });

  it('without the declaration, the same markup is a comments section', () => {
    const r = clean(page(''), { from: 'html', dom });
    expect(r.dropped.some((d) => d.text.includes(POSTS[1] as string) && d.reason === 'comments')).toBe(true);
  });
});
