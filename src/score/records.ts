import type { Block, Verdict } from '../page/block.js';
import { prefixSums, sumOver } from '../page/sums.js';
import type { Features } from '../text/features.js';
import { opensComments } from './verdicts.js';

/**
 * Repeated records: a page that is many posts, answers or listed items repeats a template between
 * its items — the same short line at a steady interval ("Reply", "Share", "Like", "#12", "3h ago",
 * "[7] arXiv:… [pdf, html]" with only its numbers changed) and text that differs in between. It
 * is read from the line sequence alone (scraped text, markdown, a page's blocks), the way
 * record-mining methods (MDR, DEPTA) read a DOM's repeated subtrees; no maintained library does
 * this on lines, hence this hand-written pass. The region found is evidence the context stage
 * weighs against the dense run (`recordsWin`): a thread's posts or a listing's items are the
 * page's content, but the comments under an article or the teasers beside it are not.
 * Every threshold was tuned on WCXB-dev text and markdown with AEB text/markdown held level.
 */

/** A template line has at most this many words (a button row, a post number, an item's header). */
const MAX_TEMPLATE_WORDS = 6;
/** A template line longer than this is an item's own text, not its frame. */
const MAX_TEMPLATE_CHARS = 60;
/** Occurrences of one template line that make a list of records (4 also took an article's side boxes on AEB). */
const MIN_RECORDS = 6;
/** Blocks between two occurrences at most: farther apart, they are two lists (or a header and a footer). */
const MAX_RECORD_BLOCKS = 40;
/** A record holds at least this many characters of its own (non-template) text… */
const MIN_RECORD_CHARS = 40;
/** …with a line of at least this many words (a post's sentence, an item's title; menu labels are shorter)… */
const MIN_ITEM_WORDS = 7;
/** …in at least this share of the records (a menu repeated with labels between is no list). */
const FILLED_SHARE = 0.6;

/** A kept run of at least this many characters above the records, behind a comments heading, is the article they comment on. */
const COMMENTED_ARTICLE = 1000;
/** Records this short on average (characters) beside a run DOMINANT times longer are teasers beside an article. */
const TEASER_CHARS = 300;
/** How many times a mean record the run must hold to be the article the teasers stand beside. */
const DOMINANT = 3;
/** Records without prose (titles, labels, dates) win only over a run shorter than this (a listing's intro, not an article). */
const MAX_LISTING_INTRO = 2000;

/** The records region: its inclusive block span and what it holds. */
export interface Records {
  readonly start: number;
  readonly end: number;
  /** Where the template line occurs (the region holds one more record before the first, or after the last, when it has an item's text). */
  readonly anchors: readonly number[];
  /** Characters of the records' own (non-template) text. */
  readonly chars: number;
  /** Number of records. */
  readonly count: number;
  /** Most records hold prose (posts, answers), not only titles and labels (a list of teasers). */
  readonly prose: boolean;
}

/**
 * The template key of every post header (`isPostHeader`): a thread's headers differ in name and
 * date ("Pepper Pot Jun 7, 2017 at 8:34 pm", "Derek Jones Jun 8, 2017 at 9:02 am") but are one
 * template, the post's frame. No folded line equals it (it holds a control character).
 */
const POST_HEADER_KEY = '\u0001post-header';

/** A block's template key: folded, numbers masked ("#2" and "#14" are one template). */
export function templateKey(text: string): string {
  return text.toLowerCase().replace(/\d+(?:[.,]\d+)*/gu, '#').replace(/\s+/gu, ' ').trim();
}

function isTemplateShaped(f: Features, text: string): boolean {
  return f.words >= 1 && f.words <= MAX_TEMPLATE_WORDS && text.length <= MAX_TEMPLATE_CHARS;
}

/**
 * Runs of positions no farther apart than MAX_RECORD_BLOCKS (and not adjacent: a repeated line is
 * no record), of at least MIN_RECORDS; shorter runs are never copied out (a million repeated lines
 * must not become a million arrays).
 */
function chains(positions: readonly number[]): number[][] {
  const out: number[][] = [];
  let from = 0;
  for (let k = 1; k <= positions.length; k += 1) {
    const gap = k < positions.length ? (positions[k] as number) - (positions[k - 1] as number) : 0;
    if (k < positions.length && gap >= 2 && gap <= MAX_RECORD_BLOCKS) continue;
    if (k - from >= MIN_RECORDS) out.push(positions.slice(from, k));
    from = k;
  }
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Positions of each template-shaped key (and of the post headers) that occurs at least MIN_RECORDS times. */
function templatePositions(blocks: readonly Block[], features: readonly Features[], isHeader: (i: number) => boolean): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const header = isHeader(i);
    if (!header && !isTemplateShaped(features[i] as Features, b.text)) return;
    const k = header ? POST_HEADER_KEY : templateKey(b.text);
    if (k === '' || k === '#') return;
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  for (const [k, ps] of positions) if (ps.length < MIN_RECORDS) positions.delete(k);
  return positions;
}

