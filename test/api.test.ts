import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImports } from './imports.js';
import * as main from '../src/index.js';
import * as text from '../src/text.js';

describe('public surface', () => {
  it('main entry exposes exactly the documented API', () => {
    expect(Object.keys(main).sort()).toEqual([
      'ChaffInputError',
      'ChaffMemoryError',
      'ChaffTimeoutError',
      'ChaffWorkerError',
      'clean',
      'createPool',
      'createSiteLearner',
      'learnSite',
    ]);
  });

  it('chaff/text exposes exactly the documented API', () => {
    expect(Object.keys(text).sort()).toEqual(['ChaffInputError', 'clean', 'createSiteLearner', 'learnSite']);
  });

  it('package.json maps both entries for import and require, with types', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    for (const entry of ['.', './text']) {
      expect(pkg.exports[entry].import.types).toMatch(/\.d\.ts$/);
      expect(pkg.exports[entry].import.default).toMatch(/\.js$/);
      expect(pkg.exports[entry].require.types).toMatch(/\.d\.cts$/);
      expect(pkg.exports[entry].require.default).toMatch(/\.cjs$/);
    }
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe('>=20.19');
  });

  it('packs a working package: built on pack, docs shipped, chaff/text typed under moduleResolution node10 (issue 16)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.scripts.prepack).toMatch(/tsup/);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'docs', 'README.md', 'LICENSE']));
    expect(pkg.typesVersions['*'].text).toEqual([pkg.exports['./text'].import.types]);
  });
});

describe('input and options validation', () => {
  it.each([undefined, null, 42, {}, ['a'], new Uint16Array(2)])('throws a clear ChaffInputError (a TypeError) on %o', (bad) => {
    expect(() => main.clean(bad as unknown as string)).toThrow(TypeError);
    expect(() => main.clean(bad as unknown as string)).toThrow(main.ChaffInputError);
    expect(() => main.clean(bad as unknown as string)).toThrow(/expects the page as a string/);
  });

  it('returns an empty result for empty and blank input', () => {
    for (const input of ['', '   ', '\n\n\t\n']) {
      const r = main.clean(input);
      expect(r.text).toBe('');
      expect(r.dropped).toEqual([]);
      expect(r.from).toBe('text');
    }
  });

  it('rejects unknown option values with a TypeError naming the option', () => {
    expect(() => main.clean('x', { focus: 'max' as never })).toThrow(/option "focus"/);
    expect(() => main.clean('x', { from: 'pdf' as never })).toThrow(/option "from"/);
    expect(() => main.clean('x', { lang: 3 as never })).toThrow(/option "lang"/);
  });

  it('auto-detects text, and refuses HTML in text-only mode with a clear message', () => {
    expect(main.clean('Hello there.\nSecond line.').from).toBe('text');
    expect(() => text.clean('<!doctype html><html><body><p>x</p></body></html>')).toThrow(text.ChaffInputError);
  });

  it('does not touch the options object', () => {
    const options = Object.freeze({ focus: 'recall' as const });
    expect(() => main.clean('Some text here.', options)).not.toThrow();
  });
});

describe('chaff/text stays DOM-free', () => {
  it('imports neither jsdom nor any Node built-in', () => {
    const deps = staticImports(join(__dirname, '../src/text.ts'));
    expect([...deps].filter((d) => /jsdom|linkedom|readability|^node:|^fs$|^path$/u.test(d))).toEqual([]);
    expect(deps.size).toBeGreaterThan(0);
  });
});
