import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { parseWindowless } from '../../src/html/jsdom-window.js';
import type { DomDocument, DomElement } from '../../src/html/dom-types.js';
import { parsePage } from '../../src/html/parse.js';

/** The DOM's own selector search (jsdom's documents have it; chaff's narrow type does not list it). */
const select = (document: DomDocument, selector: string) => (document as unknown as { querySelector(s: string): DomElement | null }).querySelector(selector);

/** V8's collector, exposed for this process (the flag is read when a new context asks for it). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

function article(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1>${body}</article><footer>© 2026 The Harbour Post</footer></body></html>`;
}

const A = article(
  'Ferries return to the south pier',
  '<p>The ferries that had been diverted to the south pier returned to their usual berths before noon on Tuesday, the port authority said.</p><p>Traders on the quay said the closure had cost them three days of custom and asked the council for a rebate on their stall fees.</p>',
);
/** A page that sets what a shared window could carry over: a base URL, frames, a form, a lang. */
const B =
  '<!doctype html><html lang="de"><head><base href="https://other.example/x/"><title>Andere Seite</title></head><body>' +
  '<iframe src="a.html"></iframe><form><input name=q></form><div id="main"><p>Ein ganz anderer Artikel über den Hafen und die Fähren, die am Dienstag zurückkehrten.</p></div></body></html>';

describe('jsdom pages as documents of one blank window', () => {
  it('parses with jsdom 29 internals, not a window per page', () => {
    const page = parseWindowless('<p>x</p>');
    expect(page).toBeDefined();
    const document = page?.document as unknown as { defaultView: unknown; body: { textContent: string } };
    expect(document.defaultView).toBeNull();
    expect(document.body.textContent).toBe('x');
    page?.close();
  });

  it('gives each page its own source ranges', () => {
    const html = '<div><p class="a">x &amp; y</p></div>';
    const page = parsePage(html, 'jsdom');
    const p = select(page.document, 'p');
    const at = p ? page.locate(p, 0) : undefined;
    expect(at && html.slice(at[0], at[1])).toBe('<p class="a">x &amp; y</p>');
    page.close();
  });

  it('gives the same result for a page whatever was cleaned before it', () => {
    for (const to of ['text', 'html', 'markdown'] as const) {
      const first = clean(A, { from: 'html', to, url: 'https://harbour.example/a' });
      clean(B, { from: 'html', to });
      clean(B, { from: 'html', to, url: 'https://third.example/' });
      const again = clean(A, { from: 'html', to, url: 'https://harbour.example/a' });
      expect(again).toEqual(first);
      expect(first.text).toContain('usual berths');
    }
  });

  it('keeps no closed document alive but the last one searched (the window drops the selector engine’s listeners)', async () => {
    const gc = collector();
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 5; i += 1) {
      const page = parsePage(A, 'jsdom');
      select(page.document, 'article p'); // what adds the listeners to the window
      refs.push(new WeakRef(page.document as object));
      page.close();
    }
    await turn(); // WeakRef targets are kept until the job ends
    gc();
    await turn();
    gc();
    // The selector engine caches the last document it searched, so only the newest may stay.
    expect(refs.slice(0, -1).filter((r) => r.deref() !== undefined)).toHaveLength(0);
  });
});
