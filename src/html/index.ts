import type { PageTree } from '../guard/tree.js';
import type { Settings } from '../options.js';
import type { CleanResult, Dropped } from '../types.js';
import { type Candidate, chooseCandidate } from './candidate.js';
import { blockChrome } from './hints.js';
import { pageMetadata } from './metadata.js';
import { parsePage } from './parse.js';
import { findContainer } from './readability.js';
import { renderHtmlBlocks } from './render.js';
import { scoreCandidate } from './score.js';
import { stripPage } from './strip.js';
import { walkPage } from './walk.js';

/** Paragraph separator in `result.text` (as in the text pipeline's assembly). */
const PARAGRAPH = '\n\n';

/**
 * Dropped records in input order, none overlapping. The DOM's order is not the source's where
 * the parser moved nodes (foster-parented text, the adoption agency, misnested tags), so blocks
 * can come out of order or share source: records are sorted by start, and a record that starts
 * inside the one before is merged into it (the first record's reason and rule, both texts).
 */
export function inSourceOrder(dropped: readonly Dropped[]): Dropped[] {
  const sorted = [...dropped].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Dropped[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || d.start >= last.end) out.push(d);
    else out[out.length - 1] = { ...last, end: Math.max(last.end, d.end), text: last.text === d.text ? last.text : `${last.text} ${d.text}` };
  }
  return out;
}

/**
 * HTML mode: strip → parse (jsdom or linkedom) → walk (blocks, offsets, DOM hints, metadata) →
 * Readability (the article container) → the text pipeline over the blocks (rules, context,
 * duplicates, title) → the better of the Readability-led and the whole-body candidates →
 * metadata and rendering. The window is closed before returning, whatever happens.
 */
export function cleanHtml(input: string, settings: Settings, tree?: PageTree): CleanResult {
  const stripped = stripPage(input, tree);
  const page = parsePage(stripped.html, settings.dom);
  try {
    const walk = walkPage(page.document, page.locate);
    const container = walk.blocks.length > 0 ? findContainer(page.document, walk) : undefined;
    const score = { walk, input, map: stripped.map, settings };
    const run = (inside: readonly boolean[] | undefined): Candidate => scoreCandidate(score, inside);
    const chosen = chooseCandidate(walk, blockChrome(walk, undefined), container, run);
    const text = chosen.kept.map((i) => chosen.blocks[i]?.text ?? '').join(PARAGRAPH);
    const render = settings.to === 'text' ? {} : renderHtmlBlocks({ walk, html: stripped.html, url: settings.url, base: walk.head.base, to: settings.to }, chosen.kept);
    const meta = pageMetadata({
      head: walk.head,
      jsonLd: stripped.jsonLd,
      article: container?.article,
      pipelineTitle: chosen.result.title,
      pipelineLang: chosen.result.lang,
      firstParagraph: chosen.kept.map((i) => chosen.blocks[i]).find((b) => b !== undefined && b.kind !== 'heading')?.text,
    });
    return { text, ...render, ...meta, from: 'html', dropped: inSourceOrder(chosen.dropped) };
  } finally {
    page.close();
  }
}
