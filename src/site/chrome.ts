import type { Block } from '../page/block.js';
import type { SiteProfile } from '../types.js';
import { fingerprint, pairKey } from './fingerprint.js';
import { isLong, isSiteChrome, MIN_PAGES } from './judge.js';
import { countIn } from './profile.js';

/**
 * What the profile says about each block of the page being cleaned: the pages it recurs on when
 * it is site chrome (`judge.ts`), and whether the page is a copy of another crawled page. Shared
 * by the site step (before the context pass) and the span step (after it). Pure; linear in the
 * page's length.
 */

/**
 * Below this share of characters in blocks of its own, a page is a copy of another crawled page.
 * No AEB page of a multi-page site comes near (lowest 0.13); a copy of an article scores ~0.
 */
export const OWN_MIN_SHARE = 0.05;

/** A letter or a digit: a block with neither carries no site evidence (see `hasWords`). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether a block has a letter or a digit. A separator line ("___", "* * *", "•", "|") recurs
 * on every page of any site because it is punctuation, not because it is the site's template:
 * its recurrence proves nothing. Such lines are left to the page's own passes, which keep a
 * separator inside the article (it marks a section break there) and drop it outside.
 */
export function hasWords(text: string): boolean {
  return WORD_CHAR.test(text);
}

/** The site's verdict on one page. */
export interface SiteChrome {
  /** Per block: the pages it recurs on when it is site chrome, else 0. */
  readonly counts: readonly number[];
  /** The page is a copy of another crawled page (under OWN_MIN_SHARE of it is its own). */
  readonly copy: boolean;
}

/**
 * Pages the long block at `i` recurs on inside a recurring sequence, or 0. The block is in one
 * when its pairs with both neighbours recur, or when its pair with one neighbour recurs and the
 * block beyond that neighbour recurs too: the block then sits at the edge of a recurring run of at
 * least three blocks (the first paragraph of a footer, the last teaser of a rail). A quote two
 * articles share sits between each article's own blocks and passes neither test; a shared lede
 * under a recurring byline fails the second because the headline above the byline is the page's own.
 */
function sequence(site: SiteProfile, keys: readonly string[], i: number): number {
  const here = keys[i] as string;
  const block = (j: number) => (j >= 0 && j < keys.length ? countIn(site.blocks, keys[j] as string) : 0);
  const before = i === 0 ? 0 : countIn(site.pairs, pairKey(keys[i - 1] as string, here));
  const after = i + 1 >= keys.length ? 0 : countIn(site.pairs, pairKey(here, keys[i + 1] as string));
  return Math.max(Math.min(before, after), Math.min(before, block(i - 2)), Math.min(after, block(i + 2)));
}

/** Look the page's blocks up in the profile (the profile must have at least MIN_PAGES pages). */
export function siteChrome(blocks: readonly Block[], site: SiteProfile): SiteChrome {
  const keys = blocks.map((b) => fingerprint(b.text));
  const counts: number[] = [];
  let own = 0;
  let total = 0;
  for (let i = 0; i < keys.length; i += 1) {
    const text = blocks[i]?.text ?? '';
    const count = hasWords(text) ? countIn(site.blocks, keys[i] as string) : 0;
    total += text.length;
    if (count < MIN_PAGES) own += text.length;
    const seq = count >= MIN_PAGES && isLong(text.length) ? sequence(site, keys, i) : 0;
    counts.push(count >= MIN_PAGES && isSiteChrome({ count, pages: site.pages, chars: text.length, sequence: seq }) ? count : 0);
  }
  return { counts, copy: own < OWN_MIN_SHARE * total };
}

