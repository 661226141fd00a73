#!/usr/bin/env node
// chaff hostile-input figures (docs/security.md): each hostile case in its own child process —
// time of the call (after a warm-up page of the same mode, so module loading is not counted) and
// the process's peak RSS — then the memory soak: heap and RSS growth over synchronous and awaited
// loops of AEB pages. Usage: npm run bench:hostile [-- --only NAME] [-- --soak-only] [-- --no-soak]
// [-- --gate] [-- --soak-gate] (only the gated soak rows, held to SOAK_BOUND). Reads
// dist/ (built first). --gate: exit 1 when a case passes its CPU-time or peak-RSS bound (`bound`;
// a case over its CPU bound is judged again on the bound scaled by this run's calibration).
// --calibrate: print the calibration workload's CPU time five times (to set its reference).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = resolve(ROOT, 'node_modules/.cache/chaff-hostile');
const CASES = resolve(CACHE, 'cases.mjs');
const AEB = resolve(ROOT, '../shared/bench/aeb/html');

/** The cases: [name, generator expression over the cases module `C`, options]. */
const CASE_LIST = [
  ['srcset 200k', 'C.srcsetAttack()', {}],
  ['meta property 200k tabs', 'C.metaPropertyAttack()', {}],
  ['lazy data-src 50k .jpg', 'C.lazyImageAttack()', {}],
  ['div x 3,000 closed', 'C.nested(3000)', {}],
  ['div x 3,000 unclosed', "C.nested(3000, '<div>', '</div>', false)", {}],
  ['div x 100,000 closed', 'C.nested(100000)', {}],
  ['div x 100,000 unclosed', "C.nested(100000, '<div>', '</div>', false)", {}],
  ['div x 1,000,000 closed', 'C.nested(1000000)', {}],
  ['div x 1,000,000 unclosed', "C.nested(1000000, '<div>', '</div>', false)", {}],
  ['div x 1,000,000 closed (linkedom)', 'C.nested(1000000)', { dom: 'linkedom' }],
  ['table x 100,000', "C.nested(100000, '<table><tr><td>', '</td></tr></table>')", {}],
  ['dense page 20 MB', 'C.densePage(20e6)', {}],
  ['dense page 20 MB (linkedom)', 'C.densePage(20e6)', { dom: 'linkedom' }],
  ['dense page 20 MB to html', 'C.densePage(20e6)', { to: 'html' }],
  ['5 MB binary junk (bytes, auto)', 'C.junkBytes(5e6)', {}],
  ['5 MB binary junk (bytes, html)', 'C.junkBytes(5e6)', { from: 'html' }],
  ['5 MB binary junk (bytes, markdown)', 'C.junkBytes(5e6)', { from: 'markdown' }],
  ['the node executable (bytes, refused)', "(await import('node:fs')).readFileSync(process.execPath)", {}],
  ['gzip bomb: 200 MB of "a" in 0.2 MB (bytes, cap)', "(await import('node:zlib')).gzipSync(new Uint8Array(2e8).fill(97))", { from: 'text' }],
  ['gzipped 20 MB dense page (bytes)', "(await import('node:zlib')).gzipSync(C.densePage(20e6))", {}],
  ['21 MB of bytes (cap)', 'new Uint8Array(21e6).fill(97)', { from: 'text' }],
  ...Object.keys({ 'one 1 MB line': 0, '1 MB of ".!?"': 0, 'a million newlines': 0, '100,000 duplicate lines': 0 }).flatMap((k) => [
    [`${k} (text)`, `C.textCases[${JSON.stringify(k)}]()`, { from: 'text' }],
    [`${k} (markdown)`, `C.textCases[${JSON.stringify(k)}]()`, { from: 'markdown' }],
    [`${k} (html)`, `C.textCases[${JSON.stringify(k)}]()`, { from: 'html' }],
  ]),
  // Second round (issue 9): what the tree builder builds, markdown nesting and inline shapes, many short lines.
  ...['jsdom', 'linkedom'].flatMap((dom) => Object.keys({ 'reopened <b> x 250 in 5,000 <p>': 0, '<b><div></b> x 5,000': 0, '<span><div></span> x 5,000': 0, '<li><ul></li> x 5,000': 0, '<form><div></form> x 5,000': 0, '<svg> + <div/> x 20,000': 0, '<table><tr><td><table></td> x 127': 0 }).map((k) => [`${k} (${dom})`, `C.treeCases[${JSON.stringify(k)}]()`, { from: 'html', dom }])),
  ...Object.keys({ "'>' x 4,000": 0, "'- ' x 2,000": 0, "'> - ' x 1,000": 0, "1,000 lines of '> ' x 1,000": 0, "'*' x 8,000 + x + '*' x 8,000": 0, "'[' x 20,000": 0, "'](' x 20,000": 0, "'[a](' x 8,000": 0, '50,000 reference uses': 0, 'a 10,000-column table': 0 }).map((k) => [`${k} (markdown)`, `C.markdownCases[${JSON.stringify(k)}]()`, { from: 'markdown' }]),
  ...Object.keys({ "'code line' x 64,000": 0, "'## Heading' x 100,000": 0, 'an unclosed fence of 100,000 lines': 0, "'ab' x 1,000,000 lines": 0 }).flatMap((k) => [
    [`${k} (text)`, `C.lineCases[${JSON.stringify(k)}]()`, { from: 'text' }],
    [`${k} (markdown)`, `C.lineCases[${JSON.stringify(k)}]()`, { from: 'markdown' }],
  ]),
];

