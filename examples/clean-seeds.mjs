// Clean the bundled seed pages and show what was kept and what was dropped, and why.
// Run: npm run example
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from 'chaff';

const root = new URL('../test/fixtures/', import.meta.url);
const dirs = readdirSync(root).filter((d) => d.startsWith('text--')).sort();

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

for (const dir of dirs) {
  const input = readFileSync(join(root.pathname, dir, 'input.txt'), 'utf8');
  const result = clean(input, { from: 'text' });
  console.log(`\n=== ${dir}`);
  console.log(`title: ${result.title ?? '(none)'}   lang: ${result.lang ?? '?'}   from: ${result.from}`);
  console.log('--- article');
  console.log(result.text);
  console.log(`--- dropped (${result.dropped.length})`);
  console.log(`${'line'.padStart(4)}  ${'reason'.padEnd(15)} ${'rule'.padEnd(24)} text`);
  for (const d of result.dropped) {
    console.log(`${String(d.line).padStart(4)}  ${d.reason.padEnd(15)} ${d.rule.padEnd(24)} ${clip(d.text, 60)}`);
  }
}
