import type { Verdict } from '../page/block.js';
import type { Features } from '../text/features.js';
import { fold, foldKey } from '../text/normalize.js';
import { stripSiteName } from '../text/site-name.js';
import type { Doc } from './doc.js';
import { hasTitleLine, headlineAnchor, isHeadline, isTrailTo, sameHeadline, TITLE_HEADLINE } from './headline.js';
import { isStrongHit } from './verdicts.js';

/**
 * Stage: the title. Two witnesses: the page's title line (the first line, when it reads like a
 * `<title>`: "Headline - Site Name") and the headline just above the article. When both agree the
 * headline's own text wins; each copy, and any copy inside the body, is dropped as `title`.
 */

/** Blocks looked at above the article for its headline (skipping chrome the rules caught). */
const HEADLINE_LOOKBACK = 6;
/** Where the title comes from: the first line, the headline above the article, or both. */
interface TitleWitnesses {
  titleLine?: number;
  headline?: number;
}

/** The nearest headline-like block above the first kept block, skipping chrome the rules caught. */
function headlineAbove(doc: Doc, final: readonly Verdict[], firstKept: number): number | undefined {
  for (let i = firstKept - 1, seen = 0; i >= 0 && seen < HEADLINE_LOOKBACK; i -= 1) {
    if (!isFree(final[i] as Verdict)) continue;
    seen += 1;
    if (isHeadline(doc.features[i] as Features, doc.blocks[i]?.text ?? '', TITLE_HEADLINE)) return i;
  }
  return undefined;
}

/** A block the title pass may claim: kept, or dropped only by context, shape or as a copy. */
function isFree(v: Verdict): boolean {
  return !isStrongHit(v) || v.source === 'dedupe';
}

function witnesses(doc: Doc, final: readonly Verdict[], firstKept: number): TitleWitnesses {
  // 1. The first line repeated further down: the first is the <title>, the copy is the headline.
  const anchor = headlineAnchor(doc);
  if (anchor !== undefined && !hasTitleLine(doc)) return { headline: anchor };
  if (anchor !== undefined && isFree(final[0] as Verdict)) return { titleLine: 0, headline: anchor };
  const first = hasTitleLine(doc) ? doc.blocks[0] : undefined;
  const above = headlineAbove(doc, final, firstKept);
  // 2. The first line names a site ("Headline - Site"): it is the title; a matching headline joins it.
  if (first && firstKept > 0 && isFree(final[0] as Verdict) && stripSiteName(first.text) !== first.text.trim()) {
    const main = stripSiteName(first.text);
    const text = doc.blocks[above ?? 0]?.text ?? '';
    const agrees = above !== undefined && above !== 0 && sameHeadline(main, text) && !isTrailTo(main, text);
    return agrees ? { titleLine: 0, headline: above } : { titleLine: 0 };
  }
  // 3. Otherwise the headline right above the article.
  return above === undefined ? {} : { headline: above };
}

export function titleStep(doc: Doc): Doc {
  const final = [...doc.final];
  const firstKept = final.findIndex((v) => v.cls === 'good');
  if (firstKept < 0) return doc;
  const { titleLine, headline } = witnesses(doc, final, firstKept);
  const mark = (i: number, rule: 'title/line' | 'title/headline' | 'title/repeat') => {
    final[i] = { cls: 'bad', reason: 'title', rule, source: 'title', strength: 'strong' };
  };
  if (titleLine === undefined && headline === undefined) return loneTitleLine(doc, final, mark);
  const title = headline !== undefined ? doc.blocks[headline]?.text : stripSiteName(doc.blocks[titleLine ?? 0]?.text ?? '');
  if (title === undefined || fold(title) === '') return doc;
  if (titleLine !== undefined) mark(titleLine, 'title/line');
  // An HTML page's `<title>` is never body text, whichever witness named the title.
  else if (isHtmlTitle(doc, final)) mark(0, 'title/line');
  if (headline !== undefined) mark(headline, 'title/headline');
  // Further copies of the headline, kept or dropped: they are the title too (an `<h1>` outside the
  // container, a sidebar link to the page itself), whatever else dropped them.
  const key = foldKey(title);
  doc.blocks.forEach((b, i) => {
    const v = final[i] as Verdict;
    if (i === titleLine || i === headline || v.reason === 'title') return;
    // Copies differ in quotes and spacing only: skip blocks of another length without folding them.
    if (Math.abs(b.text.length - title.length) > title.length / 4 + 4) return;
    if (foldKey(b.text) === key) mark(i, 'title/repeat');
  });
  return { ...doc, final, title };
}

/**
 * No headline agrees with the first line and it names no site, but it is still the page's title
 * line, not its text: an HTML page's `<title>` is never shown in the body, and scraped text opens
 * with that `<title>` (a line of a headline's shape). Keeping it put the title at the top of
 * `text` — on a page of two sentences, half of what was kept. For HTML the title stays the
 * metadata's pick (og:title, the `<title>` without its site name); for text it is this line.
 */
function loneTitleLine(doc: Doc, final: Verdict[], mark: (i: number, rule: 'title/line') => void): Doc {
  const first = doc.blocks[0];
  if (first === undefined || !isFree(final[0] as Verdict)) return { ...doc, final };
  const isTitleLine = doc.from === 'html' ? isHtmlTitle(doc, final) : hasTitleLine(doc) && isHeadline(doc.features[0] as Features, first.text, TITLE_HEADLINE);
  if (!isTitleLine) return { ...doc, final };
  const title = stripSiteName(first.text);
  if (fold(title) === '') return { ...doc, final };
  mark(0, 'title/line');
  return { ...doc, final, title: doc.from === 'html' ? undefined : title };
}

/** Whether the first block is the HTML page's `<title>` and no strong rule claimed it. */
function isHtmlTitle(doc: Doc, final: readonly Verdict[]): boolean {
  return doc.from === 'html' && doc.blocks[0]?.hints?.tag === 'title' && isFree(final[0] as Verdict);
}
