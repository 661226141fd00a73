import { describe, expect, it } from 'vitest';
import { type DomElement, type DomNode, ELEMENT_NODE } from '../../src/html/dom-types.js';
import { type DomBackend, parsePage } from '../../src/html/parse.js';

/** Every element with its range in the parsed string, walked in document order as the walk does. */
function ranges(html: string, dom: DomBackend): { tag: string; source: string | undefined }[] {
  const page = parsePage(html, dom);
  const out: { tag: string; source: string | undefined }[] = [];
  let seq = -1;
  const visit = (n: DomNode) => {
    if ([1, 3, 8].includes(n.nodeType)) seq += 1;
    if (n.nodeType === ELEMENT_NODE) {
      const at = page.locate(n, seq);
      out.push({ tag: (n as DomElement).localName, source: at ? html.slice(at[0], at[1]) : undefined });
    }
    for (let c = n.nodeType === ELEMENT_NODE ? n.firstChild : null; c; c = c.nextSibling) visit(c);
  };
  for (const n of Array.from(page.document.childNodes).filter((x) => x.nodeType !== 10)) visit(n);
  page.close();
  return out;
}

const TRICKY =
  '<!doctype html><html><head><title>T &amp; U</title></head><body>' +
  '<p>one &lt;two&gt; &#233;<b>bold<p>implied</b> tail<div>d<li>x<li>y</div></p><br/>' +
  '<table><tr><td>c1<td>c2</table><img src=a><p>unclosed <i>italic</body></html>';

describe.each(['jsdom', 'linkedom'] as const)('source ranges on %s', (dom) => {
  it('give every parsed element a range that opens with its tag (or none, for made-up ones)', () => {
    for (const { tag, source } of ranges(TRICKY, dom)) {
      if (source === undefined) continue; // html/head/body/tbody the parser made up
      expect(source.toLowerCase().startsWith(`<${tag}`) || source.startsWith('</'), `${tag}: ${source}`).toBe(true);
    }
  });

  it('ends an explicitly closed element at its end tag', () => {
    const found = ranges('<div><p class="a">x &amp; y</p><p>z</p></div>', dom).filter((r) => r.tag === 'p');
    expect(found.map((r) => r.source)).toEqual(['<p class="a">x &amp; y</p>', '<p>z</p>']);
  });
});
