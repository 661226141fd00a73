/**
 * Public types of chaff: the options `clean()` takes and the result it returns.
 * This file is the single source of the public type surface.
 */

/**
 * Why a block was dropped. Each value is documented in `docs/rules.md`.
 *
 * - `title`: the page title (or its copy) — reported in `result.title`, not in the text.
 * - `navigation`: menus, breadcrumbs, "back to top", glued menu items.
 * - `call-to-action`: subscribe / follow / sign in / newsletter / donate / app prompts.
 * - `pricing`: price and rate lines ("$15/hr Starting at $25").
 * - `profile`: freelancer / marketplace / author profile labels, reviews, skills.
 * - `related`: related-article headings, headline lists, "read more", tag lists.
 * - `share`: share buttons and counters.
 * - `legal`: cookie notices, copyright and policy lines.
 * - `advertising`: "Advertisement", "Sponsored" labels.
 * - `media`: text standing in for an image or player ("Banner Image"), photo credits.
 * - `comments`: comment-section headings and the comments under them.
 * - `metadata`: about the article, not of it — bylines, datelines, reading times.
 * - `duplicate`: a later copy of a block (or run of blocks) already kept.
 * - `low-content`: outside the article's dense run, with no more specific reason.
 * - `site-repeated`: recurs on many pages of the same site (`options.site`, see `learnSite`) and no
 *   rule named its kind: site chrome such as a menu, a footer or a sign-up line.
 */
export type Reason =
  | 'title'
  | 'navigation'
  | 'call-to-action'
  | 'pricing'
  | 'profile'
  | 'related'
  | 'share'
  | 'legal'
  | 'advertising'
  | 'media'
  | 'comments'
  | 'metadata'
  | 'duplicate'
  | 'low-content'
  | 'site-repeated';

/**
 * Identifier of the rule that fired, `family/name` (for example `cta/subscribe`, `pricing/rate`,
 * `dedupe/block`). Every id is listed in `docs/rules.md`.
 */
export type RuleId = `${string}/${string}`;

/** One dropped block: what was removed, why, and where it stood in the caller's input. */
export interface Dropped {
  /**
   * The dropped text, trimmed (a copy, not a view into the input). For HTML input it is the
   * element's text as a reader sees it (white space collapsed), not its markup.
   */
  text: string;
  /** Why it was dropped. */
  reason: Reason;
  /** Which rule fired. */
  rule: RuleId;
  /** Offset (UTF-16 code units) of the first character in the caller's input. */
  start: number;
  /**
   * Offset just past the last character: `input.slice(start, end) === text` for text and markdown.
   * For HTML, `input.slice(start, end)` is the element's source (its outer HTML as written, or
   * the stretch of markup holding the text when the text is only part of its element).
   */
  end: number;
  /** 1-based line number of `start` in the caller's input. */
  line: number;
  /** The rule's confidence or measure, when it has one (for example a similarity). */
  score?: number;
  /**
   * Site evidence, when `options.site` was given and the block recurs across the site:
   * `"n/N"`, the block was seen on n of the N pages the profile learned from. Default: absent.
   */
  pages?: string;
}

/** The kinds of input chaff reads. */
export type InputKind = 'text' | 'markdown' | 'html';

/** Input kind to use: `'auto'` detects it. */
export type From = 'auto' | InputKind;

/**
 * Output format. `result.text` is always plain text; `'markdown'` also fills `result.markdown`,
 * `'html'` also fills `result.html` (sanitized).
 */
export type To = 'text' | 'markdown' | 'html';

/**
 * One knob for the precision/recall trade-off.
 * - `precision`: drop more; prefer losing a borderline paragraph to keeping chrome.
 * - `balanced`: the default, tuned on the benchmark.
 * - `recall`: keep more; prefer keeping chrome to losing a paragraph. In HTML, prose outside
 *   the article container is scored too: the choice for RAG and corpus builders.
 */
export type Focus = 'precision' | 'balanced' | 'recall';

/** Options of `clean()`. Every field is optional. */
export interface CleanOptions {
  /** Input kind. Default: `'auto'` (HTML when the input clearly is HTML, markdown when it shows several kinds of markdown syntax, else text). */
  from?: From;
  /** Output format. Default: `'text'`. */
  to?: To;
  /** Precision/recall trade-off. Default: `'balanced'`. */
  focus?: Focus;
  /** Language of the page (BCP 47, e.g. `'tr'`). Default: detected from the page. */
  lang?: string;
  /** URL the page came from, kept for link resolution in HTML mode. Default: none. */
  url?: string;
  /**
   * What other pages of the same site look like, from `learnSite()` or `createSiteLearner()`:
   * blocks recurring across the site are dropped as `site-repeated` (or with their rule's reason)
   * and carry `pages: "n/N"`. Default: none (the page is judged alone); `undefined` is the same,
   * so `site: profiles.get(host)` needs no check.
   */
  site?: SiteProfile | undefined;
  /**
   * DOM used for HTML input: `'jsdom'` (the HTML standard's parser, slower) or `'linkedom'`
   * (several times faster, lenient on broken markup). Loaded only when HTML arrives.
   * Default: `'jsdom'`.
   */
  dom?: Dom;
}