/**
 * The page's best region of repeated records (the one whose records hold the most text of their
 * own), or undefined when it has none. `isProse(i)` says whether block i reads as prose (jusText's
 * good or near-good), `isHeader(i)` whether it is a post's header. Linear in the blocks: each
 * chain is measured by prefix sums.
 */
export function findRecords(
  blocks: readonly Block[],
  features: readonly Features[],
  isProse: (i: number) => boolean,
  isHeader: (i: number) => boolean = () => false,
): Records | undefined {
  const positions = templatePositions(blocks, features, isHeader);
  if (positions.size === 0) return undefined;
  const template = new Uint8Array(blocks.length);
  for (const ps of positions.values()) for (const p of ps) template[p] = 1;
  const own = prefixSums(blocks, (b, i) => (template[i] === 1 ? 0 : b.text.length));
  const items = prefixSums(blocks, (_, i) => (template[i] !== 1 && (features[i] as Features).words >= MIN_ITEM_WORDS ? 1 : 0));
  const proseLines = prefixSums(blocks, (_, i) => (isProse(i) ? 1 : 0));
  const filled = (a: number, b: number) => sumOver(own, a, b) >= MIN_RECORD_CHARS && sumOver(items, a, b) > 0;
  let best: Records | undefined;
  for (const ps of positions.values()) {
    for (const chain of chains(ps)) {
      const firstAnchor = chain[0] as number;
      const lastAnchor = chain[chain.length - 1] as number;
      // A template line opens its record (a name) or closes it (a button row): the record before
      // the first line, or after the last, belongs to the list only when it holds an item's text.
      const reach = median(chain.slice(1).map((p, j) => p - (chain[j] as number)));
      const lead = Math.max(0, firstAnchor - reach + 1);
      const tail = Math.min(blocks.length, lastAnchor + reach);
      const bounds = [...(filled(lead, firstAnchor) ? [lead] : []), ...chain, filled(lastAnchor + 1, tail) ? tail : lastAnchor + 1];
      let full = 0;
      let withProse = 0;
      for (let j = 1; j < bounds.length; j += 1) {
        const [a, b] = [bounds[j - 1] as number, bounds[j] as number];
        if (filled(a, b)) full += 1;
        if (sumOver(proseLines, a, b) > 0) withProse += 1;
      }
      const count = bounds.length - 1;
      const start = bounds[0] as number;
      const end = (bounds[bounds.length - 1] as number) - 1;
      const chars = sumOver(own, start, end + 1);
      if (full < count * FILLED_SHARE || chars <= (best?.chars ?? 0)) continue;
      best = { start, end, anchors: chain, chars, count, prose: withProse >= count * FILLED_SHARE };
    }
  }
  return best;
}

/** Whether a comments heading ("Comments", "Join the discussion") stands between the run and the records. */
function commentsBetween(first: readonly Verdict[], from: number, to: number): boolean {
  for (let i = from; i <= to; i += 1) if (opensComments(first[i])) return true;
  return false;
}

/**
 * Whether the records are the comments under the run's article: they continue below it behind a
 * comments heading that is the section's ("Comments", "Join the discussion"), not every post's own
 * button ("Reply", "Comment" in each record). The article's own dateline can open the chain of
 * post headers ("Monday November 18, 2019 7:45 am PST by …"): then one record starts above the
 * comments heading.
 */
function commentsUnderArticle(records: Records, run: readonly [number, number], runChars: number, first: readonly Verdict[]): boolean {
  if (runChars < COMMENTED_ARTICLE) return false;
  const at = records.anchors.findIndex((a) => a > run[1]);
  if (at < 0 || at > 1) return false;
  const below = records.anchors[at] as number;
  if (!commentsBetween(first, run[1] + 1, below)) return false;
  return at === 0 || !commentsBetween(first, below + 1, (records.anchors[at + 1] ?? records.end + 1) - 1);
}

/**
 * Whether the records are the page's content rather than the dense run's surroundings. `run` is
 * the dense run and `runChars` its good characters; `first` the context-free verdicts.
 * - Records holding less text than the run never win.
 * - An article above a comments heading keeps its comments out, however many.
 * - A run across two or more records is part of them (a thread whose posts are close together).
 * - A run many times longer than short records is an article beside its teasers.
 * - Records without prose (a list of titles) win only over a short run (a listing's intro).
 */
export function recordsWin(records: Records, run: readonly [number, number] | undefined, runChars: number, first: readonly Verdict[]): boolean {
  if (run === undefined) return true;
  if (records.chars < runChars) return false;
  const inRun = records.anchors.filter((a) => a >= run[0] && a <= run[1]).length;
  if (commentsUnderArticle(records, run, runChars, first)) return false;
  if (inRun >= 2) return true;
  const mean = records.chars / records.count;
  if (mean < TEASER_CHARS && runChars >= DOMINANT * mean) return false;
  return records.prose || runChars < MAX_LISTING_INTRO;
}

/** A block of the records region outside the dense run: kept unless a strong rule claims it. */
export const RECORD: Verdict = { cls: 'good', rule: 'context/record', source: 'context', strength: 'weak' };
