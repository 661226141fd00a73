// Per-page diagnostics: which lines of the prediction are not in the truth
// (false positives) and which lines of the truth are not in the prediction
// (false negatives), judged the way the metric judges them: by 4-gram shingles
// of \w tokens, with counts.
import { tokenize, shingleKeys, score, pageF1 } from './metric.mjs';

const LINE_SPLIT = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const N = 4;

/** Lines of a text with their tokens, and the text's token stream. */
function lineTokens(text) {
  const lines = (text ?? '').split(LINE_SPLIT);
  const tokens = [];
  const lineOf = [];
  const perLine = lines.map((line, i) => {
    const t = tokenize(line);
    for (const tok of t) {
      tokens.push(tok);
      lineOf.push(i);
    }
    return t.length;
  });
  return { lines, tokens, lineOf, perLine };
}

function countMap(keys) {
  const m = new Map();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/**
 * For each line of `a`, the share of its tokens covered by a shingle that is
 * matched in `b`. With `consume` (default), matching uses counts like the
 * metric (a paragraph repeated twice in `a` but once in `b` has its second copy
 * unmatched), taking shingles in order; without, any occurrence in `b` counts.
 */
function lineCoverage(a, bTokens, { consume = true } = {}) {
  const avail = countMap(shingleKeys(bTokens));
  const keys = shingleKeys(a.tokens);
  const matched = new Uint8Array(a.tokens.length);
  keys.forEach((k, i) => {
    const c = avail.get(k) ?? 0;
    if (c > 0) {
      if (consume) avail.set(k, c - 1);
      for (let j = i; j < Math.min(i + N, a.tokens.length); j++) matched[j] = 1;
    }
  });
  const hit = new Array(a.lines.length).fill(0);
  for (let j = 0; j < matched.length; j++) if (matched[j]) hit[a.lineOf[j]]++;
  return a.perLine.map((n, i) => (n ? hit[i] / n : 1));
}

function clip(s, width) {
  s = s.trim().replace(/\s+/g, ' ');
  if (!width || s.length <= width) return s;
  return s.slice(0, width - 1) + '…';
}

const pct = (x) => `${Math.round(x * 100)}%`.padStart(4);

/** 1-based line number in `input` of the first line containing `line`, or 0. */
function findInInput(inputLines, line) {
  const needle = line.trim();
  if (needle.length < 2) return 0;
  const i = inputLines.findIndex((l) => l.includes(needle));
  return i + 1;
}

/** The dropped block (from chaff's result) sharing most shingles with a line. */
function blameDropped(lineToks, droppedIndex) {
  if (!droppedIndex || lineToks.length === 0) return null;
  const votes = new Map();
  for (const k of shingleKeys(lineToks)) {
    for (const d of droppedIndex.get(k) ?? []) votes.set(d, (votes.get(d) ?? 0) + 1);
  }
  let best = null;
  let bestVotes = 0;
  for (const [d, v] of votes) if (v > bestVotes) [best, bestVotes] = [d, v];
  return best;
}

function indexDropped(dropped) {
  if (!Array.isArray(dropped) || dropped.length === 0) return null;
  const idx = new Map();
  for (const d of dropped) {
    if (typeof d?.text !== 'string') continue;
    // Index the block's own shingles and those of each of its lines, so a short
    // truth line matches a dropped block that holds it among other lines.
    const keys = new Set(shingleKeys(tokenize(d.text)));
    for (const l of d.text.split(LINE_SPLIT)) for (const k of shingleKeys(tokenize(l))) keys.add(k);
    for (const k of keys) {
      if (!idx.has(k)) idx.set(k, []);
      idx.get(k).push(d);
    }
  }
  return idx;
}

/**
 * A readable report for one page.
 * @param {object} o
 * @param {string} o.truth        the ground-truth articleBody
 * @param {string} o.pred         the prediction
 * @param {string} o.input        the input given to the extractor
 * @param {object[]} [o.dropped]  chaff's `dropped` list, if any
 * @param {number} [o.threshold]  a line is reported when less than this share of its tokens is matched (0.5)
 * @param {number} [o.width]      clip lines to this many characters (0: no clipping)
 */
export function pageReport({ truth, pred, input, dropped, threshold = 0.5, width = 160 }) {
  const s = score(truth, pred);
  const T = lineTokens(truth);
  const P = lineTokens(pred);
  const inputLines = (input ?? '').split(LINE_SPLIT);
  const inputTokens = tokenize(input);
  const predCov = lineCoverage(P, T.tokens);
  const truthCov = lineCoverage(T, P.tokens);
  const truthInInput = lineCoverage(T, inputTokens, { consume: false });
  const dIdx = indexDropped(dropped);
  const out = [];

  out.push(
    `  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${pageF1(s).toFixed(3)}` +
      `   (tokens: prediction ${P.tokens.length}, truth ${T.tokens.length}, input ${inputTokens.length})`,
  );

  // False positives.
  const fp = [];
  P.lines.forEach((line, i) => {
    if (P.perLine[i] > 0 && predCov[i] < threshold) fp.push(i);
  });
  const fpTok = fp.reduce((a, i) => a + P.perLine[i], 0);
  out.push('');
  out.push(
    `  FALSE POSITIVES: ${fp.length} prediction line(s), ${fpTok} token(s), less than ${Math.round(threshold * 100)}% of the tokens found in the truth`,
  );
  if (fp.length === 0) out.push('    (none)');
  for (const i of fp) {
    const at = findInInput(inputLines, P.lines[i]);
    const where = `out L${i + 1}` + (at ? ` (in L${at})` : '');
    out.push(`    ${where.padEnd(20)}${pct(predCov[i])} | ${clip(P.lines[i], width)}`);
  }

  // False negatives.
  const fn = [];
  T.lines.forEach((line, i) => {
    if (T.perLine[i] > 0 && truthCov[i] < threshold) fn.push(i);
  });
  const fnTok = fn.reduce((a, i) => a + T.perLine[i], 0);
  out.push('');
  out.push(
    `  FALSE NEGATIVES: ${fn.length} truth line(s), ${fnTok} token(s), less than ${Math.round(threshold * 100)}% of the tokens found in the prediction`,
  );
  if (fn.length === 0) out.push('    (none)');
  let notInInput = 0;
  for (const i of fn) {
    const line = T.lines[i];
    out.push(`    ${`truth L${i + 1}`.padEnd(20)}${pct(truthCov[i])} | ${clip(line, width)}`);
    let why;
    if (truthInInput[i] < threshold) {
      notInInput++;
      why = `not in the input (${pct(truthInInput[i]).trim()} of its tokens are): unrecoverable`;
    } else {
      const d = blameDropped(tokenize(line), dIdx);
      if (d) {
        why = `dropped: ${d.reason ?? '?'} (${d.rule ?? '?'})` + (d.line ? ` at input L${d.line}` : '');
        if (typeof d.score === 'number') why += ` score ${d.score.toFixed(2)}`;
      } else {
        const at = findInInput(inputLines, line);
        why = at ? `in the input at L${at}, not in the output` : 'in the input, not in the output';
      }
    }
    out.push(`    ${''.padEnd(20)}     -> ${why}`);
  }
  if (notInInput) out.push(`    (${notInInput} of these are not in the input at all)`);
  return out.join('\n');
}
