#!/usr/bin/env node
// chaff on the WCXB development split (Web Content Extraction Benchmark, CC-BY-4.0; see
// ../shared/bench/wcxb-dev/LICENSE): 1,497 pages of 7 page types, scored with the split's own
// metric (evaluate.py beside it), reported per page type.
// Usage: node bench/wcxb.mjs --help
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const HELP = `usage: node bench/wcxb.mjs [options]

  --corpus html|text|md  renderings to run (comma-separated; default html,text,md)
  --dom jsdom|linkedom   DOM for html (default jsdom)
  --every K              every K-th page only (ids sorted) — quick runs
  --focus F              chaff's focus (default balanced)
  --baselines            also score keep-everything (text, md) and Readability.js + jsdom (html)
  --gate                 fail (exit 1) below bench/floors.json's wcxb floors (F1 overall and
                         per type); prints "wcxb gate: passed" otherwise
  --worst K              the K lowest-F1 pages per corpus
  --out FILE             per-page results as JSON (default bench/results/wcxb-<corpus>.json)
  --predictions FILE     also write {id: text} in evaluate.py's --results format (one corpus);
                         bench/wcxb-check.py scores it with evaluate.py's own functions
  --impl PATH            a module exporting clean() to run instead of dist/ (another build)

  Data: CHAFF_WCXB_DIR, else <repo>/../shared/bench/wcxb-dev.`;

/** The page types, in evaluate.py's order. */
export const TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];

// evaluate.py: re.findall(r'\w+', text.lower()). Python's Unicode \w is letters, numbers and "_"
// (not combining marks), as in bench/metric.mjs.
const WORD = /[\p{L}\p{N}_]+/gu;

/** evaluate.py's tokenize. */
export function words(text) {
  return text ? (text.toLowerCase().match(WORD) ?? []) : [];
}

/** evaluate.py's word_f1: bag-of-words precision, recall, F1 of one page. */
export function wordF1(predicted, reference) {
  const pred = words(predicted);
  const ref = words(reference);
  if (ref.length === 0) return pred.length === 0 ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 0, f1: 0 };
  if (pred.length === 0) return { p: 0, r: 0, f1: 0 };
  const counts = new Map();
  for (const w of ref) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of pred) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      overlap += 1;
      counts.set(w, n - 1);
    }
  }
  const p = overlap / pred.length;
  const r = overlap / ref.length;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** evaluate.py's snippet_check: the share of snippets found (case-folded substring). */
export function snippetShare(text, snippets) {
  if (!snippets || snippets.length === 0) return 1;
  const lower = (text ?? '').toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}

export function wcxbDir() {
  if (process.env.CHAFF_WCXB_DIR) return resolve(process.env.CHAFF_WCXB_DIR);
  return fileURLToPath(new URL('../../shared/bench/wcxb-dev/', import.meta.url));
}

/** Ground truth of every page, ids sorted (evaluate.py's load_ground_truth). */
export function loadWcxb(dir, every = 1) {
  const ids = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  return ids.filter((_, i) => i % every === 0).map((id) => {
    const data = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
    const gt = data.ground_truth ?? {};
    const pt = data._internal?.page_type;
    const primary = typeof pt === 'string' ? pt : (pt?.primary ?? 'article');
    return { id, url: data.url ?? '', type: primary === 'category' ? 'collection' : primary, main: gt.main_content ?? '', with: gt.with ?? [], without: gt.without ?? [] };
  });
}

const RENDERINGS = {
  html: { file: (id) => join('html', `${id}.html.gz`), from: 'html' },
  text: { file: (id) => join('text', `${id}.txt`), from: 'text' },
  md: { file: (id) => join('md', `${id}.md`), from: 'markdown' },
};

export function readInput(dir, corpus, id) {
  const path = join(dir, RENDERINGS[corpus].file(id));
  if (!existsSync(path)) return undefined;
  const buf = readFileSync(path);
  return (corpus === 'html' ? gunzipSync(buf) : buf).toString('utf8');
}

/** Mean of a field over rows. */
function mean(rows, key) {
  return rows.length === 0 ? 0 : rows.reduce((s, r) => s + r[key], 0) / rows.length;
}

/** Overall and per-type means of per-page figures. */
export function summarize(rows) {
  const of = (list) => ({ n: list.length, f1: mean(list, 'f1'), p: mean(list, 'p'), r: mean(list, 'r'), with: mean(list, 'with'), without: mean(list, 'without') });
  const byType = {};
  for (const t of TYPES) byType[t] = of(rows.filter((r) => r.type === t));
  return { all: of(rows), byType, pageTypes: pageTypeMatrix(rows) };
}

/**
 * How often `result.pageType` names the page's labelled type: accuracy, and per labelled type
 * the recall and what it was read as; per predicted type the precision.
 */
export function pageTypeMatrix(rows) {
  const matrix = Object.fromEntries(TYPES.map((t) => [t, Object.fromEntries(TYPES.map((u) => [u, 0]))]));
  let right = 0;
  for (const r of rows) {
    if (r.pageType === undefined || !matrix[r.type] || matrix[r.type][r.pageType] === undefined) continue;
    matrix[r.type][r.pageType] += 1;
    if (r.pageType === r.type) right += 1;
  }
  const predicted = (u) => TYPES.reduce((n, t) => n + matrix[t][u], 0);
  const labelled = (t) => TYPES.reduce((n, u) => n + matrix[t][u], 0);
  const share = (a, b) => (b === 0 ? 0 : a / b);
  return {
    accuracy: share(right, rows.length),
    matrix,
    recall: Object.fromEntries(TYPES.map((t) => [t, share(matrix[t][t], labelled(t))])),
    precision: Object.fromEntries(TYPES.map((t) => [t, share(matrix[t][t], predicted(t))])),
  };
}

