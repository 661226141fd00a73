import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { clean as cleanText } from '../../src/text.js';
import { accountingGapsByRange } from '../accounting.js';
import { keptRanges } from './ranges.js';

const PAGE = [
  '[](/)',
  '',
  '-   [Home](/)',
  '-   [World](/world)',
  '-   [Sport](/sport)',
  '',
  '[Subscribe](/subscribe)',
  '',
  '# River cleanup draws hundreds of volunteers',
  '',
  'More than four hundred people spent their Saturday morning on the banks of the river, collecting plastic, tyres and an old bicycle from the water. The organisers said it was the largest turnout since the cleanup began in 2015.',
  '',
  'Volunteers were given gloves and bags at three meeting points along the river. Children from the local school sorted the rubbish into glass, metal and plastic, and a recycling company took it away in the afternoon.',
  '',
  'The next cleanup is planned for the autumn, when the water level is lower and more of the riverbed can be reached on foot.',
  '',
  '![](/pixel.gif)',
  '',
  '## Related stories',
  '',
  '-   [Park reopens after storm damage](/park)',
  '-   [New cycle lane along the river](/lane)',
  '',
  '© 2024 The Daily Example. All rights reserved.',
  '',
].join('\n');

describe('clean() on markdown', () => {
  const result = clean(PAGE, { from: 'markdown' });

  it('keeps the article as plain text, syntax stripped, and finds the h1 title', () => {
    expect(result.from).toBe('markdown');
    expect(result.title).toBe('River cleanup draws hundreds of volunteers');
    expect(result.text.split('\n\n')).toHaveLength(3);
    expect(result.text).toMatch(/^More than four hundred people/u);
    expect(result.text).not.toMatch(/[[\]#]/u);
  });

  it('gives dropped records whose offsets slice their markdown out of the input', () => {
    for (const d of result.dropped) expect(PAGE.slice(d.start, d.end)).toBe(d.text);
    expect(result.dropped.map((d) => d.start)).toEqual([...result.dropped.map((d) => d.start)].sort((a, b) => a - b));
  });

  it('reports empty links and images with their own rules', () => {
    const empty = result.dropped.filter((d) => d.rule.startsWith('markdown/'));
    expect(empty.map((d) => [d.line, d.reason, d.rule, d.text])).toEqual([
      [1, 'navigation', 'markdown/empty-link', '[](/)'],
      [17, 'media', 'markdown/empty-image', '![](/pixel.gif)'],
    ]);
  });

  it('drops menus, calls to action and related lists', () => {
    const byLine = new Map(result.dropped.map((d) => [d.line, d.reason]));
    expect(byLine.get(3)).toBe('navigation');
    expect(byLine.get(7)).toBe('call-to-action');
    expect(byLine.get(21)).toBe('related');
    expect(byLine.get(24)).toBe('legal');
  });

  it('accounts for every non-blank line', () => {
    const { kept, lost } = keptRanges(PAGE, result);
    expect(lost).toEqual([]);
    expect(accountingGapsByRange(PAGE, result, kept)).toEqual([]);
  });

  it("to: 'markdown' returns the kept blocks' markdown verbatim, joined by a blank line", () => {
    const md = clean(PAGE, { from: 'markdown', to: 'markdown' });
    const paragraphs = PAGE.split('\n').filter((l) => l.startsWith('More than') || l.startsWith('Volunteers') || l.startsWith('The next'));
    expect(md.markdown).toBe(paragraphs.join('\n\n'));
    expect(md.text).toBe(result.text);
  });

  it("to: 'html' builds escaped HTML from the kept blocks' text", () => {
    const html = clean('# T\n\nA <b>bold</b> claim & more, made in [a link](/x) that stays text only here today.\n', { from: 'markdown', to: 'html' });
    expect(html.html).toBeDefined();
    expect(html.html).not.toMatch(/<b>|href/u);
    expect(html.html).toMatch(/&amp;/u);
  });

  it("is detected by from: 'auto', and chaff/text cleans it the same way", () => {
    expect(clean(PAGE).from).toBe('markdown');
    expect(cleanText(PAGE)).toEqual(clean(PAGE));
    expect(cleanText(PAGE, { from: 'markdown' })).toEqual(result);
  });
});

/** Markdown-ish lines: links, images, list items, headings, prose, junk. */
const mdLine = fc.oneof(
  fc.constantFrom('[](/x)', '![](/p.gif)', '-   [Home](/)', '# Title', '## Related', '[', '](/y)', '> quote', '```', '* * *', '', '    code', '| a | b |', '[ref]: /z'),
  fc.lorem({ maxCount: 30, mode: 'sentences' }),
  fc.string({ maxLength: 60 }),
);
const mdPage = fc.array(mdLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('clean() on markdown: properties (fast-check)', () => {
  it('never throws, keeps records sorted, and every record slices its text out of the input', () => {
    fc.assert(
      fc.property(mdPage, fc.constantFrom('precision', 'balanced', 'recall'), (input, focus) => {
        const r = clean(input, { from: 'markdown', focus });
        expect(r.from).toBe('markdown');
        let last = -1;
        for (const d of r.dropped) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          expect(input.slice(d.start, d.end)).toBe(d.text);
          last = d.start;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('accounts for every non-blank line', () => {
    fc.assert(
      fc.property(mdPage, (input) => {
        const r = clean(input, { from: 'markdown' });
        const { kept, lost } = keptRanges(input, r);
        expect(lost).toEqual([]);
        expect(accountingGapsByRange(input, r, kept)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
