import type { SiteProfile } from '../types.js';
import { learnByHostWith, learnSiteWith } from './api.js';
import type { SiteRecord } from './hosts.js';
import { createLearner, type LearnSiteOptions, type SiteLearner } from './learner.js';
import { segmentAnyKind } from './segment-html.js';

/**
 * Site learning for the main entry: pages of every kind, HTML included — an HTML page is read into
 * the blocks its front end builds for `clean()` (`segment-html.ts`), with `options.dom`.
 * See docs/site-learning.md.
 */

/**
 * A streaming site learner with bounded memory: `add()` the site's pages one at a time (HTML,
 * markdown or text), then `profile()`. Each of its two tables holds at most `maxFingerprints`
 * entries (default 100 000); past that the rarest are evicted, which can only make `clean` keep more.
 *
 * @param options - `from` (default `'auto'`), `maxFingerprints` (default `100000`), `dom` for HTML
 *   pages (default `'jsdom'`).
 * @throws ChaffInputError on an invalid option; `add()` throws it when a page is not a string.
 */
export function createSiteLearner(options?: LearnSiteOptions): SiteLearner {
  return createLearner(segmentAnyKind, options);
}

/**
 * Learn a site's chrome from its own pages — HTML, markdown or text. Each page is segmented as
 * `clean` segments it (HTML through the same guard, DOM and walk); each block is fingerprinted
 * (case, white space, numbers and dates folded) and counted once per page. Pass the result as
 * `clean(page, { site })`, with the same `dom`. The profile is plain JSON: save it and reuse it.
 *
 * @param pages - pages of one site, as strings of any kind `clean` accepts.
 * @param options - `from` (default `'auto'`), `maxFingerprints` (default `100000`), `dom`.
 * @returns the site profile (`version: 1`).
 * @throws ChaffInputError when a page is not a string or an option is invalid.
 */
export function learnSite(pages: Iterable<string>, options?: LearnSiteOptions): SiteProfile {
  return learnSiteWith(segmentAnyKind, pages, options);
}

/**
 * Learn one profile per URL host from mixed crawl records (for `chaff --jsonl FILE --learn-site`).
 * Each record's page is its `text`, else `markdown`, else `html` (see `recordInput`); records
 * without a parsable `url` are skipped. Look a record's profile up with `hostOf(record.url)`.
 *
 * @param options - `maxFingerprints` per host (default `100000`), `dom` for HTML records.
 * @param onError - when given, a record that cannot be learned from is skipped and reported here
 *   (with its index) instead of throwing; without it the first such record throws.
 * @returns host → profile.
 */
export function learnByHost(
  records: Iterable<SiteRecord>,
  options?: Omit<LearnSiteOptions, 'from'>,
  onError?: (error: unknown, index: number) => void,
): Map<string, SiteProfile> {
  return learnByHostWith(segmentAnyKind, records, options, onError);
}

export { hostOf, recordInput, type RecordInput, type SiteRecord } from './hosts.js';
export type { LearnSiteOptions, SiteLearner } from './learner.js';
