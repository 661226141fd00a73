import { detectKind } from '../detect.js';
import { ChaffInputError } from '../errors.js';
import { segmentMarkdown } from '../markdown/segment.js';
import { segmentLines } from '../text/segment.js';
import type { From, InputKind } from '../types.js';

/**
 * The block texts `clean()` would see for a page, so the learner counts exactly the blocks the
 * site step later looks up. One function per input kind; `learnSite` calls `segmentFor(kind)`.
 *
 * Text is one block per line (`segmentLines`); markdown is one block per mdast block
 * (`segmentMarkdown`, its blocks with text; the empty ones `clean` reports apart carry nothing to
 * count). HTML throws, as `clean` does in this release: when HTML mode lands, its segmenter plugs
 * in here.
 */

/** Splits a page into the texts of its blocks, in order. */
export type Segmenter = (input: string) => readonly string[];

const lines: Segmenter = (input) => segmentLines(input).map((b) => b.text);
const markdown: Segmenter = (input) => segmentMarkdown(input).blocks.map((b) => b.text);

/**
 * The segmenter `clean()` uses for an input kind.
 *
 * @throws ChaffInputError (`code: 'site'`) for `'html'` (not supported yet).
 */
export function segmentFor(kind: InputKind): Segmenter {
  if (kind === 'html') {
    throw new ChaffInputError('learning from HTML pages is not supported yet; pass { from: "text" } to learn from them as text', 'site');
  }
  return kind === 'markdown' ? markdown : lines;
}

/** The input kind of one page: `from`, or detected as `clean` detects it. */
export function kindOf(input: string, from: From): InputKind {
  return from === 'auto' ? detectKind(input) : from;
}
