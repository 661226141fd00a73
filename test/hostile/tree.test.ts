import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { guardHtml } from '../../src/guard/html.js';
import { readTree } from '../../src/guard/tree.js';
import { stripPage } from '../../src/html/strip.js';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

/**
 * The second hostile round (issue 9, items 2, 3, 9, 10 and 13): the guard counts what the
 * standard's tree builder builds, and the strip cuts what the tree builder would make of the
 * page, so neither a reopening bomb nor a misnesting trick gets past the budgets, and no visible
 * text is cut without a record. Timing lives in `npm run bench:hostile`, not here.
 */

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const PARA = (n: number) => `<p>Closing paragraph ${n} of the page, with words that must be kept or listed.</p>`;

type Node5 = DefaultTreeAdapterMap['node'];
/** Elements whose text no reader sees (chaff cuts them; `head` holds the title). */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'select', 'datalist', 'head', 'title', 'textarea']);

/** Words of the page's visible text as the HTML standard parses it (what a browser shows). */
function visibleWords(html: string): string[] {
  const out: string[] = [];
  const visit = (node: Node5, inSvg: boolean) => {
    if ('value' in node && node.nodeName === '#text') {
      if (!inSvg) out.push(...(node.value.match(/[\p{L}\p{N}]+/gu) ?? []));
      return;
    }
    if (!('childNodes' in node)) return;
    const el = node as Node5 & { tagName?: string; namespaceURI?: string };
    if (el.tagName && el.namespaceURI?.endsWith('xhtml') && HIDDEN.has(el.tagName)) return;
    const svg = el.tagName === 'svg' ? true : el.tagName === 'foreignObject' ? false : inSvg;
    for (const child of node.childNodes) visit(child, svg);
  };
  visit(parse(html), false);
  return [...new Set(out)];
}

/**
 * Visible words that are neither kept, in the title, nor dropped. `shown`: the page whose words
 * are counted, when not `html` itself (the guarded page: the same text, too deep for this walk).
 */
function lost(html: string, dom: Dom, shown = html): string[] {
  const r = clean(html, { from: 'html', dom });
  const have = new Set([r.text, r.title ?? '', ...r.dropped.map((d) => d.text)].join(' ').match(/[\p{L}\p{N}]+/gu) ?? []);
  return visibleWords(shown).filter((w) => !have.has(w));
}

describe('the tree budget counts what the tree builder builds', () => {
  it('stops a formatting-element reopening bomb at the element budget (N×M elements from N+M tags)', () => {
    const page = `<p>${Array.from({ length: 250 }, (_, i) => `<b id=${i}>`).join('')}</p>${'<p>x</p>'.repeat(5000)}`;
    const tree = readTree(page);
    expect(tree.stopped?.cap).toBe('elements');
    expect(tree.elements).toBeLessThan(40_000);
    for (const dom of DOMS) expect(clean(page, { from: 'html', dom }).limits?.truncated).toEqual({ at: tree.stopped?.at, cap: 'elements' });
  });

  it.each([
    ['<b><div></b>', 5000],
    ['<span><div></span>', 5000],
    ['<li><ul></li>', 5000],
    ['<form><div></form>', 5000],
    ['<table><tr><td>', 5000],
  ])('flattens %s × %i, which deepens the tree behind any tag scan, at the depth the tree builder builds', (unit, n) => {
    const page = unit.repeat(n) + PARA(1);
    const guarded = guardHtml(page);
    expect(guarded.flattened).toBeGreaterThan(0);
    // What reaches a DOM nests no deeper than the budget: re-read the page that is handed on.
    const reread = readTree(guarded.html);
    expect(reread.depth).toBeLessThanOrEqual(512);
    if (!guarded.truncated) {
      // The guard's own pass built the very tree a DOM builds from the guarded page.
      expect([reread.elements, reread.depth]).toEqual([guarded.tree.elements, guarded.tree.depth]);
      expect(reread.tokens.filter((t) => t.kind !== 'text').length).toBe(guarded.tree.tokens.filter((t) => t.kind !== 'text').length);
    }
    for (const dom of DOMS) {
      const r = clean(page, { from: 'html', dom });
      expect(r.limits?.truncated?.at).toBe(guarded.truncated?.at);
      expect(lost(page, dom, guarded.html)).toEqual([]);
    }
  });

  it('bounds <svg> followed by many self-closed <div/>', () => {
    const page = `<svg>${'<div/>'.repeat(20_000)}${PARA(2)}`;
    expect(readTree(guardHtml(page).html).depth).toBeLessThanOrEqual(512);
  });

  it('127 × <table><tr><td><table></td>: no runaway blanking, and what is not read is flagged', () => {
    // `</td>` is ignored inside the inner table, so each repeat nests four levels deeper.
    const page = '<table><tr><td><table></td>'.repeat(127) + PARA(6) + PARA(7);
    for (const dom of DOMS) {
      const r = clean(page, { from: 'html', dom });
      const at = r.limits?.truncated?.at ?? page.length;
      // Every visible word before the cut is kept or listed; the cut itself is reported.
      expect(lost(page.slice(0, at), dom)).toEqual([]);
      if (at < page.length) expect(r.limits?.truncated?.cap).toBe('elements');
      else expect(r.text).toContain('Closing paragraph 7');
    }
  });

  it('keeps foster-parented text (text after the rows, inside <table>)', () => {
    const page = `<table><tr><td>cell words</td></tr>FOSTERED words here</table>${PARA(3)}`;
    for (const dom of DOMS) expect(lost(page, dom)).toEqual([]);
  });

  it('never stops a long text-only page: runs of words are one record, not one per word', () => {
    const tree = readTree(`<p>${'word '.repeat(400_000)}</p>`);
    expect(tree.stopped).toBeUndefined();
    expect(tree.tokens.length).toBeLessThan(10);
  });

  it('lets ordinary pages through untouched: a real article shape is not stopped', () => {
    const page = `<html><body>${'<div class="c"><p>Some <b>bold</b> and <i>italic</i> words.</p><ul><li><a href="/x">x</a></li></ul></div>'.repeat(800)}</body></html>`;
    expect(readTree(page).stopped).toBeUndefined();
  });
});

