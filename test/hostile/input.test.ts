import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { clean as cleanText } from '../../src/text.js';

/**
 * Input types and decoding (docs/security.md, "Input"): bytes are decoded as a scraper must —
 * BOM, then valid UTF-8, then the charset a `<meta>` declares, else windows-1252 — and every
 * offset refers to the decoded string, `result.input`.
 */

const PROSE = 'Здравствуйте, это длинный абзац о новостях города, который читатель должен увидеть целиком.';

function page(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}<title>T</title></head><body><article><p>${body}</p></article></body></html>`;
}

/** windows-1251 by hand (TextEncoder only writes UTF-8): Cyrillic А–я are 0xC0–0xFF, ё 0xB8. */
function cp1251(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => {
    const u = c.charCodeAt(0);
    if (u >= 0x410 && u <= 0x44f) return u - 0x410 + 0xc0;
    if (u === 0x451) return 0xb8;
    return u < 0x80 ? u : 0x3f;
  }));
}

describe('bytes', () => {
  it('decodes UTF-8 without a BOM or a meta as UTF-8 (jsdom alone gives mojibake)', () => {
    const r = clean(new TextEncoder().encode(page(PROSE)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain(PROSE);
    expect(r.text).not.toMatch(/Ð|Ã/u);
    expect(r.input).toBe(page(PROSE));
  });

  it('honours a UTF-8 BOM, and a UTF-16LE BOM', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page(PROSE))]);
    expect(clean(utf8).text).toContain(PROSE);
    const s = page(PROSE);
    const utf16 = new Uint8Array(2 + s.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i += 1) {
      utf16[2 + i * 2] = s.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    const r = clean(utf16);
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toContain(PROSE);
  });

  it('reads the charset a <meta> declares when the bytes are not UTF-8 (windows-1251)', () => {
    const bytes = cp1251(page(PROSE, '<meta charset="windows-1251">'));
    const r = clean(bytes);
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toContain(PROSE);
    const legacy = cp1251(page(PROSE, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'));
    expect(clean(legacy).text).toContain(PROSE);
  });

  it('finds a <meta charset> after 1 KB of comments (the standard prescans only 1,024 bytes)', () => {
    const bytes = cp1251(`<!--${' '.repeat(2000)}-->${page(PROSE, '<meta charset="cp1251">')}`);
    expect(clean(bytes).text).toContain(PROSE);
  });

  it('falls back to windows-1252 for invalid UTF-8 with no declaration', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('<p>caf'), 0xe9, ...new TextEncoder().encode(' au lait, a long enough paragraph to be kept as the article text.</p>')]);
    const r = clean(bytes, { from: 'text' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.input).toContain('café');
  });

  it('turns NUL into U+FFFD and keeps offsets into result.input', () => {
    const bytes = new TextEncoder().encode('Menu\nHome\n\0Subscribe now\nA paragraph long enough to be the article, about the harbour and its ferries.');
    const r = clean(bytes, { from: 'text' });
    expect(r.text).not.toContain('\0');
    expect(r.input).toBeDefined();
    for (const d of r.dropped) expect(r.input?.slice(d.start, d.end)).toBe(d.text);
  });

  it('chaff/text takes bytes too (TextDecoder only)', () => {
    const r = cleanText(new TextEncoder().encode(`${PROSE}\n`));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain(PROSE);
  });
});

describe('strings', () => {
  it('leaves an ordinary string alone: no input, encoding or limits keys', () => {
    const r = clean('A paragraph of text about the harbour.');
    expect(Object.keys(r)).not.toContain('input');
    expect(Object.keys(r)).not.toContain('encoding');
    expect(Object.keys(r)).not.toContain('limits');
  });

  it('replaces lone surrogates with U+FFFD, one for one: text is well-formed, offsets unchanged', () => {
    const input = `Subscribe now \uD800\nA paragraph about the harbour \uDC00 and the ferries that returned to their berths.\n`;
    for (const from of ['text', 'markdown', 'html'] as const) {
      const r = clean(input, { from });
      expect((r.text as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
      expect(r.input?.length).toBe(input.length);
      for (const d of r.dropped) expect((d.text as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
    }
  });

  it.each([
    ['empty', ''],
    ['white space', ' \n\t\r\n  '],
    ['an empty document', '<html></html>'],
    ['NUL bytes', '\0\0\0'],
    ['a BOM', '\uFEFF'],
    ['a BOM before a page', `\uFEFF<!doctype html><p>${PROSE}</p>`],
    ['bidi controls', '\u202E\u2066abc\u2069\u202C\u200F'],
  ])('returns a well-formed result for %s', (_, input) => {
    for (const from of ['auto', 'text', 'markdown', 'html'] as const) {
      const r = clean(input, { from, to: 'html' });
      expect(typeof r.text).toBe('string');
      expect(Array.isArray(r.dropped)).toBe(true);
      expect(r.text).not.toContain('\0');
    }
  });
});

describe('TypeErrors', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number'],
    [new ArrayBuffer(4), 'ArrayBuffer'],
    [new Uint16Array(2), 'Uint16Array'],
    [{ length: 3 }, 'Object'],
    [['<p>'], 'an array'],
  ])('%o: says what was expected and what came', (bad, got) => {
    for (const fn of [clean, cleanText]) {
      expect(() => fn(bad as unknown as string)).toThrow(TypeError);
      expect(() => fn(bad as unknown as string)).toThrow(/expects the page as a string or bytes \(Uint8Array or Buffer\)/);
      expect(() => fn(bad as unknown as string)).toThrow(got);
    }
  });
});
