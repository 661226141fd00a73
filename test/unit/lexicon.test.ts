import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lexicon/types.js';
import { extractRegexes } from '../hostile/regexes.js';

/**
 * Vocabularies are data (src/lexicon/README.md): every export covers the languages the README's
 * table gives it, every export has a row, and no regex outside lexicon/ carries a word list.
 */

const LEXICON_DIR = new URL('../../src/lexicon/', import.meta.url);
const modules: Record<string, unknown>[] = await Promise.all(
  readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.ts') && f !== 'types.ts').map((f) => import(new URL(f, LEXICON_DIR).href)),
);
const readme = readFileSync(new URL('../../src/lexicon/README.md', import.meta.url), 'utf8');
const ALL = (/"all" is `([^`]+)`/u.exec(readme)?.[1] ?? '').split(' ');

/** Export name → the Languages cell of its README row. */
function languageCells(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readme.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const cells = line.split('|').map((c) => c.trim());
    const languages = cells[cells.length - 2] ?? '';
    for (const name of (cells[1] ?? '').matchAll(/`([A-Z_]+)`/gu)) out.set(name[1] as string, languages);
  }
  return out;
}

const exported = modules.flatMap((m) => Object.entries(m));

describe('lexicon coverage', () => {
  const cells = languageCells();

  it('reads the README: 21 languages, a row per export', () => {
    expect(ALL).toHaveLength(21);
    expect(exported.length).toBeGreaterThan(35);
    expect(exported.map(([name]) => name).filter((name) => !cells.has(name))).toEqual([]);
  });

  it('every language lexicon covers exactly the languages its row names', () => {
    for (const [name, value] of exported) {
      if (Array.isArray(value)) continue;
      const cell = cells.get(name) ?? '';
      const langs = Object.keys(value as Lexicon).sort();
      expect(langs, name).toEqual((cell === 'all' ? ALL : cell.split(' ')).sort());
      for (const lang of langs) expect((value as Lexicon)[lang]?.length, `${name}.${lang}`).toBeGreaterThan(0);
    }
  });

  it('language-free lists are marked so', () => {
    for (const [name, value] of exported) if (Array.isArray(value)) expect(cells.get(name), name).toMatch(/^— \(/u);
  });
});

/** Regexes outside lexicon/ that may hold words, and why they are not chrome vocabulary. */
const NOT_VOCABULARY: Readonly<Record<string, string>> = {
  'src/html/sanitize.ts': 'image MIME types of data: URLs (a security allow-list)',
};

describe('no word lists outside lexicon/', () => {
  it('no regex in src/ alternates three or more words', () => {
    const WORD_ALTERNATION = /\(\?:(?:[\p{Ll}]{3,}[?s]*\|){2,}/u;
    const offenders = extractRegexes(new URL('../../src', import.meta.url).pathname)
      .regexes.filter((r) => WORD_ALTERNATION.test(r.source) && !Object.keys(NOT_VOCABULARY).some((f) => r.at.startsWith(f)))
      .map((r) => `${r.at} /${r.source.slice(0, 60)}/`);
    expect(offenders).toEqual([]);
  });
});
