import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { parseFragment, serialize } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Dom, From } from '../../src/types.js';

/**
 * `to: 'html'` output is safe to put in a page (docs/security.md, "Safe HTML output"): re-parsed
 * with parse5, it holds no script-capable element, no `on*` attribute, no `srcdoc`, and no URL
 * outside http(s), mailto, relative and (on images) data:image; DOMPurify finds nothing to
 * remove in it, and it is stable under parse → serialize (no mutation XSS).
 */

const PROSE = 'The harbour authorities reopened the northern quay after a week of repairs, and the ferries returned to their usual berths.';

const VECTORS: readonly string[] = [
  '<img src="x" onerror="alert(1)">',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="java\tscript:alert(1)">tab</a>',
  '<a href="&#x6A;avascript:alert(1)">entity</a>',
  '<a href=" &#14;javascript:alert(1)">control</a>',
  '<a href="JaVaScRiPt:alert(1)">case</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<a href="blob:https://example.com/uuid">blob</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<script>alert(1)</script>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<svg><a xlink:href="javascript:alert(1)"><text>svg link</text></a></svg>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<details open ontoggle="alert(1)"><summary>s</summary>d</details>',
  '<button formaction="javascript:alert(1)">b</button>',
  '<img src="data:image/png;base64,iVBORw0KGgo=" alt="ok">',
  '<a href="https://example.com/ok">fine link</a>',
];

/** Elements that can run script, load a document or restructure a page. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'style', 'svg', 'math', 'template', 'noscript', 'portal']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'longdesc', 'usemap']);
/** Scheme of a URL as a browser reads it: controls and white space are ignored. */
function scheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/gu, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/u.exec(squeezed)?.[1];
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

/** Every problem found in `html`, re-parsed as a body fragment. */
function problems(html: string): string[] {
  const found: string[] = [];
  const visit = (node: P5Node) => {
    if (node.tagName) {
      if (FORBIDDEN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const a of node.attrs ?? []) {
        if (/^on/iu.test(a.name) || a.name === 'srcdoc' || a.name === 'style') found.push(`${node.tagName}[${a.name}]`);
        if (URL_ATTRIBUTES.has(a.name)) {
          const s = scheme(a.value);
          const ok = s === undefined || s === 'http' || s === 'https' || s === 'mailto' || (s === 'data' && node.tagName === 'img' && /^\s*data:image\//iu.test(a.value));
          if (!ok) found.push(`${node.tagName}[${a.name}=${a.value}]`);
        }
      }
    }
    for (const c of node.childNodes ?? []) visit(c);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html) as unknown as P5Node);
  return found;
}

const window = new JSDOM('').window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
afterAll(() => window.close());

function assertSafe(html: string | undefined): void {
  expect(typeof html).toBe('string');
  const out = html as string;
  expect(problems(out)).toEqual([]);
  // Stable under a browser's round trip: what a consumer re-parses is what was checked.
  const reparsed = serialize(parseFragment(out));
  expect(problems(reparsed)).toEqual([]);
  purify.sanitize(reparsed);
  expect(purify.removed.map((r) => ('element' in r ? (r.element as Element).nodeName : (r as { attribute: Attr | null }).attribute?.name))).toEqual([]);
}

