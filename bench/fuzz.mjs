#!/usr/bin/env node
// Mutation fuzzer over the bench pages (issue 9): each AEB page is mutated (truncated, spans
// duplicated or swapped, tags, entities and NULs inserted, markup misnested, spans deep-wrapped,
// giant attributes added) and cleaned on both DOMs. Checked for every mutated page:
//   never throws · deterministic (two calls, deep-equal results) · accounting (every visible word,
//   as the HTML standard parses the page, is kept, in the title or in a dropped record, up to
//   `limits.truncated.at`) · records in input order and not overlapping · time ≤ 0.5 s + 2 s/MB (the faster of two calls)
//   per call, or else ≤ 8x the DOM's bare parse of the same page in the same run · the process' peak RSS ≤ 1 GB.
// Usage: node --expose-gc bench/fuzz.mjs [--pages N] [--seed S] [--gate] [--mutations K] [--all]
// [--only ID --dump]. Reads dist/ (npm run build); npm run bench:fuzz runs it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parse } from 'parse5';
import { buildSync } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const AEB = resolve(ROOT, '../shared/bench/aeb/html');
const { clean } = await import(pathToFileURL(resolve(ROOT, 'dist/index.js')).href);

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const PAGES = Number(arg('--pages', '180'));
const SEED = Number(arg('--seed', '20261202'));
const MUTATIONS = Number(arg('--mutations', '2'));
const GATE = argv.includes('--gate');
/**
 * The time bound per call (issue 9): 2 s per MB of input, plus a floor for a DOM's fixed cost.
 * The floor is 0.5 s here (0.25 s in bench:hostile's single cases): a mutated 150 KB page left
 * ~1,200 flattened levels 256 deep, and jsdom's per-insertion ancestor walks cost it ~0.4–0.6 s.
 */
const boundMs = (chars) => 500 + (2000 * chars) / 1e6;
/**
 * A call over the bound is slow only when it also costs more than this many times the chosen
 * DOM's own parse of the same mutated page, timed in the same run (the faster of two): the bound
 * alone is wall-clock time and failed CI on a busy machine (b6fb53e9fb04, 678 ms of 654 — where
 * `new JSDOM()` alone took 841 ms: deep misnesting is jsdom's own cost). Measured on seed
 * 20261202: every jsdom call is ≤ 6x its bare parse, the one over the bound 1.1x; linkedom calls
 * reach 27x (its parse is the cheap part, the guard's parse5 pass the rest) but stay far under
 * the bound. Quadratic work of chaff's own shows as both over the bound and far past 8x.
 */
const MAX_PARSE_RATIO = 8;
/**
 * The guard (src/guard/html.ts), bundled from source for this run: the page a DOM is handed is the
 * guarded page, and on a page whose inserted `<title>` or `<textarea>` swallowed the rest, that is
 * the recovered body — a different document, whose own parse can cost far more than the swallowed
 * one's (65408257dbe4 [misnest+tags]: jsdom parses the mutated page in 0.21 s, the recovered one in
 * 1.18 s, all of it jsdom's adoption agency). An attacker gains nothing by it: the recovered page
 * could be sent as it is.
 */
