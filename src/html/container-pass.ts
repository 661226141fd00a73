import type { Block } from '../pipeline/block.js';
import type { CleanResult, Dropped } from '../types.js';

/**
 * The container pass, after the pipeline, when Readability's article is trusted: the article is
 * the container, not the pipeline's dense run. Inside it, a block the context pass left out only
 * for its place or shape (outside the dense run, a short menu-like line, a run of headline-like
 * rows in a table) is kept, and so is a prose paragraph that only followed a "Read also" box or
 * only ended like a photo credit. Verdicts of vocabulary and structure rules, duplicates, the
 * title, and the sections of comments and profiles stand.
 */

/** Context verdicts that only say "not in the dense run": the container overrules them. */
const PLACE_RULES: ReadonlySet<string> = new Set(['context/outside', 'context/menu', 'context/headlines', 'context/inner-non-prose']);
/** A headline-list row with fewer link characters than this share is a table or list of data, not links. */
const MAX_DATA_LINK_DENSITY = 0.5;

/** Prose: a block this long with a sentence end… */
const PROSE_MIN_CHARS = 80;
const SENTENCE_END = /[.!?。！？]["'”’)]?(?:\s|$)/u;

function isProse(b: Block): boolean {
  return b.text.length >= PROSE_MIN_CHARS && (b.hints?.linkChars ?? 0) * 2 < b.text.length && SENTENCE_END.test(b.text);
}

function overruled(d: Dropped, b: Block): boolean {
  if (PLACE_RULES.has(d.rule)) return true;
  // Under a "Read also" box inside the article, the article goes on; under "Comments" it does not.
  if (d.rule === 'context/section' && d.reason === 'related' && isProse(b)) return true;
  // HTML knows its captions (figcaption, caption classes, the text beside an image): a prose
  // paragraph ending "…told Reuters." is not one, whatever its last words look like.
  if (d.rule === 'media/caption' && b.hints?.media !== true && isProse(b)) return true;
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
