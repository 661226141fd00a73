#!/usr/bin/env node
// chaff benchmark: ScrapingHub's article-extraction benchmark (AEB), scored
// with its own metric, against keep-everything and a C4-style line filter.
// Usage: see `node bench/run.mjs --help` and docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { aggregate, pageF1, score } from './metric.mjs';
import { c4, keepAll } from './baselines.mjs';
import { CORPORA, dataDir, hasData, loadInputs, loadTruth } from './corpus.mjs';
import { pageReport } from './diagnose.mjs';
import { printHtmlSpeed, runHtml } from './html.mjs';

const HELP = `usage: node bench/run.mjs [options]      (npm run bench = build, then this)

  --corpus text|md|html  run one corpus (comma-separated for several).
                         Default: text and md. html is opt-in: it also runs
                         Readability.js + jsdom and chaff on linkedom, timed
                         page by page (bench/html.mjs)
  --memory N             html: N awaited passes per DOM, heap after each
  --md                   include md (already in the default; kept for scripts)
  --pages N              only the first N pages (ids sorted) — quick runs
  --focus F[,F...]       chaff focus values to run: balanced, precision, recall
                         (default: all three, balanced first)
  --passes N             timed passes per method, median reported (default 3, min 3)
  --impl chaff|c4|keepall|PATH
                         what to run as "chaff": the build in dist/ (default), a
                         stand-in baseline to test the harness without a build, or
                         the path of a module exporting clean() (e.g. another build)
  --gate                 fail (exit 1) when a corpus' balanced F1 is below
                         bench/floors.json; prints "bench gate: passed" otherwise
  --worst K              after the table, the K lowest-F1 pages of chaff (first focus)
  --page ID              diagnose one page (id or unique id prefix): precision,
                         recall, false-positive and false-negative lines. No timing.
  --width N              clip diagnostic lines to N characters (default 160, 0: never)
  --site                 also run the site-learning bench (bench/site.mjs) on each corpus
                         run: learnSite per host with ≥ 2 pages, F1 before/after; with
                         --gate, fail when the text gain is < 0.02 or a page loses > 0.05
  --help

  Data: CHAFF_BENCH_DIR, else <repo>/../shared/bench/aeb.
  Writes bench/results/latest.json (not with --page).`;

const FOCI = ['balanced', 'precision', 'recall'];
const BENCH = new URL('./', import.meta.url);

function fail(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

function parse() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: 'string' },
        md: { type: 'boolean' },
        pages: { type: 'string' },
        focus: { type: 'string' },
        passes: { type: 'string' },
        impl: { type: 'string' },
        gate: { type: 'boolean' },
        worst: { type: 'string' },
        page: { type: 'string' },
        width: { type: 'string' },
        memory: { type: 'string' },
        site: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    fail(`${e.message}\n\n${HELP}`);
  }
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const int = (name, min) => {
    if (values[name] === undefined) return undefined;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) fail(`--${name} needs an integer ≥ ${min}, got "${values[name]}"`);
    return n;
  };
  let corpora = values.corpus ? values.corpus.split(',').map((s) => s.trim()) : ['text', 'md'];
  for (const c of corpora) if (!CORPORA[c]) fail(`unknown corpus "${c}" (text, md, html)`);
  if (values.md && !corpora.includes('md')) corpora.push('md');
  let focus = values.focus ? values.focus.split(',').map((s) => s.trim()) : [...FOCI];
  for (const f of focus) if (!FOCI.includes(f)) fail(`unknown focus "${f}" (${FOCI.join(', ')})`);
  if (values.gate && !focus.includes('balanced')) focus = ['balanced', ...focus];
  const impl = values.impl ?? 'chaff';
  if (!['chaff', 'c4', 'keepall'].includes(impl) && !/[\\/]|\.m?js$/.test(impl)) {
    fail(`unknown --impl "${impl}" (chaff, c4, keepall, or a module path)`);
  }
  return {
    corpora,
    focus,
    impl,
    pages: int('pages', 1),
    passes: Math.max(3, int('passes', 1) ?? 3),
    gate: !!values.gate,
    worst: int('worst', 1),
    page: values.page,
    width: int('width', 0) ?? 160,
    memory: int('memory', 1),
    site: !!values.site,
  };
}