function printPageTypes(corpus, m) {
  console.log(`\n  result.pageType (${corpus}): accuracy ${(m.accuracy * 100).toFixed(1)}%; rows labelled, columns read as`);
  console.log(`  ${''.padEnd(14)}${TYPES.map((u) => u.slice(0, 6).padStart(7)).join('')}  recall`);
  for (const t of TYPES) console.log(`  ${t.padEnd(14)}${TYPES.map((u) => String(m.matrix[t][u]).padStart(7)).join('')}  ${m.recall[t].toFixed(2)}`);
  console.log(`  ${'precision'.padEnd(14)}${TYPES.map((u) => m.precision[u].toFixed(2).padStart(7)).join('')}`);
}

function printSummary(label, s) {
  const f = (x) => x.toFixed(3);
  console.log(`\n${label}`);
  console.log(`  ${'type'.padEnd(14)} ${'n'.padStart(5)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)}  with  without`);
  const line = (name, x) => console.log(`  ${name.padEnd(14)} ${String(x.n).padStart(5)} ${f(x.f1).padStart(6)} ${f(x.p).padStart(6)} ${f(x.r).padStart(6)}  ${(x.with * 100).toFixed(1).padStart(4)}% ${(x.without * 100).toFixed(1).padStart(5)}%`);
  line('all', s.all);
  for (const t of TYPES) if (s.byType[t].n > 0) line(t, s.byType[t]);
}

async function readabilityOf() {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  return (html) => {
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } catch {
      return '';
    } finally {
      dom.window.close();
    }
  };
}

function gateFloors(corpus, summary) {
  const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')).wcxb?.[corpus];
  if (!floors) return [];
  const failures = [];
  if (floors.f1 !== undefined && summary.all.f1 < floors.f1) failures.push(`${corpus} F1 ${summary.all.f1.toFixed(4)} < ${floors.f1}`);
  for (const [t, floor] of Object.entries(floors.types ?? {})) {
    const got = summary.byType[t]?.f1 ?? 0;
    if (got < floor) failures.push(`${corpus} ${t} F1 ${got.toFixed(4)} < ${floor}`);
  }
  return failures;
}

async function main() {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: 'html,text,md' },
      dom: { type: 'string', default: 'jsdom' },
      every: { type: 'string', default: '1' },
      focus: { type: 'string', default: 'balanced' },
      baselines: { type: 'boolean', default: false },
      gate: { type: 'boolean', default: false },
      worst: { type: 'string' },
      out: { type: 'string' },
      predictions: { type: 'string' },
      impl: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(HELP);
  const dir = wcxbDir();
  if (!existsSync(join(dir, 'ground-truth'))) {
    console.log(`wcxb: no data at ${dir} — skipped`);
    return;
  }
  const impl = values.impl ? resolve(values.impl) : fileURLToPath(new URL('../dist/index.js', import.meta.url));
  const { clean } = await import(pathToFileURL(impl).href);
  const pages = loadWcxb(dir, Number(values.every));
  const failures = [];
  for (const corpus of values.corpus.split(',')) {
    const rows = [];
    const base = [];
    const predicted = {};
    const readability = values.baselines && corpus === 'html' ? await readabilityOf() : undefined;
    const started = performance.now();
    for (const page of pages) {
      const input = readInput(dir, corpus, page.id);
      if (input === undefined) continue;
      const result = clean(input, { from: RENDERINGS[corpus].from, dom: values.dom, focus: values.focus });
      const text = result.text;
      // jsdom frees a closed window only once the event loop turns: a loop that never yields
      // grew past 4 GB over the split (issue 16 tracks the synchronous-loop case).
      if (corpus === 'html') await new Promise((done) => setImmediate(done));
      const score = wordF1(text, page.main);
      if (values.predictions) predicted[page.id] = text;
      rows.push({ id: page.id, type: page.type, pageType: result.pageType, ...score, with: snippetShare(text, page.with), without: snippetShare(text, page.without) });
      if (values.baselines) {
        const other = readability ? readability(input) : input;
        base.push({ id: page.id, type: page.type, ...wordF1(other, page.main), with: snippetShare(other, page.with), without: snippetShare(other, page.without) });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const summary = summarize(rows);
    printSummary(`chaff ${corpus}${corpus === 'html' ? ` (${values.dom})` : ''}, focus ${values.focus}: ${rows.length} pages, ${seconds.toFixed(0)} s`, summary);
    printPageTypes(corpus, summary.pageTypes);
    if (values.baselines) printSummary(`${readability ? 'Readability.js + jsdom' : 'keep everything'} (${corpus})`, summarize(base));
    if (values.worst) {
      console.log(`\n  worst ${values.worst}:`);
      for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, Number(values.worst))) console.log(`  ${r.id} ${r.type.padEnd(13)} F1 ${r.f1.toFixed(3)} P ${r.p.toFixed(3)} R ${r.r.toFixed(3)}`);
    }
    const out = values.out ?? fileURLToPath(new URL(`./results/wcxb-${corpus}.json`, import.meta.url));
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, JSON.stringify({ corpus, dom: values.dom, focus: values.focus, summary, rows }, null, 1));
    if (values.predictions) writeFileSync(values.predictions, JSON.stringify(predicted));
    if (values.gate) failures.push(...gateFloors(corpus, summary));
  }
  if (values.gate) {
    if (failures.length > 0) {
      for (const f of failures) console.error(`wcxb gate: ${f}`);
      process.exit(1);
    }
    console.log('wcxb gate: passed');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
