/**
 * Large markdown is parsed in chunks. micromark merges a paragraph's text events with
 * `Array.splice`, which is quadratic in the lines of one paragraph (100,000 repeated lines took
 * 107 s, a million blank lines 5.4 s and 1.5 GB here); its event objects cost ~400 bytes per input
 * byte; and even at its best it reads about 1 MB a second. So in a document over MD_CHUNK_FROM:
 * - the first MD_PARSE_CHARS are parsed in pieces of at most MD_CHUNK_CHARS, cut preferably at a
 *   blank line, with the blank lines that open a piece skipped (they only separate blocks);
 * - the rest is read as plain text, one block per non-blank line, as in text mode.
 * Documents under MD_CHUNK_FROM are parsed whole, as before. In bigger ones a construct spanning a
 * cut (a fenced block with blank lines, a loose list, a reference defined before the cut) is read
 * as two, and markdown syntax past MD_PARSE_CHARS stays in the text. In any document, the
 * stretches `md-shapes.ts` finds hostile (nesting or delimiter runs micromark is superlinear on)
 * are read as plain lines too.
 */

import { hostileRanges } from './md-shapes.js';

/** Documents at most this long are parsed in one piece (real scraped markdown is far smaller). */
export const MD_CHUNK_FROM = 256_000;
/** Longest chunk: micromark parses 64 KB in tens of milliseconds even as a single paragraph. */
export const MD_CHUNK_CHARS = 64_000;
/** Markdown parsed as markdown: about a second of micromark here; the rest is read as text lines. */
export const MD_PARSE_CHARS = 1_000_000;
/** A cut at a blank line is looked for in the last part of a chunk only, so chunks stay large. */
const MIN_CHUNK_SHARE = 0.5;

/** One chunk: [start, end) in the input, and the 1-based line `start` is on. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** Past MD_PARSE_CHARS: read as plain text lines, not parsed. */
  readonly plain: boolean;
}

/** Offset just past the blank (white-space-only) lines starting at `start`. */
function skipBlankLines(input: string, start: number): number {
  let i = start;
  let lineStart = start;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (c === 10 || c === 13) lineStart = i + 1;
    else if (c !== 32 && c !== 9 && c !== 12) break;
    i += 1;
  }
  return i >= input.length ? input.length : lineStart;
}

/** Where to end a chunk that starts at `start` and may run to `limit` (exclusive). */
function cutPoint(input: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) * MIN_CHUNK_SHARE);
  const blank = input.lastIndexOf('\n\n', limit - 2);
  if (blank >= floor) return blank + 1;
  const line = input.lastIndexOf('\n', limit - 1);
  if (line >= floor) return line + 1;
  const space = input.lastIndexOf(' ', limit - 1);
  if (space >= floor) return space + 1;
  const c = input.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit; // never split a surrogate pair
}

/** Line breaks (`\r\n`, `\r`, `\n`, as micromark counts them) in [from, to). */
function lineBreaks(input: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = input.charCodeAt(i);
    if (c === 10) n += 1;
    else if (c === 13 && input.charCodeAt(i + 1) !== 10) n += 1;
  }
  return n;
}

/**
 * The chunks to read `input` in: one for documents up to MD_CHUNK_FROM, unless hostile shapes
 * (`md-shapes.ts`) are read as plain lines around the parsed parts.
 */
export function markdownChunks(input: string, from = MD_CHUNK_FROM, size = MD_CHUNK_CHARS, parsed = MD_PARSE_CHARS): Chunk[] {
  const hostile = hostileRanges(input.length > parsed ? input.slice(0, parsed) : input);
  if (hostile.length === 0) return sizedChunks(input, 0, input.length, 1, from, size, parsed);
  const chunks: Chunk[] = [];
  let at = 0;
  let line = 1;
  for (const [start, end] of hostile) {
    chunks.push(...sizedChunks(input, at, start, line, from, size, parsed));
    line += lineBreaks(input, at, start);
    chunks.push({ start, end, line, plain: true });
    line += lineBreaks(input, start, end);
    at = end;
  }
  chunks.push(...sizedChunks(input, at, input.length, line, from, size, parsed));
  return chunks.filter((c) => c.end > c.start);
}

/** Chunks of [from, to) of `input` (on line `line`), as sized for a document of its length. */
function sizedChunks(input: string, begin: number, stop: number, firstLine: number, from: number, size: number, parsed: number): Chunk[] {
  if (begin >= stop) return [];
  if (input.length <= from) return [{ start: begin, end: stop, line: firstLine, plain: false }];
  const chunks: Chunk[] = [];
  let start = begin;
  let line = firstLine;
  while (start < stop) {
    const skipped = Math.min(skipBlankLines(input, start), stop);
    line += lineBreaks(input, start, skipped);
    start = skipped;
    if (start >= stop) break;
    if (start >= parsed) {
      chunks.push({ start, end: stop, line, plain: true });
      break;
    }
    const end = stop - start <= size ? stop : cutPoint(input, start, start + size);
    chunks.push({ start, end, line, plain: false });
    line += lineBreaks(input, start, end);
    start = end;
  }
  return chunks;
}
