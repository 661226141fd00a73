// Baselines for the benchmark: keep everything, and a C4-style line filter.

/** Keep the whole input. */
export function keepAll(text) {
  return text;
}

// Line endings as Python's str.splitlines() (C4 splits with it).
const LINE_SPLIT = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

// Terminal marks. C4 itself uses . ? ! " only; the quotes ” ' ’ follow the
// brief, and the rest are the sentence terminators of other scripts (CJK
// full/half-width stops, marks and closing corner quotes, Devanagari danda,
// Arabic/Urdu, Armenian, Ethiopic, Myanmar).
// Left out on purpose: "…" (C4 drops lines ending in an ellipsis, and adding it
// lowers the score) and "»" (lowers the score a bit on md).
export const LATIN_END_MARKS = ['.', '!', '?', '"', '\u201d', "'", '\u2019'];
export const OTHER_END_MARKS = ['\u3002', '\uff01', '\uff1f', '\uff0e', '\uff61', '\u300d', '\u300f', '\u0964', '\u0965', '\u061f', '\u06d4', '\u0589', '\u1362', '\u104b'];

const POLICY = ['terms of use', 'privacy policy', 'cookie policy', 'uses cookies', 'use of cookies', 'use cookies'];

/**
 * C4-style line filter (Raffel et al. 2020, tensorflow_datasets c4_utils):
 * keep a line (trimmed) when it ends in a terminal mark and has at least
 * `minWords` whitespace-separated words. Kept lines are joined with "\n".
 *
 * Options:
 *   latinOnly  - only the Latin end marks (. ! ? " ” ' ’). Default false.
 *   lineRules  - also C4's line drops: lines containing "javascript", "{",
 *                "lorem ipsum", or a cookie/terms/privacy-policy phrase.
 *                C4 drops the whole page on "{" and "lorem ipsum"; here they
 *                only drop the line. Default false (not in the figures).
 *   minWords   - default 3.
 *
 * Not included: C4's page-level rules (≥ 5 sentences, bad-words list, dedup),
 * its "..." rule and its citation-marker removal.
 */
export function c4(text, { latinOnly = false, lineRules = false, minWords = 3 } = {}) {
  const marks = latinOnly ? LATIN_END_MARKS : [...LATIN_END_MARKS, ...OTHER_END_MARKS];
  const out = [];
  for (const raw of text.split(LINE_SPLIT)) {
    const line = raw.trim();
    if (line === '') continue;
    if (!marks.includes(line[line.length - 1])) continue;
    if (line.split(/\s+/).length < minWords) continue;
    if (lineRules) {
      const lower = line.toLowerCase();
      if (lower.includes('javascript') || lower.includes('lorem ipsum') || line.includes('{')) continue;
      if (POLICY.some((p) => lower.includes(p))) continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
