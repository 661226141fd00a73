/**
 * Hostile inputs, rebuilt cheaply on demand (shared/research/reliability.md, §2 and §6): the
 * Readability regex attacks, deep nesting, huge pages and text-path worst cases. Used by the
 * hostile tests and by `bench/hostile.mjs`, which times each case and reads its peak RSS.
 */

/** A normal short article: the text every attacked page must still yield. */
export const ARTICLE_MARKER = 'Harbour authorities reopened the northern quay on Tuesday';

/** Two paragraphs of prose around an injected fragment. */
export function article(inject: string, head = ''): string {
  const para = `${ARTICLE_MARKER} after a week of repairs, and the ferries that had been diverted to the south pier returned to their usual berths before noon. Traders said the closure had cost them most of a week's custom.`;
  const para2 = 'The council said the repairs came in under budget, and that the remaining work on the breakwater would be done at night so that the quay can stay open through the summer season.';
  return `<!doctype html><html><head><title>Quay reopens</title>${head}</head><body><article><h1>Quay reopens</h1><p>${para}</p>${inject}<p>${para2}</p></article></body></html>`;
}

/** Readability's `srcsetUrl` regex: 200k characters with no space, then a tab (108 s measured). */
export const srcsetAttack = (n = 200_000): string => article(`<img src="a.jpg" srcset="${'w'.repeat(n)}\t.">`);
/** Readability's meta `propertyPattern`: a property of 200k tabs (27 s measured). */
export const metaPropertyAttack = (n = 200_000): string => article('', `<meta property="${'\t'.repeat(n)}TITLE" content="x">`);
/** Readability's lazy-image regex on `data-src` (13 s measured). */
export const lazyImageAttack = (n = 50_000): string => article(`<img class="lazy" data-src="b${'.jpg'.repeat(n)}\t.">`);

/** Marker placed at the bottom of a nesting chain. */
export const DEEP_MARKER = 'deepest marker text';

/** `depth` nested elements (`open`/`close` tags) with a marker inside, in an article. */
export function nested(depth: number, open = '<div>', close = '</div>', closed = true): string {
  return article(`${open.repeat(depth)}${DEEP_MARKER}${closed ? close.repeat(depth) : ''}`);
}

/** A page of about `bytes` characters, dense with elements: many short articles and link lists. */
export function densePage(bytes: number): string {
  const unit =
    '<div class="item"><h2><a href="/a/1">A headline about the harbour</a></h2><p>Traders said the closure had cost them most of a week, and the council promised that the work would be done by the summer.</p><ul><li><a href="/t/1">Ports</a></li><li><a href="/t/2">Trade</a></li></ul></div>\n';
  return `<!doctype html><html><head><title>Dense</title></head><body>${unit.repeat(Math.ceil(bytes / unit.length))}</body></html>`;
}

/** Deterministic pseudo-random bytes (xorshift), so a failing case can be rebuilt exactly. */
export function junkBytes(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Text-path worst cases (reliability.md §6.14). */
export const textCases: Readonly<Record<string, () => string>> = {
  'one 1 MB line': () => 'word '.repeat(200_000),
  'one 1 MB line without spaces': () => 'x'.repeat(1_000_000),
  '1 MB of ".!?"': () => '.!?'.repeat(333_334),
  '1 MB of ". "': () => '. '.repeat(500_000),
  'a million newlines': () => '\n'.repeat(1_000_000),
  '100,000 duplicate lines': () => 'Subscribe to our newsletter for the latest news\n'.repeat(100_000),
};

/** Closing paragraphs after a tree-builder trick: the text that must be kept, listed or flagged. */
const TAIL = '<p>The council said the repairs came in under budget, and that the work would be done at night.</p>';

/** Tree-builder shapes a tag scan cannot see (issue 9, items 2, 3 and 10). */
export const treeCases: Readonly<Record<string, () => string>> = {
  'reopened <b> x 250 in 5,000 <p>': () => `<p>${Array.from({ length: 250 }, (_, i) => `<b id=${i}>`).join('')}</p>${'<p>x</p>'.repeat(5000)}`,
  '<b><div></b> x 5,000': () => '<b><div></b>'.repeat(5000) + TAIL,
  '<span><div></span> x 5,000': () => '<span><div></span>'.repeat(5000) + TAIL,
  '<li><ul></li> x 5,000': () => '<li><ul></li>'.repeat(5000) + TAIL,
  '<form><div></form> x 5,000': () => '<form><div></form>'.repeat(5000) + TAIL,
  '<svg> + <div/> x 20,000': () => `<svg>${'<div/>'.repeat(20_000)}${TAIL}`,
  '<table><tr><td><table></td> x 127': () => '<table><tr><td><table></td>'.repeat(127) + TAIL + TAIL,
};

/** Markdown nesting and inline shapes (issue 9, items 4 and 5). */
export const markdownCases: Readonly<Record<string, () => string>> = {
  "'>' x 4,000": () => '>'.repeat(4000),
  "'- ' x 2,000": () => '- '.repeat(2000),
  "'> - ' x 1,000": () => '> - '.repeat(1000),
  "1,000 lines of '> ' x 1,000": () => `${'> '.repeat(1000)}x\n`.repeat(1000),
  "'*' x 8,000 + x + '*' x 8,000": () => `${'*'.repeat(8000)}x${'*'.repeat(8000)}`,
  "'[' x 20,000": () => '['.repeat(20_000),
  "'](' x 20,000": () => ']('.repeat(20_000),
  "'[a](' x 8,000": () => '[a]('.repeat(8000),
  '50,000 reference uses': () => `${'[a] '.repeat(50_000)}\n\n[a]: /x\n`,
  'a 10,000-column table': () => `${'|a'.repeat(10_000)}|\n${'|-'.repeat(10_000)}|\n${'|b'.repeat(10_000)}|\n`,
};

/** Many short lines (issue 9, item 6: the context pass was quadratic on them). */
export const lineCases: Readonly<Record<string, () => string>> = {
  "'code line' x 64,000": () => 'code line\n'.repeat(64_000),
  "'## Heading' x 100,000": () => '## Heading\n'.repeat(100_000),
  'an unclosed fence of 100,000 lines': () => `\`\`\`\n${'x = 1\n'.repeat(100_000)}`,
  "'ab' x 1,000,000 lines": () => 'ab\n'.repeat(1_000_000),
};
