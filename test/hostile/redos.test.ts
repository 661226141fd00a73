import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { CREDIT_TAIL } from '../../src/rules/media.js';
import { AMOUNT, RATE } from '../../src/rules/pricing.js';
import { AUTHOR_BIO } from '../../src/rules/profile.js';
import { DATE, PRICE } from '../../src/score/page-type.js';
import { DATE_WORD } from '../../src/site/fingerprint.js';
import { extractRegexes } from './regexes.js';

/**
 * ReDoS gate (docs/security.md): every regular expression in src/ — literals and `new RegExp`
 * built from constants, found with the TypeScript compiler — is checked by recheck (its native
 * binary, offline). Each must be `safe`: no input makes it super-linear. A pattern recheck flags
 * is fixed, or, only when it runs on a bounded slice of input, listed in BOUNDED with the bound.
 */

const SRC = new URL('../../src', import.meta.url).pathname;

/** Flagged patterns that only ever see a short, bounded string. Each entry says where the bound is. */
const BOUNDED: readonly { file: string; starts: string; why: string }[] = [
  {
    file: 'src/rules/media.ts',
    starts: '(?:\\((?:',
    why: 'CREDIT_TAIL runs on the last CAPTION_TAIL (160) characters of a block only: at most ~160 × 140 steps',
  },
  {
    file: 'src/score/page-type.ts',
    starts: '\\b\\d{1,4}[./-]',
    why: 'DATE runs only on blocks of at most MAX_DATE_LINE_CHARS (120) characters: at most ~120² steps per block',
  },
];

/** A pattern built at load from lexicon data: the module's own RegExp, as it will run. */
const built = (...regexes: RegExp[]) => regexes.map((r) => ({ source: r.source, flags: r.flags }));

/** `new RegExp` calls whose pattern is not a constant: the file, and the patterns it can build. */
const DYNAMIC: Readonly<Record<string, readonly { source: string; flags: string }[]>> = {
  // Built from lexicon/ vocabularies (alternations of literal words) at module load.
  'src/rules/pricing.ts': built(AMOUNT, RATE),
  'src/rules/media.ts': built(CREDIT_TAIL),
  'src/rules/profile.ts': built(AUTHOR_BIO),
  'src/site/fingerprint.ts': built(DATE_WORD),
  // A non-global copy of AMOUNT, and month names from lexicon/metadata.ts (short lines only).
  'src/score/page-type.ts': built(PRICE, DATE),
  // closeOf(): `name` is one of the removed or raw-text element names (script, svg, title…).
  'src/html/strip.ts': ['script', 'svg', 'template', 'noscript', 'textarea'].map((name) => ({ source: `<(/?)${name}(?=[\\s/>])`, flags: 'giu' })),
};

describe('ReDoS', () => {
  const { regexes, unresolved } = extractRegexes(SRC);

  it('finds the regexes, and every dynamic one is accounted for', () => {
    expect(regexes.length).toBeGreaterThan(50);
    for (const at of unresolved) expect(Object.keys(DYNAMIC), `unlisted dynamic RegExp at ${at}`).toContain(at.replace(/:\d+$/u, ''));
  });

  it('recheck finds every regex in src/ safe (or bounded, as listed)', async () => {
    const unique = new Map<string, { at: string; source: string; flags: string }>();
    for (const r of regexes) unique.set(`${r.flags}/${r.source}`, r);
    for (const [file, list] of Object.entries(DYNAMIC)) for (const r of list) unique.set(`${r.flags}/${r.source}`, { at: file, ...r });
    const flagged: string[] = [];
    const bounded = new Set<string>();
    for (const r of unique.values()) {
      const result = await check(r.source, r.flags, { timeout: 10_000, randomSeed: 42 });
      if (result.status === 'safe') continue;
      const allowed = BOUNDED.find((b) => r.at.startsWith(b.file) && r.source.startsWith(b.starts));
      if (allowed) {
        bounded.add(allowed.file + allowed.starts);
        continue;
      }
      const detail = result.status === 'vulnerable' ? `${result.complexity.summary}; attack ${JSON.stringify(result.attack.string.slice(0, 60))}` : result.status;
      flagged.push(`${r.at} /${r.source}/${r.flags}: ${detail}`);
    }
    expect(flagged).toEqual([]);
    // A BOUNDED entry that is no longer flagged (or gone) should be removed.
    expect([...bounded].sort()).toEqual(BOUNDED.map((b) => b.file + b.starts).sort());
  }, 180_000);
});