/**
 * The bounds `--gate` holds each case to, on CPU time of the call (a busy machine slows wall time,
 * not CPU time) and the process' peak RSS: HTML (issue 9) 2 s per MB plus 0.25 s for a DOM's fixed
 * cost, and 1 GB; text and markdown, which were quadratic, a linear bound at their measured rates.
 */
function bound(options, chars) {
  const mb = chars / 1e6;
  if (options.from === 'text') return { cpuMs: 1000 + 4000 * mb, rssMb: 2048 };
  if (options.from === 'markdown') return { cpuMs: 1000 + 12_000 * mb, rssMb: 2048 };
  return { cpuMs: 250 + 2000 * mb, rssMb: 1024 };
}

/**
 * The machine's speed in this run: CPU time of a fixed, ordinary workload (an article of 300
 * paragraphs cleaned as HTML, text and markdown), measured in a child process like a case. A case
 * over its bound is measured against the bound scaled by how much slower this workload ran than
 * on the idle development machine (`CALIBRATION_REFERENCE_MS`), re-measured right after the case:
 * CPU time is not immune to a busy machine (shared caches, V8's parallel GC threads) — the 3 MB
 * `'ab'` text case took 7.4 s CPU on an idle CI run and 12.1 s on a loaded one.
 */
const CALIBRATION_REFERENCE_MS = 1545; // median of 5 runs on the idle 2-core dev machine (1,361–1,674)
function calibrate() {
  const script = `
    import { clean } from ${JSON.stringify(CHAFF)};
    import * as C from ${JSON.stringify(pathToFileURL(CASES).href)};
    const paras = Array.from({ length: 300 }, (_, i) => 'Paragraph ' + i + ' of the harbour report: the ferries that had been diverted to the south pier returned to their usual berths before noon, and traders said the closure had cost them ' + i + ' days of custom.');
    const html = C.article(paras.map((p) => '<p>' + p + '</p>').join(''));
    const text = paras.join('\\n\\n');
    clean(html, { from: 'html' });
    const cpu = process.cpuUsage();
    for (let k = 0; k < 3; k += 1) {
      clean(html, { from: 'html' });
      clean(text, { from: 'text' });
      clean(text, { from: 'markdown' });
    }
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000 }));`;
  return child(script, []).cpuMs;
}

function child(script, args, timeoutMs = 300_000) {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: timeoutMs });
  return JSON.parse(out.trim().split('\n').pop());
}

const CHAFF = pathToFileURL(resolve(ROOT, 'dist/index.js')).href;

function runCase([name, expr, options]) {
  const script = `
    import { clean } from ${JSON.stringify(CHAFF)};
    import * as C from ${JSON.stringify(pathToFileURL(CASES).href)};
    const options = ${JSON.stringify(options)};
    clean(C.article(''), options); // warm-up: modules loaded, not counted
    const input = ${expr};
    const t = performance.now();
    const cpu = process.cpuUsage();
    let limits = null;
    let read = 0; // a gzip input's bound is on what it inflates to
    try {
      const r = clean(input, options);
      limits = r.limits ?? null;
      read = r.compression ? r.input.length : 0;
    } catch (error) {
      if (error?.name !== 'ChaffInputError') throw error;
      limits = { refused: error.code }; // binary bytes: refused at once, by design (issue 16)
    }
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - t;
    const chars = Math.max(read, typeof input === 'string' ? input.length : input.byteLength);
    console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, chars, rssMb: process.resourceUsage().maxRSS / 1024, limits }));`;
  return { name, ...child(script, []) };
}

