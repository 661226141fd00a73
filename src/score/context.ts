import type { Block, BlockClass, Verdict } from '../page/block.js';
import type { Features } from '../text/features.js';
import { confirmCommentWalls } from './comment-walls.js';
import { densestRun } from './dense-run.js';
import type { Doc } from './doc.js';
import { AFTER_ARTICLE_HEADLINE, headlineAnchor, isHeadline } from './headline.js';
import { markHeadlineLists } from './headline-lists.js';
import { findRecords, RECORD, type Records, recordsWin } from './records.js';
import { reviseClasses } from './revise.js';
import { isPostHeader, isRuleHit, isStrongHit, isWeakHit } from './verdicts.js';

/**
 * Step: the context pass. Revise each block against its neighbours, find the article's dense run,
 * keep what lies inside it (headings and short lines included) and, on a page of repeated
 * records (a thread's posts, a listing's items) that outweighs the run, the records too
 * (`records.ts`); give every block left out a reason: its rule's, the section heading's above
 * it, or its shape's.
 */

/** An unkept line of at most this many words, not ending like a sentence, reads as a menu item. */
const MENU_MAX_WORDS = 6;

/**
 * Context verdicts are `weak`: they say where a block lies (in the dense run or not) or what its
 * neighbours make of it, and the container may overrule them; `context/overruled` is `strong`.
 */
const INSIDE: Verdict = { cls: 'good', rule: 'context/inside', source: 'context', strength: 'weak' };

/**
 * A short line inside the run that its neighbours call chrome. Weak: it is only the neighbours'
 * guess, and a trusted container that holds the line outweighs it (a spec line between two
 * tables, "Soil: Peat-based mix." under a plant's photo). Measured on WCXB-dev HTML (every 2nd
 * page +0.0013) and AEB HTML (+0.0007) against `strong`.
 */
const INNER_SHORT: Verdict = { cls: 'bad', reason: 'low-content', rule: 'context/inner-short', source: 'context', strength: 'weak' };

/**
 * A short line inside the run with at least this many words that ends like a sentence is the
 * article's own ("Pet Safety: Toxic to cats and dogs."), not chrome beside it: menus, bylines and
 * buttons do not end with a full stop. Tuned on WCXB-dev text/markdown (+0.0004 / +0.0007) and
 * AEB text/markdown (+0.0004 / +0.0002); without the word floor, bylines ("By", a handle, an
 * e-mail) and review widgets came back (AEB text −0.0007).
 */
const INNER_SENTENCE_MIN_WORDS = 4;

function isInnerSentence(f: Features): boolean {
  return f.terminal && f.words >= INNER_SENTENCE_MIN_WORDS;
}

function insideRun(v: Verdict, cls: BlockClass, keepInnerBad: boolean, f: Features): Verdict {
  if (isStrongHit(v)) return v;
  if (isWeakHit(v)) return cls === 'good' ? { cls: 'good', rule: 'context/overruled', source: 'context', strength: 'strong' } : v;
  if (v.cls === 'bad' && !keepInnerBad) {
    return { cls: 'bad', reason: 'low-content', rule: 'context/inner-non-prose', source: 'context', strength: 'weak', ...(v.score !== undefined ? { score: v.score } : {}) };
  }
  if (v.cls === 'good') return v;
  if (v.cls === 'short' && cls === 'bad' && !isInnerSentence(f)) return INNER_SHORT;
  return INSIDE;
}

function outsideRun(v: Verdict, f: Features, text: string, after: boolean): Verdict {
  if (isRuleHit(v)) return v;
  if (f.words <= MENU_MAX_WORDS && !f.terminal) return { cls: 'bad', reason: 'navigation', rule: 'context/menu', source: 'context', strength: 'weak' };
  if (after && isHeadline(f, text, AFTER_ARTICLE_HEADLINE)) return { cls: 'bad', reason: 'related', rule: 'context/headlines', source: 'context', strength: 'weak' };
  return { cls: 'bad', reason: 'low-content', rule: 'context/outside', source: 'context', strength: 'weak' };
}

