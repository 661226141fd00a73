import type { Verdict } from '../page/block.js';
import { siteChrome } from '../site/chrome.js';
import { MIN_PAGES } from '../site/judge.js';
import type { Doc } from './doc.js';
import { isStrongHit, isWall } from './verdicts.js';

/**
 * Stage: the page's own span. Runs right after the context pass, only with `options.site`.
 *
 * The site's template brackets each page: recurring blocks (a header above, a footer below)
 * enclose what the page has of its own. The context pass finds the article as the densest run of
 * prose, and on articles of another shape — a table of standings, a meal plan, a list of dates,
 * prose cut into short lines — it keeps a fragment of them, or a stray paragraph. When the kept
 * blocks hold less than SPAN_MIN_SHARE of the characters of the own span around them, the
 * template is the better witness: the span is the article, and its blocks that only the context
 * pass dropped (by their shape, not by a rule) are kept.
 *
 * The span runs from the kept blocks out to the nearest site chrome on each side (including the
 * recurring lines of a mixed teaser list, which the site step leaves unmarked) or to a strong
 * section heading ("Comments", "Related Articles"), so a comment thread or a rail under its
 * heading is never taken in. What stays dropped inside it: site chrome, every strong rule hit,
 * every block under a section heading (`context/section`). Copies of another crawled page and
 * pages where the run already holds most of the span are returned untouched, and so are pages
 * whose structure names a container the candidate trusts (HTML's Readability pick, a list of
 * items): the container stage after dedupe keeps what the dense run missed inside it, and it is
 * the better witness. On the AEB HTML site bench the span taken in over a trusted container made
 * every block of a meal plan that the container holds twice a "duplicate" (−0.49 F1 on one page).
 */

/**
 * Below this share of the own span's characters in kept blocks, the run is a fragment and the
 * span is kept. On the AEB text site bench (`node bench/site.mjs`) the pages whose run missed the
 * article lie at 0.04–0.41 and the pages whose run found it at 0.58 and above: half is in the gap
 * (0.4 leaves out the page at 0.41; 0.6 takes in a page of teasers, −0.17 F1 on cnn.com).
 */
const SPAN_MIN_SHARE = 0.5;

/** Dropped by the context pass or by shape alone: not by a strong rule, not under a section heading. */
function contextOnly(v: Verdict): boolean {
  if (v.cls === 'good' || v.source === 'section') return false;
  return !isStrongHit(v);
}

/** Step: keep the page's own span when the article run holds too little of it (see the module comment). */
export function siteSpanStep(doc: Doc): Doc {
  const site = doc.settings.site;
  if (site === undefined || site.pages < MIN_PAGES) return doc;
  if (doc.evidence.inside.includes(true)) return doc;
  const lo = doc.final.findIndex((v) => v.cls === 'good');
  if (lo < 0) return doc;
  const hi = doc.final.findLastIndex((v) => v.cls === 'good');
  const { counts, copy } = siteChrome(doc.blocks, site);
  if (copy) return doc;
  const stops = (j: number) => (counts[j] as number) > 0 || isWall(doc.final[j] as Verdict);
  let start = lo;
  while (start > 0 && !stops(start - 1)) start -= 1;
  let end = hi;
  while (end + 1 < doc.blocks.length && !stops(end + 1)) end += 1;
  let own = 0;
  let kept = 0;
  for (let j = start; j <= end; j += 1) {
    if ((counts[j] as number) > 0) continue;
    const chars = doc.blocks[j]?.text.length ?? 0;
    own += chars;
    if (doc.final[j]?.cls === 'good') kept += chars;
  }
  if (kept >= SPAN_MIN_SHARE * own) return doc;
  const final = doc.final.map((v, j): Verdict => {
    if (j < start || j > end || (counts[j] as number) > 0 || !contextOnly(v)) return v;
    return { cls: 'good', rule: 'context/inside', source: 'site', strength: 'strong' };
  });
  return { ...doc, final };
}
