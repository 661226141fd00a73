import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;
const rulesDoc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `id: 'family/name'` and `rule: 'family/name'` literal in src. */
function ruleIds(): string[] {
  const ids = new Set<string>();
  for (const file of sources(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:id|rule):\s*'([a-z]+\/[a-z-]+)'/gu)) ids.add(m[1] as string);
  }
  return [...ids].sort();
}

describe('docs/rules.md stays in step with the code', () => {
  it('lists every rule id used in src', () => {
    const ids = ruleIds();
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !rulesDoc.includes(`\`${id}\``))).toEqual([]);
  });

  it('lists every reason of the Reason union', () => {
    const types = readFileSync(join(SRC, 'types.ts'), 'utf8');
    const union = /export type Reason =([^;]+);/u.exec(types)?.[1] ?? '';
    const reasons = [...union.matchAll(/'([a-z-]+)'/gu)].map((m) => m[1] as string);
    expect(reasons.length).toBeGreaterThan(10);
    expect(reasons.filter((r) => !rulesDoc.includes(`| \`${r}\` |`))).toEqual([]);
  });
});
