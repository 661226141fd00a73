import { MONTHS } from '../lexicon/metadata.js';
import type { Block, Verdict } from '../page/block.js';
import { declaresDiscussion, type Page, type StructuredEvidence } from '../page/page.js';
import { AMOUNT } from '../rules/pricing.js';
import { alternation } from '../text/pattern.js';
import { isLinkList } from '../text/shape.js';
import type { PageType } from '../types.js';

/**
 * The page's shape (`result.pageType`): what the page's structured data declares, else what its
 * blocks look like once scored — code blocks (documentation), many dated posts (a forum thread),
 * many prices (a shop's category page, or one product), many linked headings (a listing), a
 * publication date or a long kept text (an article), else a page of sections (a service page).
 * Read after scoring, from the whole page; nothing here changes a verdict. Every threshold was
 * tuned on the WCXB dev split (docs/benchmarks.md has the confusion matrix); round values were
 * kept where a sharper one gained a page or two.
 */

/** schema.org types of an article. */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/u;
/** `og:type` values of a product page. */
const PRODUCT_OG_TYPE = /^(?:og:)?product(?:\.item)?$|:item$/u;
/** `og:type` of a group of products (a category page: 16 of 18 such WCXB-dev pages are collections). */
const COLLECTION_OG_TYPE = 'product.group';

/** Products declared in the JSON-LD at which the page is a grid of them (a category page). */
const MIN_COLLECTION_PRODUCTS = 3;
/** Short price lines at which a page with no declared product reads as a shop's grid… */
const MIN_COLLECTION_PRICES = 12;
/** …when it keeps less than this many characters of prose (a category page has little). */
const MAX_COLLECTION_KEPT = 3000;
/** Fewer price lines still make a grid when as many linked headings name its items (product cards). */
const MIN_CARD_PRICES = 5;
/** Linked headings that, with MIN_CARD_PRICES price lines, make a grid of product cards. */
const MIN_CARD_HEADINGS = 4;
/** Code blocks at which a page is documentation… */
const MIN_DOC_CODE_BLOCKS = 3;
/** …or characters of code. */
const MIN_DOC_CODE_CHARS = 600;
/** Short dated lines at which a page reads as a thread of posts… */
const MIN_THREAD_DATES = 15;
/** …when its kept text is not one long article (a long article lists dated related stories; 8000 before a thread kept all its records, docs/benchmarks.md). */
const MAX_THREAD_KEPT = 12000;
/** Linked headings at which a page reads as a listing of items… */
const MIN_LISTING_HEADINGS = 6;
/** …when they are at least this share of its headings… */
const LISTING_HEADING_SHARE = 0.5;
/** …and it keeps less than this many characters. */
const MAX_LISTING_KEPT = 4000;
/** Share of the kept text in the items of the page's list at which the page is that list (a listing; with prices, a grid). */
const LIST_SHARE = 0.5;
/** Short price lines at which a page with little kept text reads as one product. */
const MIN_PRODUCT_PRICES = 10;
/** Kept characters below which many prices mean a product page. */
const MAX_PRODUCT_KEPT = 4000;
/** Kept characters at which an undated page still reads as an article. */
const MIN_ARTICLE_KEPT = 3000;
/** A price or a date is read on lines no longer than this (a price in a paragraph is prose). */
const MAX_LABEL_CHARS = 80;
/** A dated post header ("Posted by Ana · 3 May 2024, 10:02") is no longer than this. */
const MAX_DATE_LINE_CHARS = 120;

/** A price: the pricing rule's amount, without its global flag (a shared `lastIndex` is state). */
export const PRICE = new RegExp(AMOUNT.source, 'iu');
/** A calendar date: digits with a year, or a month name (any lexicon language) beside a number. */
export const DATE = new RegExp(
  `\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|(?<![\\p{L}])(?:${alternation(Object.values(MONTHS).flat())})(?![\\p{L}])\\.?,?\\s*\\d{1,4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${alternation(Object.values(MONTHS).flat())})(?![\\p{L}])`,
  'iu',
);

/** What the page's blocks say, counted once over the whole page. */
export interface PageShape {
  readonly codeBlocks: number;
  readonly codeChars: number;
  readonly headings: number;
  readonly linkedHeadings: number;
  readonly priceLines: number;
  readonly dateLines: number;
  /** Characters of the blocks the scorer kept. */
  readonly keptChars: number;
  /** Characters of the kept blocks in the items of the page's list (HTML: `DomEvidence.listItem`). */
  readonly keptListChars: number;
}