describe('to: html is safe', () => {
  it('the checker itself sees each kind of problem', () => {
    expect(problems('<img src=x onerror=alert(1)>')).toEqual(['img[onerror]']);
    expect(problems('<a href="java\tscript:x">a</a>')).toHaveLength(1);
    expect(problems('<svg><style>x</style></svg>')).toEqual(['<svg>', '<style>']);
    expect(problems('<img src="data:image/png;base64,AA">')).toEqual([]);
  });

  for (const dom of ['jsdom', 'linkedom'] as Dom[]) {
    it(`every vector, inside kept paragraphs (${dom})`, () => {
      for (const v of VECTORS) {
        const page = `<!doctype html><html><head><title>T</title></head><body><article><h1>Quay</h1><p>${PROSE} ${v} ${PROSE}</p>${v}<p>${PROSE}</p></article></body></html>`;
        const r = clean(page, { to: 'html', dom, url: 'https://example.com/news/quay' });
        expect(r.text).toContain('harbour');
        assertSafe(r.html);
      }
    });
  }

  it.each(['text', 'markdown'] as From[])('%s input: markup is escaped, never rendered', (from) => {
    const input = VECTORS.map((v) => `${PROSE} ${v}`).join('\n\n');
    const r = clean(input, { from, to: 'html' });
    assertSafe(r.html);
  });

  it('random attribute mutations (fast-check)', async () => {
    const tag = fc.constantFrom('a', 'img', 'p', 'div', 'svg', 'math', 'iframe', 'video', 'span', 'form', 'object');
    const name = fc.constantFrom('href', 'src', 'onerror', 'onclick', 'OnLoad', 'srcdoc', 'style', 'xlink:href', 'formaction', 'action', 'data', 'poster', 'title');
    const value = fc.oneof(
      fc.constantFrom('javascript:alert(1)', 'java&#x09;script:alert(1)', '&#106;avascript:1', 'data:text/html,x', 'vbscript:x', ' javascript:x', 'blob:x', '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>"),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    const piece = fc.tuple(tag, fc.array(fc.tuple(name, value), { maxLength: 3 })).map(([t, attrs]) => `<${t} ${attrs.map(([n, v]) => `${n}="${v.replace(/"/gu, '&quot;')}"`).join(' ')}>x</${t}>`);
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom('jsdom', 'linkedom'), async (pieces, dom) => {
        const page = `<html><body><article><p>${PROSE} ${pieces.join(' ')}</p><p>${PROSE}</p></article></body></html>`;
        assertSafe(clean(page, { to: 'html', dom: dom as Dom }).html);
        await new Promise<void>((resolve) => setImmediate(resolve)); // jsdom frees windows when the loop turns
      }),
      { numRuns: 50, seed: 4242 },
    );
  }, 60_000);
});

describe('links are resolved before they are checked (issue 9, items 1 and 11)', () => {
  const BASES = ['javascript://x/%0aalert(document.domain)//', 'JavaScript://x/%0aalert(1)//', 'data:text/html,x/', 'vbscript://x/', 'file:///etc/'];
  const links = '<a href="rel/page">relative link</a> <a href="/abs">root link</a> <img src="pic.png" alt="pic">';
  const page = (head: string) => `<!doctype html><html><head><title>T</title>${head}</head><body><article><h1>Quay</h1><p>${PROSE} ${links}</p><p>${PROSE}</p></article></body></html>`;

  for (const dom of ['jsdom', 'linkedom'] as Dom[]) {
    it(`a page's own non-http <base href> never makes script URLs (${dom}, to html and markdown)`, () => {
      for (const base of BASES) {
        const input = page(`<base href="${base}">`);
        assertSafe(clean(input, { to: 'html', dom }).html);
        const md = clean(input, { to: 'markdown', dom }).markdown ?? '';
        expect(md).not.toMatch(/\]\(\s*(?:javascript|vbscript|data|file):/iu);
        expect(md).toContain('[relative link](rel/page)');
      }
    });

    it(`options.url of a non-http scheme is ignored; an http base still resolves (${dom})`, () => {
      for (const url of BASES) {
        assertSafe(clean(page(''), { to: 'html', dom, url }).html);
        expect(clean(page(''), { to: 'markdown', dom, url }).markdown).not.toMatch(/\]\(\s*(?:javascript|vbscript|data|file):/iu);
      }
      const html = clean(page('<base href="https://cdn.example.org/a/">'), { to: 'html', dom, url: 'javascript://x/' }).html ?? '';
      expect(html).toContain('href="https://cdn.example.org/a/rel/page"');
    });

    it(`only http(s), mailto and relative URLs survive in to: html (${dom})`, () => {
      const schemes = ['ftp://x/f', 'tel:+123', 'sms:+123', 'xmpp:a@b', 'cid:x', 'callto:x', 'matrix:u/x', 'mailto:a@b.c', 'https://ok.example/'];
      const anchors = schemes.map((s, i) => `<a href="${s}">scheme${i}</a>`).join(' ');
      const html = clean(page('').replace(links, anchors), { to: 'html', dom }).html ?? '';
      const hrefs = [...html.matchAll(/href="([^"]*)"/gu)].map((m) => m[1]);
      expect(hrefs).toEqual(['mailto:a@b.c', 'https://ok.example/']);
      expect(html).toContain('scheme0'); // the link text stays
    });

    it(`escaped markup in text stays text in to: markdown (${dom})`, () => {
      const input = page('').replace(links, '&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;x()&lt;/script&gt; &amp;lt;');
      const md = clean(input, { to: 'markdown', dom }).markdown ?? '';
      expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(md).not.toMatch(/<img|<script/iu);
      expect(md).toContain('&amp;lt;');
    });
  }
});
