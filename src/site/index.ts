import type { SiteProfile } from '../types.js';
import { learnByHostWith, learnSiteWith } from './api.js';
import type { SiteRecord } from './hosts.js';
import { createLearner, type LearnSiteOptions, type SiteLearner } from './learner.js';
import { segmentWithoutDom } from './segment.js';

/**
 * Site learning for `chaff/text` (no DOM): a crawl of one site tells its chrome from its articles.
 * `learnSite()` counts on how many pages each block occurs; `clean(page, { site })` drops the
 * blocks that recur. Text and markdown pages; HTML pages need the main entry (`full.ts`).
 * See docs/site-learning.md.
 */

/**
 * A streaming site learner with bounded memory: `add()` the site's pages one at a time, then
 * `profile()`. Each of its two tables holds at most `maxFingerprints` entries (default 100 000);
 * past that the rarest are evicted, which can only make `clean` keep more.
 *
 * @param options - `from` (default `'auto'`), `maxFingerprints` (default `100000`).
 * @throws ChaffInputError on an invalid option; `add()` throws it (`code: 'site'`) on an HTML page.
 */
export function createSiteLearner(options?: LearnSiteOptions): SiteLearner {
  return createLearner(segmentWithoutDom, options);
}

/**
 * Learn a site's chrome from its own pages (text or markdown). The pages are segmented as `clean`
 * segments them; each block is fingerprinted (case, white space, numbers and dates folded) and
 * counted once per page. Pass the result as `clean(page, { site })`. The profile is plain JSON.
 *
 * @param pages - pages of one site, as strings.
 * @param options - `from` (default `'auto'`), `maxFingerprints` (default `100000`).
 * @returns the site profile (`version: 1`).
 * @throws ChaffInputError when a page is not a string or is HTML (`code: 'site'`: learn HTML with
 *   the main entry), or an option is invalid.
 */
export function learnSite(pages: Iterable<string>, options?: LearnSiteOptions): SiteProfile {
  return learnSiteWith(segmentWithoutDom, pages, options);
}

/**
 * Learn one profile per URL host from mixed crawl records, text and markdown ones. Each record's
 * page is its `text`, else `markdown`, else `html` (see `recordInput`); records without a parsable
 * `url` are skipped. Look a record's profile up with `hostOf(record.url)`.
 *
 * @param options - `maxFingerprints` per host (default `100000`).
 * @returns host → profile.
 */
export function learnByHost(records: Iterable<SiteRecord>, options?: Omit<LearnSiteOptions, 'from'>): Map<string, SiteProfile> {
  return learnByHostWith(segmentWithoutDom, records, options);
}

export { hostOf, recordInput, type RecordInput, type SiteRecord } from './hosts.js';
export type { LearnSiteOptions, SiteLearner } from './learner.js';
