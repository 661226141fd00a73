import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { accountingGaps } from './accounting.js';

/** Lines that look like scraped pages: prose, chrome labels, prices, glued menus, blanks. */
const scrapedLine = fc.oneof(
  fc.constantFrom(
    'Abone Ol',
    'Related Articles',
    'Back to top button',
    '$15/hr Starting at $25',
    '0 Reviews',
    'Share on Facebook',
    'Home',
    'Defence NewsÖne Çıkan',
    '© 2024 Example Media. All rights reserved.',
    '',
    '   ',
  ),
  fc.lorem({ maxCount: 40, mode: 'sentences' }),
  fc.lorem({ maxCount: 4, mode: 'words' }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
const scrapedPage = fc.array(scrapedLine, { maxLength: 60 }).map((lines) => lines.join('\n'));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 }), scrapedPage);

describe('clean() properties (fast-check)', () => {
  it('never throws on any string, and returns a well-formed result', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('precision', 'balanced', 'recall'), (input, focus) => {
        const r = clean(input, { from: 'text', focus });
        expect(typeof r.text).toBe('string');
        expect(r.from).toBe('text');
        // Offsets refer to the string cleaned: `result.input` when NUL or lone surrogates were replaced.
        const cleaned = r.input ?? input;
        for (const d of r.dropped) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(cleaned.length);
          expect(cleaned.slice(d.start, d.end)).toBe(d.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every non-blank line (text, title or dropped)', () => {
    fc.assert(
      fc.property(scrapedPage, (input) => {
        expect(accountingGaps(input, clean(input, { from: 'text' }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and keeps dropped records in input order', () => {
    fc.assert(
      fc.property(scrapedPage, (input) => {
        const a = clean(input, { from: 'text' });
        expect(clean(input, { from: 'text' })).toEqual(a);
        const starts = a.dropped.map((d) => d.start);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
      }),
      { numRuns: 150 },
    );
  });
});
