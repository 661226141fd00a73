#!/usr/bin/env node
// Site learning on AEB: for every site (URL host) with two or more pages in the
// corpus, learn a profile from those pages with learnSite(), then score each page
// cleaned without and with { site: profile }. Reports per-site and overall F1
// before/after and the worst page delta; --gate fails when the overall gain is
// under MIN_GAIN or any page loses more than MAX_PAGE_LOSS.
// Usage: node bench/site.mjs [--gate] [--corpus text|md] [--focus F] [--impl PATH] [--verbose]
// (also run by `node bench/run.mjs --site`). See docs/site-learning.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { aggregate, pageF1, score } from './metric.mjs';
import { CORPORA, dataDir, hasData, loadInputs, loadTruth } from './corpus.mjs';

/** Smallest overall F1 gain (with site minus without, multi-page sites) the gate accepts. */
export const MIN_GAIN = 0.02;
/** Largest F1 loss of any single page the gate accepts. */
export const MAX_PAGE_LOSS = 0.05;

/** Site of a URL: host name without a leading www. (as chaff's hostOf). */
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Truth entries grouped by host, only hosts with at least two pages, hosts sorted. */
export function multiPageSites(truth) {
  const byHost = new Map();
  for (const t of truth) {
    const host = hostOf(t.url);
    if (host === undefined) continue;
    byHost.set(host, [...(byHost.get(host) ?? []), t]);
  }
  return [...byHost].filter(([, ts]) => ts.length >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * Before/after figures. `mod` exports clean() and learnSite(). Returns
 * { sites: [{host, pages, before, after}], before, after, gain, worst: {id, host, delta}, pages }.
 */
export function runSite({ dir, mod, corpus = 'text', focus = 'balanced' }) {
  const from = CORPORA[corpus].from;
  const truth = loadTruth(dir);
  const sites = [];
  const all = { before: [], after: [] };
  let worst;
  for (const [host, ts] of multiPageSites(truth)) {
    const pages = loadInputs(dir, corpus, ts);
    const profile = mod.learnSite(
      pages.map((p) => p.input),
      { from },
    );
    const before = [];
    const after = [];
    pages.forEach((p, i) => {
      const b = score(ts[i].shingles, mod.clean(p.input, { from, focus }).text);
      const a = score(ts[i].shingles, mod.clean(p.input, { from, focus, site: profile }).text);
      before.push(b);
      after.push(a);
      const delta = pageF1(a) - pageF1(b);
      if (worst === undefined || delta < worst.delta) worst = { id: p.id, host, delta };
    });
    all.before.push(...before);
    all.after.push(...after);
    sites.push({ host, pages: pages.length, before: aggregate(before).f1, after: aggregate(after).f1 });
  }
  const before = aggregate(all.before);
  const after = aggregate(all.after);
  return { corpus, focus, sites, pages: all.before.length, before, after, gain: after.f1 - before.f1, worst };
}

/** Print the report; returns gate failures (empty when the gate passes). */
export function printSite(r, { verbose = false } = {}) {
  const f = (x) => x.toFixed(4);
  const sign = (x) => (x >= 0 ? '+' : '') + x.toFixed(4);
  console.log(`\nsite learning (${r.corpus}, ${r.focus}): ${r.sites.length} sites with ≥ 2 pages, ${r.pages} pages`);
  if (verbose) {
    const w = Math.max(4, ...r.sites.map((s) => s.host.length));
    console.log(`  ${'site'.padEnd(w)}  pages  before   after    delta`);
    for (const s of r.sites) {
      console.log(`  ${s.host.padEnd(w)}  ${String(s.pages).padStart(5)}  ${f(s.before)}  ${f(s.after)}  ${sign(s.after - s.before)}`);
    }
  } else {
    const moved = r.sites.filter((s) => Math.abs(s.after - s.before) >= 0.0005);
    console.log(`  sites changed: ${moved.length} (up ${moved.filter((s) => s.after > s.before).length}, down ${moved.filter((s) => s.after < s.before).length}); --verbose lists every site`);
  }
  console.log(`  F1 without site ${f(r.before.f1)} (P ${f(r.before.precision)}, R ${f(r.before.recall)})`);
  console.log(`  F1 with site    ${f(r.after.f1)} (P ${f(r.after.precision)}, R ${f(r.after.recall)})`);
  console.log(`  gain ${sign(r.gain)}; worst page ${sign(r.worst?.delta ?? 0)} (${r.worst?.host} ${r.worst?.id.slice(0, 8)})`);
  const failures = [];
  if (!(r.gain >= MIN_GAIN)) failures.push(`site gain ${sign(r.gain)} is below ${MIN_GAIN}`);
  if ((r.worst?.delta ?? 0) < -MAX_PAGE_LOSS) failures.push(`page ${r.worst.id} (${r.worst.host}) loses ${f(-r.worst.delta)} > ${MAX_PAGE_LOSS}`);
  return failures;
}

/** The module under test: dist/index.js, or a path. */
export async function loadModule(impl) {
  const url = impl ? pathToFileURL(resolve(impl)) : new URL('../dist/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error(`${fileURLToPath(url)} not found: run \`npm run build\``);
  const mod = await import(url.href);
  if (typeof mod.clean !== 'function' || typeof mod.learnSite !== 'function') {
    throw new Error(`${fileURLToPath(url)} does not export clean() and learnSite()`);
  }
  return mod;
}

async function main() {
  const { values } = parseArgs({
    options: {
      gate: { type: 'boolean' },
      corpus: { type: 'string' },
      focus: { type: 'string' },
      impl: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
    },
    strict: true,
  });
  const dir = dataDir();
  if (!hasData(dir)) {
    console.log('bench site: AEB data not found, skipped');
    return 0;
  }
  const corpus = values.corpus ?? 'text';
  if (!CORPORA[corpus]) throw new Error(`--corpus must be text, md or html, got "${corpus}"`);
  const mod = await loadModule(values.impl);
  const r = runSite({ dir, mod, corpus, focus: values.focus ?? 'balanced' });
  const failures = printSite(r, { verbose: !!values.verbose });
  if (!values.gate) return 0;
  for (const fail of failures) console.error(`site gate: FAILED: ${fail}`);
  if (failures.length === 0) console.log('site gate: passed');
  return failures.length ? 1 : 0;
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
