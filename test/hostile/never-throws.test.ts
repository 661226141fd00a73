import fc from 'fast-check';
import { ChaffInputError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { CleanOptions, CleanResult, Dom, From, To } from '../../src/types.js';

/**
 * `clean()` never throws on a string or bytes, in any mode (docs/security.md, "Never throws"):
 * fast-check over binary strings, lone surrogates, tag soup, markdown-ish text and random bytes,
 * for every `from`, `to` and `dom`. Seeded, so a failure replays; `CHAFF_FUZZ_RUNS` raises the
 * count for a longer local run.
 */

const RUNS = Number(process.env.CHAFF_FUZZ_RUNS ?? 60);
/** Let the event loop turn: jsdom frees a closed window only then (docs/security.md, "Memory"). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const SEED = 20_260_601;

/** Lone surrogates and pieces of pairs, mixed into ordinary text. */
const surrogates = fc
  .array(fc.oneof(fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', 'é', '\0', '\uFEFF', '\u202E'), fc.string({ maxLength: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

const tagNames = fc.constantFrom(
  'div', 'p', 'a', 'table', 'tr', 'td', 'script', 'style', 'template', 'svg', 'math', 'mglyph', 'malignmark', 'plaintext',
  'frameset', 'select', 'option', 'textarea', 'title', 'noscript', 'iframe', 'xmp', 'li', 'ul', 'h1', 'b', 'img', 'br', 'meta',
  'base', 'form', 'button', 'pre', 'object', 'html', 'head', 'body', '__proto__', 'constructor',
);
const attrValue = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('javascript:alert(1)', '"><script>x</script>', '&#0;', '&amp', '\t\n'));
const attribute = fc.tuple(fc.constantFrom('class', 'id', 'href', 'src', 'srcset', 'onerror', 'style', 'data-src', 'property', 'name', 'content', 'charset'), attrValue).map(([n, v]) => ` ${n}="${v}"`);
const tagSoup = fc
  .array(
    fc.oneof(
      fc.tuple(tagNames, fc.array(attribute, { maxLength: 3 })).map(([t, a]) => `<${t}${a.join('')}>`),
      tagNames.map((t) => `</${t}>`),
      fc.constantFrom('<!--', '-->', '<!doctype html>', '<![CDATA[', ']]>', '<', '>', '&', '/>', '<?x?>', '\n\n'),
      fc.lorem({ maxCount: 6 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom('# ', '## ', '- ', '* ', '1. ', '> ', '```', '~~~', '    ', '|', '---', '[', '](', ')', '![', '<div>', '\n', '\n\n', '[^1]', '[x]: /u'),
      fc.lorem({ maxCount: 5 }),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 50 },
  )
  .map((parts) => parts.join(''));
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), surrogates, tagSoup, markdownish);
const anyInput = fc.oneof(anyString, fc.uint8Array({ maxLength: 400 }));

const options = fc.record({
  from: fc.constantFrom('auto', 'text', 'markdown', 'html'),
  to: fc.constantFrom('text', 'markdown', 'html'),
  dom: fc.constantFrom('jsdom', 'linkedom'),
}) as fc.Arbitrary<CleanOptions>;

/** The checks every result passes. */
function wellFormedResult(r: CleanResult): void {
  expect(typeof r.text).toBe('string');
  expect((r.text as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
  expect(r.text).not.toContain('\0');
  expect(Array.isArray(r.dropped)).toBe(true);
  const length = r.input?.length ?? Number.POSITIVE_INFINITY;
  for (const d of r.dropped) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeGreaterThanOrEqual(d.start);
    expect(d.end).toBeLessThanOrEqual(length);
  }
}

describe('never throws', () => {
  it('on any string or bytes, in every mode (bytes that are binary data: a ChaffInputError, nothing else)', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, options, async (input, o) => {
        if (typeof input === 'string') wellFormedResult(clean(input, o));
        else {
          try {
            wellFormedResult(clean(input, o));
          } catch (error) {
            expect(error).toBeInstanceOf(ChaffInputError);
            expect((error as ChaffInputError).code).toBe('binary');
          }
        }
        await turn();
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  }, 120_000);

  it('on tag soup as HTML, on both DOMs, to every output', async () => {
    await fc.assert(
      fc.asyncProperty(tagSoup, fc.constantFrom('jsdom', 'linkedom'), fc.constantFrom('text', 'markdown', 'html'), async (input, dom, to) => {
        const r = clean(input, { from: 'html', dom: dom as Dom, to: to as To });
        wellFormedResult(r);
        if (to !== 'text') expect(typeof (to === 'html' ? r.html : r.markdown)).toBe('string');
        await turn();
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  }, 120_000);

  it('on markdown-ish text as markdown', async () => {
    await fc.assert(
      fc.asyncProperty(markdownish, fc.constantFrom('text', 'markdown', 'html'), async (input, to) => {
        wellFormedResult(clean(input, { from: 'markdown', to: to as To }));
        await turn();
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  }, 120_000);

  it('on strings with lone surrogates: the text is well-formed and offsets fit result.input', async () => {
    await fc.assert(
      fc.asyncProperty(surrogates, fc.constantFrom('text', 'markdown', 'html'), async (input, from) => {
        const r = clean(input, { from: from as From });
        wellFormedResult(r);
        const source = r.input ?? input;
        expect(source.length).toBe(input.length);
        if (from === 'text') for (const d of r.dropped) expect(source.slice(d.start, d.end)).toBe(d.text);
        await turn();
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  }, 120_000);
});
