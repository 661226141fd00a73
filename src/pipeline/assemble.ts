import type { CleanResult, Dropped } from '../types.js';
import type { Verdict } from './block.js';
import type { Doc } from './doc.js';

/** Paragraph separator in `result.text`. */
const PARAGRAPH = '\n\n';

/**
 * Renders the kept blocks in another format (markdown, HTML); each input kind brings its own.
 * Returns only the fields it fills.
 */
export type Render = (doc: Doc, kept: readonly number[]) => Pick<CleanResult, 'markdown' | 'html'>;

/** Final step: kept blocks become the text; every other block becomes a `Dropped` record. */
export function assemble(doc: Doc, render?: Render): CleanResult {
  const keptIndexes: number[] = [];
  const kept: string[] = [];
  const dropped: Dropped[] = [];
  doc.blocks.forEach((block, i) => {
    const v = doc.final[i] as Verdict;
    if (v.cls === 'good') {
      kept.push(block.text);
      keptIndexes.push(i);
      return;
    }
    dropped.push({
      text: block.text,
      reason: v.reason ?? 'low-content',
      rule: v.rule,
      start: block.start,
      end: block.end,
      line: block.line,
      ...(v.score !== undefined ? { score: v.score } : {}),
      ...(v.pages !== undefined ? { pages: v.pages } : {}),
    });
  });
  return {
    text: kept.join(PARAGRAPH),
    ...(render ? render(doc, keptIndexes) : {}),
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    ...(doc.lang !== undefined ? { lang: doc.lang } : {}),
    from: doc.from,
    dropped,
  };
}
