import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { From, PageType, Reason } from '../src/types.js';

/** One fixture directory: `test/fixtures/<kind>--<slug>/`. */
export interface Fixture {
  name: string;
  dir: string;
  from: From;
  input: string;
  expectedText: string;
  /** Written by `npm run fixtures:update`, reviewed in the diff. */
  expected: ExpectedFile | undefined;
  /** The user's acceptance data for seed pages (never written by a script). */
  seed: SeedFile | undefined;
}

export interface ExpectedDrop {
  line: number;
  text: string;
  reason: Reason;
  rule?: string;
}

export interface ExpectedFile {
  title?: string;
  /** `result.pageType`. */
  pageType: PageType;
  dropped: ExpectedDrop[];
}

export interface SeedFile {
  title: string;
  dropped: ExpectedDrop[];
}

export const FIXTURE_ROOT = new URL('./fixtures/', import.meta.url).pathname;

const INPUTS: Record<string, From> = { 'input.txt': 'text', 'input.md': 'markdown', 'input.html': 'html' };

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_ROOT)
    .filter((d) => d.includes('--'))
    .sort()
    .map((name) => {
      const dir = join(FIXTURE_ROOT, name);
      const file = Object.keys(INPUTS).find((f) => existsSync(join(dir, f)));
      if (!file) throw new Error(`fixture ${name} has no input.txt/md/html`);
      const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined);
      const json = <T>(f: string) => {
        const raw = read(f);
        return raw === undefined ? undefined : (JSON.parse(raw) as T);
      };
      return {
        name,
        dir,
        from: INPUTS[file] as From,
        input: read(file) as string,
        expectedText: read('expected.txt') ?? '',
        expected: json<ExpectedFile>('expected.json'),
        seed: json<SeedFile>('seed.json'),
      };
    });
}

/** Whitespace-normalised text: runs of blank space folded, edges trimmed. */
export function squash(text: string): string {
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n\n').replace(/[ \t]+/g, ' ').trim();
}

/** Typographic and ASCII quotes compare equal. */
export function foldQuotes(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').trim();
}
