import type { Block, BlockHints, ChromeName, DomEvidence } from '../page/block.js';
import { isLinkList, proseChars } from '../text/shape.js';
import { type ChromeSignal, HIDDEN } from './elements.js';
import { LineIndex, type OffsetMap, toInput } from './offsets.js';
import { prefixSums, sumOver } from '../page/sums.js';
import type { WalkResult } from './walk.js';

/**
 * Walk blocks → the page's blocks: offsets mapped back to the caller's input, the hints the
 * structure rules read, and what the DOM says as evidence. A chrome-naming element (`aside`, a
 * "related" class…) names its blocks' chrome unless it is a wrapper — an element holding most of
 * the page's prose, or most of the article Readability found. Then its name says nothing about
 * its blocks: a page wrapped in `<div class="content-related">` or `<form id="aspnetForm">` keeps
 * its article. Both wrapper tests are measured here; the scorer reads the one its candidate trusts.
 */

/** What a caption block is. */
const CAPTION: ChromeSignal = { reason: 'media', rule: 'dom/caption' };
/** A chrome element holding at least this share of the page's prose is a wrapper, not chrome. */
const WRAPPER_PROSE_SHARE = 0.4;
/** …or at least this share of the text of Readability's article. */
const WRAPPER_ARTICLE_SHARE = 0.4;

/** Per chrome frame: whether it holds less than `share` of `valueOf` summed over the page's blocks (not a wrapper). */
function framesBelow(walk: WalkResult, valueOf: (b: WalkResult['blocks'][number], i: number) => number, share: number): boolean[] {
  const sums = prefixSums(walk.blocks, valueOf);
  const total = sums[sums.length - 1] as number;
  return walk.frames.map((f) => !(total > 0 && sumOver(sums, f.first, f.last) >= total * share));
}

/** Per chrome frame: chrome by the prose test (it holds less than WRAPPER_PROSE_SHARE of the page's prose). */
export function chromeFrames(walk: WalkResult): boolean[] {
  return framesBelow(walk, (b) => proseChars(b.text, b.linkChars), WRAPPER_PROSE_SHARE);
}

/**
 * Per chrome frame: a hidden element that holds prose or rows of data — a closed tab or accordion panel (a spec table), a "read
 * more" remainder, a page streamed into hidden boxes for a script to reveal. What is hidden only
 * until a click is content: its blocks are judged by their text, not dropped as `dom/hidden`
 * (WCXB-dev: hidden prose was 18k of the ground truth's words dropped). Hidden menus, dialogs and
 * screen-reader labels hold no prose, or are named by what they are (`nav`, `role=dialog`).
 */
export function hiddenPanels(walk: WalkResult): boolean[] {
  const prose = prefixSums(walk.blocks, (b) => proseChars(b.text, b.linkChars));
  // A closed "Specifications" tab holds a table, not sentences: rows of data count like prose.
  const rows = prefixSums(walk.blocks, (b) => (b.kind === 'table' && !isLinkList(b.linkChars, b.text.length) ? 1 : 0));
  return walk.frames.map((f) => f.signal === HIDDEN && (sumOver(prose, f.first, f.last) > 0 || sumOver(rows, f.first, f.last) >= MIN_PANEL_ROWS));
}

/** Rows of data a hidden panel holds to count as a closed tab of content (a spec table), not a hidden widget. */
const MIN_PANEL_ROWS = 2;

/** The chrome each block's innermost non-wrapper chrome element names (or its caption), given which frames are chrome. */
function namedChrome(walk: WalkResult, chrome: readonly boolean[], panels: readonly boolean[]): (ChromeName | undefined)[] {
  return walk.blocks.map((b, i) => {
    // A wrapper's enclosing frames are wrappers too: the innermost frame decides.
    if (b.frame >= 0 && chrome[b.frame] && !panels[b.frame]) return walk.frames[b.frame]?.signal;
    return walk.captions.has(i) ? CAPTION : undefined;
  });
}

/** Everything `toBlocks` needs besides the walk. */
export interface BlockContext {
  readonly input: string;
  readonly map: OffsetMap;
  /** Per block: in Readability's article. Undefined when Readability found none. */
  readonly inside: readonly boolean[] | undefined;
  /** Per block: in the container by its structure (Readability's article, its repeated items, its panels), before enclosed prose. */
  readonly structural: readonly boolean[] | undefined;
  /** Per chrome frame: a hidden panel that holds prose (`hiddenPanels`). */
  readonly panels: readonly boolean[];
  /** Per chrome frame: chrome by the page-prose wrapper test (`chromeFrames`, computed once per page). */
  readonly chrome: readonly boolean[];
  /** Per block: one of the items of the page's list, when the list was taken in (`listing.ts`). */
  readonly listed?: readonly boolean[] | undefined;
}

/** The page's blocks, offsets in the caller's input, with the DOM's evidence. */
export function toBlocks(walk: WalkResult, ctx: BlockContext): Block[] {
  const lines = new LineIndex(ctx.input);
  const panels = ctx.panels;
  const byPage = namedChrome(walk, ctx.chrome, panels);
  const inside = ctx.inside;
  const byArticle = inside ? namedChrome(walk, framesBelow(walk, (b, i) => (inside[i] ? b.text.length : 0), WRAPPER_ARTICLE_SHARE), panels) : byPage;
  return walk.blocks.map((b, index): Block => {
    const start = toInput(ctx.map, b.start, 'start');
    const end = Math.max(start, toInput(ctx.map, b.end, 'end'));
    const hints: BlockHints = {
      linkChars: b.linkChars,
      tag: b.tag,
      ...(b.level !== undefined ? { level: b.level } : {}),
      ...(walk.captions.has(index) ? { media: true } : {}),
    };
    const pageChrome = byPage[index];
    const articleChrome = byArticle[index];
    const dom: DomEvidence = {
      ...(pageChrome ? { chromeByPage: pageChrome } : {}),
      ...(articleChrome ? { chromeByArticle: articleChrome } : {}),
      inContainer: inside?.[index] === true,
      ...(inside?.[index] === true && ctx.structural?.[index] !== true ? { enclosed: true } : {}),
      ...(ctx.listed?.[index] === true ? { listItem: true } : {}),
    };
    return { index, text: b.text, start, end, line: lines.line(start), kind: b.kind, hints, dom };
  });
}
