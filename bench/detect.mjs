#!/usr/bin/env node
// Input-kind detection (`from: 'auto'`, src/detect.ts) on every page of every corpus in
// ../shared/bench, in all three renderings: HTML pages must read as html, text scrapes as text,
// markdown renderings as markdown. Usage: node bench/detect.mjs [--gate [--max N]] [--show N].
// --gate: exit 1 on more than N misreads (default 0). Bundles src/detect.ts with esbuild (nothing else of chaff is loaded).
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = resolve(ROOT, '../shared/bench');
const OUT = resolve(ROOT, 'node_modules/.cache/chaff-detect/detect.mjs');
mkdirSync(dirname(OUT), { recursive: true });
buildSync({ entryPoints: [resolve(ROOT, 'src/detect.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: OUT, logLevel: 'error' });
const { detectKind } = await import(pathToFileURL(OUT).href);

const args = process.argv.slice(2);
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 5;
const RENDERINGS = [['html', 'html'], ['text', 'text'], ['md', 'markdown']];
let misreads = 0;
let pages = 0;
for (const corpus of ['aeb', 'wcxb-dev']) {
  for (const [dir, expected] of RENDERINGS) {
    const path = resolve(BENCH, corpus, dir);
    if (!existsSync(path)) continue;
    const files = readdirSync(path).sort();
    const wrong = [];
    for (const f of files) {
      const raw = readFileSync(resolve(path, f));
      const input = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      if (input.trim() === '') continue; // an empty rendering has no kind
      pages += 1;
      const got = detectKind(input);
      if (got !== expected) wrong.push(`${f} → ${got}`);
    }
    misreads += wrong.length;
    console.log(`${corpus} ${dir}: ${files.length - wrong.length}/${files.length} read as ${expected}${wrong.length ? `; misread: ${wrong.slice(0, show).join(', ')}${wrong.length > show ? ', …' : ''}` : ''}`);
  }
}
console.log(`detection: ${pages} pages, ${misreads} misread`);
const max = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : 0;
if (args.includes('--gate')) {
  console.log(misreads <= max ? `detect gate: passed (${misreads} ≤ ${max})` : `detect gate: FAILED (${misreads} > ${max})`);
  if (misreads > max) process.exitCode = 1;
}
