import type { Verdict } from '../page/block.js';
import type { Doc } from './doc.js';
import { isPostHeader, isRuleHit, opensComments } from './verdicts.js';

/**
 * Context evidence: which comment headings open a comments section. A heading the lexicon names
 * ("Comments", "Kommentare", "Ver comentarios") is a wall the article does not cross and a
 * section whose blocks take its reason — but one word is not comment structure: a table's
 * "Comment" column, a "View comments" button above the rest of the article. A heading opens
 * comments when it says so by itself (a count: "12 Comments", "3 thoughts on …"; a phrase of
 * three words or more: "Leave a Reply", "Join the discussion"), when the page marks it up as a
 * heading (a `<th>` or a scraped line is none), when the DOM names it comments,
 * or when comment structure follows it within COMMENT_REACH blocks (another comments line —
 * "Reply", "Cancel reply", "Post comment" — or posts' timestamped headers), or when no prose
 * follows it (comments loaded by script leave the label above the page's teasers). A bare label
 * with the article's prose right under it and no comment structure is dropped as the label it
 * is and opens nothing: no wall, no section.
 */

/** Blocks after a bare comments heading searched for another comments line (a post and its "Reply" fit well inside). */
const COMMENT_REACH = 40;
/** Post headers (a dateline with a time of day: "BMilton | Feb 24, 2006 02:35am") below a bare heading that make it a thread's. */
const MIN_POST_HEADERS = 2;
/** A heading of this many words or more is a phrase that means comments by itself. */
const PHRASE_WORDS = 3;
const DIGIT = /\p{Nd}/u;

/** The verdicts, each unconfirmed comments heading left a label: still dropped, but no section, no wall, and no bad neighbour (`Verdict.label`). */
export function confirmCommentWalls(doc: Doc, first: readonly Verdict[]): readonly Verdict[] {
  const heads = first.flatMap((v, i) => (opensComments(v) ? [i] : []));
  if (heads.length === 0) return first;
  const out = [...first];
  for (const i of heads) {
    if (saysComments(doc, i) || structureFollows(doc, first, i) || !proseFollows(doc, first, i)) continue;
    const { section: _section, ...label } = first[i] as Verdict;
    out[i] = { ...label, label: true };
  }
  return out;
}

/** The heading alone says comments: a count, a phrase, a heading element (`<h2>Yorumlar</h2>`, `## Comments`), or the DOM's name for its element. */
function saysComments(doc: Doc, i: number): boolean {
  const words = doc.words[i] ?? [];
  if (words.length >= PHRASE_WORDS || DIGIT.test(doc.blocks[i]?.text ?? '')) return true;
  const b = doc.blocks[i];
  if (b?.kind === 'heading') return true;
  return doc.evidence.chrome[i]?.reason === 'comments' || b?.dom?.chromeByPage?.reason === 'comments';
}

/** Blocks right under a bare comments label looked at for the article going on. */
const PROSE_REACH = 20;
/** A paragraph this long (characters) right under the label says the article goes on (a teaser's cut excerpt does not). */
const MIN_PROSE_AFTER = 200;
const CUT_SHORT = /(?:\.\.\.|…)\s*$/u;

/**
 * Whether the article goes on under the label: a paragraph of prose (not an excerpt cut short
 * with "…") within PROSE_REACH blocks. Under a real comments label stand posts (their structure
 * says so), or nothing (the comments load by script) and then the page's teasers and footer.
 */
function proseFollows(doc: Doc, first: readonly Verdict[], i: number): boolean {
  const end = Math.min(first.length, i + 1 + PROSE_REACH);
  for (let j = i + 1; j < end; j += 1) {
    const text = doc.blocks[j]?.text ?? '';
    if (first[j]?.cls === 'good' && text.length >= MIN_PROSE_AFTER && !CUT_SHORT.test(text)) return true;
  }
  return false;
}

/**
 * Comment structure within reach below: another line a comments rule caught ("Reply", "Leave a
 * comment", a count), or MIN_POST_HEADERS datelines with a time of day (posts' headers).
 */
function structureFollows(doc: Doc, first: readonly Verdict[], i: number): boolean {
  const end = Math.min(first.length, i + 1 + COMMENT_REACH);
  let headers = 0;
  for (let j = i + 1; j < end; j += 1) {
    const v = first[j] as Verdict;
    if (v.reason === 'comments' && isRuleHit(v)) return true;
    if (isPostHeader(v, doc.blocks[j]?.text ?? '')) headers += 1;
    if (headers >= MIN_POST_HEADERS) return true;
  }
  return false;
}
