import type { SiteProfile } from '../types.js';
import { ChaffInputError } from '../errors.js';
import { learnHosts, type SiteRecord } from './hosts.js';
import { createLearner, type LearnSiteOptions } from './learner.js';
import type { SegmenterFor } from './segment.js';

/**
 * Site learning over the segmenters one entry binds (`segment.ts` for `chaff/text`,
 * `segment-html.ts` for the main entry). The entries' `learnSite`, `createSiteLearner` and
 * `learnByHost` are these, with their segmenters (`index.ts`, `full.ts`).
 */

/** `learnSite` over `segmentFor`: every page added to one learner, then its profile. */
export function learnSiteWith(segmentFor: SegmenterFor, pages: Iterable<string>, options?: LearnSiteOptions): SiteProfile {
  if (pages === null || typeof pages !== 'object' || typeof (pages as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new ChaffInputError('learnSite() expects the pages as an array (or iterable) of strings', 'site');
  }
  const learner = createLearner(segmentFor, options);
  for (const page of pages) learner.add(page);
  return learner.profile();
}

/** `learnByHost` over `segmentFor`: one learner per URL host. */
export function learnByHostWith(
  segmentFor: SegmenterFor,
  records: Iterable<SiteRecord>,
  options?: Omit<LearnSiteOptions, 'from'>,
  onError?: (error: unknown, index: number) => void,
): Map<string, SiteProfile> {
  return learnHosts(records, (o) => createLearner(segmentFor, o), options, onError);
}
