/** chaff: the article alone, and an account of everything dropped. */
export { ChaffInputError } from './errors.js';
export type { ChaffInputErrorCode } from './errors.js';
export { clean } from './clean.js';
export { createSiteLearner, learnSite } from './site/full.js';
export { ChaffMemoryError, ChaffTimeoutError, ChaffWorkerError, createPool } from './pool/index.js';
export type { Pool, PoolOptions } from './pool/index.js';
export type { LearnSiteOptions, SiteLearner } from './site/full.js';
export type {
  CleanOptions,
  CleanResult,
  Dom,
  Dropped,
  Focus,
  From,
  InputKind,
  Limits,
  PageType,
  Reason,
  RuleId,
  SiteProfile,
  To,
} from './types.js';
