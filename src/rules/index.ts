import { advertisingRules } from './advertising.js';
import { commentRules } from './comments.js';
import { containerRules } from './container.js';
import { ctaRules } from './cta.js';
import { legalRules } from './legal.js';
import { linkRules } from './links.js';
import { mediaRules } from './media.js';
import { metadataRules } from './metadata.js';
import { navigationRules } from './navigation.js';
import { pricingRules } from './pricing.js';
import { profileRules } from './profile.js';
import { relatedRules } from './related.js';
import { shareRules } from './share.js';
import { structureRules } from './structure.js';
import type { Rule } from './types.js';

/**
 * The default rules, in the order they are tried: the first that fires decides. Vocabulary rules
 * come before shape rules, and specific kinds before general ones.
 */
export const defaultRules: readonly Rule[] = [
  ...structureRules.filter((r) => !r.weak),
  ...mediaRules,
  ...metadataRules,
  ...pricingRules,
  ...linkRules,
  ...profileRules,
  ...ctaRules,
  ...shareRules,
  ...commentRules,
  ...relatedRules.filter((r) => !r.weak),
  ...advertisingRules,
  ...legalRules,
  ...navigationRules.filter((r) => !r.weak),
  ...containerRules,
  ...navigationRules.filter((r) => r.weak),
  ...relatedRules.filter((r) => r.weak),
  ...structureRules.filter((r) => r.weak),
];

export type { Rule, RuleContext } from './types.js';
