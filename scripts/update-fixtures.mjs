#!/usr/bin/env node
// Regenerate the expected output of the test fixtures — the only way expected files change.
// Usage: npm run fixtures:update [-- --only <name>] [-- --check]
//   test/fixtures/<kind>--<slug>/input.{txt,md,html} → expected.txt + expected.json
// Dirs holding a seed.json (the user's acceptance data) never get expected.txt rewritten, and
// get expected.json only when the output matches the seed. Review the git diff before committing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clean } from '../dist/index.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, check: { type: 'boolean' } } });
const root = new URL('../test/fixtures/', import.meta.url).pathname;
const INPUTS = { 'input.txt': 'text', 'input.md': 'markdown', 'input.html': 'html' };
const quotes = (s) => s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').trim();
const squash = (s) => s.replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n\n').replace(/[ \t]+/g, ' ').trim();

function seedProblems(seed, result, dir) {
  const problems = [];
  if (quotes(result.title ?? '') !== quotes(seed.title)) problems.push(`title: got ${JSON.stringify(result.title)}`);
  const byLine = new Map(result.dropped.map((d) => [d.line, d]));
  for (const want of seed.dropped) {
    const got = byLine.get(want.line);
    if (!got || got.reason !== want.reason) problems.push(`line ${want.line}: want ${want.reason}, got ${got?.reason ?? 'kept'}`);
  }
  const listed = new Set(seed.dropped.map((d) => d.line));
  for (const d of result.dropped) if (!listed.has(d.line)) problems.push(`line ${d.line}: dropped (${d.rule}) but not in the seed`);
  const expectedText = readFileSync(join(dir, 'expected.txt'), 'utf8');
  if (squash(result.text) !== squash(expectedText)) problems.push('text differs from expected.txt');
  return problems;
}

let changed = 0;
let failed = 0;
for (const name of readdirSync(root).filter((d) => d.includes('--')).sort()) {
  if (values.only && name !== values.only) continue;
  const dir = join(root, name);
  const file = Object.keys(INPUTS).find((f) => existsSync(join(dir, f)));
  if (!file) continue;
  const input = readFileSync(join(dir, file), 'utf8');
  const result = clean(input, { from: INPUTS[file] });
  const expected = {
    ...(result.title !== undefined ? { title: result.title } : {}),
    pageType: result.pageType,
    dropped: result.dropped.map((d) => ({ line: d.line, text: d.text, reason: d.reason, rule: d.rule })),
  };
  const isSeed = existsSync(join(dir, 'seed.json'));
  if (isSeed) {
    const problems = seedProblems(JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8')), result, dir);
    if (problems.length > 0) {
      console.error(`${name}: output does not match seed.json, nothing written:\n  ${problems.join('\n  ')}`);
      failed += 1;
      continue;
    }
  }
  const writes = [[join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`]];
  if (!isSeed) writes.push([join(dir, 'expected.txt'), `${result.text}\n`]);
  for (const [path, content] of writes) {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (before === content) continue;
    changed += 1;
    console.log(`${values.check ? 'would change' : 'wrote'} ${path.slice(root.length)}`);
    if (!values.check) writeFileSync(path, content);
  }
}
console.log(`fixtures: ${changed} file(s) ${values.check ? 'out of date' : 'written'}, ${failed} seed mismatch(es)`);
process.exit(failed > 0 || (values.check && changed > 0) ? 1 : 0);
