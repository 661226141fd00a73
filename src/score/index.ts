import type { Block, Verdict } from '../page/block.js';
import type { Page } from '../page/page.js';
import type { OutsideProse, Settings } from '../options.js';
import { beyondWindow, type CandidateKind, candidateEvidence, candidateScope, chooseCandidate, type Scored } from './candidate.js';
import { classifyStep } from './classify.js';
import { containerStep } from './container.js';
import { contextStep } from './context.js';
import { dedupeStep } from './dedupe.js';
import { type Doc, emptyDoc } from './doc.js';
import { measureStep } from './measure.js';
import { declaresArticle } from './page-type.js';
import { siteChromeStep } from './site-chrome.js';
import { siteSpanStep } from './site-span.js';
import { titleStep } from './title.js';

/** One stage of the scorer: a pure function from Doc to Doc. */
export type Stage = (doc: Doc) => Doc;

/**
 * The scorer's recipe, in order, the same for every input kind: measure (language, features,
 * lexicon hits) → classify (rules alone) → site chrome (only with `options.site`) → context
 * (headline lists, neighbours, the dense run, repeated records, sections) → site span (only with `options.site`)
 * → duplicates → title → container (only when the candidate trusts one).
 */
export const stages: readonly Stage[] = [
  measureStep, classifyStep, siteChromeStep, contextStep, siteSpanStep, dedupeStep, titleStep, containerStep,
];

/**
 * How far a trusted container's candidate scores beyond it: `scored-off-article` resolves, per
 * page, to `dropped` on a page that declares itself an article and to `scored` elsewhere (text and
 * markdown carry no structured data and have no container).
 */
function reachOf(page: Page, outside: OutsideProse): 'dropped' | 'scored' {
  if (outside !== 'scored-off-article') return outside;
  return page.structured !== undefined && !declaresArticle(page.structured) ? 'scored' : 'dropped';
}

/** One candidate: its blocks through every stage, verdicts mapped back onto the whole page. */
function scoreCandidate(page: Page, settings: Settings, kind: CandidateKind): Scored {
  const reach = reachOf(page, settings.thresholds.outsideProse);
  const scope = candidateScope(page, kind, reach);
  const blocks = scope.map((g, k): Block => {
    const b = page.blocks[g] as Block;
    return b.index === k ? b : { ...b, index: k };
  });
  let doc = emptyDoc(page.input, settings, page.from, blocks, candidateEvidence(page, scope, kind, reach));
  for (const stage of stages) doc = stage(doc);
  return { kind, verdicts: onWholePage(page, scope, doc.final), title: doc.title, lang: doc.lang };
}

/**
 * The scored verdicts placed back on the page's blocks; a block outside the scope was decided by
 * the front end or lies beyond the container's window. A scope of every block is the page itself.
 */
function onWholePage(page: Page, scope: readonly number[], final: readonly Verdict[]): readonly Verdict[] {
  if (scope.length === page.blocks.length) return final;
  const verdicts: (Verdict | undefined)[] = new Array<Verdict | undefined>(page.blocks.length);
  scope.forEach((g, k) => {
    verdicts[g] = final[k];
  });
  return page.blocks.map((b, g) => verdicts[g] ?? page.decided?.get(g) ?? beyondWindow(b));
}

/** Judge every block of a page: the verdicts of the candidate that wins (see `candidate.ts`). */
export function scorePage(page: Page, settings: Settings): Scored {
  return chooseCandidate(page, (kind) => scoreCandidate(page, settings, kind));
}

export type { Scored } from './candidate.js';
