import { describe, expect, it } from 'vitest';
import { guardHtml } from '../../src/guard/html.js';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

// Issue: text lost on held-out pages — the `<title>` line at the top of `text`, an unclosed
// `<title>` or `<script>` that made the page's markup the article, and section ids generated from
// headings read as chrome. Every case on both DOMs.
const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const PARAGRAPHS = [
  'The harbour board met on Tuesday to decide the future of the old quay, which has been closed to ferries since the storm in March damaged its pilings.',
  'Engineers told the board that repairs would take most of the summer, and that the south pier could carry the extra traffic if the timetable were thinned.',
];
const body = [
  '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>',
  `<article><h1>Quay to stay shut all summer</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
].join('\n');

describe('the guard on an unclosed raw-text element', () => {
  it('reports the words of an unclosed <title> as the recovered title, and nothing for a script', () => {
    const html = '<html><head><title> Quay to stay shut \n<meta charset="utf-8"></head><body><p>Text.</p></body></html>';
    const guarded = guardHtml(html);
    expect(guarded.html.length).toBe(html.length);
    expect(guarded.recoveredTitle).toBeDefined();
    expect(html.slice(guarded.recoveredTitle?.start, guarded.recoveredTitle?.end).trim()).toBe('Quay to stay shut');
    expect(guardHtml('<html><head><script>var a = 1;\n</head><body><p>Text.</p></body></html>').recoveredTitle).toBeUndefined();
    expect(guardHtml('<html><head><title>Quay</title></head><body><p>Text.</p></body></html>').recoveredTitle).toBeUndefined();
  });
});

describe.each(DOMS)('broken heads and generated ids (%s)', (dom) => {
  it('never puts the <title> at the top of the text, even on a page of one paragraph', () => {
    const html = `<html><head><title>Opening hours of the town library</title></head><body><p>${PARAGRAPHS[0]}</p></body></html>`;
    const r = clean(html, { from: 'html', dom });
    expect(r.text).toBe(PARAGRAPHS[0]);
    expect(r.title).toBe('Opening hours of the town library');
    expect(r.excerpt).toBe(PARAGRAPHS[0]);
    expect(r.dropped).toMatchObject([{ reason: 'title', text: 'Opening hours of the town library' }]);
  });

  it('drops the <title> as the title whatever the headline says', () => {
    for (const title of ['Harbour news', 'Quay to stay shut all summer | Harbour Gazette']) {
      const r = clean(`<html><head><title>${title}</title></head>${body}`, { from: 'html', dom });
      expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
      expect(r.dropped.find((d) => d.text === title)).toMatchObject({ reason: 'title' });
    }
  });

  it('reads the body of a page whose <title> is never closed', () => {
    const html = `<html><head><title>Quay to stay shut<meta charset="utf-8"><link rel="stylesheet" href="a.css"></head>\n${body}`;
    const r = clean(html, { from: 'html', dom });
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
    // The title's words are the page's <title>, on both DOMs: dropped as the title, at their own range.
    const record = r.dropped.find((d) => d.text === 'Quay to stay shut');
    expect(record).toMatchObject({ reason: 'title', line: 1 });
    expect(html.slice(record?.start, record?.end)).toBe('Quay to stay shut');
    expect(r.title).toBe('Quay to stay shut all summer');
  });

  it('gives the same records on both DOMs for a page whose <title> is never closed', () => {
    const html = `<!DOCTYPE html>\n<html><head>\n<title>Quay to stay shut | Harbour Gazette\n<link rel="stylesheet" href="a.css">\n</head>\n${body}`;
    const [a, b] = DOMS.map((d) => clean(html, { from: 'html', dom: d }));
    expect(a?.dropped).toEqual(b?.dropped);
    expect(a?.dropped[0]).toMatchObject({ reason: 'title', text: 'Quay to stay shut | Harbour Gazette', line: 3 });
  });

  it('keeps an unclosed <title> that runs into body text as body text', () => {
    const html = `<html><head><title>Quay</head><body><p>${PARAGRAPHS[0]}</p></body></html>`;
    const r = clean(html, { from: 'html', dom });
    expect(r.text).toContain(PARAGRAPHS[0]);
  });

  it('reads the body of a page whose <script> is never closed', () => {
    const html = `<html><head><title>Quay</title><script>var tracking = { id: 12 };\n</head>\n${body}`;
    const r = clean(html, { from: 'html', dom });
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(r.dropped.map((d) => d.text).join(' ')).not.toContain('tracking');
  });

  it('leaves a script cut short at the end of a page alone (nothing after it to recover)', () => {
    const html = `<html><head><title>Quay</title></head>${body.replace('</body></html>', '')}<script>var late = 1;`;
    expect(clean(html, { from: 'html', dom }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('does not read an id generated from a section heading as chrome (Sphinx: id="sharing-with-others")', () => {
    const html = [
      '<html><head><title>Working with files</title></head><body><div role="main">',
      '<section id="working-with-files"><h1>Working with files</h1>',
      '<p>Files in the toolkit live in workspaces. Every workspace has an owner, and the owner decides who may read or change the files in it.</p>',
      '<section id="sharing-with-others"><h2>Sharing with others<a class="headerlink" href="#sharing-with-others">¶</a></h2>',
      '<p>To share a file, open its menu and pick who sees it.</p>',
      '<ul><li>Read-only: the file opens in the viewer</li><li>Editable: changes are saved for everyone</li></ul>',
      '<pre><code>toolkit share report.txt --with team@example.com</code></pre></section>',
      '<section id="sharing-with-others-1"><h2>2.1 Sharing with others</h2><p>Shared files stay shared for thirty days; the owner can end a share sooner.</p><p>Share links expire.</p></section>',
      '</section></div></body></html>',
    ].join('\n');
    const r = clean(html, { from: 'html', dom });
    for (const kept of ['To share a file, open its menu and pick who sees it.', 'Editable: changes are saved for everyone', 'toolkit share report.txt', 'Share links expire.']) {
      expect(r.text).toContain(kept);
    }
    expect(r.dropped.filter((d) => d.reason === 'share')).toEqual([]);
  });

  it('hides a section id made from its heading from Readability too (id="related-settings")', () => {
    const section = (id: string, heading: string, text: string) => `<section id="${id}"><h2>${heading}</h2><p>${text}</p></section>`;
    const html = [
      '<html><head><title>Working with notebooks</title></head><body><div class="sidebar"><a href="#a">Sharing</a> <a href="#b">Related settings</a></div><div class="body">',
      '<h1>Working with notebooks</h1><p>A notebook holds the pages of one project; its pages are plain files in the notebook folder, so any editor can open them.</p>',
      section('sharing-notebooks', 'Sharing notebooks', 'To share a notebook, run the share command with the user name. The other user gets read access at once, and write access on request.'),
      section('related-settings', 'Related settings', 'The synchronisation interval is set in the settings file of the notebook; values below one minute are raised to one minute.'),
      '</div></body></html>',
    ].join('\n');
    const r = clean(html, { from: 'html', dom });
    expect(r.text).toContain('The synchronisation interval is set in the settings file');
    expect(r.text).toContain('Related settings');
  });

  it('still reads a chrome id that is not its heading as chrome', () => {
    const html = [
      `<html><head><title>Quay</title></head><body><article><h1>Quay to stay shut all summer</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`,
      '<div id="share-this-story"><h3>Tell a friend</h3><a href="/s/x">X</a> <a href="/s/fb">Facebook</a></div></article></body></html>',
    ].join('');
    const r = clean(html, { from: 'html', dom });
    expect(r.dropped.find((d) => d.text.includes('Facebook'))).toMatchObject({ reason: 'share' });
  });

  it('reads an embedded page (its own </body></html><html><body> inside the body) as the tree builder does', () => {
    const embedded = `<div class="promo"><p>${PARAGRAPHS[1]}</p></div></body></html><!DOCTYPE html><html><body><div class="cta"><p>Book a demo today.</p></div>`;
    const html = `<html><head><title>Quay</title></head><body><main><article><h1>Quay to stay shut all summer</h1><p>${PARAGRAPHS[0]}</p>${embedded}</article></main></body></html>`;
    const texts = DOMS.map((d) => clean(html, { from: 'html', dom: d }).text);
    expect(texts[0]).toBe(texts[1]);
    expect(clean(html, { from: 'html', dom }).text).toContain(PARAGRAPHS[1]);
  });
});
