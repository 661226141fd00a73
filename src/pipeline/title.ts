import type { Features } from '../text/features.js';
import { fold, foldKey } from '../text/normalize.js';
import type { Verdict } from './block.js';
import type { Doc } from './doc.js';
import { isRuleHit } from './article.js';

/**
 * Step: the title. Two witnesses: the page's title line (the first line, when it reads like a
 * `<title>`: "Headline - Site Name") and the headline just above the article. When both agree the
 * headline's own text wins; each copy, and any copy inside the body, is dropped as `title`.
 */

/** Blocks looked at above the article for its headline (skipping chrome the rules caught). */
const HEADLINE_LOOKBACK = 6;
/** A headline has at most this many words. */
const HEADLINE_MAX_WORDS = 30;
/** A site name standing before or after a separator has at most this many words. */
const SITE_NAME_MAX_WORDS = 4;
/** Separators between a headline and a site name in a `<title>`. */
const SITE_SEPARATOR = /(?<!\s)\s+(?:[-|–—·•»:]|::)\s+/u; // starts where a blank run starts: linear (ReDoS)

/** "Headline - Site Name" → "Headline"; "Site | Headline" → "Headline". */
export function stripSiteName(title: string): string {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title.trim();
  const words = (s: string) => s.trim().split(/\s+/u).length;
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  const seps = title.match(new RegExp(SITE_SEPARATOR.source, 'gu')) ?? [];
  if (words(last) <= SITE_NAME_MAX_WORDS && words(title) - words(last) >= 2) {
    return rejoin(parts.slice(0, -1), seps.slice(0, -1));
  }
  if (words(first) <= SITE_NAME_MAX_WORDS && words(title) - words(first) >= 2) return rejoin(parts.slice(1), seps.slice(1));
  return title.trim();
}

function rejoin(parts: readonly string[], seps: readonly string[]): string {
  return parts.map((p, i) => (i === 0 ? p : `${seps[i - 1] ?? ' - '}${p}`)).join('').trim();
}

function headlineLike(f: Features, text: string): boolean {
  return f.words >= 1 && f.words <= HEADLINE_MAX_WORDS && !(f.terminal && text.trimEnd().endsWith('.')) && !f.urlish;
}

/** Loose equality of two headlines: same folded words, or one contains the other. */
function sameHeadline(a: string, b: string): boolean {
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
function hasTitleLine(doc: Doc): boolean {
  return doc.from !== 'markdown';
}

/** Markdown's headline: the first level-1 heading that is not a link (a logo or a teaser). */
function mainHeading(doc: Doc): number | undefined {
  return doc.blocks.find((b) => b.kind === 'heading' && b.hints?.level === 1 && (b.hints.linkChars ?? 0) < b.text.length / 2)?.index;
}

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
    if (headlineLike(doc.features[i] as Features, doc.blocks[i]?.text ?? '')) return i;
  }
  return undefined;
}

/** A block the title pass may claim: kept, or dropped only by context, shape or as a copy. */
function isFree(v: Verdict): boolean {
  return !isRuleHit(v) || v.weak === true || v.rule.startsWith('context/') || v.reason === 'duplicate';
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
    const agrees = above !== undefined && above !== 0 && sameHeadline(main, doc.blocks[above]?.text ?? '');
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
  const title =
    headline !== undefined
      ? doc.blocks[headline]?.text
      : titleLine !== undefined
        ? stripSiteName(doc.blocks[titleLine]?.text ?? '')
        : undefined;
  if (title === undefined || fold(title) === '') return doc;
  const mark = (i: number, rule: 'title/line' | 'title/headline' | 'title/repeat') => {
    final[i] = { cls: 'bad', reason: 'title', rule };
  };
  if (titleLine !== undefined) mark(titleLine, 'title/line');
  if (headline !== undefined) mark(headline, 'title/headline');
  // Further copies of the headline, kept or dropped as copies: they are the title too.
  const key = foldKey(title);
  doc.blocks.forEach((b, i) => {
    const v = final[i] as Verdict;
    if (i === titleLine || i === headline || !(v.cls === 'good' || v.reason === 'duplicate')) return;
    // Copies differ in quotes and spacing only: skip blocks of another length without folding them.
    if (Math.abs(b.text.length - title.length) > title.length / 4 + 4) return;
    if (foldKey(b.text) === key) mark(i, 'title/repeat');
  });
  return { ...doc, final, title };
}
