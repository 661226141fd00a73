import type { Settings } from '../options.js';
import { runPipeline } from '../pipeline/index.js';
import type { CleanResult, Dropped, Reason, RuleId } from '../types.js';
import { renderMarkdown } from './render.js';
import { type EmptyBlock, type EmptyWhat, segmentMarkdown } from './segment.js';

/**
 * Markdown mode: segment with the markdown parser, run the same pipeline as text mode, then
 * report the blocks that had no text (empty links and images) and give every dropped record its
 * markdown source as `text`, so `input.slice(start, end) === text` holds as in text mode.
 */

/** How an empty-text block is reported. */
const EMPTY_REPORT: Readonly<Record<EmptyWhat, { reason: Reason; rule: RuleId }>> = {
  // `[](/weather/)`, `[Home](/)` reduced to nothing: an icon link, chrome by construction.
  link: { reason: 'navigation', rule: 'markdown/empty-link' },
  // `![](pixel.gif)`: an image with no alt text.
  image: { reason: 'media', rule: 'markdown/empty-image' },
  // A lone list marker, an HTML comment or tag, an empty code fence.
  other: { reason: 'low-content', rule: 'markdown/empty' },
};

function emptyRecord(input: string, e: EmptyBlock): Dropped {
  return { text: input.slice(e.start, e.end), ...EMPTY_REPORT[e.what], start: e.start, end: e.end, line: e.line };
}

/** Merge two start-sorted lists of records. */
function mergeByStart(a: readonly Dropped[], b: readonly Dropped[]): Dropped[] {
  const out: Dropped[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.start <= y.start)) {
      out.push(x as Dropped);
      i += 1;
    } else {
      out.push(y);
      j += 1;
    }
  }
  return out;
}

/** Clean markdown input with resolved settings. */
export function cleanMarkdown(input: string, settings: Settings): CleanResult {
  const { blocks, empties } = segmentMarkdown(input);
  const result = runPipeline(input, blocks, 'markdown', settings, renderMarkdown);
  const dropped = result.dropped.map((d) => ({ ...d, text: input.slice(d.start, d.end) }));
  return { ...result, dropped: mergeByStart(dropped, empties.map((e) => emptyRecord(input, e))) };
}
