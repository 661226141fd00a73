/**
 * When a recurring block is site chrome. A block is chrome when it occurs on enough of the site's
 * pages, counted once per page, with more evidence asked of long blocks: prose that two articles
 * happen to share (a quote, a press release paragraph) must not be dropped on thin evidence.
 *
 * - Short blocks (under LONG_CHARS, 100): on at least SHARE of the pages and at least MIN_PAGES pages.
 * - Long blocks: on at least LONG_SHARE of the pages and at least LONG_MIN_PAGES pages; or, in a
 *   small sample, on at least SHARE of the pages *inside a recurring sequence* — the pairs it forms
 *   with the block before it and the block after it both recur as often, or, at the edge of a
 *   recurring run, its pair with one neighbour and the block beyond that neighbour do
 *   (`chrome.ts`). A shared quote sits between each article's own sentences, so its pairs never
 *   recur; a teaser list, an author box or a corporate footer recurs with its neighbours.
 *
 * Checked on the AEB text pages of the sites with two pages in the corpus (`node bench/site.mjs`);
 * the hand-made sites of `test/site/` guard the long-prose cases. SHARE and LONG_SHARE cannot be
 * tuned on two-page sites (a block is on 1 or 2 of 2): they are set by reasoning, not measured.
 */

/** One page is no evidence of recurrence: a block must occur on at least this many pages. */
export const MIN_PAGES = 2;
/** Share of the site's pages a short block must occur on (menus, footers, sign-up lines: most pages). */
export const SHARE = 0.5;
/**
 * Blocks at least this long (characters) are judged as prose — a full sentence — and need
 * LONG_SHARE, or a recurring sequence. Menus, labels and sign-up lines are shorter; a quoted
 * sentence is not. The AEB site bench moves by under 0.001 F1 anywhere from 80 to 300, so the
 * value sits at the safe end: every sentence-length block needs the stronger evidence.
 */
export const LONG_CHARS = 100;
/** Share of the site's pages a long block must occur on without sequence evidence. */
export const LONG_SHARE = 0.8;
/** Pages a long block must occur on without sequence evidence: 2 of 2 is chance for prose. */
export const LONG_MIN_PAGES = 3;

/** Pages needed for `share` of a site of `pages` pages, never fewer than `floor`. */
export function pagesNeeded(pages: number, share: number, floor: number): number {
  return Math.max(floor, Math.ceil(share * pages - 1e-9));
}

/** Whether a block of `chars` characters is long: judged with LONG_SHARE or sequence evidence. */
export function isLong(chars: number): boolean {
  return chars >= LONG_CHARS;
}

/** What the profile says about one block of the page being cleaned. */
export interface Evidence {
  /** Pages of the site the block occurs on. */
  readonly count: number;
  /** Pages the profile learned from. */
  readonly pages: number;
  /** The block's length in characters. */
  readonly chars: number;
  /**
   * Pages the block recurs on inside a recurring sequence: with both neighbours, or with one
   * neighbour and the block beyond it (`chrome.ts`); 0 when it stands among the page's own blocks.
   * Only read for long blocks.
   */
  readonly sequence: number;
}

/** Whether the evidence makes the block site chrome. */
export function isSiteChrome(e: Evidence): boolean {
  const short = pagesNeeded(e.pages, SHARE, MIN_PAGES);
  if (e.count < short) return false;
  if (!isLong(e.chars)) return true;
  if (e.count >= pagesNeeded(e.pages, LONG_SHARE, LONG_MIN_PAGES)) return true;
  return e.sequence >= short;
}

/**
 * Whether a recurring block that the page's structure places inside the article container it
 * trusts (HTML's Readability pick), and that no rule caught, is still site chrome: recurrence then
 * weighs against the container, so it needs the evidence asked of prose (LONG_SHARE of the pages,
 * at least LONG_MIN_PAGES). On the AEB HTML site bench (two-page sites) recurrence alone inside
 * the container dropped a theatre's show details that both of its pages describe and a blog's
 * closing lines the annotators kept (−0.09 and −0.07 F1 on a page); no block inside a container
 * that the bench's truth leaves out recurred on a site.
 */
export function isChromeInsideContainer(count: number, pages: number): boolean {
  return count >= pagesNeeded(pages, LONG_SHARE, LONG_MIN_PAGES);
}
