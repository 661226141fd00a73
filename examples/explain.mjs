// Clean one page and print why each dropped block was dropped: line, reason, rule, text.
// Run: npm run example:explain [-- page.md|page.html|page.txt]   (default: a bundled markdown page)
import { readFileSync } from 'node:fs';
import { clean } from 'chaff';

const path = process.argv[2] ?? new URL('../test/fixtures/markdown--garden-blog/input.md', import.meta.url).pathname;
const result = clean(readFileSync(path, 'utf8'));

const clip = (s, n) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

console.log(`${path}\ntitle: ${result.title ?? '(none)'} · from: ${result.from} · lang: ${result.lang ?? '?'}`);
console.log(`kept ${result.text.length} characters; dropped ${result.dropped.length} blocks:\n`);
console.log(`${'line'.padStart(4)}  ${'reason'.padEnd(15)} ${'rule'.padEnd(22)} text`);
for (const d of result.dropped) {
  console.log(`${String(d.line).padStart(4)}  ${d.reason.padEnd(15)} ${d.rule.padEnd(22)} ${clip(d.text, 60)}`);
}

const counts = new Map();
for (const d of result.dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
console.log(`\nby reason: ${[...counts].map(([reason, n]) => `${reason} ${n}`).join(', ')}`);
