import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

// Inside a trusted container, a heading or a table row the stages dropped as a stray short line
// (`context/inner-short`) is kept: the article's own structure holds it.
const PROSE = [
  'Reads a human-written duration such as one hour and thirty minutes and returns it in milliseconds, whatever the units are called.',
  'Units may be written in full, abbreviated, or mixed within one string, and white space between the number and the unit is optional.',
  'The duration comes back in milliseconds, as a number; an empty string returns zero, and a negative duration is read as written.',
];
const html = `<!doctype html><html><head><title>parseDuration</title></head><body>
<nav><a href="/">Home</a> <a href="/api">API</a></nav>
<main><h1>parseDuration()</h1><p>${PROSE[0]}</p><pre><code>parseDuration('1h 30m'); // 5400000
parseDuration('2 days'); // 172800000</code></pre>
<h2>Parameters</h2><table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead> <tbody><tr><td><code>input</code></td><td><code>string</code></td><td>The duration to read.</td></tr> <tr><td><code>strict</code></td><td><code>boolean</code></td><td>Throw on unknown units instead of ignoring them.</td></tr></tbody></table>
<h2>Return value</h2><p>${PROSE[2]}</p><p>${PROSE[1]}</p></main>
<footer><a href="/privacy">Privacy</a></footer></body></html>`;

describe.each<Dom>(['jsdom', 'linkedom'])('the container keeps its own headings and table rows (%s)', (dom) => {
  it('keeps the section heading and every row of a parameters table between paragraphs', () => {
    const r = clean(html, { from: 'html', dom });
    for (const line of ['Parameters', 'Name Type Description', 'input string The duration to read.', 'strict boolean', ...PROSE]) expect(r.text).toContain(line);
    expect(r.dropped.find((d) => d.text.includes('Home'))?.rule).toBe('dom/nav');
  });
});
