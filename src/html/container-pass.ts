import type { Block } from '../pipeline/block.js';
import type { CleanResult, Dropped } from '../types.js';

/**
 * The container pass, after the pipeline, when Readability's article is trusted: the article is
 * the container, not the pipeline's dense run. Inside it, a block the context pass left out only
 * for its place or shape (outside the dense run, a short menu-like line, a run of headline-like
 * rows in a table) is kept; verdicts of vocabulary and structure rules, duplicates, the title
 * and section inheritance ("Comments" heading and what follows) stand.
 */

/** Context verdicts that only say "not in the dense run": the container overrules them. */
const PLACE_RULES: ReadonlySet<string> = new Set(['context/outside', 'context/menu', 'context/headlines', 'context/inner-non-prose']);
/** A headline-list row with fewer link characters than this share is a table or list of data, not links. */
const MAX_DATA_LINK_DENSITY = 0.5;

function overruled(d: Dropped, b: Block): boolean {
  if (PLACE_RULES.has(d.rule)) return true;
  if (d.rule !== 'related/headline-list') return false;
  return (b.hints?.linkChars ?? 0) < b.text.length * MAX_DATA_LINK_DENSITY;
}

/** Kept block indexes and the dropped list after the container pass. */
export interface ContainerOutcome {
  readonly kept: number[];
  readonly dropped: Dropped[];
}

/**
 * Re-read the pipeline's result with the container: `result.dropped` is in block order, one
 * record per unkept block, so the two lists are walked side by side.
 */
export function containerPass(blocks: readonly Block[], result: CleanResult, inside: readonly boolean[] | undefined): ContainerOutcome {
  const kept: number[] = [];
  const dropped: Dropped[] = [];
  let j = 0;
  blocks.forEach((b, i) => {
    const d = result.dropped[j];
    const isDropped = d !== undefined && d.start === b.start && d.end === b.end && d.text === b.text;
    if (!isDropped) {
      kept.push(i);
      return;
    }
    j += 1;
    if (inside?.[i] && overruled(d, b)) kept.push(i);
    else dropped.push(d);
  });
  return { kept, dropped };
}