/**
 * The memory soak: `n` calls of `clean()` over 60 AEB pages cycled, in a loop that never yields
 * (`sync`, the loop everyone writes first) or yields after every page (`awaited`). RSS is measured
 * after one warm pass over the 60 pages — the first pages grow V8's heap to its working size, which
 * it keeps — halfway and at the end; heap after a forced GC at each point. A leak grows RSS over the
 * second half as over the first; a working set that is still filling grows over the first only.
 */
function soak(mode, dom, to, n) {
  const script = `
    import { readFileSync, readdirSync, existsSync } from 'node:fs';
    import { gunzipSync } from 'node:zlib';
    import { clean } from ${JSON.stringify(CHAFF)};
    import * as C from ${JSON.stringify(pathToFileURL(CASES).href)};
    const dir = ${JSON.stringify(AEB)};
    const pages = existsSync(dir)
      ? readdirSync(dir).sort().slice(0, 60).map((f) => gunzipSync(readFileSync(dir + '/' + f)).toString())
      : Array.from({ length: 60 }, (_, i) => C.article('<p>' + 'Filler sentence number ' + i + '. '.repeat(200) + '</p>'));
    const options = { dom: ${JSON.stringify(dom)}, to: ${JSON.stringify(to)} };
    const memory = () => { globalThis.gc(); const m = process.memoryUsage(); return { heap: m.heapUsed / 1e6, rss: m.rss / 1e6 }; };
    const first = (clean(pages[0], options), memory());
    for (const page of pages) clean(page, options);
    const warm = memory();
    const t = performance.now();
    let mid;
    for (let i = 0; i < ${n}; i += 1) {
      clean(pages[i % pages.length], options);
      if (${JSON.stringify(mode)} === 'awaited') await new Promise((r) => setImmediate(r));
      if (i + 1 === ${Math.floor(n / 2)}) mid = memory();
    }
    const msPerPage = (performance.now() - t) / ${n};
    const end = memory();
    await new Promise((r) => setTimeout(r, 20));
    console.log(JSON.stringify({ heapGrowthMb: end.heap - warm.heap, rssGrowthMb: end.rss - warm.rss, rssLastHalfMb: end.rss - mid.rss, rssFromFirstMb: end.rss - first.rss, afterTurnMb: memory().heap - warm.heap, msPerPage, rssMb: process.resourceUsage().maxRSS / 1024, aeb: existsSync(dir) }));`;
  return { mode, dom, to, n, ...child(script, [], 1_200_000) }; // 1,000 pages: ~1 min idle, several on a busy machine
}

/**
 * The soak rows: [loop, DOM, output, calls, gated]. Gated rows are held to SOAK_BOUND under
 * `--gate`; `--soak-gate` runs only those. The second half's RSS growth is reported for every row:
 * a leak grows there as much as in the first half.
 */
const SOAK_ROWS = [
  ['sync', 'jsdom', 'text', 1000, true],
  ['sync', 'jsdom', 'html', 1000, true],
  ['sync', 'linkedom', 'text', 1000, true],
  // linkedom to html loads both DOMs (jsdom sanitizes the output): V8's old space grows for
  // ~300 calls (RSS +220–290 MB past the 60-page warm pass) while the live heap after a GC grows
  // +6–15 MB, and the second half still grows +68 MB (measured 2026-12-04): over the bound, though
  // a heap-snapshot diff finds no page data retained (docs/security.md). Reported, not gated:
  // open in issue 16. See docs/security.md "Memory".
  ['sync', 'linkedom', 'html', 1000, false],
  ['awaited', 'jsdom', 'text', 300, false],
  ['awaited', 'jsdom', 'html', 300, false],
];
/** Issue 16's bound on a synchronous loop of 1,000 calls: RSS growth past the warm pass, and heap growth (a leak shows there first). */
const SOAK_BOUND = { rssGrowthMb: 150, heapGrowthMb: 20 };

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
mkdirSync(CACHE, { recursive: true });
buildSync({ entryPoints: [resolve(ROOT, 'test/hostile/cases.ts')], bundle: true, format: 'esm', platform: 'node', outfile: CASES, logLevel: 'error' });
if (!existsSync(resolve(ROOT, 'dist/index.js'))) throw new Error('build first: npm run build');

