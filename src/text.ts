/**
 * `chaff/text`: the text and markdown cleaner without any DOM dependency, for browsers and edge
 * runtimes. Same `clean()` contract as the main entry.
 */
export { ChaffInputError } from './errors.js';
export type { ChaffInputErrorCode } from './errors.js';
export { clean } from './clean-text.js';
export { createSiteLearner, learnSite } from './site/index.js';
export type { LearnSiteOptions, SiteLearner } from './site/index.js';
export type { CleanOptions, CleanResult, Dropped, Focus, From, InputKind, Limits, Reason, RuleId, SiteProfile, To } from './types.js';
