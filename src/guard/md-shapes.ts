/**
 * Markdown shapes micromark and the segmenter are superlinear on, found by one linear scan so the
 * stretches holding them are read as plain text lines (`md-chunks.ts`) instead of parsed:
 * - container nesting: `'>'.repeat(4000)`, `'- '.repeat(2000)`, `'> - '.repeat(1000)` overflowed
 *   the stack (the tree is as deep as the line's markers), quadratic before that;
 * - delimiter runs inside one paragraph: 8,000 `*` around a word took 29 s (emphasis resolution
 *   compares every opener with every closer); `[a](` × 4,000 grew 13× for 4× the input, `](` 17×.
 * - many lines in one paragraph (or an unclosed fence): `'ab\n'` × a million, 64k code lines.
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
/** Most emphasis delimiters (`*`, `_`) in one unit: 256 cost micromark ~2 ms, 2,000 cost 130 ms. */
export const MD_MAX_DELIMITERS = 256;
/** Most `[` and `]` in one unit (a link has two): `[a](` × 4,000 took 0.5 s, `](` × 16,000 2.3 s. */
export const MD_MAX_BRACKETS = 512;

/** Container depth a line opens: `>`s and list markers before its text, plus its indentation / 2. */
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
  return depth + Math.floor(columns / 2);
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
      for (let k = i; k < eol; k += 1) {
        const c = input.charCodeAt(k);
        if (c === 42 || c === 95) delimiters += 1;
        else if (c === 91 || c === 93) brackets += 1;
      }
    }
    i = Math.min(next, input.length);
  }
  flush(input.length);
  return out;
}