/**
 * Unkept blocks under a section heading ("Skills & Expertise", "Comments") take its reason, up to
 * the next kept block or the next heading: a heading opens a section of its own ("Description"
 * after a product's rating line is not part of the rating).
 */
export function inheritSections(final: Verdict[], blocks: readonly Block[]): Verdict[] {
  let section: Verdict | undefined;
  return final.map((v, i) => {
    if (v.cls === 'good') {
      section = undefined;
      return v;
    }
    if (v.section && !isWeakHit(v)) {
      section = v;
      return v;
    }
    if (blocks[i]?.kind === 'heading') section = undefined;
    // Blocks only context or shape dropped take the section's reason: under "3 comments", a name
    // line is a commenter, not a menu item.
    if (section && !isStrongHit(v) && v.reason !== section.reason) {
      return { cls: 'bad', reason: section.reason ?? 'low-content', rule: 'context/section', source: 'section', strength: 'weak' };
    }
    return v;
  });
}

/** Good characters of the dense run. */
function runChars(classes: readonly BlockClass[], features: readonly Features[], run: [number, number] | undefined): number {
  let n = 0;
  if (run) for (let i = run[0]; i <= run[1]; i += 1) if (classes[i] === 'good') n += (features[i] as Features).chars;
  return n;
}

/**
 * The page's records (posts, listed items) when they outweigh the dense run. Only where no
 * trusted container is scored: inside Readability's article, a repeated structure is the
 * article's own (a meal plan's days), and the container stage keeps it already.
 */
function contentRecords(doc: Doc, first: readonly Verdict[], classes: readonly BlockClass[], run: [number, number] | undefined): Records | undefined {
  if (doc.evidence.inside.some(Boolean)) return undefined;
  const found = findRecords(
    doc.blocks,
    doc.features,
    (i) => first[i]?.cls === 'good' || first[i]?.cls === 'neargood',
    (i) => isPostHeader(first[i], doc.blocks[i]?.text ?? ''),
  );
  return found && recordsWin(found, run, runChars(classes, doc.features, run), first) ? found : undefined;
}

export function contextStep(doc: Doc): Doc {
  const t = doc.settings.thresholds;
  const first = confirmCommentWalls(doc, markHeadlineLists(doc.first, doc.features, doc.blocks.map((b) => b.text)));
  const classes = reviseClasses(first);
  const run = densestRun(classes, first, doc.features, t, headlineAnchor(doc));
  const records = contentRecords(doc, first, classes, run);
  const final = first.map((v, i): Verdict => {
    const f = doc.features[i] as Features;
    const inRun = run !== undefined && i >= run[0] && i <= run[1];
    if (records && !inRun && i >= records.start && i <= records.end) return isStrongHit(v) ? v : RECORD;
    // Without a dense run, the records are the page: what lies around them is judged as outside a run.
    if (records && run === undefined) return outsideRun(v, f, doc.blocks[i]?.text ?? '', i > records.end);
    if (run === undefined) {
      // No dense run at all (a short note, a list): keep what no strong rule calls chrome.
      return isStrongHit(v) ? v : { cls: 'good', rule: 'context/no-run', source: 'context', strength: 'weak' };
    }
    if (inRun) return insideRun(v, classes[i] as BlockClass, t.keepInnerBad, f);
    return outsideRun(v, f, doc.blocks[i]?.text ?? '', i > run[1]);
  });
  return { ...doc, final: inheritSections(final, doc.blocks), ...articleSpan(run, records) };
}

/** The article's span for later stages: the dense run and the records kept beside it, together. */
function articleSpan(run: [number, number] | undefined, records: Records | undefined): Pick<Doc, 'article'> {
  if (run === undefined && records === undefined) return {};
  const start = Math.min(run?.[0] ?? Infinity, records?.start ?? Infinity);
  const end = Math.max(run?.[1] ?? -Infinity, records?.end ?? -Infinity);
  return { article: { start, end, ...(records ? { records: true } : {}) } };
}
