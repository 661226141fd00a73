import type { Block, Verdict } from '../page/block.js';
import type { Page } from '../page/page.js';
import type { Settings } from '../options.js';
import type { Scored } from '../score/index.js';
import { pageTypeOf } from '../score/page-type.js';
import type { CleanResult, Dropped } from '../types.js';

/** Paragraph separator in `result.text`. */
const PARAGRAPH = '\n\n';

/**
 * Dropped records in input order, none overlapping. An HTML parser's order is not the source's
 * where it moved nodes (foster-parented text, the adoption agency, misnested tags), so blocks
 * can come out of order or share source: records are sorted by start, and a record that starts
 * inside the one before is merged into it (the first record's reason and rule, both texts).
 */
export function inSourceOrder(dropped: readonly Dropped[]): Dropped[] {
  // Text and markdown blocks (and most HTML pages) are in order already: one linear check, no sort.
  if (dropped.every((d, i) => i === 0 || ((dropped[i - 1] as Dropped).start < d.start && (dropped[i - 1] as Dropped).end <= d.start))) return [...dropped];
  const sorted = [...dropped].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Dropped[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || d.start >= last.end) out.push(d);
    else out[out.length - 1] = { ...last, end: Math.max(last.end, d.end), text: last.text === d.text ? last.text : `${last.text} ${d.text}` };
  }
  return out;
}

function record(page: Page, b: Block, v: Verdict): Dropped {
  return {
    text: page.droppedText === 'source' ? page.input.slice(b.start, b.end) : b.text,
    reason: v.reason ?? 'low-content',
    rule: v.rule,
    start: b.start,
    end: b.end,
    line: b.line,
    ...(v.score !== undefined ? { score: v.score } : {}),
    ...(v.pages !== undefined ? { pages: v.pages } : {}),
  };
}

/** The result, once: kept blocks become the text, every other block a `Dropped` record. */
export function assemble(page: Page, scored: Scored, settings: Settings): CleanResult {
  const kept: number[] = [];
  const dropped: Dropped[] = [];
  page.blocks.forEach((b, i) => {
    const v = scored.verdicts[i] as Verdict;
    if (v.cls === 'good') kept.push(i);
    else dropped.push(record(page, b, v));
  });
  const outcome = { kept, title: scored.title, lang: scored.lang };
  const meta = page.metadata ? page.metadata(outcome) : { ...(scored.title !== undefined ? { title: scored.title } : {}), ...(scored.lang !== undefined ? { lang: scored.lang } : {}) };
  return {
    text: kept.map((i) => page.blocks[i]?.text ?? '').join(PARAGRAPH),
    ...page.render(kept, settings),
    ...meta,
    from: page.from,
    pageType: pageTypeOf(page, scored.verdicts),
    dropped: inSourceOrder(dropped),
  };
}
