#!/usr/bin/env node
// Accounting over every page in ../shared/bench (issue 17): chaff's promise is that every line
// of the input is kept, in the title, or in `dropped`. This bench checks it on every page of every
// corpus — AEB and WCXB-dev, text, markdown and HTML, HTML on both DOMs, the seed pages — and
// lists the pages where jsdom and linkedom disagree (word F1 of their texts below DISAGREE_F1),
// each with its cause when the bench can tell.
//
//   node bench/accounting.mjs [--every N] [--gate] [--corpus aeb,wcxb,seeds] [--kinds text,md,html] [--out FILE]
//
// What "accounted for" means per input kind:
// - text and markdown: a non-blank line is accounted for when a character of it lies in a dropped
//   range, or its words all occur in the kept text or the title (as substrings: links glued
//   together in the source stay glued in the text); a markdown line's markup — list markers, link
//   targets and titles, entities, tags, fences — is not the reader's text and is left out first;
// - HTML: a word of the page's visible text (linkedom's parse, without head, script, style,
//   template, select, datalist) is accounted for when it occurs in the kept text, the title or a
//   dropped record's text; text in hidden elements is no reader's either. Words are compared as substrings of those, lowercased, so a word split
//   by inline markup ("sum<b>mer</b>") is not a false alarm.
// A page the safety caps cut (`result.limits`) is counted apart: its loss is reported by `limits`.
// `--gate` fails on any violation.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate as tick } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { CORPORA, dataDir, hasData, loadInputs, loadTruth } from './corpus.mjs';
import { loadWcxb, readInput, wcxbDir, wordF1 } from './wcxb.mjs';

const { clean } = await import(new URL('../dist/index.js', import.meta.url).href);

/** Word F1 between the two DOMs' texts below which a page is listed as a disagreement. */
const DISAGREE_F1 = 0.95;
/** Missing words a violation lists, at most. */
const SHOW_WORDS = 8;
/** What no reader sees as text: chaff's strip (script, style, template, svg, the head) and its silent tags (`src/html/elements.ts`). */
const INVISIBLE = 'script, style, noscript, template, svg, head, select, datalist, audio, canvas, embed, iframe, map, noembed, noframes, option, optgroup, textarea, video';
/** Hidden as chaff reads it (`isHidden`): `hidden`, `aria-hidden="true"`, an inline display:none or visibility:hidden. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;
const isHidden = (el) => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
const WORD = /[\p{L}\p{N}]+/gu;

const { values: args } = parseArgs({
  options: {
    every: { type: 'string', default: '1' },
    gate: { type: 'boolean', default: false },
    corpus: { type: 'string', default: 'aeb,wcxb,seeds' },
    kinds: { type: 'string', default: 'text,md,html' },
    out: { type: 'string' },
  },
});
const every = Math.max(1, Number(args.every));
const wanted = new Set(args.corpus.split(','));
const kinds = new Set(args.kinds.split(','));

const lower = (s) => s.toLowerCase();
const wordsOf = (s) => lower(s).match(WORD) ?? [];

/** Everything the result says it did with the input, as one lowercase haystack. */
function haystack(r) {
  return lower([r.text, r.title ?? '', ...r.dropped.map((d) => d.text)].join('\n'));
}