const { guardHtml } = await (async () => {
  const out = buildSync({ entryPoints: [resolve(ROOT, 'src/guard/html.ts')], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
})();
/** The bare parse a user of the DOM pays anyway, of the page as guarded: the baseline a call is compared with. */
const parseOnly = {
  jsdom: (html) => new JSDOM(html).window.close(),
  linkedom: (html) => parseHTML(html),
};
const fastest = (fn) => {
  let best = Infinity;
  for (let i = 0; i < 2; i += 1) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
};const MAX_RSS_MB = 1024;

/** xorshift32: a failing case is rebuilt from its seed. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const TAGS = ['<b>', '</b>', '<div>', '</div>', '<p>', '</p>', '<table>', '<tr>', '<td>', '</table>', '<li>', '<ul>', '</li>', '<svg>', '</svg>', '<math>', '<select>', '<option>', '<!--', '-->', '--!>', '<script>', '</script>', '<style>', '<template>', '<textarea>', '<title>', '<a href="/x">', '</a>', '<form>', '</form>', '<br/>', '<img src=x>', '<frameset>', '<noscript>', '<xmp>', '<iframe>'];
const ENTITIES = ['&amp;', '&lt;', '&#0;', '&#x110000;', '&nbsp', '&notin;', '&#65;', '\u0000', '\ud800', '\uffff', '\r', '\r\n'];
const MISNESTS = ['<b><div></b>', '<a><table><a>', '<span><div></span>', '<li><ul></li>', '<form><div></form>', '<table><tr><td><table></td>', '<p><b><i></p>x</b>', '<svg><p>', '<select><input>'];

const MUTATORS = {
  truncate: (s, r) => s.slice(0, Math.floor(r() * s.length)),
  duplicate: (s, r) => {
    const a = Math.floor(r() * s.length);
    const b = Math.min(s.length, a + Math.floor(r() * 20_000));
    const at = Math.floor(r() * s.length);
    return s.slice(0, at) + s.slice(a, b) + s.slice(at);
  },
  tags: (s, r) => insertMany(s, r, () => TAGS[Math.floor(r() * TAGS.length)], 40),
  entities: (s, r) => insertMany(s, r, () => ENTITIES[Math.floor(r() * ENTITIES.length)], 40),
  shuffle: (s, r) => {
    const cuts = [0, ...Array.from({ length: 6 }, () => Math.floor(r() * s.length)).sort((x, y) => x - y), s.length];
    const parts = cuts.slice(1).map((c, i) => s.slice(cuts[i], c));
    for (let i = parts.length - 1; i > 0; i -= 1) {
      const j = Math.floor(r() * (i + 1));
      [parts[i], parts[j]] = [parts[j], parts[i]];
    }
    return parts.join('');
  },
  misnest: (s, r) => insertMany(s, r, () => MISNESTS[Math.floor(r() * MISNESTS.length)].repeat(1 + Math.floor(r() * 400)), 3),
  deepWrap: (s, r) => {
    const a = Math.floor(r() * s.length);
    const b = Math.min(s.length, a + Math.floor(r() * 5_000));
    const tag = ['div', 'span', 'b', 'blockquote', 'table'][Math.floor(r() * 5)];
    const n = 100 + Math.floor(r() * 3_000);
    return s.slice(0, a) + `<${tag}>`.repeat(n) + s.slice(a, b) + `</${tag}>`.repeat(n) + s.slice(b);
  },
  giantAttribute: (s, r) => {
    const at = s.indexOf('<p', Math.floor(r() * s.length));
    if (at < 0) return s;
    const name = ['class', 'srcset', 'data-x', 'style', 'href'][Math.floor(r() * 5)];
    return `${s.slice(0, at + 2)} ${name}="${'w'.repeat(100_000 + Math.floor(r() * 200_000))}\t." ${s.slice(at + 2)}`;
  },
};

function insertMany(s, r, piece, n) {
  const at = Array.from({ length: n }, () => Math.floor(r() * s.length)).sort((x, y) => y - x);
  let out = s;
  for (const i of at) out = out.slice(0, i) + piece() + out.slice(i);
  return out;
}

/** Elements whose text is not shown (chaff's strip and walk agree: docs/security.md "Data loss"). */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'audio', 'canvas', 'datalist', 'embed', 'iframe', 'map', 'noembed', 'noframes', 'option', 'optgroup', 'select', 'textarea', 'video', 'xmp', 'frameset']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

function hiddenElement(el) {
  for (const a of el.attrs ?? el.attributes ?? []) {
    if (a.name === 'hidden' || (a.name === 'aria-hidden' && a.value === 'true') || (a.name === 'style' && a.value.length < 2000 && HIDDEN_STYLE.test(a.value))) return true;
  }
  return false;
}

/**
 * Words a reader sees in the page as a DOM builds it: the HTML standard's tree for jsdom (parse5,
 * which jsdom runs), linkedom's own tree for linkedom (a lenient parser: where its tree differs
 * from the standard's, what it shows is its own).
 */
function visibleWords(html, dom) {
  const out = new Set();
  const root = dom === 'linkedom' ? linkedomRoot(html) : parse(html);
  const stack = [[root, false]];
  while (stack.length > 0) {
    const [node, inSvg] = stack.pop();
    if (node.nodeName === '#text') {
      if (!inSvg) for (const w of (node.value ?? node.nodeValue).match(/[\p{L}\p{N}]+/gu) ?? []) out.add(w);
      continue;
    }
    if (!node.childNodes) continue;
    const tag = node.tagName?.toLowerCase();
    const html = dom === 'linkedom' ? node.nodeType === 1 && tag !== 'svg' && !inSvg : node.namespaceURI?.endsWith('xhtml');
    if (tag && html && (INVISIBLE.has(tag) || hiddenElement(node))) continue;
    const svg = tag === 'svg' ? true : tag === 'foreignobject' ? false : inSvg;
    for (const child of node.childNodes) stack.push([child, svg]);
    if (node.content) stack.push([node.content, svg]);
  }
  return out;
}

function linkedomRoot(html) {
  return parseHTML(html).document;
}

function accountingGaps(input, r, dom) {
  const at = r.limits?.truncated?.at ?? input.length;
  // A word split by a tag (`Endorsem<b>ent`) is one word in the text: a visible word counts as
  // accounted for when it stands anywhere in what the result holds.
  const held = `${r.text} ${r.title ?? ''} ${r.dropped.map((d) => d.text).join(' ')}`;
  const seen = new Set(held.match(/[\p{L}\p{N}]+/gu) ?? []);
  return [...visibleWords((r.input ?? input).slice(0, at), dom)].filter((w) => !seen.has(w) && !held.includes(w));
}

function orderProblems(dropped) {
  const out = [];
  for (let i = 1; i < dropped.length; i += 1) {
    const a = dropped[i - 1];
    const b = dropped[i];
    if (b.start < a.start) out.push(`out of order at ${i}`);
    else if (b.start < a.end) out.push(`overlap at ${i} (${a.start}-${a.end} / ${b.start}-${b.end})`);
  }
  return out;
}

if (!existsSync(AEB)) {
  console.log('fuzz: ../shared/bench/aeb not found; skipped');
  process.exit(0);
}
const ONLY = arg('--only', undefined);
const files = readdirSync(AEB).sort().slice(0, PAGES);
const random = rng(SEED);
const names = Object.keys(MUTATORS);
const failures = { throws: [], nondeterministic: [], accounting: [], order: [], slow: [] };
/**
 * linkedom's own tokenizer is not the standard's (htmlparser2): on broken raw text (a shuffled
 * `<style>`, an inserted `<xmp>`) it reads the stripped page otherwise than the page was planned
 * on, so its accounting gaps are counted and shown, but not gated (docs/security.md).
 */
const informational = { 'accounting (linkedom)': [] };
let calls = 0;
let worstRatio = 0;
let worstParseRatio = 0;
const overBoundCalls = [];
const started = performance.now();
clean('<p>warm</p>', { from: 'html' });
clean('<p>warm</p>', { from: 'html', dom: 'linkedom' });
for (const [n, file] of files.entries()) {
  const original = gunzipSync(readFileSync(resolve(AEB, file))).toString('utf8');
  let page = original;
  const applied = [];
  for (let k = 0; k < MUTATIONS; k += 1) {
    const m = names[Math.floor(random() * names.length)];
    applied.push(m);
    page = MUTATORS[m](page, rng(SEED + n * 31 + k));
  }
  const id = `${file.slice(0, 12)} [${applied.join('+')}]`;
  if (ONLY !== undefined && !file.startsWith(ONLY)) continue;
  if (ONLY !== undefined && argv.includes('--dump')) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync('/tmp/fuzz-page.html', page);
  }
  for (const dom of ['jsdom', 'linkedom']) {
    let a;
    let b;
    try {
      // The faster of the two calls (the second checks determinism): on a busy machine one call
      // can be slowed by a neighbour; CPU time is no better here, as it counts V8's parallel GC threads.
      let t = performance.now();
      a = clean(page, { from: 'html', dom });
      const first = performance.now() - t;
      t = performance.now();
      b = clean(page, { from: 'html', dom });
      const ms = Math.min(first, performance.now() - t);
      calls += 1;
      const overBound = ms / boundMs(page.length);
      worstRatio = Math.max(worstRatio, overBound);
      if (overBound > 1) {
        const guarded = guardHtml(page).html;
        const parseMs = fastest(() => parseOnly[dom](guarded));
        worstParseRatio = Math.max(worstParseRatio, ms / parseMs);
        if (ms > MAX_PARSE_RATIO * parseMs) failures.slow.push(`${id} ${dom}: ${ms.toFixed(0)} ms for ${(page.length / 1e6).toFixed(2)} MB, ${(ms / parseMs).toFixed(1)}x its bare parse`);
        else overBoundCalls.push(`${id} ${dom}: ${ms.toFixed(0)} ms, ${(ms / parseMs).toFixed(1)}x its bare parse (${parseMs.toFixed(0)} ms)`);
      }
    } catch (error) {
      failures.throws.push(`${id} ${dom}: ${error.message}`);
      continue;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) failures.nondeterministic.push(`${id} ${dom}`);
    const gaps = accountingGaps(page, a, dom);
    if (gaps.length > 0) (dom === 'jsdom' ? failures.accounting : informational['accounting (linkedom)']).push(`${id} ${dom}: ${gaps.length} word(s), e.g. ${gaps.slice(0, 5).map((w) => w.slice(0, 30)).join(" ")}`);
    const order = orderProblems(a.dropped);
    if (order.length > 0) failures.order.push(`${id} ${dom}: ${order[0]}${order.length > 1 ? ` (+${order.length - 1})` : ''}`);
  }
  await new Promise((r) => setImmediate(r)); // let jsdom free its windows
  globalThis.gc?.(); // with --expose-gc: peak RSS then measures the calls, not garbage left between pages
}
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`fuzz: ${files.length} pages × ${MUTATIONS} mutations × 2 DOMs = ${calls} calls in ${((performance.now() - started) / 1000).toFixed(0)} s (seed ${SEED})`);
for (const [kind, list] of Object.entries(failures)) {
  console.log(`  ${kind.padEnd(17)} ${list.length}`);
  for (const line of list.slice(0, argv.includes("--all") ? list.length : 8)) console.log(`    ${line}`);
}
for (const [kind, list] of Object.entries(informational)) {
  console.log(`  ${kind} ${list.length} (not gated)`);
  for (const line of list.slice(0, argv.includes('--all') ? list.length : 3)) console.log(`    ${line}`);
}
console.log(`  worst time / bound ${worstRatio.toFixed(2)} (bound: 0.5 s + 2 s/MB per call, the faster of two)`);
for (const line of overBoundCalls) console.log(`    over the bound, not slow: ${line}`);
if (overBoundCalls.length > 0 || failures.slow.length > 0) console.log(`  worst time / bare parse of a call over the bound ${worstParseRatio.toFixed(1)} (slow past ${MAX_PARSE_RATIO}x)`);
console.log(`  peak RSS           ${rssMb.toFixed(0)} MB (bound ${MAX_RSS_MB} MB)`);
const bad = Object.values(failures).reduce((n, l) => n + l.length, 0) + (rssMb > MAX_RSS_MB ? 1 : 0);
if (GATE && bad > 0) {
  console.log(`fuzz gate: FAILED (${bad} problem(s))`);
  process.exit(1);
}
if (GATE) console.log('fuzz gate: passed');