/** DOM implementation for HTML input. */
export type Dom = 'jsdom' | 'linkedom';

/**
 * What `learnSite()` learned about a site: how many pages of the site each block fingerprint
 * occurs on. A plain JSON-serialisable object (`JSON.parse(JSON.stringify(profile))` cleans the
 * same); treat it as opaque apart from `version` and `pages`. See docs/site-learning.md.
 */
export interface SiteProfile {
  /** Format version; this release reads and writes `1`. */
  version: 1;
  /** Number of pages learned from. */
  pages: number;
  /** Block fingerprint → number of pages it occurs on (counted once per page). */
  blocks: Record<string, number>;
  /**
   * Fingerprints of adjacent block pairs (where one block is long) → number of pages the pair
   * occurs on: the sequence evidence long blocks need.
   */
  pairs: Record<string, number>;
  /**
   * Highest page count ever evicted to keep the tables within their bound. `0`: every count is
   * exact; otherwise some counts may be low (never high), so pruning can only make `clean` keep more.
   */
  pruned: number;
}

/** What `clean()` returns. */
/**
 * What kind of page it is, as chaff reads it: one `article`, a `forum` thread or Q&A page, one
 * `product`, a `collection` of products (a shop's category page), a `listing` of articles or
 * items, `documentation`, or a `service` page (a company's page of sections). Accuracy on the
 * WCXB dev split is in docs/benchmarks.md.
 */
export type PageType = 'article' | 'forum' | 'product' | 'collection' | 'listing' | 'documentation' | 'service';

export interface CleanResult {
  /** The article as plain text: kept blocks, paragraphs separated by a blank line. */
  text: string;
  /**
   * The page's shape: what its structured data declares (JSON-LD `Product`, `QAPage`, `og:type`),
   * else what its scored blocks look like (code, dated posts, prices, linked headings). Read after
   * scoring; see {@link PageType}.
   */
  pageType: PageType;
  /** The article as markdown, when `to: 'markdown'`. */
  markdown?: string;
  /** The article as sanitized HTML, when `to: 'html'`. */
  html?: string;
  /** The page title, when one was found (site suffix such as " - M5 Dergi" removed). */
  title?: string;
  /** Detected (or given) language, BCP 47, when confident. */
  lang?: string;
  /** HTML: the author line (JSON-LD author, `<meta name="author">`, or the byline on the page). */
  byline?: string;
  /**
   * HTML: the publication date, ISO 8601 (`2024-05-01`, `2024-05-01T10:00:00`, or UTC
   * `…T08:00:00.000Z` when the page gave a zone), from meta tags, JSON-LD or `<time datetime>`.
   */
  published?: string;
  /** HTML: the site's name (`og:site_name`, JSON-LD publisher). */
  siteName?: string;
  /** HTML: a short description (`og:description`, `<meta name="description">`, or the first paragraph). */
  excerpt?: string;
  /** The input kind that was used. */
  from: InputKind;
  /** Every dropped block, in input order. */
  dropped: Dropped[];
  /**
   * The string that was cleaned, when it is not the one passed in: bytes decoded, or a string whose
   * lone surrogates and NUL characters were replaced by U+FFFD (one code unit for one). Every
   * offset in `dropped` refers to `result.input ?? input`. Absent for an ordinary string.
   */
  input?: string;
  /** The encoding bytes were decoded with (`'utf-8'`, `'windows-1251'`…); absent for strings. */
  encoding?: string;
  /** The bytes were a gzip stream (a `.gz` file, a body saved undecoded) and were decompressed first. */
  compression?: 'gzip';
  /** The safety caps that changed how the page was read (docs/security.md); absent when none did. */
  limits?: Limits;
}

/**
 * Caps that applied to a hostile or oversized page (docs/security.md). The result is still a
 * normal result, read from less of the page.
 */
export interface Limits {
  /**
   * The input was read only up to offset `at` (UTF-16, into `result.input ?? input`): `bytes` or
   * `chars`, the input passed the 20 MB cap; `elements`, the HTML's tree passed the 30,000-element
   * budget (elements the parser creates, reopened formatting elements included); `depth`, it
   * passed 512 levels where flattening could not keep it shallower; `gzip`, the gzip stream was
   * cut short or damaged, and what inflated before the damage was read. Nothing from `at` on is in
   * `text` or `dropped`.
   */
  truncated?: { at: number; cap: 'bytes' | 'chars' | 'elements' | 'depth' | 'gzip' };
  /**
   * HTML: start tags nested deeper than 256 levels, ignored before parsing. Their text is kept,
   * one level up.
   */
  flattened?: number;
  /**
   * HTML: the chosen DOM threw on this page (a parser bug, not the page's fault), so it was read
   * with linkedom instead, or as plain text when linkedom threw too.
   */
  fallback?: 'linkedom' | 'text';
}
