import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInput } from '../../src/html/offsets.js';
import { MAX_ATTRIBUTE, stripPage } from '../../src/html/strip.js';

/** Every character kept by the strip maps back to the same character of the input. */
function mapsBack(input: string): boolean {
  const { html, map } = stripPage(input);
  for (let i = 0; i < html.length; i += 1) {
    if (input[toInput(map, i, 'start')] !== html[i]) return false;
  }
  return true;
}

describe('stripPage', () => {
  it('cuts scripts, styles, templates, inline svg and comments', () => {
    const input =
      '<p>a</p><script>var p = "<p>x</p>";</script><style>p{}</style>' +
      '<template><p>t</p></template><svg><svg/><text>s</text></svg><!-- c --><link rel="x"><select><option>o</select><p>b</p>';
    expect(stripPage(input).html).toBe('<p>a</p><p>b</p>');
    expect(mapsBack(input)).toBe(true);
  });

  it('cuts <noscript> whole in the head, and only its tags in the body (its content is what a reader without scripts sees)', () => {
    const input = '<html><head><noscript><link rel="x"><style>p{}</style></noscript><title>T</title></head>' +
      '<body><p>a</p><noscript><p>Crawler view of the <b>post</b></p></noscript><p>b</p></body></html>';
    expect(stripPage(input).html).toBe('<html><head><title>T</title></head><body><p>a</p><p>Crawler view of the <b>post</b></p><p>b</p>');
    expect(mapsBack(input)).toBe(true);
  });

  it('cuts an embedded page\'s frame (a second <html><body>, any </body></html>), which htmlparser2 would nest or close on', () => {
    const input = '<html><body><div><p>a</p></body></html><!DOCTYPE html><html><body class="x"><p>b</p></div><p>c</p></body></html>';
    expect(stripPage(input).html).toBe('<html><body><div><p>a</p><!DOCTYPE html><p>b</p></div><p>c</p>');
    expect(mapsBack(input)).toBe(true);
  });

  it('maps offsets after a cut back into the caller input', () => {
    const input = '<p>a</p>\n<script>x</script>\n<p>b</p>';
    const { html, map } = stripPage(input);
    const at = html.indexOf('<p>b');
    expect(input.slice(toInput(map, at, 'start'), toInput(map, at + 8, 'end'))).toBe('<p>b</p>');
    // An element ending right before a cut ends before it.
    const end = html.indexOf('</p>') + 4;
    expect(toInput(map, end, 'end')).toBe(input.indexOf('</p>') + 4);
  });

  it('leaves "<script>" alone inside attribute values and raw-text elements', () => {
    const input = '<a class="<script>x</script>" href="#">k</a><title><script>t</title><textarea><style></textarea>';
    expect(stripPage(input).html).toBe(input);
  });

  it('cuts an unterminated script to the end, but only the start tag of an unterminated svg', () => {
    expect(stripPage('<p>a</p><script>never closed <p>b</p>').html).toBe('<p>a</p>');
    expect(stripPage('<p>a</p><svg><p>b</p>').html).toBe('<p>a</p><p>b</p>');
  });

  it('cuts attribute values over MAX_ATTRIBUTE characters', () => {
    const input = `<img class="${'w'.repeat(MAX_ATTRIBUTE * 3)}\t."><p>x</p>`;
    const { html } = stripPage(input);
    expect(html.length).toBeLessThan(MAX_ATTRIBUTE + 40);
    expect(html.endsWith('"><p>x</p>')).toBe(true);
    expect(mapsBack(input)).toBe(true);
  });

  it('cuts the attributes nothing reads, keeps the ones that are read', () => {
    const input = '<a data-x=\'{"a":1}\' href="/y" onclick="go()" target=_blank rel="author"\n hidden>y</a><img srcset="a 2x" src="b" alt="c"/>';
    expect(stripPage(input).html).toBe('<a href="/y" rel="author"\n hidden>y</a><img src="b" alt="c"/>');
    expect(mapsBack(input)).toBe(true);
  });

  it('keeps only the <meta> tags the metadata reads', () => {
    const input = '<meta charset="utf-8"><meta name="viewport" content="w"><meta property="og:title twitter:title" content="T"><meta itemprop="datePublished" content="2024-01-01">';
    expect(stripPage(input).html).toBe('<meta property="og:title twitter:title" content="T"><meta itemprop="datePublished" content="2024-01-01">');
    expect(mapsBack(input)).toBe(true);
  });

  it('keeps JSON-LD bodies for the metadata', () => {
    const { jsonLd } = stripPage('<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>x</script>');
    expect(jsonLd).toEqual(['{"@type":"NewsArticle"}']);
  });

  it('cuts white space next to block tags, not between inline elements or inside <pre>', () => {
    const input = '<div>\n  <p>a <b>b</b> <i>c</i></p>\n</div>\n<pre>\n  <b>x</b>\n  y</pre>';
    expect(stripPage(input).html).toBe('<div><p>a <b>b</b> <i>c</i></p></div><pre>\n  <b>x</b>\n  y</pre>');
    expect(mapsBack(input)).toBe(true);
  });

  it('maps every kept character back to itself (fast-check, tag soup)', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div class="a">', '</div>', '<script>x<p>', '</script>', '<style>', '</style>', '<!--', '-->',
        '<svg>', '</svg>', '<pre>', '</pre>', '<a href="<b>">', '\n  ', ' ', '<', '>', '<title>', '</title>', '<br/>'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (input) => mapsBack(input)), { numRuns: 500 });
  });
});
