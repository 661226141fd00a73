import type { Features } from '../text/features.js';
import { foldKey } from '../text/normalize.js';
import { stripSiteName } from '../text/site-name.js';
import type { Doc } from './doc.js';

/**
 * The page's headline: what reads as one, and where it stands in the body. The context stage
 * starts the article near it; the title stage takes it for the title.
 */

/** A headline has at most this many words. */
const HEADLINE_MAX_WORDS = 30;
/** Whether a block reads as a headline: a few words to a long title, not a sentence ending in a period, not a URL. */
export function headlineLike(f: Features, text: string): boolean {
  return f.words >= 1 && f.words <= HEADLINE_MAX_WORDS && !(f.terminal && text.trimEnd().endsWith('.')) && !f.urlish;
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
export function headlineAnchor(doc: Doc): number | undefined {
  if (!hasTitleLine(doc)) return mainHeading(doc);
  const first = doc.blocks[0];
  if (!first || !headlineLike(doc.features[0] as Features, first.text)) return undefined;
  const main = stripSiteName(first.text);
  for (let i = 1; i < doc.blocks.length; i += 1) {
    const b = doc.blocks[i] as (typeof doc.blocks)[number];
    if (Math.abs(b.text.length - main.length) <= main.length / 3 + 4 && sameHeadline(main, b.text)) return i;
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
