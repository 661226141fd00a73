import type { Features } from '../text/features.js';
import { foldKey } from '../text/normalize.js';
import { stripSiteName } from '../text/site-name.js';
import type { Doc } from './doc.js';

/**
 * The page's headline: what reads as one, and where it stands in the body. The context stage
 * starts the article near it; the title stage takes it for the title.
 */

/** What a kind of headline looks like: how many words, and whether it may end in "?" or "!". */
export interface HeadlineShape {
  readonly minWords: number;
  readonly maxWords: number;
  /** A page's own headline may ask or exclaim ("Putin and Xi meet against backdrop?"); a teaser in a rail is cut before any sentence end. */
  readonly mayAsk: boolean;
}

/** The page's own headline: up to a long title's length. */
export const TITLE_HEADLINE: HeadlineShape = { minWords: 1, maxWords: 30, mayAsk: true };
/** A teaser in a list of other stories ("Vaping ban dies"): 3–5 swept as the minimum on AEB text, 3 best. */
export const TEASER_HEADLINE: HeadlineShape = { minWords: 3, maxWords: 20, mayAsk: false };
/** A line after the article that reads as a link to another story. */
export const AFTER_ARTICLE_HEADLINE: HeadlineShape = { minWords: 1, maxWords: 20, mayAsk: false };

/** Whether a block reads as a headline of a shape: its words in range, not a URL, not a sentence. */
export function isHeadline(f: Features, text: string, shape: HeadlineShape): boolean {
  if (f.words < shape.minWords || f.words > shape.maxWords || f.urlish) return false;
  return !f.terminal || (shape.mayAsk && !text.trimEnd().endsWith('.'));
}

/** Loose equality of two headlines: same folded words, or one contains the other. */
export function sameHeadline(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x.length < 8 || y.length < 8) return x === y && x.length > 0;
  return x === y || x.includes(y) || y.includes(x);
}

/**
 * Where the page's headline stands in the body: the first later block that repeats the title
 * line (the first line, site name removed). The context pass starts the article near it.
 */
/** Separators of a breadcrumb trail ("Forums » Bread » Title", "Home / Docs / Title"). */
const TRAIL_SEPARATOR = /[»›>/|]/u;

/** Whether `text` is a trail of links ending in the title `main`: the trail is not the headline. */
export function isTrailTo(main: string, text: string): boolean {
  const whole = foldKey(text);
  const tail = foldKey(main);
  if (whole.length <= tail.length || !whole.endsWith(tail)) return false;
  return TRAIL_SEPARATOR.test(text.slice(0, Math.max(0, text.length - main.length)));
}

export function headlineAnchor(doc: Doc): number | undefined {
  if (!hasTitleLine(doc)) return mainHeading(doc);
  const first = doc.blocks[0];
  if (!first || !isHeadline(doc.features[0] as Features, first.text, TITLE_HEADLINE)) return undefined;
  const main = stripSiteName(first.text);
  for (let i = 1; i < doc.blocks.length; i += 1) {
    const b = doc.blocks[i] as (typeof doc.blocks)[number];
    if (Math.abs(b.text.length - main.length) <= main.length / 3 + 4 && sameHeadline(main, b.text) && !isTrailTo(main, b.text)) return i;
  }
  return undefined;
}

/**
 * Scraped text opens with the page's `<title>`; markdown does not (it opens with whatever the
 * page opened with, often a menu link) and marks its headline with a heading instead.
 */
export function hasTitleLine(doc: Doc): boolean {
  return doc.from !== 'markdown';
}

/** Markdown's headline: the first level-1 heading that is not a link (a logo or a teaser). */
function mainHeading(doc: Doc): number | undefined {
  return doc.blocks.find((b) => b.kind === 'heading' && b.hints?.level === 1 && (b.hints.linkChars ?? 0) < b.text.length / 2)?.index;
}
