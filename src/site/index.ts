import type { SiteProfile } from '../types.js';
import { learnHosts, type SiteRecord } from './hosts.js';
import { createLearner, type LearnSiteOptions, type SiteLearner } from './learner.js';
import { segmentFor } from './segment.js';
import { ChaffInputError } from '../errors.js';

/**
 * Site learning: a crawl of one site tells its chrome from its articles. `learnSite()` counts on
 * how many pages each block occurs; `clean(page, { site })` drops the blocks that recur.
 * See docs/site-learning.md.
 */

/**
 * A streaming site learner with bounded memory: `add()` the site's pages one at a time, then
 * `profile()`. Each of its two tables holds at most `maxFingerprints` entries (default 100 000);
 * past that the rarest are evicted, which can only make `clean` keep more.
 *
 * @param options - `from` (default `'auto'`), `maxFingerprints` (default `100000`).
 * @throws TypeError on an invalid option.
 */
export function createSiteLearner(options?: LearnSiteOptions): SiteLearner {
  return createLearner(segmentFor, options);
}

/**
 * Learn a site's chrome from its own pages. The pages are segmented as `clean` segments them;
 * each block is fingerprinted (case, white space, numbers and dates folded) and counted once per
 * page. Pass the result as `clean(page, { site })`. The profile is plain JSON: save it and reuse it.
 *
 * @param pages - pages of one site, as strings of any kind `clean` accepts.
 * @param options - `from` (default `'auto'`), `maxFingerprints` (default `100000`).
 * @returns the site profile (`version: 1`).
 * @throws TypeError when a page is not a string or an option is invalid.
 */
export function learnSite(pages: Iterable<string>, options?: LearnSiteOptions): SiteProfile {
  if (pages === null || typeof pages !== 'object' || typeof (pages as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new ChaffInputError('learnSite() expects the pages as an array (or iterable) of strings', 'site');
  }
  const learner = createSiteLearner(options);
  for (const page of pages) learner.add(page);
  return learner.profile();
}

/**
 * Learn one profile per URL host from mixed crawl records (for `chaff --jsonl FILE --learn-site`).
 * Each record's page is its `text`, else `markdown`, else `html` (see `recordInput`); records
 * without a parsable `url` are skipped. Look a record's profile up with `hostOf(record.url)`.
 *
 * @param options - `maxFingerprints` per host (default `100000`).
 * @returns host → profile.
 */
export function learnByHost(records: Iterable<SiteRecord>, options?: Omit<LearnSiteOptions, 'from'>): Map<string, SiteProfile> {
  return learnHosts(records, createSiteLearner, options);
}

export { hostOf, recordInput, type RecordInput, type SiteRecord } from './hosts.js';
export type { LearnSiteOptions, SiteLearner } from './learner.js';
