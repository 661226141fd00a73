import type { Block, ChromeName, Verdict } from '../page/block.js';
import { MIN_TRUSTED_CHARS, type Page } from '../page/page.js';
import type { OutsideProse } from '../options.js';
import { isLinkList, isParagraphProse, proseChars } from '../text/shape.js';
import { type CandidateEvidence, ownEvidence } from './doc.js';
import { bestSpan } from './dense-run.js';

/**
 * The container stage, first half: which reading of the page the scorer trusts. A page with a
 * container (the article Readability found) has two candidates:
 * - `container`: the container is the article. Blocks outside it carry `outside`, a chrome
 *   element is a wrapper when it holds most of the container's text, and only a window around
 *   the container is scored — the `<title>`, the article, and a margin for the headline, byline
 *   and the chrome at its edges; every block beyond it is dropped for what the DOM says it is.
 * - `whole-body`: the scorer alone, over every block; a wrapper holds most of the page's prose.
 * The container is trusted when it holds enough text and enough of the page's densest prose run;
 * the whole body is scored too when the container's result comes out thin, and wins when it
 * keeps clearly more. A page with an article never comes back empty. Text and markdown pages
 * have no container: they are read as a whole body. (`container.ts` is the second half.)
 */

/** Which reading of the page a scoring run trusts. */
export type CandidateKind = 'container' | 'whole-body';

/** The container is trusted when its blocks hold at least MIN_TRUSTED_CHARS (`page/page.ts`) and at least this share of the prose in the page's best dense run (tuned on AEB html). */
const TRUSTED_RUN_SHARE = 0.2;
/** Cost of a non-prose block inside a prose run, per character (a caption or a heading is cheap to cross). */
const RUN_GAP_COST = 0.5;
/** Cheapest a non-prose block can be to cross, in characters. */
const RUN_MIN_GAP = 40;
/** The container's result is thin when it keeps less than this share of the container's text. */
const THIN_SHARE = 0.5;
/** The whole body wins over a thin container result when it keeps this many times more text. */
const CLEARLY_MORE = 1.5;
/** Blocks above the container still scored: the headline, dateline and lead sit here. */
const WINDOW_BEFORE = 20;
/** Blocks below the container still scored. */
const WINDOW_AFTER = 10;

/** One scoring run's verdicts over every block of the page. */
export interface Scored {
  readonly kind: CandidateKind;
  /** One verdict per page block. */
  readonly verdicts: readonly Verdict[];
  readonly title: string | undefined;
  readonly lang: string | undefined;
}

/** The page's `<title>` line (HTML puts it first): scored with the container's window wherever it stands. */
function isTitleLine(b: Block | undefined): boolean {
  return b?.hints?.tag === 'title';
}

/** The chrome a block's structure names, as a candidate reads the DOM's wrapper tests. */
function chromeOf(b: Block, kind: CandidateKind): ChromeName | undefined {
  const chrome = b.hints?.chrome ?? (kind === 'container' ? b.dom?.chromeByArticle : b.dom?.chromeByPage);
  // Evidence weighed with the text: a class naming a menu does not name paragraphs of sentences.
  if (chrome?.namesNoProse === true && isParagraphProse(b.text, b.hints?.linkChars ?? 0)) return undefined;
  return chrome;
}

/** Characters of the kept blocks of a run. */
export function keptChars(page: Page, scored: Scored): number {
  let n = 0;
  scored.verdicts.forEach((v, i) => {
    if (v.cls === 'good') n += page.blocks[i]?.text.length ?? 0;
  });
  return n;
}

/**
 * Prose characters of the page's best prose run, and of the container: the dense-run span where
 * prose counts its characters and anything else costs (blocks the DOM names chrome are left out).
 */
function proseRuns(page: Page): { best: number; container: number } {
  const weights: number[] = [];
  let container = 0;
  for (const b of page.blocks) {
    if (chromeOf(b, 'whole-body')) continue;
    const prose = proseChars(b.text, b.hints?.linkChars ?? 0);
    // A list's items are its content's text: a title over a date or a price is no sentence.
    if (b.dom?.inContainer && b.dom.enclosed !== true) container += b.dom.listItem === true ? b.text.length : prose;
    weights.push(prose > 0 ? prose : -Math.max(RUN_MIN_GAP, b.text.length * RUN_GAP_COST));
  }
  return { best: bestSpan(weights, 0, weights.length)?.sum ?? 0, container };
}

/** Run the candidates the page calls for and return the one that wins. */
export function chooseCandidate(page: Page, run: (kind: CandidateKind) => Scored): Scored {
  const container = page.container;
  if (!container || container.chars < MIN_TRUSTED_CHARS) return run('whole-body');
  const runs = proseRuns(page);
  if (runs.container < runs.best * TRUSTED_RUN_SHARE) return run('whole-body');
  const led = run('container');
  const ledChars = keptChars(page, led);
  if (ledChars >= container.chars * THIN_SHARE) return led;
  const body = run('whole-body');
  return keptChars(page, body) > ledChars * CLEARLY_MORE ? body : led;
}

/** Indexes of the page blocks a candidate scores, in order (never the blocks the front end decided). */
export function candidateScope(page: Page, kind: CandidateKind, reach: OutsideProse): number[] {
  const decided = page.decided;
  const open = (i: number) => decided?.has(i) !== true;
  const indexes = page.blocks.map((_, i) => i);
  const all = decided === undefined || decided.size === 0 ? indexes : indexes.filter(open);
  if (kind === 'whole-body' || reach === 'scored') return all;
  const first = page.blocks.findIndex((b) => b.dom?.inContainer === true);
  if (first < 0) return all;
  const last = page.blocks.findLastIndex((b) => b.dom?.inContainer === true);
  const from = Math.max(0, first - WINDOW_BEFORE);
  const to = Math.min(page.blocks.length, last + 1 + WINDOW_AFTER);
  const scope = from > 0 && isTitleLine(page.blocks[0]) && open(0) ? [0] : [];
  for (let i = from; i < to; i += 1) if (open(i)) scope.push(i);
  return scope;
}

/** The structure's evidence for the scoped blocks, as the candidate reads it. */
export function candidateEvidence(page: Page, scope: readonly number[], kind: CandidateKind, reach: OutsideProse): CandidateEvidence {
  const blocks = scope.map((g) => page.blocks[g] as Block);
  if (kind === 'whole-body' && !blocks.some((b) => b.dom)) return ownEvidence(blocks);
  const led = kind === 'container';
  const scored = (b: Block) => reach === 'scored' && isParagraphProse(b.text, b.hints?.linkChars ?? 0);
  return {
    chrome: blocks.map((b) => chromeOf(b, kind)),
    outside: blocks.map((b) => led && b.dom?.inContainer !== true && !isTitleLine(b) && !scored(b)),
    inside: blocks.map((b) => led && b.dom?.inContainer === true),
  };
}

/** The verdict of a block beyond the container's window: its chrome element's, else outside. */
export function beyondWindow(b: Block): Verdict {
  const chrome = chromeOf(b, 'container');
  if (chrome) return { cls: 'bad', reason: chrome.reason, rule: chrome.rule, source: 'dom', strength: 'strong' };
  const links = isLinkList(b.hints?.linkChars ?? 0, b.text.length);
  return links
    ? { cls: 'bad', reason: 'navigation', rule: 'structure/outside-links', source: 'dom', strength: 'strong' }
    : { cls: 'bad', reason: 'low-content', rule: 'structure/outside', source: 'dom', strength: 'strong' };
}