if (args.includes('--calibrate')) {
  for (let i = 0; i < 5; i += 1) console.log(`calibration workload: ${Math.round(calibrate())} ms CPU (reference ${CALIBRATION_REFERENCE_MS})`);
  process.exit(0);
}
const gate = args.includes('--gate');
const failures = [];
if (!args.includes('--soak-only')) {
  console.log('| case | input (MB) | time (ms) | CPU (ms) | CPU bound (ms) | peak RSS (MB) | limits |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const c of CASE_LIST) {
    if (only && !c[0].includes(only)) continue;
    const r = runCase(c);
    const b = bound(c[2], r.chars);
    let cpuBound = b.cpuMs;
    let note = '';
    if (r.cpuMs > cpuBound) {
      // Over the idle machine's bound: judge it on this run's speed, measured right after.
      const slowdown = Math.max(1, calibrate() / CALIBRATION_REFERENCE_MS);
      cpuBound = b.cpuMs * slowdown;
      note = ` (x${slowdown.toFixed(2)}: this run's calibration)`;
    }
    const over = r.cpuMs > cpuBound || r.rssMb > b.rssMb;
    if (over) failures.push(`${r.name}: ${Math.round(r.cpuMs)} ms CPU (bound ${Math.round(cpuBound)}${note}), ${Math.round(r.rssMb)} MB (bound ${b.rssMb})`);
    console.log(`| ${r.name} | ${(r.chars / 1e6).toFixed(2)} | ${Math.round(r.ms)} | ${Math.round(r.cpuMs)} | ${Math.round(cpuBound)}${note}${over ? ' **over**' : ''} | ${Math.round(r.rssMb)} | ${r.limits ? JSON.stringify(r.limits) : ''} |`);
  }
}
if (gate) {
  for (const f of failures) console.log(`hostile gate: ${f}`);
  console.log(failures.length === 0 ? 'hostile gate: passed' : `hostile gate: FAILED (${failures.length})`);
  if (failures.length > 0) process.exitCode = 1;
}
const soakGate = args.includes('--soak-gate');
if (!only && !args.includes('--no-soak')) {
  console.log('\n| loop | DOM | to | calls | gate | heap growth (MB) | RSS growth past the warm pass (MB) | RSS growth, second half (MB) | RSS from the first page (MB) | heap after the loop turns (MB) | ms/page | peak RSS (MB) |\n| --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const soakFailures = [];
  for (const [mode, dom, to, n, held] of SOAK_ROWS) {
    if (soakGate && !held) continue;
    const r = soak(mode, dom, to, n);
    const heapOver = held && r.heapGrowthMb > SOAK_BOUND.heapGrowthMb;
    const rssOver = held && r.rssGrowthMb > SOAK_BOUND.rssGrowthMb;
    if (heapOver || rssOver) {
      soakFailures.push(`${mode} ${dom} to ${to} x${n}: RSS +${Math.round(r.rssGrowthMb)} MB (bound ${SOAK_BOUND.rssGrowthMb}), heap +${Math.round(r.heapGrowthMb)} MB (bound ${SOAK_BOUND.heapGrowthMb})`);
    }
    const flag = (over) => (over ? ' **over**' : '');
    console.log(`| ${mode} | ${dom} | ${to} | ${n} | ${held ? 'gated' : '—'} | ${Math.round(r.heapGrowthMb)}${flag(heapOver)} | ${Math.round(r.rssGrowthMb)}${flag(rssOver)} | ${Math.round(r.rssLastHalfMb)} | ${Math.round(r.rssFromFirstMb)} | ${Math.round(r.afterTurnMb)} | ${Math.round(r.msPerPage)} | ${Math.round(r.rssMb)} |`);
  }
  if (gate || soakGate) {
    for (const f of soakFailures) console.log(`soak gate: ${f}`);
    console.log(soakFailures.length === 0 ? 'soak gate: passed' : `soak gate: FAILED (${soakFailures.length})`);
    if (soakFailures.length > 0) process.exitCode = 1;
  }
}
