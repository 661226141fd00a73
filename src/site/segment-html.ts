import { guardHtml } from '../guard/html.js';
import { climbHtmlLadder } from '../html/ladder.js';
import { resolveOptions } from '../options.js';
import { segmentMarkdownPage, segmentTextPage, type Segmenter, type SegmenterFor } from './segment.js';

/**
 * The HTML segmenter: a page's blocks as the HTML front end builds them for `clean()` — the same
 * guard, the same DOM ladder (the DOM asked for, then linkedom, then the page as text), the same
 * walk — so the fingerprints learned are the ones the site step looks up. Only the main entry
 * binds it: it loads a DOM.
 */
export const segmentHtmlPage: Segmenter = (input, dom) => {
  const settings = resolveOptions({ from: 'html', dom });
  const guarded = guardHtml(input);
  const read = climbHtmlLadder(
    guarded,
    settings,
    (page) => page.blocks.map((b) => b.text),
    (html) => segmentTextPage(html, dom),
  );
  return read.value;
};

/** The segmenters of the main entry: every input kind. */
export const segmentAnyKind: SegmenterFor = (kind) =>
  kind === 'html' ? segmentHtmlPage : kind === 'markdown' ? segmentMarkdownPage : segmentTextPage;
