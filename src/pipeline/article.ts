import type { Features } from '../text/features.js';
import type { BlockClass, Verdict } from './block.js';
import { reviseClasses } from './context.js';
import type { Doc } from './doc.js';
import { markHeadlineLists } from './lists.js';
import { densestRun } from './region.js';
import { headlineAnchor } from './title.js';

/**
 * Step: the context pass. Revise each block against its neighbours, find the article's dense run,
 * keep what lies inside it (headings and short lines included), and give every block left out a
 * reason: its rule's, the section heading's above it, or its shape's.
 */

/** An unkept line of at most this many words, not ending like a sentence, reads as a menu item. */
const MENU_MAX_WORDS = 6;
/** An unkept line after the article of at most this many words, not a sentence, reads as a headline. */
const HEADLINE_MAX_WORDS = 20;

/** Whether a verdict came from a chrome rule (as opposed to the length/stopword classes). */
export function isRuleHit(v: Verdict): boolean {
  return v.reason !== undefined && !v.rule.startsWith('class/');
}

function insideRun(v: Verdict, cls: BlockClass, keepInnerBad: boolean): Verdict {
  if (isRuleHit(v) && !v.weak) return v;
  if (v.weak) return cls === 'good' ? { cls: 'good', rule: 'context/overruled' } : v;
  if (v.cls === 'bad' && !keepInnerBad) return { cls: 'bad', reason: 'low-content', rule: 'context/inner-non-prose', ...(v.score !== undefined ? { score: v.score } : {}) };
  if (v.cls === 'good') return v;
  if (v.cls === 'short' && cls === 'bad') return { cls: 'bad', reason: 'low-content', rule: 'context/inner-short' };
  return { cls: 'good', rule: 'context/inside' };
}

function outsideRun(v: Verdict, f: Features, after: boolean): Verdict {
  if (isRuleHit(v)) return v;
  if (f.words <= MENU_MAX_WORDS && !f.terminal) return { cls: 'bad', reason: 'navigation', rule: 'context/menu' };
  if (after && f.words <= HEADLINE_MAX_WORDS && !f.terminal) return { cls: 'bad', reason: 'related', rule: 'context/headlines' };
  return { cls: 'bad', reason: 'low-content', rule: 'context/outside' };
}

/** Unkept blocks under a section heading ("Skills & Expertise", "Comments") take its reason. */
function inheritSections(final: Verdict[]): Verdict[] {
  let section: Verdict | undefined;
  return final.map((v) => {
    if (v.cls === 'good') {
      section = undefined;
      return v;
    }
    if (v.section && !v.weak) {
      section = v;
      return v;
    }
    // Blocks only context or shape dropped take the section's reason: under "3 comments", a name
    // line is a commenter, not a menu item.
    const claimed = isRuleHit(v) && !v.weak && !v.rule.startsWith('context/');
    if (section && !claimed && v.reason !== section.reason) {
      return { cls: 'bad', reason: section.reason ?? 'low-content', rule: 'context/section' };
    }
    return v;
  });
}

export function contextStep(doc: Doc): Doc {
  const t = doc.settings.thresholds;
  const first = markHeadlineLists(doc.first, doc.features);
  const classes = reviseClasses(first);
  const run = densestRun(classes, first, doc.features, t, headlineAnchor(doc));
  const final = first.map((v, i): Verdict => {
    const f = doc.features[i] as Features;
    if (run === undefined) {
      // No dense run at all (a short note, a list): keep what no strong rule calls chrome.
      return isRuleHit(v) && !v.weak ? v : { cls: 'good', rule: 'context/no-run' };
    }
    if (i >= run[0] && i <= run[1]) return insideRun(v, classes[i] as BlockClass, t.keepInnerBad);
    return outsideRun(v, f, i > run[1]);
  });
  return { ...doc, final: inheritSections(final) };
}
