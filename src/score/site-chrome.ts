import type { Verdict } from '../page/block.js';
import { siteChrome } from '../site/chrome.js';
import { isChromeInsideContainer, MIN_PAGES } from '../site/judge.js';
import type { Doc } from './doc.js';
import { markHeadlineLists } from './headline-lists.js';
import { isRuleHit } from './verdicts.js';

/**
 * Stage: site chrome. Runs right after the rules (`classifyStep`) and before the context pass, so
 * the neighbour revision and the dense run see it. A block that recurs across the site
 * (`judge.ts`, `chrome.ts`) and that no rule caught becomes chrome: class `bad`, reason
 * `site-repeated`, rule `site/repeated`, score the share of pages. It is a strong verdict (context
 * does not overrule it) and weighs in the context pass like a rule hit: the neighbour revision
 * reads it as chrome, so the short lines between two recurring blocks go with them, and the dense
 * run pays to cross it. A block a rule already caught keeps the rule's reason and rule; the site's
 * evidence makes a weak (shape-only) rule hit strong. Either way the verdict carries the evidence,
 * `pages: "n/N"`.
 *
 * Left alone: separator lines without a letter or a digit (their recurrence proves nothing, see
 * `hasWords`), the headline lists that mix recurring and own lines (`mixedLists`), and the prose
 * of a page that is a copy of another crawled page (AMP, print, a URL variant), whose recurring
 * prose is its article. Without `options.site` (or with a profile of fewer than 2 pages) the Doc
 * is returned untouched.
 */

/** Score of a site verdict: the share of pages, to three decimals. */
function share(count: number, pages: number): number {
  return Math.round((count / pages) * 1000) / 1000;
}

/** The verdict of a recurring block: the rule's, made strong, or `site/repeated`; with the evidence. */
function mark(v: Verdict, count: number, pages: number): Verdict {
  const evidence = `${count}/${pages}`;
  if (isRuleHit(v)) {
    return { ...v, strength: 'strong', pages: evidence };
  }
  return { cls: 'bad', reason: 'site-repeated', rule: 'site/repeated', source: 'site', strength: 'strong', score: share(count, pages), pages: evidence };
}

/**
 * Blocks of the headline lists the context pass will find (`headline-lists.ts`) that also hold lines of
 * the page's own (a teaser rail: this page's headlines between recurring dates and section names).
 * Those lists are left whole to the list rule, which knows their kind; marking only their
 * recurring lines would break the list apart. A list that recurs whole is site chrome.
 */
function mixedLists(doc: Doc, chrome: readonly number[]): boolean[] {
  const listed = markHeadlineLists(doc.first, doc.features, doc.blocks.map((b) => b.text)).map((v, i) => v !== doc.first[i]);
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
export function siteChromeStep(doc: Doc): Doc {
  const site = doc.settings.site;
  if (site === undefined || site.pages < MIN_PAGES) return doc;
  const { counts, copy } = siteChrome(doc.blocks, site);
  const mixed = mixedLists(doc, counts);
  const first = doc.first.map((v, i) => {
    const count = counts[i] as number;
    if (count === 0 || (copy && v.cls === 'good') || mixed[i]) return v;
    if (doc.evidence.inside[i] === true && !isRuleHit(v) && !isChromeInsideContainer(count, site.pages)) return v;
    return mark(v, count, site.pages);
  });
  return { ...doc, first };
}