/** The function benchmarked as "chaff": clean() from dist/, or a stand-in. */
async function loadImpl(impl) {
  if (impl === 'c4') return { label: 'c4 stand-in', clean: (input, { from }) => ({ text: c4(input), from, dropped: [] }) };
  if (impl === 'keepall') return { label: 'keep-all stand-in', clean: (input, { from }) => ({ text: input, from, dropped: [] }) };
  const isDist = impl === 'chaff';
  const url = isDist ? new URL('../dist/index.js', BENCH) : pathToFileURL(resolve(impl));
  const label = isDist ? 'chaff' : impl;
  const shown = isDist ? 'dist/index.js' : impl;
  if (!existsSync(fileURLToPath(url))) {
    return { label, error: `${shown} not found` + (isDist ? ': run `npm run build` (or use --impl c4)' : '') };
  }
  try {
    const mod = await import(url.href);
    if (typeof mod.clean !== 'function') return { label, error: `${shown} does not export clean()` };
    return { label, clean: mod.clean };
  } catch (e) {
    return { label, error: `importing ${shown} failed: ${e.message}` };
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Run `fn` over every page: one untimed warm-up pass (its outputs are scored),
 * then `passes` timed passes; the median pass time is reported.
 */
function measure(fn, pages, passes) {
  const outputs = new Array(pages.length);
  for (let i = 0; i < pages.length; i++) {
    try {
      outputs[i] = fn(pages[i].input);
    } catch (e) {
      return { error: `${e?.name ?? 'Error'}: ${e?.message ?? e} (page ${pages[i].id})`, stack: e?.stack };
    }
    if (typeof outputs[i]?.text !== 'string') return { error: `result.text is not a string (page ${pages[i].id})` };
  }
  const times = [];
  let sink = 0;
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (let i = 0; i < pages.length; i++) sink += fn(pages[i].input).text.length;
    times.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink); // keep the work observable
  return { outputs, seconds: median(times) / 1000, passTimes: times.map((t) => t / 1000) };
}

function methodsFor(corpus, impl, focus) {
  const from = CORPORA[corpus].from;
  const ms = [
    { method: 'keep-all', fn: (x) => ({ text: keepAll(x) }) },
    { method: 'c4', fn: (x) => ({ text: c4(x) }) },
  ];
  for (const f of focus) {
    const name = impl.label === 'chaff' ? `chaff ${f}` : `chaff ${f} [${impl.label}]`;
    ms.push({ method: name, focus: f, chaff: true, fn: impl.clean ? (x) => impl.clean(x, { from, focus: f }) : null });
  }
  return ms;
}

function runCorpus(corpus, truth, pages, impl, opts) {
  const bytes = pages.reduce((a, p) => a + p.bytes, 0);
  const rows = [];
  for (const m of methodsFor(corpus, impl, opts.focus)) {
    const row = { method: m.method };
    if (m.focus) row.focus = m.focus;
    if (!m.fn) {
      row.status = 'not built';
      row.error = impl.error;
      rows.push(row);
      continue;
    }
    const r = measure(m.fn, pages, opts.passes);
    if (r.error) {
      row.status = corpus === 'text' ? 'error' : 'not supported';
      row.error = r.error;
      if (row.status === 'error' && r.stack) Object.defineProperty(row, 'stack', { value: r.stack, enumerable: false });
      rows.push(row);
      continue;
    }
    const perPage = r.outputs.map((o, i) => ({ id: pages[i].id, ...score(truth[i].shingles, o.text) }));
    Object.assign(row, aggregate(perPage), {
      seconds: r.seconds,
      mbPerSec: r.seconds > 0 ? bytes / 1e6 / r.seconds : null,
      passSeconds: r.passTimes,
    });
    Object.defineProperty(row, 'perPage', { value: perPage, enumerable: false });
    // Per-page figures of the chaff rows go into the JSON, to compare runs page by page.
    if (m.chaff) {
      const r4 = (x) => Math.round(x * 1e4) / 1e4;
      row.pageScores = perPage.map((p) => ({ id: p.id, precision: r4(p.precision), recall: r4(p.recall), f1: r4(pageF1(p)) }));
    }
    rows.push(row);
  }
  const c4Row = rows.find((r) => r.method === 'c4');
  for (const r of rows) if (r.seconds !== undefined && c4Row?.seconds) r.vsC4 = r.seconds / c4Row.seconds;
  return { corpus, from: CORPORA[corpus].from, pages: pages.length, bytes, rows };
}

// ---------- output ----------

function fmtNum(x, digits) {
  return x === undefined || x === null || Number.isNaN(x) ? '-' : x.toFixed(digits);
}
function fmtRate(x) {
  if (x === null || x === undefined) return '-';
  if (x >= 1e5) return '>99999';
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

function printTable(results) {
  const head = ['corpus', 'method', 'F1', 'precision', 'recall', 'seconds', 'MB/s', 'x c4'];
  const body = [];
  const notes = new Map();
  for (const res of results) {
    for (const r of res.rows) {
      if (r.status) {
        body.push({ corpus: res.corpus, cells: [res.corpus, r.method], status: r.status });
        const key = `${res.corpus}: ${r.error}`;
        notes.set(key, [...(notes.get(key) ?? []), r.method]);
      } else {
        body.push({
          corpus: res.corpus,
          cells: [
            res.corpus,
            r.method,
            fmtNum(r.f1, 4),
            fmtNum(r.precision, 4),
            fmtNum(r.recall, 4),
            fmtNum(r.seconds, 4),
            fmtRate(r.mbPerSec),
            r.vsC4 === undefined ? '-' : r.vsC4.toFixed(2),
          ],
        });
      }
    }
  }
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b.cells[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ').trimEnd();
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  let prev = null;
  for (const b of body) {
    if (prev !== null && prev !== b.corpus) console.log('');
    console.log(b.status ? `${b.cells[0].padEnd(w[0])}  ${b.cells[1].padEnd(w[1])}  ${b.status}` : line(b.cells));
    prev = b.corpus;
  }
  for (const [key, methods] of notes) console.log(`  note: ${key}  [${methods.join(', ')}]`);
  const firstError = results.flatMap((res) => res.rows).find((r) => r.stack);
  if (firstError) console.log(`\n${firstError.method} threw on text:\n${firstError.stack.split('\n').slice(0, 6).join('\n')}`);
}

function printWorst(res, truth, k, focus) {
  const row = res.rows.find((r) => r.focus === focus);
  if (!row?.perPage) {
    console.log(`\n${res.corpus}: no worst pages: chaff ${focus} ${row?.status ?? 'not run'}`);
    return;
  }
  const urlOf = new Map(truth.map((t) => [t.id, t.url]));
  const worst = [...row.perPage].sort((a, b) => pageF1(a) - pageF1(b)).slice(0, k);
  console.log(`\n${res.corpus}: ${worst.length} lowest-F1 pages, ${row.method}`);
  console.log(`  ${'id'.padEnd(64)}  ${'F1'.padStart(5)}  ${'P'.padStart(5)}  ${'R'.padStart(5)}  url`);
  for (const p of worst) {
    console.log(
      `  ${p.id}  ${pageF1(p).toFixed(3)}  ${p.precision.toFixed(3)}  ${p.recall.toFixed(3)}  ${urlOf.get(p.id)}`,
    );
  }
}

function readFloors() {
  const path = new URL('./floors.json', BENCH);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`cannot read bench/floors.json: ${e.message}`);
  }
}

/** Check balanced F1 against the pinned floors. Returns failure messages. */
function gate(results, opts, allPages) {
  const floors = readFloors();
  const failures = [];
  const notes = [];
  for (const [corpus, floor] of Object.entries(floors)) {
    if (corpus === 'wcxb') continue; // bench/wcxb.mjs --gate reads those
    const min = floor?.f1 ?? 0;
    const res = results.find((r) => r.corpus === corpus);
    if (!res) {
      notes.push(`${corpus}: not run, floor ${min} not checked`);
      continue;
    }
    const row = res.rows.find((r) => r.focus === 'balanced');
    if (row.status === 'not built' || row.status === 'error') {
      failures.push(`${corpus}: chaff balanced: ${row.status} (${row.error})`);
      continue;
    }
    if (row.status) {
      if (min > 0) failures.push(`${corpus}: chaff balanced is ${row.status} (${row.error}), floor F1 ${min}`);
      else notes.push(`${corpus}: chaff balanced is ${row.status}; floor is 0, not checked`);
      continue;
    }
    if (!(row.f1 >= min)) failures.push(`${corpus}: balanced F1 ${row.f1.toFixed(4)} is below the floor ${min}`);
    else notes.push(`${corpus}: balanced F1 ${row.f1.toFixed(4)} >= floor ${min}`);
    if (res.domDiffers?.length > 0) failures.push(`${corpus}: jsdom and linkedom give different text on ${res.domDiffers.length} page(s), e.g. ${res.domDiffers.slice(0, 3).join(', ')}`);
    else if (res.domDiffers) notes.push(`${corpus}: jsdom and linkedom give the same text on all ${res.pages} pages`);
  }
  if (opts.pages && opts.pages < allPages) notes.push(`only ${opts.pages} of ${allPages} pages were scored`);
  if (opts.impl !== 'chaff') notes.push(`gated a stand-in (--impl ${opts.impl}), not chaff`);
  return { failures, notes };
}

// ---------- --page ----------

function resolvePage(truth, id) {
  const hits = truth.filter((t) => t.id.startsWith(id.toLowerCase()));
  if (hits.length === 0) fail(`no page id starts with "${id}"`);
  if (hits.length > 1) fail(`"${id}" is ambiguous: ${hits.map((h) => h.id).join(', ')}`);
  return hits[0];
}

function diagnosePage(dir, truth, impl, opts) {
  const t = resolvePage(truth, opts.page);
  const focus = opts.focus[0];
  console.log(`page ${t.id}\n  ${t.url}`);
  for (const corpus of opts.corpora) {
    const [page] = loadInputs(dir, corpus, [t]);
    const from = CORPORA[corpus].from;
    const base = [
      ['keep-all', keepAll(page.input)],
      ['c4', c4(page.input)],
    ].map(([n, text]) => `${n} F1 ${pageF1(score(t.shingles, text)).toFixed(3)}`);
    const label = impl.label === 'chaff' ? `chaff ${focus}` : `chaff ${focus} [${impl.label}]`;
    console.log(`\n== ${corpus} (from: '${from}'), ${label}    [${base.join(', ')}]`);
    if (!impl.clean) {
      console.log(`  chaff not built: ${impl.error}`);
      continue;
    }
    let result;
    try {
      result = impl.clean(page.input, { from, focus });
    } catch (e) {
      console.log(`  clean() threw: ${e?.stack ?? e}`);
      continue;
    }
    if (result.title !== undefined) console.log(`  title: ${result.title}`);
    console.log(pageReport({ truth: t.text, pred: result.text, input: page.input, dropped: result.dropped, width: opts.width }));
  }
}

// ---------- main ----------

async function main() {
  const opts = parse();
  const dir = dataDir();
  if (!hasData(dir)) {
    console.log(process.env.CHAFF_BENCH_DIR ? `bench: ${dir} not found, skipped` : 'bench: ../shared/bench not found, skipped');
    process.exit(0);
  }
  const impl = await loadImpl(opts.impl);
  const allTruth = loadTruth(dir);

  if (opts.page) {
    diagnosePage(dir, allTruth, impl, opts);
    return 0;
  }

  const truth = opts.pages ? allTruth.slice(0, opts.pages) : allTruth;
  // Read every corpus once, before any timing.
  const inputs = Object.fromEntries(opts.corpora.map((c) => [c, loadInputs(dir, c, truth)]));

  const t0 = performance.now();
  const results = [];
  for (const c of opts.corpora) {
    results.push(c === 'html' ? await runHtml(truth, inputs[c], impl, opts) : runCorpus(c, truth, inputs[c], impl, opts));
  }
  const wall = (performance.now() - t0) / 1000;

  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log(
    `chaff bench: AEB, ${truth.length} page(s); ${opts.passes} timed passes (median), 1 untimed warm-up; node ${process.version}; ${cpu}`,
  );
  for (const r of results) console.log(`  ${r.corpus}: ${(r.bytes / 1e6).toFixed(2)} MB as from: '${r.from}'`);
  console.log('');
  printTable(results);
  console.log(`\nF1/precision/recall: AEB metric (bench/metric.mjs). MB = 10^6 bytes of UTF-8 input. x c4 = time / c4 filter time.`);
  for (const r of results) if (r.corpus === 'html') printHtmlSpeed(r);
  console.log(`bench time ${wall.toFixed(1)} s`);

  if (opts.worst) for (const r of results) printWorst(r, truth, opts.worst, opts.focus[0]);

  // --site: learn per host, clean with and without the profile (bench/site.mjs).
  const siteFailures = [];
  const siteResults = {};
  if (opts.site) {
    const site = await import('./site.mjs');
    if (['c4', 'keepall'].includes(opts.impl)) {
      console.log(`\nsite learning: skipped for the --impl ${opts.impl} stand-in`);
    } else {
      const mod = await site.loadModule(opts.impl === 'chaff' ? undefined : opts.impl);
      for (const corpus of opts.corpora.filter((c) => c !== 'html')) {
        const r = site.runSite({ dir, mod, corpus });
        const failures = site.printSite(r);
        siteResults[corpus] = { sites: r.sites.length, pages: r.pages, before: r.before.f1, after: r.after.f1, gain: r.gain, worst: r.worst };
        // The gate holds on text, the corpus the target is set on; md is reported.
        if (corpus === 'text') siteFailures.push(...failures.map((f) => `${corpus}: ${f}`));
      }
    }
  }

  const json = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpu,
    impl: opts.impl,
    pages: truth.length,
    passes: opts.passes,
    benchSeconds: wall,
    corpora: Object.fromEntries(results.map((r) => [r.corpus, r])),
    ...(opts.site ? { site: siteResults } : {}),
  };

  let code = results.some((r) => r.rows.some((row) => row.status === 'error')) ? 1 : 0;
  if (opts.gate) {
    const g = gate(results, opts, allTruth.length);
    json.gate = { passed: g.failures.length === 0, failures: g.failures, notes: g.notes };
    console.log('');
    for (const n of g.notes) console.log(`  gate: ${n}`);
    g.failures.push(...siteFailures);
    json.gate.passed = g.failures.length === 0;
    if (g.failures.length) {
      for (const f of g.failures) console.error(`bench gate: FAILED: ${f}`);
      console.error('bench gate: floors are in bench/floors.json (raised by hand only)');
      code = 1;
    } else {
      console.log('bench gate: passed');
    }
  }

  const outDir = new URL('./results/', BENCH);
  mkdirSync(outDir, { recursive: true });
  const outFile = new URL('./latest.json', outDir);
  writeFileSync(outFile, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote bench/results/latest.json`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e?.stack ?? e);
    process.exit(2);
  },
);

