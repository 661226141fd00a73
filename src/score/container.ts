import type { Block, Verdict } from '../page/block.js';
import { isLinkList, isProse } from '../text/shape.js';
import type { Doc } from './doc.js';

/**
 * Stage: the container (its second half; `candidate.ts` chooses the candidate). When the scorer
 * trusts the container, the container is the article, not the dense run: inside it, a block
 * dropped only for its place (outside the dense run, a short menu-like line, `weak` context
 * verdicts) is kept, and so are a prose paragraph that only followed a "Read also" box, one a
 * caption rule took ("…told Reuters."), a row of a headline list that is data, not links, and
 * a listing's linked item titles over their teasers (`itemTitles`).
 * With `focus: 'precision'` (`insideContainer: 'prose'`) only sentences and headings are kept
 * back. Verdicts of vocabulary and structure rules, duplicates, the title, and the sections of
 * comments and profiles stand. Without a trusted container (text, markdown, a whole-body run)
 * the Doc is returned untouched.
 */

/** What the container keeps that the stages before dropped. */
const KEPT: Verdict = { cls: 'good', rule: 'container/inside', source: 'container', strength: 'strong' };

/** Prose by the container's measure: a sentence of some length that is not a link list (a post full of citations counts). */
function containerProse(b: Block): boolean {
  return isProse(b.text, 0) && !isLinkList(b.hints?.linkChars ?? 0, b.text.length);
}

/** Words of a heading that reads as an item title, not a menu label: product names are short ("Tide Planter"); 2 and 4 measured the same on WCXB-dev every third page and AEB, the teaser after it is what tells a menu apart. */
const ITEM_TITLE_MIN_WORDS = 2;
/** Linked item titles a container needs to read as a listing (tuned on WCXB-dev listings and AEB). */
const MIN_ITEM_TITLES = 3;
/** The deepest heading level an item title is written at. */
const ITEM_TITLE_MAX_LEVEL = 4;

/**
 * Whether block `i` is a linked item's title: a heading of headline length followed by the item's
 * own text (a teaser, a byline), not by the next linked heading — a row of bare linked headlines
 * is a related list (AEB), a title over its teaser a listing's story (WCXB-dev listings).
 */
function isItemTitle(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i] as Block;
  const level = b.hints?.level;
  if (level === undefined || level > ITEM_TITLE_MAX_LEVEL) return false;
  if (b.text.split(/\s+/u).length < ITEM_TITLE_MIN_WORDS || !isLinkList(b.hints?.linkChars ?? 0, b.text.length)) return false;
  const next = blocks[i + 1];
  return next !== undefined && next.hints?.level === undefined && !isLinkList(next.hints?.linkChars ?? 0, next.text.length);
}

/**
 * The linked item titles inside the container, when there are at least MIN_ITEM_TITLES: one
 * linked headline over prose is a "Read also" line in an article's flow (AEB), several are the
 * items of a listing.
 */
function itemTitles(doc: Doc): Set<number> {
  const titles = new Set<number>();
  doc.blocks.forEach((_, i) => {
    if (doc.evidence.inside[i] && isItemTitle(doc.blocks, i)) titles.add(i);
  });
  return titles.size >= MIN_ITEM_TITLES ? titles : new Set();
}

/** Whether the container overrules a verdict on a block inside it. */
export function overruled(v: Verdict, b: Block): boolean {
  if (v.cls === 'good') return false;
  if (v.source === 'context' && v.strength === 'weak') return true;
  // A heading or a table row the article's own structure holds is not a stray short line.
  if (v.source === 'context' && (b.kind === 'heading' || b.kind === 'table')) return true;
  // Under a "Read also" box inside the article, the article goes on; under "Comments" it does not.
  if (v.source === 'section' && v.reason === 'related') return containerProse(b);
  if (v.yieldsToProse === true) return b.hints?.media !== true && containerProse(b);
  // A headline-list row that is not a link list is a table or list of data.
  if (v.source !== 'headline-list') return false;
  return !isLinkList(b.hints?.linkChars ?? 0, b.text.length);
}

/** Stage: keep what only place or shape dropped inside the trusted container. */
export function containerStep(doc: Doc): Doc {
  if (!doc.evidence.inside.some(Boolean)) return doc;
  const proseOnly = doc.settings.thresholds.insideContainer === 'prose';
  const titles = itemTitles(doc);
  const final = doc.final.map((v, i) => {
    if (!doc.evidence.inside[i]) return v;
    const b = doc.blocks[i] as Block;
    if (proseOnly && !containerProse(b) && b.kind !== 'heading') return v;
    if (overruled(v, b)) return KEPT;
    return v.yieldsToItemTitle === true && (titles.has(i) || b.dom?.listItem === true) ? KEPT : v;
  });
  return { ...doc, final };
}
