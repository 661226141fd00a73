import { isRuleHit } from '../pipeline/article.js';
import type { Verdict } from '../pipeline/block.js';
import type { Doc } from '../pipeline/doc.js';
import { markHeadlineLists } from '../pipeline/lists.js';
import type { SiteProfile } from '../types.js';
import { fingerprint, pairKey } from './fingerprint.js';
import { isLong, isSiteChrome, MIN_PAGES } from './judge.js';
import { countIn } from './profile.js';

/**
 * Step: site chrome. Runs right after the rules (`classifyStep`) and before the context pass, so
 * the neighbour revision and the dense run see it. A block that recurs across the site
 * (`judge.ts`) and that no rule caught becomes chrome: reason `site-repeated`, rule
 * `site/repeated`, score the share of pages. It is a strong verdict (context does not overrule
 * it); a short block keeps its class `short`, so the short lines around it are revised by their
 * neighbours as before — a recurring "___" separator must not pull the subheading under it out of
 * the article. A block a rule already caught keeps the rule's verdict. Either way the verdict
 * carries the evidence, `pages: "n/N"`.
 *
 * A page with almost nothing of its own (under OWN_MIN_SHARE of its characters in blocks the site
 * does not repeat) is a copy of another crawled page (AMP, print, a URL variant): there the
 * recurring prose is its article, so its prose blocks are left to the page's own passes.
 * Without `options.site` (or with a profile of fewer than 2 pages) the Doc is returned untouched.
 */

/**
 * Below this share of characters in blocks of its own, a page is a copy of another crawled page.
 * No AEB page of a multi-page site comes near (lowest 0.13); a copy of an article scores ~0.
 */
const OWN_MIN_SHARE = 0.05;

/** Score of a site verdict: the share of pages, to three decimals. */
function share(count: number, pages: number): number {
  return Math.round((count / pages) * 1000) / 1000;
}

/** Pages the long block at `i` recurs on *with both neighbours* (its weaker pair); 0 at a page edge. */
function sequence(site: SiteProfile, keys: readonly string[], i: number): number {
  if (i === 0 || i + 1 >= keys.length) return 0;
  const here = keys[i] as string;
  const before = countIn(site.pairs, pairKey(keys[i - 1] as string, here));
  if (before < MIN_PAGES) return 0;
  return Math.min(before, countIn(site.pairs, pairKey(here, keys[i + 1] as string)));
}

function mark(v: Verdict, count: number, pages: number): Verdict {
  const evidence = `${count}/${pages}`;
  if (isRuleHit(v)) return { ...v, pages: evidence };
  const cls = v.cls === 'short' ? 'short' : 'bad';
  return { cls, reason: 'site-repeated', rule: 'site/repeated', score: share(count, pages), pages: evidence };
}

/**
 * Blocks of the headline lists the context pass will find (`lists.ts`) that also hold lines of
 * the page's own (a teaser rail: this page's headlines between recurring dates and section names).
 * Those lists are left whole to the list rule, which knows their kind; marking only their
 * recurring lines would break the list apart. A list that recurs whole is site chrome.
 */
function mixedLists(doc: Doc, chrome: readonly number[]): boolean[] {
  const listed = markHeadlineLists(doc.first, doc.features).map((v, i) => v !== doc.first[i]);
  const mixed = listed.map(() => false);
  for (let start = 0; start < listed.length; start += 1) {
    if (!listed[start]) continue;
    let end = start;
    while (end + 1 < listed.length && listed[end + 1]) end += 1;
    if (chrome.slice(start, end + 1).some((n) => n === 0)) mixed.fill(true, start, end + 1);
    start = end;
  }
  return mixed;
}

/** Step: mark the blocks that recur across `settings.site` (see the module comment). Default: no-op. */
export function siteStep(doc: Doc): Doc {
  const site = doc.settings.site;
  if (site === undefined || site.pages < MIN_PAGES) return doc;
  const keys = doc.blocks.map((b) => fingerprint(b.text));
  // Pages each chrome block recurs on (0: not chrome), and the page's characters of its own.
  const chrome: number[] = [];
  let own = 0;
  let total = 0;
  for (let i = 0; i < keys.length; i += 1) {
    const count = countIn(site.blocks, keys[i] as string);
    const chars = doc.blocks[i]?.text.length ?? 0;
    total += chars;
    if (count < MIN_PAGES) own += chars;
    const seq = count >= MIN_PAGES && isLong(chars) ? sequence(site, keys, i) : 0;
    chrome.push(count >= MIN_PAGES && isSiteChrome({ count, pages: site.pages, chars, sequence: seq }) ? count : 0);
  }
  const copy = own < OWN_MIN_SHARE * total;
  const mixed = mixedLists(doc, chrome);
  const first = doc.first.map((v, i) => {
    const count = chrome[i] as number;
    if (count === 0 || (copy && v.cls === 'good') || mixed[i]) return v;
    return mark(v, count, site.pages);
  });
  return { ...doc, first };
}
