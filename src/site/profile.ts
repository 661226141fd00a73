import type { SiteProfile } from '../types.js';
import { ChaffInputError } from '../errors.js';

/** The profile format this release reads and writes. */
export const PROFILE_VERSION = 1;

function isTable(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Check the shape of `options.site` once per `clean` call (constant time: the tables are not
 * walked; an entry that is not a number counts as 0 when looked up).
 *
 * @throws TypeError when the value is not a version-1 profile.
 */
export function assertProfile(value: unknown): SiteProfile {
  if (typeof value !== 'object' || value === null) {
    throw new ChaffInputError(`option "site" must be a profile from learnSite(); got ${value === null ? 'null' : typeof value}`, 'site', 'site');
  }
  const p = value as Partial<SiteProfile>;
  if (p.version !== PROFILE_VERSION) {
    throw new ChaffInputError(`option "site" has profile version ${String(p.version)}; this release reads version ${PROFILE_VERSION}`, 'site', 'site');
  }
  if (typeof p.pages !== 'number' || !Number.isInteger(p.pages) || p.pages < 0 || !isTable(p.blocks) || !isTable(p.pairs)) {
    throw new ChaffInputError('option "site" is not a profile from learnSite() (needs pages, blocks and pairs)', 'site', 'site');
  }
  return value as SiteProfile;
}

/** Pages a key occurs on: own properties only, so keys such as "__proto__" or "constructor" are safe. */
export function countIn(table: Readonly<Record<string, number>>, key: string): number {
  if (!Object.hasOwn(table, key)) return 0;
  const n = table[key];
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}
