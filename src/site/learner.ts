import { describeValue } from '../options.js';
import type { Dom, From, SiteProfile } from '../types.js';
import { fingerprint, hash, pairKey } from './fingerprint.js';
import { MIN_PAGES, isLong } from './judge.js';
import { PROFILE_VERSION } from './profile.js';
import { kindOf, type SegmenterFor } from './segment.js';
import { ChaffInputError } from '../errors.js';

/**
 * The learner: counts, for every block fingerprint, the pages of a site it occurs on (once per
 * page), and the same for adjacent pairs that hold a long block (the sequence evidence). Memory is
 * bounded: each table holds at most `maxFingerprints` entries; past that the rarest entries
 * (singletons first) are evicted until half remain. Eviction only ever lowers counts, so a pruned
 * profile can make `clean` keep more, never drop more. An exact copy of a page already added
 * (same blocks, same order, after folding) is not counted again: crawls hold copies (AMP, print,
 * tracking parameters), and two copies of one article would look like a recurring sequence.
 */

/**
 * Default bound on each table (fingerprints, pairs). At ~100 bytes an entry, two full tables stay
 * near 20 MB; a 10 000-page news crawl (~50 distinct blocks a page, mostly singletons) stays under it.
 */
export const MAX_FINGERPRINTS = 100_000;
/** Share of the bound kept after an eviction round: halving makes rounds rare (amortised O(1) a block). */
const KEEP_AFTER_PRUNE = 0.5;
/** Smallest bound accepted for `maxFingerprints`. */
const MIN_BOUND = 2;

/** Options of `learnSite()` and `createSiteLearner()`. Every field is optional. */
export interface LearnSiteOptions {
  /** Input kind of the pages, as `clean`'s `from`. Default: `'auto'` (detected per page). */
  from?: From;
  /** Most entries kept in each table while learning. Default: `100000` (`MAX_FINGERPRINTS`). */
  maxFingerprints?: number;
  /**
   * DOM that reads HTML pages, as `clean`'s `dom`; learn with the DOM you clean with. Default:
   * `'jsdom'`. Read by the main entry only (`chaff/text` learns from text and markdown).
   */
  dom?: Dom;
}

/** A streaming learner: `add()` pages one by one, then take the `profile()`. */
export interface SiteLearner {
  /**
   * Count one page of the site. `page` is a string of any kind `clean` accepts; `from` overrides
   * the learner's `from` for this page (default: the learner's).
   * @throws TypeError when `page` is not a string.
   */
  add(page: string, from?: From): void;
  /** Distinct pages added so far (an exact copy of an earlier page is not counted). */
  readonly pages: number;
  /** Entries held now, both tables together (at most twice `maxFingerprints`). */
  readonly size: number;
  /**
   * A snapshot of what was learned, as a plain JSON-serialisable object. Fingerprints seen on fewer
   * than 2 pages are left out: one page is no evidence. Later `add()` calls do not change it.
   */
  profile(): SiteProfile;
}

/**
 * A learner that also takes a page already segmented (its block texts, as `Segmenter` gives them):
 * the CLI segments a batch on its worker pool and counts here, on the main thread.
 */
export interface BlockLearner extends SiteLearner {
  /** Count one page given as its block texts, in order. */
  addBlocks(texts: readonly string[]): void;
}

/** Evict the rarest entries until at most `keep` remain; returns the highest count evicted. */
function prune(table: Map<string, number>, keep: number): number {
  const histogram = new Map<number, number>();
  for (const n of table.values()) histogram.set(n, (histogram.get(n) ?? 0) + 1);
  const counts = [...histogram.keys()].sort((a, b) => a - b);
  let left = table.size;
  let floor = 0;
  for (const c of counts) {
    if (left <= keep) break;
    left -= histogram.get(c) as number;
    floor = c;
  }
  for (const [key, n] of table) if (n <= floor) table.delete(key);
  return floor;
}

/** Entries seen on at least MIN_PAGES pages, most frequent first (ties by key): a stable snapshot. */
function snapshot(table: ReadonlyMap<string, number>): Record<string, number> {
  const entries = [...table].filter(([, n]) => n >= MIN_PAGES);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}

function bound(value: unknown): number {
  if (value === undefined) return MAX_FINGERPRINTS;
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_BOUND) return value;
  throw new ChaffInputError(`option "maxFingerprints" must be an integer ≥ ${MIN_BOUND}; got ${describeValue(value)}`, 'option', 'maxFingerprints');
}

function domOption(value: unknown): Dom {
  if (value === undefined) return 'jsdom';
  if (value === 'jsdom' || value === 'linkedom') return value;
  throw new ChaffInputError(`option "dom" must be one of 'jsdom', 'linkedom'; got ${describeValue(value)}`, 'option', 'dom');
}

function fromOption(value: unknown): From {
  if (value === undefined) return 'auto';
  if (value === 'auto' || value === 'text' || value === 'markdown' || value === 'html') return value;
  throw new ChaffInputError(`option "from" must be one of 'auto', 'text', 'markdown', 'html'; got ${describeValue(value)}`, 'option', 'from');
}

/**
 * A learner over the given segmenters (one per input kind, as `clean` uses them).
 * @throws TypeError on an invalid option.
 */
export function createLearner(segmentFor: SegmenterFor, options?: LearnSiteOptions): BlockLearner {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ChaffInputError('options must be an object', 'option');
  }
  const from = fromOption(options?.from);
  const dom = domOption(options?.dom);
  const max = bound(options?.maxFingerprints);
  const keep = Math.max(1, Math.floor(max * KEEP_AFTER_PRUNE));
  const blocks = new Map<string, number>();
  const pairs = new Map<string, number>();
  /** Hashes of the pages counted, to skip copies; bounded like the tables (oldest forgotten first). */
  const seen = new Set<string>();
  let pages = 0;
  let pruned = 0;

  const count = (table: Map<string, number>, keys: ReadonlySet<string>) => {
    for (const k of keys) table.set(k, (table.get(k) ?? 0) + 1);
    if (table.size > max) pruned = Math.max(pruned, prune(table, keep));
  };

  const addBlocks = (texts: readonly string[]): void => {
    const keys = texts.map(fingerprint);
    const pageHash = hash(keys.join('\n'));
    if (seen.has(pageHash)) return;
    seen.add(pageHash);
    if (seen.size > max) for (const h of [...seen].slice(0, seen.size - keep)) seen.delete(h);
    const pageBlocks = new Set(keys);
    const pagePairs = new Set<string>();
    for (let i = 0; i + 1 < keys.length; i += 1) {
      if (isLong((texts[i] as string).length) || isLong((texts[i + 1] as string).length)) {
        pagePairs.add(pairKey(keys[i] as string, keys[i + 1] as string));
      }
    }
    pages += 1;
    count(blocks, pageBlocks);
    count(pairs, pagePairs);
  };

  return {
    add(page: string, pageFrom?: From): void {
      if (typeof page !== 'string') throw new ChaffInputError(`a site page must be a string; got ${page === null ? 'null' : typeof page}`, 'site');
      addBlocks(segmentFor(kindOf(page, pageFrom === undefined ? from : fromOption(pageFrom)))(page, dom));
    },
    addBlocks,
    get pages() {
      return pages;
    },
    get size() {
      return blocks.size + pairs.size;
    },
    profile(): SiteProfile {
      return { version: PROFILE_VERSION, pages, blocks: snapshot(blocks), pairs: snapshot(pairs), pruned };
    },
  };
}
