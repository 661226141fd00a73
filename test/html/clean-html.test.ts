import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { isoDate } from '../../src/html/metadata.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];

const PROSE =
  'The council approved the new budget on Tuesday after a long debate about the cost of repairing the old bridge, ' +
  'and the mayor said that work would begin in the spring once the last contracts are signed.';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Bridge repairs approved - Town Post</title>${head}</head><body>${body}</body></html>`;
}

const ARTICLE = `<article><h1>Bridge repairs approved</h1><p>${PROSE}</p><p>${PROSE.replace('Tuesday', 'Monday')}</p><p>${PROSE.replace('spring', 'summer')}</p></article>`;

describe.each(DOMS)('HTML mode on %s', (dom) => {
  it('is detected by from: "auto" and keeps the article', () => {
    const r = clean(page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>${ARTICLE}`), { dom });
    expect(r.from).toBe('html');
    expect(r.text).toContain('The council approved the new budget on Tuesday');
    expect(r.text).not.toContain('Home');
    expect(r.title).toBe('Bridge repairs approved');
  });

  it('judges a hidden panel that holds prose by its text (a closed tab), but drops hidden links as hidden', () => {
    const other = 'Residents of the east bank will use a temporary ferry while the bridge is closed, and the service will be free of charge until the repairs are finished next year.';
    const tab = '<div role="tabpanel" hidden><p>The committee that oversees the harbour asked for a second survey of the piers, which were last inspected in the winter of the flood.</p></div>';
    const menu = '<div style="display:none"><a href="/a">Alpha</a> <a href="/b">Beta</a> <a href="/c">Gamma</a></div>';
    const r = clean(page(`<article><h1>Bridge repairs approved</h1><p>${PROSE}</p>${tab}<p>${other}</p></article>${menu}`), { dom });
    expect(r.text).toContain('asked for a second survey of the piers');
    expect(r.text).not.toContain('Alpha');
    expect(r.dropped.find((d) => d.text.includes('Alpha'))?.rule).toBe('dom/hidden');
  });

  it('keeps closed tabs after the article\'s visible one: a spec table and a review, not a hidden link row', () => {
    const specs = '<div class="tab-panel" hidden><table><tr><th>Weight</th><td>5.4 kg</td></tr> <tr><th>Power</th><td>250 W</td></tr> <tr><th>Hopper</th><td>300 g</td></tr></table></div>';
    const review = '<div class="tab-panel" hidden><p>Very even grind, and my espresso runs much more steadily since I bought it. I would buy it again without a second thought.</p></div>';
    const menu = '<div hidden><a href="/a">Alpha</a> <a href="/b">Beta</a> <a href="/c">Gamma</a></div>';
    const second = 'Engineers said the old piers would be braced first, so that the ferry can keep running on the east bank while the deck is lifted off in sections over the summer.';
    const r = clean(page(`<main><h1>Bridge repairs approved</h1><div class="tab-panel"><p>${PROSE}</p><p>${second}</p></div>${specs}${review}</main><div class="after">${menu}</div>`), { dom });
    for (const row of ['Weight 5.4 kg', 'Power 250 W', 'Hopper 300 g', 'Very even grind']) expect(r.text).toContain(row);
    expect(r.dropped.find((d) => d.text.includes('Alpha'))?.rule).toBe('dom/hidden');
  });

  it('reads <noscript> content in the body (a crawler view), and drops a scripts notice with a record', () => {
    const notice = 'Please enable JavaScript to view the comments powered by Disqus.';
    const r = clean(page(`<div id="app"></div><noscript>${ARTICLE}<p>${notice}</p></noscript>`, '<noscript><style>p{}</style></noscript>'), { dom });
    expect(r.text).toContain('The council approved the new budget on Tuesday');
    expect(r.text).not.toContain('enable JavaScript');
    expect(r.dropped.find((d) => d.text === notice)?.rule).toBe('cta/enable-scripts');
  });

  it('gives each dropped element its source range, its text and its line, with emoji and CRLF before it', () => {
    const input = page(`\r\n<p>😀 é</p>\r\n<nav class="menu"><a href="/">Home</a><a href="/x">World</a></nav>\r\n${ARTICLE}`);
    const r = clean(input, { dom });
    const nav = r.dropped.find((d) => d.rule === 'dom/nav');
    expect(nav?.text).toBe('Home World');
    expect(input.slice(nav?.start, nav?.end)).toBe('<nav class="menu"><a href="/">Home</a><a href="/x">World</a></nav>');
    expect(nav?.line).toBe(3);
  });

  it('does not drop an article wrapped in a "related" class', () => {
    const r = clean(page(`<div class="post related-content">${ARTICLE}</div><aside class="related"><a href="/a">Other story</a></aside>`), { dom });
    expect(r.text).toContain('once the last contracts are signed');
    expect(r.text).not.toContain('Other story');
  });

  it('never throws and never comes back empty for a short page', () => {
    const r = clean('<html><body><p>A short note.</p></body></html>', { dom, from: 'html' });
    expect(r.text).toBe('A short note.');
    for (const input of ['', '<html></html>', '<frameset><frame src="x"></frameset>', '<<<>>>', '<p', '<nav><a href="/">Home</a></nav>']) {
      expect(() => clean(input, { dom, from: 'html' })).not.toThrow();
    }
  });

  // Its time is bounded in `npm run bench:hostile` ('div x 3,000 closed'), not here: no unit test
  // measures wall-clock time (a busy machine would fail it).
  it('accounts for the text of a deeply nested page (Readability is skipped past MAX_READABILITY_DEPTH)', () => {
    const input = page(`<p>${PROSE}</p>${'<div>'.repeat(3000)}<p>MARKER inside the nest.</p>${'</div>'.repeat(3000)}<p>${PROSE}</p>`);
    const r = clean(input, { dom });
    expect(r.text.includes('MARKER') || r.dropped.some((d) => d.text.includes('MARKER'))).toBe(true);
  });

  it('reads roles and tags named like Object.prototype members as nothing special', () => {
    const input = page(`<div role="constructor"><constructor><p>${PROSE}</p></constructor></div><div role="__proto__" class="toString">${ARTICLE}</div>`);
    const r = clean(input, { dom });
    expect(r.text).toContain('The council approved');
    expect(r.dropped.every((d) => typeof d.reason === 'string')).toBe(true);
  });

  it('survives a stylesheet jsdom cannot parse (SCSS calc in a <style>)', () => {
    const input = page(ARTICLE, '<style>.a { width: calc(100% - #{$gutter * 2}); }</style>');
    expect(clean(input, { dom }).text).toContain('The council approved');
  });

  it('reads metadata from meta tags and JSON-LD', () => {
    const head =
      '<meta property="og:site_name" content="Town Post"><meta name="description" content="The bridge will be repaired.">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ana Ruiz"},{"name":"Li Wei"}],"datePublished":"2024-05-01T10:00:00+02:00"}</script>';
    const r = clean(page(ARTICLE, head), { dom });
    expect(r).toMatchObject({ byline: 'Ana Ruiz, Li Wei', published: '2024-05-01T08:00:00.000Z', siteName: 'Town Post', excerpt: 'The bridge will be repaired.', lang: 'en' });
  });

  it('ignores malformed and hostile JSON-LD', () => {
    const head =
      '<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>' +
      '<script type="application/ld+json">{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "@type": "Article"}</script>';
    expect(() => clean(page(ARTICLE, head), { dom })).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('renders markdown: headings, lists, links, emphasis, quotes, code and tables', () => {
    const body =
      `<article><h1>Bridge repairs approved</h1><p>${PROSE} See <a href="/plan">the <em>plan</em></a>.</p><h2>What changes</h2>` +
      `<ul><li>${PROSE}</li><li>The second point of the list is a full sentence too.</li></ul><blockquote><p>We will keep one lane open for buses while the work goes on, the engineer said at the meeting.</p></blockquote>` +
      `<pre><code>repair(bridge);</code></pre><table><tr><th>Item</th><th>Cost</th></tr><tr><td>Steel</td><td>10</td></tr></table><p>${PROSE}</p></article>`;
    const md = clean(page(body), { dom, to: 'markdown', url: 'https://town.example/news/1' }).markdown ?? '';
    expect(md).toContain('## What changes');
    expect(md).toContain('[the _plan_](https://town.example/plan)');
    expect(md).toMatch(/^- {1,3}The second point/mu);
    expect(md).toContain('> We will keep one lane open');
    expect(md).toContain('```\nrepair(bridge);\n```');
    expect(md).toContain('| Item | Cost |\n| --- | --- |\n| Steel | 10 |');
  });

  it('renders sanitized HTML: no scripts, frames, handlers or javascript: URLs', () => {
    const body =
      `<article><h1>Bridge repairs approved</h1><p onclick="steal()">${PROSE} <a href="javascript:alert(1)">x</a> <a href="java\tscript:alert(1)">y</a>` +
      ` <img src="/a.png" onerror="alert(1)" srcset="/b.png 2x"> <iframe src="https://evil.example"></iframe></p>` +
      `<p>${PROSE}<object data="x.swf"></object><embed src="x.swf"><svg><script>alert(1)</script></svg></p><p>${PROSE}</p></article>`;
    const html = clean(page(body), { dom, to: 'html', url: 'https://town.example/news/1' }).html ?? '';
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(document.querySelectorAll('script, style, iframe, object, embed, svg, form').length).toBe(0);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on/iu);
        expect(attr.value.replace(/[\s\u0000-\u001f]/gu, '')).not.toMatch(/^(?:java|vb)script:/iu);
      }
    }
    expect(document.querySelector('img')?.getAttribute('src')).toBe('https://town.example/a.png');
    expect(html).toContain('The council approved');
  });
});

describe('HTML mode options', () => {
  it('rejects an unknown dom', () => {
    expect(() => clean('<p>x</p>', { dom: 'happy-dom' as never })).toThrow(/option "dom"/u);
  });

  it('gives the same text on both DOMs', () => {
    const input = page(`<header><a href="/">Town Post</a></header>${ARTICLE}<footer>© 2024 Town Post</footer>`);
    expect(clean(input, { dom: 'linkedom' }).text).toBe(clean(input, { dom: 'jsdom' }).text);
  });
});

describe('isoDate', () => {
  it('is deterministic whatever the time zone', () => {
    expect(isoDate('2024-05-01')).toBe('2024-05-01');
    expect(isoDate('2024-05-01T10:00')).toBe('2024-05-01T10:00:00');
    expect(isoDate('2024-05-01T10:00:00Z')).toBe('2024-05-01T10:00:00.000Z');
    expect(isoDate('2024-05-01T10:00:00+0200')).toBe('2024-05-01T08:00:00.000Z');
    expect(isoDate('Wed, 01 May 2024 10:00:00 GMT')).toBe('2024-05-01T10:00:00.000Z');
    expect(isoDate('May 1, 2024')).toBeUndefined();
    expect(isoDate('not a date')).toBeUndefined();
  });
});
