import { detectKind } from '../detect.js';
import { ChaffInputError } from '../errors.js';
import { segmentMarkdown } from '../markdown/segment.js';
import { segmentLines } from '../text/segment.js';
import type { Dom, From, InputKind } from '../types.js';

/**
 * The block texts `clean()` would see for a page, so the learner counts exactly the blocks the
 * site step later looks up. One segmenter per input kind.
 *
 * Text is one block per line (`segmentLines`); markdown is one block per mdast block
 * (`segmentMarkdown`, its blocks with text; the empty ones `clean` reports apart carry nothing to
 * count). HTML needs a DOM, so its segmenter (`segment-html.ts`) is bound by the main entry only;
 * `chaff/text` stays DOM-free and refuses HTML pages with a typed error that names the main entry.
 */

/** Splits a page into the texts of its blocks, in order; `dom` is read by the HTML segmenter only. */
export type Segmenter = (input: string, dom: Dom) => readonly string[];

/** The segmenter of an input kind, as one entry binds them. */
export type SegmenterFor = (kind: InputKind) => Segmenter;

/** Text: one block per line, as `clean` reads text. */
export const segmentTextPage: Segmenter = (input) => segmentLines(input).map((b) => b.text);
/** Markdown: one block per mdast block with text. */
export const segmentMarkdownPage: Segmenter = (input) => segmentMarkdown(input).blocks.map((b) => b.text);

/**
 * The segmenters of `chaff/text`: text and markdown.
 *
 * @throws ChaffInputError (`code: 'site'`) for `'html'`: reading HTML needs a DOM, which this entry
 *   does not load.
 */
export const segmentWithoutDom: SegmenterFor = (kind) => {
  if (kind === 'html') {
    throw new ChaffInputError('learning from HTML pages needs a DOM: use learnSite from the main entry "chaff", or pass { from: "text" }', 'site');
  }
  return kind === 'markdown' ? segmentMarkdownPage : segmentTextPage;
};

/** The input kind of one page: `from`, or detected as `clean` detects it. */
export function kindOf(input: string, from: From): InputKind {
  return from === 'auto' ? detectKind(input) : from;
}
