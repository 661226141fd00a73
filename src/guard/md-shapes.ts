/**
 * Markdown shapes micromark and the segmenter are superlinear on, found by one linear scan so the
 * stretches holding them are read as plain text lines (`md-chunks.ts`) instead of parsed:
 * - container nesting: `'>'.repeat(4000)`, `'- '.repeat(2000)`, `'> - '.repeat(1000)` overflowed
 *   the stack (the tree is as deep as the line's markers), quadratic before that;
 * - delimiter runs inside one paragraph: 8,000 `*` around a word took 29 s (emphasis resolution
 *   compares every opener with every closer); `[a](` × 4,000 grew 13× for 4× the input, `](` 17×.
 * - many lines in one paragraph (or an unclosed fence): `'ab\n'` × a million, 64k code lines;
 * - table rows of thousands of columns.
 * A "unit" is a paragraph (consecutive lines that start no new block) or one line that starts a
 * block (a list item, a heading, a quote, a table row): micromark resolves inline syntax per unit.
 * Written by hand: no markdown library bounds this, and the scan must cost less than the parse.
 */

/**
 * Most lines in one unit: micromark merges a paragraph's text events with `Array.splice`, so a
 * paragraph's cost grows with the square of its lines (10,000 six-character lines: ~1 s; real
 * paragraphs and code listings have tens). Longer units are read line by line.
 */
export const MD_MAX_UNIT_LINES = 2_000;
/** Deepest container nesting parsed: real markdown nests a few levels; 32 leaves room for any. */
export const MD_MAX_NESTING = 32;
/**
 * Most emphasis delimiters (`*`, `_`) in one unit: their cost is quadratic (1,000 ~30 ms, 2,000
 * 130 ms, 16,000 29 s); a JSON blob left in a WCXB page has 435.
 */
export const MD_MAX_DELIMITERS = 1_000;
/** Most `|` on one line: GFM table rows cost ~28 µs a column (10,000 columns: 1.6 s); real tables have tens. */
export const MD_MAX_PIPES = 256;
/** Most `[` and `]` in one unit (a link has two): `[a](` × 4,000 took 0.5 s, `](` × 16,000 2.3 s. */
export const MD_MAX_BRACKETS = 512;

/**
 * Container depth a line opens: `>`s and list markers before its text, plus its indentation / 2
 * when a marker follows it (indented text alone is code or a continuation, not nesting).
 */