describe('the strip cuts what the tree builder would build, and nothing a reader sees', () => {
  const CASES: readonly [string, string][] = [
    ['a comment ended by --!>', '<p>alpha <!-- note --!> VISIBLEAFTERCOMMENT words</p>'],
    ['<math><style> is MathML, not a style sheet', '<p>intro</p><math><style>MATHSTYLETEXT</style></math><p>after math</p>'],
    ['<math><script> is MathML too', '<p>intro</p><math><script>MATHSCRIPTTEXT</script></math>'],
    ['<svg><p> leaves foreign content', '<svg><circle r="1"/><p>BREAKOUTPARAGRAPH text</p>'],
    ['<svg><table> leaves foreign content', '<svg><table><tr><td>BREAKOUTCELL</td></tr></table>'],
    ['<svg><font color> leaves foreign content', '<svg><font color="red">BREAKOUTFONT</font></svg><p>after</p>'],
    ['<select><input> closes the select', '<select><option>opt</option><input>AFTERSELECTINPUT words'],
    ['<select><textarea> closes the select', '<select><option>opt</option><textarea>form value</textarea> AFTERSELECTTEXTAREA words'],
    ['<object> fallback content is shown', '<object data="movie.swf"><p>OBJECTFALLBACK text for readers</p></object>'],
    ['<svg><foreignObject> holds HTML', '<svg><foreignObject><p>FOREIGNOBJECTTEXT inside</p></foreignObject></svg>'],
  ];
  it.each(CASES)('%s: no visible word lost', (_, body) => {
    const page = `<html><body><article><p>The harbour reopened after a week of repairs, and the ferries returned to their berths before noon.</p>${body}</article></body></html>`;
    for (const dom of DOMS) expect(lost(page, dom), dom).toEqual([]);
  });

  it.each([
    ['words only', 'FRAGMENTWORDS with no markup at all, as a scraper may hand on'],
    ['words after an element', '<div></div>FRAGMENTAFTER words outside every element'],
    ['words between inline elements', '<b>bold</b> FRAGMENTBETWEEN words <i>italic</i>'],
    ['words after the document', '<html><body><p>inside</p></body></html>FRAGMENTTRAILING words'],
  ])('a fragment with %s: no visible word lost on either DOM (linkedom gives it no <body>)', (_, page) => {
    for (const dom of DOMS) expect(lost(page, dom), dom).toEqual([]);
  });

  it('does not leak script text when a script writes a script (double-escaped state)', () => {
    const page = `<p>kept words here</p><script><!--document.write('<script>x()</script>');SCRIPTLEAK()--></script><p>more kept words</p>`;
    const { html } = stripPage(page);
    expect(html).not.toContain('SCRIPTLEAK');
    for (const dom of DOMS) expect(clean(page, { from: 'html', dom }).text).not.toContain('SCRIPTLEAK');
  });

  it('cuts script, style, template, comments and svg with the ranges the parser gives them', () => {
    const page = '<p>a</p><script>if (a < b) x("</p>")</script><style>p{}</style><template><p>t</p></template><!-- c --><svg><g/></svg><p>b</p>';
    expect(stripPage(page).html).toBe('<p>a</p><p>b</p>');
  });
});
