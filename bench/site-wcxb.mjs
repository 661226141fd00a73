#!/usr/bin/env node
// Site learning on WCXB-dev: for every site (URL host) with two or more pages, learn a profile
// from those pages with learnSite(), then score each page cleaned without and with
// { site: profile } by evaluate.py's word F1; per page type, and the worst page. Reported, not
// gated: the sites are few and mixed in type. Nothing is keyed to a page or a site.
// Usage: node bench/site-wcxb.mjs [--corpus html|text|md] [--focus F] [--verbose]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadModule, multiPageSites } from './site.mjs';
import { loadWcxb, readInput, TYPES, wcxbDir, wordF1 } from './wcxb.mjs';

const FROM = { html: 'html', text: 'text', md: 'markdown' };

/** Per-page rows { id, host, type, before, after } of every multi-page site. */
export function runWcxbSite({ dir, mod, corpus = 'html', focus = 'balanced' }) {
  const from = FROM[corpus];
  const rows = [];
  for (const [host, truths] of multiPageSites(loadWcxb(dir))) {
    const pages = truths.map((t) => ({ t, input: readInput(dir, corpus, t.id) })).filter((p) => p.input !== undefined);
    if (pages.length < 2) continue;
    const site = mod.learnSite(pages.map((p) => p.input), { from });
    for (const { t, input } of pages) {
      const before = wordF1(mod.clean(input, { from, focus, url: t.url }).text, t.main).f1;
      const after = wordF1(mod.clean(input, { from, focus, url: t.url, site }).text, t.main).f1;
      rows.push({ id: t.id, host, type: t.type, before, after });
    }
  }
  return rows;
}

const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

/** Print the per-type report. */
export function printWcxbSite(rows, { corpus, verbose = false }) {
  const f = (x) => x.toFixed(4);
  const sign = (x) => (x >= 0 ? '+' : '') + x.toFixed(4);
  const hosts = new Set(rows.map((r) => r.host));
  console.log(`\nsite learning on WCXB-dev (${corpus}): ${hosts.size} sites with ≥ 2 pages, ${rows.length} pages`);
  console.log(`  ${'type'.padEnd(13)} pages  before   after    gain`);
  for (const type of ['all', ...TYPES]) {
    const of = type === 'all' ? rows : rows.filter((r) => r.type === type);
    if (of.length === 0) continue;
    const b = mean(of.map((r) => r.before));
    const a = mean(of.map((r) => r.after));
    console.log(`  ${type.padEnd(13)} ${String(of.length).padStart(5)}  ${f(b)}  ${f(a)}  ${sign(a - b)}`);
  }
  const sorted = [...rows].sort((x, y) => x.after - x.before - (y.after - y.before));
  const shown = verbose ? sorted.filter((r) => Math.abs(r.after - r.before) >= 0.0005) : sorted.slice(0, 3);
  for (const r of shown) console.log(`  ${sign(r.after - r.before)}  ${r.host} ${r.type} ${r.id}`);
}

async function main() {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, focus: { type: 'string' }, impl: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
    strict: true,
  });
  const dir = wcxbDir();
  if (!existsSync(dir)) {
    console.log('bench site-wcxb: WCXB-dev data not found, skipped');
    return 0;
  }
  const corpus = values.corpus ?? 'html';
  if (!FROM[corpus]) throw new Error(`--corpus must be html, text or md, got "${corpus}"`);
  const mod = await loadModule(values.impl);
  printWcxbSite(runWcxbSite({ dir, mod, corpus, focus: values.focus ?? 'balanced' }), { corpus, verbose: !!values.verbose });
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e?.stack ?? e);
      process.exit(2);
    },
  );
}
