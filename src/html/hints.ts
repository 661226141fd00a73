import type { Block, BlockHints } from '../pipeline/block.js';
import type { ChromeSignal } from './elements.js';
import { LineIndex, type OffsetMap, toInput } from './offsets.js';
import type { RawBlock, WalkResult } from './walk.js';

/**
 * Walk blocks → pipeline blocks: offsets mapped back to the caller's input, and the hints the
 * structure rules read. A chrome-naming element (`aside`, a "related" class…) names its blocks'
 * chrome unless it is a wrapper — an element holding most of the page's prose, or most of the
 * article Readability found. Then its name says nothing about its blocks: a page wrapped in
 * `<div class="content-related">` or `<form id="aspnetForm">` keeps its article.
 */

/** What a caption block is. */
const CAPTION: ChromeSignal = { reason: 'media', rule: 'dom/caption' };
/** A chrome element holding at least this share of the page's prose is a wrapper, not chrome. */
const WRAPPER_PROSE_SHARE = 0.4;
/** …or at least this share of the text of Readability's article. */
const WRAPPER_ARTICLE_SHARE = 0.4;
/** Prose, for the wrapper test: a block of at least this many characters… */
const PROSE_MIN_CHARS = 80;
/** …with at most this link density… */
const PROSE_MAX_LINK_DENSITY = 0.3;
/** …that has a sentence end in it. */
const SENTENCE_END = /[.!?。！？]["'”’)]?(?:\s|$)/u;

/** The page's prose characters in each block (0 for non-prose). */
export function proseChars(b: RawBlock): number {
  if (b.text.length < PROSE_MIN_CHARS || b.linkChars > b.text.length * PROSE_MAX_LINK_DENSITY) return 0;
  return SENTENCE_END.test(b.text) ? b.text.length : 0;
}

/** Prefix sums: sum over blocks [a, b) is `s[b] - s[a]`. */
function prefix(values: readonly number[]): number[] {
  const s = [0];
  for (const v of values) s.push((s[s.length - 1] as number) + v);
  return s;
}

/**
 * The chrome each block's innermost non-wrapper chrome element names, or undefined.
 * `inside`: per block, whether it is in Readability's article (when trusted).
 */
/** Per chrome frame: chrome by the prose test (it holds less than WRAPPER_PROSE_SHARE of the page's prose). */
export function chromeFrames(walk: WalkResult): boolean[] {
  const prose = prefix(walk.blocks.map(proseChars));
  const total = prose[prose.length - 1] as number;
  return walk.frames.map((f) => !(total > 0 && (prose[f.last] as number) - (prose[f.first] as number) >= total * WRAPPER_PROSE_SHARE));
}

/**
 * The chrome each block's innermost non-wrapper chrome element names, or undefined. With
 * Readability's article (`inside`, per block), a wrapper is an element holding most of the
 * article; without it, one holding most of the page's prose.
 */
export function blockChrome(walk: WalkResult, inside: readonly boolean[] | undefined): (ChromeSignal | undefined)[] {
  let chrome: boolean[];
  if (inside) {
    const article = prefix(walk.blocks.map((b, i) => (inside[i] ? b.text.length : 0)));
    const total = article[article.length - 1] as number;
    chrome = walk.frames.map((f) => !(total > 0 && (article[f.last] as number) - (article[f.first] as number) >= total * WRAPPER_ARTICLE_SHARE));
  } else chrome = chromeFrames(walk);
  return walk.blocks.map((b, i) => {
    // A wrapper's enclosing frames are wrappers too: the innermost frame decides.
    if (b.frame >= 0 && chrome[b.frame]) return walk.frames[b.frame]?.signal;
    return walk.captions.has(i) ? CAPTION : undefined;
  });
}

/** Everything `toBlocks` needs besides the walk. */
export interface BlockContext {
  readonly input: string;
  readonly map: OffsetMap;
  /** Per block: in Readability's article. Undefined when Readability is not trusted. */
  readonly inside: readonly boolean[] | undefined;
  readonly chrome: readonly (ChromeSignal | undefined)[];
}

/** The pipeline's blocks, offsets in the caller's input. */
export function toBlocks(walk: WalkResult, ctx: BlockContext): Block[] {
  const lines = new LineIndex(ctx.input);
  return walk.blocks.map((b, index): Block => {
    const start = toInput(ctx.map, b.start, 'start');
    const end = Math.max(start, toInput(ctx.map, b.end, 'end'));
    const chrome = ctx.chrome[index];
    const hints: BlockHints = {
      linkChars: b.linkChars,
      tag: b.tag,
      ...(b.level !== undefined ? { level: b.level } : {}),
      ...(walk.captions.has(index) ? { media: true } : {}),
      ...(chrome ? { chrome: { reason: chrome.reason, rule: chrome.rule } } : {}),
      ...(ctx.inside && !ctx.inside[index] && b.tag !== 'title' ? { outside: true } : {}),
    };
    return { index, text: b.text, start, end, line: lines.line(start), kind: b.kind, hints };
  });
}
