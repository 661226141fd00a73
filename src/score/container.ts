import type { Block, Verdict } from '../page/block.js';
import { isLinkList, isProse } from '../text/shape.js';
import type { Doc } from './doc.js';

/**
 * Stage: the container (its second half; `candidate.ts` chooses the candidate). When the scorer
 * trusts the container, the container is the article, not the dense run: inside it, a block
 * dropped only for its place (outside the dense run, a short menu-like line, `weak` context
 * verdicts) is kept, and so are a prose paragraph that only followed a "Read also" box, one a
 * caption rule took ("…told Reuters."), and a row of a headline list that is data, not links.
 * Verdicts of vocabulary and structure rules, duplicates, the title, and the sections of
 * comments and profiles stand. Without a trusted container (text, markdown, a whole-body run)
 * the Doc is returned untouched.
 */

/** What the container keeps that the stages before dropped. */
const KEPT: Verdict = { cls: 'good', rule: 'container/inside', source: 'container', strength: 'strong' };

/** Prose by the container's measure: a sentence of some length that is not a link list (a post full of citations counts). */
function containerProse(b: Block): boolean {
  return isProse(b.text, 0) && !isLinkList(b.hints?.linkChars ?? 0, b.text.length);
}

/** Whether the container overrules a verdict on a block inside it. */
export function overruled(v: Verdict, b: Block): boolean {
  if (v.cls === 'good') return false;
  if (v.source === 'context' && v.strength === 'weak') return true;
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
  const final = doc.final.map((v, i) => (doc.evidence.inside[i] && overruled(v, doc.blocks[i] as Block) ? KEPT : v));
  return { ...doc, final };
}