/** Markup in a markdown line that is no reader's text: list markers, link and image targets, entities, tags, fences. */
function markdownText(line) {
  return line
    .replace(/^\s*(?:>\s*)*(?:\d{1,9}[.)]|[-*+])\s+/u, '')
    .replace(/\]\((?:\\.|[^\s()\\]|\([^\s()]*\))*(?:\s+"(?:\\.|[^"\\])*")?\)/gu, ']')
    .replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/giu, ' ')
    .replace(/<[^>\n]*>/gu, ' ')
    .replace(/^\s*(?:```|~~~).*$/u, '');
}

/** What a markdown line holds after `](` — link targets and titles, spaces and all — for words the stripping above missed. */
function linkTargets(line) {
  // Targets closed on the line, one running past its end, a title closed from the line before.
  const parts = [...(line.match(/\]\([^\n]*?\)/gu) ?? []), ...(line.match(/\]\([^)]*$/u) ?? []), ...(line.match(/^[^"]*"\)/u) ?? [])];
  return lower([...parts, ...(line.match(/"[^"\n]*"?/gu) ?? [])].join(' '));
}

/** Lines of a text or markdown input left unaccounted: [{ line, text }]. */
function lineGaps(input, r, markdown) {
  const covered = new Uint8Array(input.length + 1);
  for (const d of r.dropped) covered.fill(1, d.start, d.end);
  const kept = lower(`${r.text}\n${r.title ?? ''}`);
  const gaps = [];
  let offset = 0;
  input.split(/\r\n|\r|\n/u).forEach((line, n) => {
    const start = offset;
    offset += line.length + (input.startsWith('\r\n', start + line.length) ? 2 : 1);
    const words = wordsOf(markdown ? markdownText(line) : line);
    if (words.length === 0) return;
    for (let i = start; i < start + line.length; i += 1) if (covered[i] === 1 && line[i - start]?.trim()) return;
    const missing = words.filter((w) => !kept.includes(w));
    if (missing.length === 0) return;
    // A URL with spaces or parentheses in it, a multi-line title: its words are markup too.
    if (markdown && missing.every((w) => linkTargets(line).includes(w))) return;
    gaps.push({ line: n + 1, text: line.slice(0, 100) });
  });
  return gaps;
}

/** Visible words of an HTML page missing from the result. */
function htmlGaps(input, r) {
  const { document } = parseHTML(input);
  for (const el of Array.from(document.querySelectorAll(INVISIBLE))) el.remove();
  const texts = [];
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) texts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !isHidden(c)) walk(c);
    }
  };
  if (document.documentElement) walk(document.documentElement);
  const hay = haystack(r);
  const missing = new Set();
  for (const t of texts) for (const w of wordsOf(t)) if (!hay.includes(w)) missing.add(w);
  return [...missing];
}

const report = { pages: 0, violations: [], capped: 0, disagreements: [], byCorpus: {} };

function count(corpus, field) {
  report.byCorpus[corpus] ??= { pages: 0, violations: 0, capped: 0, disagreements: 0 };
  report.byCorpus[corpus][field] += 1;
}

/** One text or markdown page. */
function checkLines(corpus, id, input, from) {
  const r = clean(input, { from });
  report.pages += 1;
  count(corpus, 'pages');
  if (r.limits) {
    report.capped += 1;
    count(corpus, 'capped');
    return;
  }
  const gaps = lineGaps(r.input ?? input, r, from === 'markdown');
  if (gaps.length > 0) {
    report.violations.push({ corpus, id, lines: gaps.length, first: gaps.slice(0, 3) });
    count(corpus, 'violations');
  }
}

/**
 * Why the DOMs' texts differ, when the records say: the paragraphs one DOM kept and the other did
 * not are dropped there by the structure stage (`structure/…`: outside the container Readability
 * chose — Readability.js scores candidates through DOM APIs the two implement differently), or
 * by something else (named by its most frequent rule).
 */
function disagreementCause(results) {
  const rules = new Map();
  for (const [mine, other] of [['jsdom', 'linkedom'], ['linkedom', 'jsdom']]) {
    const keptThere = new Set(results[other].text.split('\n\n'));
    for (const p of results[mine].text.split('\n\n')) {
      if (keptThere.has(p) || p.length < 40) continue;
      const d = results[other].dropped.find((x) => x.text.includes(p.slice(0, 40)));
      const rule = d ? (d.rule.startsWith('structure/') ? 'container' : d.rule) : 'split differently';
      rules.set(rule, (rules.get(rule) ?? 0) + 1);
    }
  }
  return [...rules].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'short blocks only';
}

/** One HTML page, on both DOMs. */
function checkHtml(corpus, id, input) {
  const texts = {};
  const results = {};
  for (const dom of ['jsdom', 'linkedom']) {
    const r = clean(input, { from: 'html', dom });
    report.pages += 1;
    count(`${corpus} (${dom})`, 'pages');
    texts[dom] = r.text;
    results[dom] = r;
    if (r.limits) {
      report.capped += 1;
      count(`${corpus} (${dom})`, 'capped');
      continue;
    }
    const missing = htmlGaps(r.input ?? input, r);
    if (missing.length > 0) {
      report.violations.push({ corpus, id, dom, words: missing.length, first: missing.slice(0, SHOW_WORDS) });
      count(`${corpus} (${dom})`, 'violations');
    }
  }
  const f1 = texts.jsdom === texts.linkedom ? 1 : wordF1(texts.linkedom, texts.jsdom).f1;
  if (f1 < DISAGREE_F1) {
    report.disagreements.push({ corpus, id, f1: Math.round(f1 * 1000) / 1000, jsdomChars: texts.jsdom.length, linkedomChars: texts.linkedom.length, cause: disagreementCause(results) });
    count(`${corpus} (html)`, 'disagreements');
  }
}

const started = Date.now();
if (wanted.has('aeb')) {
  const dir = dataDir();
  if (hasData(dir)) {
    const truth = loadTruth(dir).filter((_, i) => i % every === 0);
    for (const corpus of ['text', 'md'].filter((k) => kinds.has(k))) {
      for (const { id, input } of loadInputs(dir, corpus, truth)) checkLines(`aeb ${corpus}`, id, input, CORPORA[corpus].from);
    }
    for (const { id, input } of kinds.has('html') ? loadInputs(dir, 'html', truth) : []) {
      checkHtml('aeb html', id, input);
      // jsdom frees a page's window only when the event loop turns (issue 16): let it.
      await tick();
    }
  }
}
if (wanted.has('wcxb')) {
  const dir = wcxbDir();
  if (existsSync(dir)) {
    for (const p of loadWcxb(dir, every)) {
      for (const [corpus, from] of [['text', 'text'], ['md', 'markdown']].filter(([k]) => kinds.has(k))) {
        const input = readInput(dir, corpus, p.id);
        if (input) checkLines(`wcxb ${corpus}`, p.id, input, from);
      }
      const html = kinds.has('html') ? readInput(dir, 'html', p.id) : undefined;
      if (html) checkHtml('wcxb html', p.id, html);
      await tick();
    }
  }
}
if (wanted.has('seeds')) {
  const seeds = fileURLToPath(new URL('../../shared/fixtures/seeds/', import.meta.url));
  if (existsSync(seeds)) {
    for (const name of readdirSync(seeds)) {
      for (const file of readdirSync(join(seeds, name))) {
        const input = readFileSync(join(seeds, name, file), 'utf8');
        if (file.endsWith('.html')) checkHtml('seeds', `${name}/${file}`, input);
        else if (file.endsWith('.md')) checkLines('seeds', `${name}/${file}`, input, 'markdown');
        else if (file.endsWith('.txt')) checkLines('seeds', `${name}/${file}`, input, 'text');
      }
    }
  }
}

console.log(`accounting: ${report.pages} results (HTML pages on both DOMs), ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('  corpus                     results  violations  capped  DOM disagreements');
for (const [name, c] of Object.entries(report.byCorpus)) {
  console.log(`  ${name.padEnd(26)} ${String(c.pages).padStart(7)} ${String(c.violations).padStart(11)} ${String(c.capped).padStart(7)} ${String(c.disagreements || '').padStart(18)}`);
}
console.log(`  violations: ${report.violations.length}`);
for (const v of report.violations.slice(0, 20)) console.log(`    ${v.corpus} ${v.id}${v.dom ? ` (${v.dom})` : ''}: ${JSON.stringify(v.first)}`);
console.log(`  DOM disagreements (word F1 < ${DISAGREE_F1}): ${report.disagreements.length}`);
const causes = new Map();
for (const d of report.disagreements) causes.set(d.cause, (causes.get(d.cause) ?? 0) + 1);
if (causes.size > 0) console.log(`    by cause: ${[...causes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
for (const d of report.disagreements.slice(0, 40)) console.log(`    ${d.corpus} ${d.id}: F1 ${d.f1}, jsdom ${d.jsdomChars} chars, linkedom ${d.linkedomChars}, ${d.cause}`);
if (args.out) writeFileSync(args.out, JSON.stringify(report, null, 2));
if (args.gate && report.violations.length > 0) {
  console.log(`accounting gate: FAILED (${report.violations.length} violations)`);
  process.exit(1);
}
if (args.gate) console.log('accounting gate: passed');
