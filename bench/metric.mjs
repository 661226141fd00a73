// The article-extraction-benchmark (AEB) metric, ported from ScrapingHub's
// evaluate.py (github.com/scrapinghub/article-extraction-benchmark).
//
// Faithful to the Python, including its corner cases:
//
// * Tokens are runs of Python 3 `\w` (re.UNICODE): characters for which
//   str.isalnum() is true, plus "_". That is \p{L} + \p{N} + "_". Python's `\w`
//   does NOT match combining marks (\p{M}), so e.g. Devanagari vowel signs and
//   Arabic harakat split words. Adding \p{M} changes the tokens of 25 of the
//   543 texts in the corpus (truth + text + md); [\p{L}\p{N}_] gives exactly
//   the tokens Python 3.11 gives on all of them. re.IGNORECASE does not change
//   what findall returns, so matching is case-sensitive.
// * Shingles are 4-grams of tokens, with counts. A text of fewer than 4 tokens
//   has one shingle, the whole token tuple; an empty text has none (the Python
//   drops the empty tuple: `if shingle: result.append(shingle)`).
// * Per page, tp/fp/fn are summed over the union of shingles and then divided
//   by tp+fp+fn when that sum is > 0 (so every page weighs the same).
// * Per-page precision is 1 when fp == fn == 0, 0 when tp == fp == 0, else
//   tp/(tp+fp); recall likewise with fn.
// * Corpus precision is the mean of per-page precision over pages with
//   tp+fp > 0 only (pages with an empty prediction are left out of the
//   precision mean, not counted as 0); recall is the mean over pages with
//   tp+fn > 0. F1 is the harmonic mean of the two means.
//
// With this definition keep-everything scores F1 0.6437 on text/ and 0.4290 on
// md/, the published figures (see bench/calibrate.mjs).

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const N = 4;
// Unit separator: cannot occur inside a token, so joined keys are unambiguous.
const SEP = '\u001f';

/** Tokens of a text, as Python's re.findall(r'\w+', text). */
export function tokenize(text) {
  return (text ?? '').match(TOKEN_RE) ?? [];
}

/** Shingle keys of a token list, in order (Python `_ngrams`). */
export function shingleKeys(tokens, n = N) {
  const out = [];
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n);
    if (s.length > 0) out.push(s.join(SEP));
  }
  return out;
}

/** Map shingle key -> count for a text (Python `_all_shingles`). */
export function shingleCounts(text, n = N) {
  const counts = new Map();
  for (const k of shingleKeys(tokenize(text), n)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

export function precisionScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/**
 * Score one page. `truth` and `pred` are strings (or pre-computed shingle
 * count maps, to avoid re-tokenizing the truth on every pass).
 * Returns normalized {tp, fp, fn} and the page's precision and recall.
 */
export function score(truth, pred) {
  const t = typeof truth === 'string' || truth == null ? shingleCounts(truth) : truth;
  const p = typeof pred === 'string' || pred == null ? shingleCounts(pred) : pred;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    if (tc > pc) fn += tc - pc;
    else fp += pc - tc;
  }
  for (const [k, pc] of p) if (!t.has(k)) fp += pc;
  const s = tp + fp + fn;
  if (s > 0) {
    tp /= s;
    fp /= s;
    fn /= s;
  }
  return { tp, fp, fn, precision: precisionScore(tp, fp, fn), recall: recallScore(tp, fp, fn) };
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Corpus figures from per-page results of `score` (Python `metrics_from_tp_fp_fns`). */
export function aggregate(perPage) {
  const precision = mean(perPage.filter((r) => r.tp + r.fp > 0).map((r) => precisionScore(r.tp, r.fp, r.fn)));
  const recall = mean(perPage.filter((r) => r.tp + r.fn > 0).map((r) => recallScore(r.tp, r.fp, r.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** F1 of a single page (for ranking pages in diagnostics). */
export function pageF1(r) {
  return r.precision + r.recall > 0 ? (2 * r.precision * r.recall) / (r.precision + r.recall) : 0;
}