export function lineNesting(input: string, from: number, to: number): number {
  let depth = 0;
  let columns = 0;
  let i = from;
  while (i < to && depth <= MD_MAX_NESTING) {
    const c = input.charCodeAt(i);
    if (c === 32 || c === 9) columns += depth === 0 ? (c === 9 ? 4 : 1) : 0; // indentation before the first marker
    else if (c === 62 /* > */) depth += 1;
    else if ((c === 45 || c === 42 || c === 43) && isBlankAt(input, i + 1, to)) depth += 1; // - * +
    else {
      let j = i;
      while (j < to && j - i < 9 && isDigit(input.charCodeAt(j))) j += 1;
      const mark = input.charCodeAt(j);
      if (j === i || (mark !== 46 && mark !== 41) || !isBlankAt(input, j + 1, to)) break; // 1. 1)
      depth += 1;
      i = j;
    }
    i += 1;
  }
  return depth === 0 ? 0 : depth + Math.floor(columns / 2);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A space, a tab or the end of the line at `i`. */
function isBlankAt(input: string, i: number, to: number): boolean {
  if (i >= to) return true;
  const c = input.charCodeAt(i);
  return c === 32 || c === 9;
}

/** Longest link text and destination a well-formed link is looked for in (bounds each look). */
const LINK_TEXT_MAX = 256;
/** Destinations can be whole `srcset` lists (a WCXB product page has 6,000 `_` inside them). */
const LINK_URL_MAX = 16_384;

/**
 * Offset just past a well-formed `[text](url)` starting at `k` (`input[k] === '['`), or -1.
 * Such links parse in linear time however many stand on a line (a menu glued onto one line has
 * hundreds), so neither their brackets nor the `_` of their URLs count below.
 */
function linkEnd(input: string, k: number, to: number, gt: { at: number }): number {
  let j = k + 1;
  while (j < to && j - k <= LINK_TEXT_MAX && input.charCodeAt(j) !== 93 && input.charCodeAt(j) !== 91) j += 1;
  if (input.charCodeAt(j) !== 93 || input.charCodeAt(j + 1) !== 40) return -1; // ](
  let m = j + 2;
  if (input.charCodeAt(m) === 60) {
    // <destination>: anything but `>` inside. The next `>` is remembered for the line, so a
    // line of many `[a](<` is scanned once, not once per bracket.
    if (gt.at < m + 1) {
      const found = input.indexOf('>', m + 1);
      gt.at = found < 0 || found >= to ? to : found;
    }
    if (gt.at >= to || gt.at - j > LINK_URL_MAX) return -1;
    m = gt.at + 1;
  } else {
    while (m < to && m - j <= LINK_URL_MAX) {
      const c = input.charCodeAt(m);
      if (c === 41 || c === 32 || c === 9) break;
      if (c === 40) return -1;
      m += 1;
    }
  }
  return titleEnd(input, m, to);
}

/** After a link destination at `m`: an optional `"title"` (or `'title'`), then `)`; past it, or -1. */
function titleEnd(input: string, m: number, to: number): number {
  let p = m;
  while (p < to && (input.charCodeAt(p) === 32 || input.charCodeAt(p) === 9)) p += 1;
  const quote = input.charCodeAt(p);
  if (quote === 34 || quote === 39) {
    let q = p + 1;
    while (q < to && q - p <= LINK_TEXT_MAX && input.charCodeAt(q) !== quote) q += 1;
    if (input.charCodeAt(q) !== quote) return -1;
    p = q + 1;
    while (p < to && (input.charCodeAt(p) === 32 || input.charCodeAt(p) === 9)) p += 1;
  }
  return input.charCodeAt(p) === 41 ? p + 1 : -1;
}

/** Emphasis delimiters, brackets and pipes on the line [from, to), outside well-formed links. */
function syntaxCounts(input: string, from: number, to: number): { delimiters: number; brackets: number; pipes: number } {
  let delimiters = 0;
  let brackets = 0;
  let pipes = 0;
  const gt = { at: -1 };
  let k = from;
  while (k < to) {
    const c = input.charCodeAt(k);
    if (c === 91) {
      const end = linkEnd(input, k, to, gt);
      if (end > 0) {
        k = end;
        continue;
      }
      brackets += 1;
    } else if (c === 93) brackets += 1;
    else if (c === 42 || c === 95) delimiters += 1;
    else if (c === 124) pipes += 1;
    k += 1;
  }
  return { delimiters, brackets, pipes };
}

/** Whether the line [from, to) starts a block of its own (so it is a unit by itself). */
function startsBlock(input: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (input.charCodeAt(i) === 32 || input.charCodeAt(i) === 9)) i += 1;
  const c = input.charCodeAt(i);
  return c === 35 /* # */ || c === 62 /* > */ || c === 124 /* | */ || lineNesting(input, i, to) > 0;
}

/**
 * [start, end) stretches of whole lines holding a hostile unit, in order, not overlapping. Lines
 * end at `\n`, `\r\n` or `\r`.
 */
export function hostileRanges(input: string): [number, number][] {
  const out: [number, number][] = [];
  let unitStart = -1;
  let delimiters = 0;
  let brackets = 0;
  let lines = 0;
  let hostile = false;
  const flush = (end: number) => {
    if (unitStart >= 0 && (hostile || delimiters > MD_MAX_DELIMITERS || brackets > MD_MAX_BRACKETS || lines > MD_MAX_UNIT_LINES)) {
      const last = out[out.length - 1];
      if (last && last[1] === unitStart) last[1] = end;
      else out.push([unitStart, end]);
    }
    unitStart = -1;
    delimiters = 0;
    brackets = 0;
    lines = 0;
    hostile = false;
  };
  let i = 0;
  while (i < input.length) {
    let eol = i;
    while (eol < input.length && input.charCodeAt(eol) !== 10 && input.charCodeAt(eol) !== 13) eol += 1;
    const next = input.charCodeAt(eol) === 13 && input.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    let blank = true;
    for (let k = i; k < eol && blank; k += 1) blank = input.charCodeAt(k) === 32 || input.charCodeAt(k) === 9;
    if (blank) flush(i);
    else {
      if (unitStart < 0 || startsBlock(input, i, eol)) {
        flush(i);
        unitStart = i;
      }
      lines += 1;
      if (lineNesting(input, i, eol) > MD_MAX_NESTING) hostile = true;
      const counts = syntaxCounts(input, i, eol);
      delimiters += counts.delimiters;
      brackets += counts.brackets;
      if (counts.pipes > MD_MAX_PIPES) hostile = true;
    }
    i = Math.min(next, input.length);
  }
  flush(input.length);
  return out;
}