/** Count the shape of a scored page's blocks. */
export function pageShape(blocks: readonly Block[], verdicts: readonly Verdict[]): PageShape {
  let codeBlocks = 0;
  let codeChars = 0;
  let headings = 0;
  let linkedHeadings = 0;
  let priceLines = 0;
  let dateLines = 0;
  let keptChars = 0;
  let keptListChars = 0;
  blocks.forEach((b, i) => {
    const n = b.text.length;
    if (verdicts[i]?.cls === 'good') {
      keptChars += n;
      if (b.dom?.listItem === true) keptListChars += n;
    }
    if (b.kind === 'code') {
      codeBlocks += 1;
      codeChars += n;
    }
    if (b.kind === 'heading') {
      headings += 1;
      if (isLinkList(b.hints?.linkChars ?? 0, n)) linkedHeadings += 1;
    }
    if (n <= MAX_LABEL_CHARS && PRICE.test(b.text)) priceLines += 1;
    if (n <= MAX_DATE_LINE_CHARS && DATE.test(b.text)) dateLines += 1;
  });
  return { codeBlocks, codeChars, headings, linkedHeadings, priceLines, dateLines, keptChars, keptListChars };
}

const count = (s: StructuredEvidence | undefined, type: string) => s?.schemaTypes.get(type) ?? 0;
const declares = (s: StructuredEvidence | undefined, test: (type: string) => boolean) =>
  s !== undefined && [...s.schemaTypes.keys()].some(test);

/** Whether the structured data declares an article: a publication date, an `Article`-like type, `og:type` article. */
export function declaresArticle(s: StructuredEvidence): boolean {
  return s.published || declares(s, (t) => ARTICLE_TYPE.test(t)) || s.ogType === 'article';
}

/** The type the structured data declares, when it declares one clearly. */
function declaredType(s: StructuredEvidence | undefined): PageType | undefined {
  const products = count(s, 'Product');
  if (s !== undefined && declaresDiscussion(s.schemaTypes) && products === 0) return 'forum';
  if (products >= MIN_COLLECTION_PRODUCTS || s?.ogType === COLLECTION_OG_TYPE) return 'collection';
  if (products > 0 || PRODUCT_OG_TYPE.test(s?.ogType ?? '')) return 'product';
  return undefined;
}

/** The page type from structured data and shape, in order of how specific the evidence is. */
export function classifyPageType(s: StructuredEvidence | undefined, shape: PageShape): PageType {
  const declared = declaredType(s);
  if (declared) return declared;
  const grid = shape.priceLines >= MIN_COLLECTION_PRICES || (shape.priceLines >= MIN_CARD_PRICES && shape.linkedHeadings >= MIN_CARD_HEADINGS);
  if (grid && shape.keptChars < MAX_COLLECTION_KEPT && shape.codeBlocks === 0) return 'collection';
  if (shape.codeBlocks >= MIN_DOC_CODE_BLOCKS || shape.codeChars >= MIN_DOC_CODE_CHARS) return 'documentation';
  if (shape.dateLines >= MIN_THREAD_DATES && shape.keptChars < MAX_THREAD_KEPT) return 'forum';
  const listing = shape.linkedHeadings >= MIN_LISTING_HEADINGS && shape.linkedHeadings >= shape.headings * LISTING_HEADING_SHARE;
  if (listing && shape.keptChars < MAX_LISTING_KEPT) return 'listing';
  // A declared article beside its list of teasers is still the article.
  if (shape.keptChars > 0 && shape.keptListChars >= shape.keptChars * LIST_SHARE && !(s !== undefined && declaresArticle(s))) return shape.priceLines >= MIN_CARD_PRICES ? 'collection' : 'listing';
  if (shape.priceLines >= MIN_PRODUCT_PRICES && shape.keptChars < MAX_PRODUCT_KEPT) return 'product';
  // Text and markdown carry no structured data: with nothing else to go on, a page is read as an
  // article (on WCXB-dev text, "service" there was wrong 4 times in 5).
  if (s === undefined) return 'article';
  return declaresArticle(s) || shape.keptChars >= MIN_ARTICLE_KEPT ? 'article' : 'service';
}

/** The page type of a scored page. */
export function pageTypeOf(page: Page, verdicts: readonly Verdict[]): PageType {
  return classifyPageType(page.structured, pageShape(page.blocks, verdicts));
}
