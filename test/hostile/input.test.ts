import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { clean as cleanText } from '../../src/text.js';
import { ChaffInputError } from '../../src/errors.js';
import { gzipSync } from 'node:zlib';
import { junkBytes } from './cases.js';
import { readFileSync } from 'node:fs';

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
    [new Uint16Array(2), 'Uint16Array'],
    [{ length: 3 }, 'Object'],
    [['<p>'], 'an array'],
  ])('%o: says what was expected and what came', (bad, got) => {
    for (const fn of [clean, cleanText]) {
      expect(() => fn(bad as unknown as string)).toThrow(TypeError);
      expect(() => fn(bad as unknown as string)).toThrow(ChaffInputError);
      expect(() => fn(bad as unknown as string)).toThrow(/^chaff: clean\(\) expects the page as a string or bytes \(Uint8Array, Buffer or ArrayBuffer\)/);
      expect(() => fn(bad as unknown as string)).toThrow(got);
    }
  });
});

describe('compressed and binary bytes (issue 16, item 4)', () => {
  const html = page(PROSE);
  const plain = clean(html);

  it('decompresses gzip (a .gz file, a body saved undecoded) and says so', () => {
    for (const fn of [clean, (b: Uint8Array) => cleanText(b, { from: 'text' })]) {
      const r = fn(gzipSync(Buffer.from(html)));
      expect(r.compression).toBe('gzip');
      expect(r.text).toContain(PROSE);
    }
    const r = clean(gzipSync(Buffer.from(html)));
    expect(r.text).toBe(plain.text);
    expect(r.input).toBe(html);
  });

  it('reads concatenated gzip members as one stream, and a cut stream up to the damage', () => {
    const [a, b] = [html.slice(0, 120), html.slice(120)];
    expect(clean(Buffer.concat([gzipSync(a), gzipSync(b)])).input).toBe(html);
    const long = `Harbour notes\n\n${`${'The ferries returned to their usual berths before noon. '.repeat(40)}\n\n`.repeat(200)}`;
    const gz = gzipSync(long);
    const cut = clean(gz.subarray(0, Math.floor(gz.length / 2)), { from: 'text' });
    expect(cut.limits?.truncated?.cap).toBe('gzip');
    expect(long.startsWith(cut.input ?? '')).toBe(true);
    expect((cut.input ?? '').length).toBeGreaterThan(0);
  });

  it('stops a decompression bomb at the byte cap', () => {
    const bomb = gzipSync(Buffer.alloc(40_000_000, 0x61)); // 40 MB of "a" in ~40 KB
    const r = clean(bomb, { from: 'text' });
    expect(r.limits?.truncated).toEqual({ at: 20_000_000, cap: 'bytes' });
  });

  it.each([
    ['the node executable', () => readFileSync(process.execPath).subarray(0, 1 << 20), /an ELF executable/],
    ['a PNG image', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...junkBytes(500)]), /a PNG image/],
    ['a ZIP archive', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...junkBytes(500)]), /a ZIP archive/],
    ['random bytes', () => junkBytes(100_000), /control bytes/],
    ['random bytes inside gzip', () => gzipSync(junkBytes(100_000)), /inside gzip/],
  ])('refuses %s with a typed error, in every mode and both entries', (_, make, what) => {
    const bytes = make();
    for (const from of ['auto', 'text', 'markdown', 'html'] as const) {
      for (const fn of [clean, cleanText]) {
        let error: unknown;
        try {
          fn(bytes, { from });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ChaffInputError);
        expect(error).toBeInstanceOf(TypeError);
        expect((error as ChaffInputError).code).toBe('binary');
        expect((error as Error).message).toMatch(what);
        expect((error as Error).message.startsWith('chaff: chaff:')).toBe(false);
      }
    }
  });

  it('takes an ArrayBuffer like the bytes it holds', () => {
    const bytes = new TextEncoder().encode(html);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(clean(buffer)).toEqual(clean(bytes));
    expect(cleanText(buffer, { from: 'text' }).text).toBe(cleanText(bytes, { from: 'text' }).text);
  });

  it('decodes UTF-16 without a byte-order mark instead of refusing it', () => {
    const text = `Harbour notes\n\n${'The ferries returned to their usual berths before noon, the port said. '.repeat(5)}`;
    const le = Buffer.from(text, 'utf16le');
    const r = clean(le, { from: 'text' });
    expect(r.encoding).toBe('utf-16le');
    expect(r.input).toBe(text);
  });

  it('keeps text with a few stray control bytes', () => {
    const bytes = new TextEncoder().encode(`${'\u0001'}${page(PROSE)}`);
    expect(clean(bytes).text).toContain(PROSE);
  });
});

describe('chaff/text given HTML (issue 16, item 6)', () => {
  it('refuses with a typed error naming the main entry, and cleans it as text when asked', () => {
    const html = page(PROSE);
    let error: unknown;
    try {
      cleanText(html);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChaffInputError);
    expect((error as ChaffInputError).code).toBe('html-in-text-entry');
    expect((error as Error).message).toMatch(/import \{ clean \} from "chaff"/);
    expect(() => cleanText(html, { from: 'html' })).toThrow(ChaffInputError);
    expect(typeof cleanText(html, { from: 'text' }).text).toBe('string');
  });
});
