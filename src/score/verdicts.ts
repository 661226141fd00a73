import type { Verdict } from '../page/block.js';

/**
 * What a verdict's provenance says, read from its typed fields (`source`, `strength`) only: one
 * predicate per question the stages ask, so no stage re-derives it (and no rule id's spelling
 * matters).
 */

/** A chrome verdict made by evidence (a rule, the DOM, the site, context…), not by the length/stopword classes. */
export function isRuleHit(v: Verdict): boolean {
  return v.reason !== undefined && v.source !== 'class';
}

/** A hit judged by shape alone: prose on both sides, or the container, may overrule it. */
export function isWeakHit(v: Verdict): boolean {
  return v.source !== 'class' && v.strength === 'weak';
}

/** Dropped for where the block stands (outside the dense run, under a section heading), not for what it is. */
export function isPlaced(v: Verdict): boolean {
  return v.source === 'context' || v.source === 'section';
}

/**
 * Claimed by evidence about the block itself that its neighbours do not outvote: a rule hit that
 * is neither weak nor only a matter of place. Duplicates, the title and the section pass leave
 * such blocks alone.
 */
export function isStrongHit(v: Verdict): boolean {
  return isRuleHit(v) && !isWeakHit(v) && !isPlaced(v);
}

/** A comments heading ("Comments", "Join the discussion"): a wall the article does not cross. */
export function opensComments(v: Verdict | undefined): boolean {
  return v?.section === true && v.reason === 'comments';
}

/** A strong section heading ("Comments", "Related Articles"): the blocks under it take its reason. */
export function isWall(v: Verdict): boolean {
  return v.section === true && isRuleHit(v) && !isWeakHit(v);
}

/** A time of day in a dateline: what a post's header carries and a table's date column does not. */
const TIME_OF_DAY = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

/**
 * A post's header: a line a metadata rule caught as a dateline that carries a time of day
 * ("Pepper Pot Jun 7, 2017 at 8:34 pm", "BMilton | Feb 24, 2006 02:35am").
 */
export function isPostHeader(v: Verdict | undefined, text: string): boolean {
  return v !== undefined && v.reason === 'metadata' && isRuleHit(v) && TIME_OF_DAY.test(text);
}
