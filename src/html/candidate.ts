import type { Block } from '../pipeline/block.js';
import type { CleanResult, Dropped } from '../types.js';
import type { ChromeSignal } from './elements.js';
import { proseChars } from './hints.js';
import type { Container } from './readability.js';
import type { WalkResult } from './walk.js';

/**
 * Which candidate wins: the article Readability found (blocks outside it carry `outside`), or the
 * whole body scored by chaff alone. Readability is trusted when its article holds enough text;
 * the whole body is scored too when the Readability-led result comes out thin, and wins when
 * it keeps clearly more. A page with an article never comes back empty.
 */

/** One run of the pipeline (and the container pass), with the container it trusted. */
export interface Candidate {
  /** Per block: inside the trusted container; undefined for the whole-body candidate. */
  readonly inside: readonly boolean[] | undefined;
  readonly blocks: readonly Block[];
  /** Indexes of the kept blocks, in order. */
  readonly kept: readonly number[];
  readonly dropped: Dropped[];
  /** The pipeline's result (title, language). */
  readonly result: CleanResult;
}

/** Readability's article is trusted when its blocks hold at least this many characters… */
const MIN_TRUSTED_CHARS = 250;
/** …and at least this share of the prose in the page's best dense run (tuned on AEB html). */
const TRUSTED_RUN_SHARE = 0.2;
/** Cost of a non-prose block inside a dense run, per character (a caption or a heading is cheap to cross). */
const RUN_GAP_COST = 0.5;
/** Cheapest a non-prose block can be to cross, in characters. */
const RUN_MIN_GAP = 40;
/** The Readability-led result is thin when it keeps less than this share of the article's text. */
const THIN_SHARE = 0.5;
/** The whole body wins over a thin Readability-led result when it keeps this many times more text. */
const CLEARLY_MORE = 1.5;

/** Characters of a candidate's kept text. */
export function keptChars(c: Candidate): number {
  let n = 0;
  for (const i of c.kept) n += c.blocks[i]?.text.length ?? 0;
  return n;
}

/**
 * Prose characters of the page's best dense run, and of Readability's article: maximum-sum span
 * of blocks where prose counts its characters and anything else costs (chrome-named blocks
 * are left out). Linear; no pipeline run.
 */
export function proseRuns(walk: WalkResult, chrome: readonly (ChromeSignal | undefined)[], inside: readonly boolean[]): { best: number; container: number } {
  let best = 0;
  let sum = 0;
  let container = 0;
  walk.blocks.forEach((b, i) => {
    if (chrome[i]) return;
    const prose = proseChars(b);
    if (inside[i]) container += prose;
    sum = Math.max(0, sum + (prose > 0 ? prose : -Math.max(RUN_MIN_GAP, b.text.length * RUN_GAP_COST)));
    best = Math.max(best, sum);
  });
  return { best, container };
}

export function chooseCandidate(
  walk: WalkResult,
  chrome: readonly (ChromeSignal | undefined)[],
  container: Container | undefined,
  run: (inside: readonly boolean[] | undefined) => Candidate,
): Candidate {
  if (!container || container.chars < MIN_TRUSTED_CHARS) return run(undefined);
  const runs = proseRuns(walk, chrome, container.inside);
  if (runs.container < runs.best * TRUSTED_RUN_SHARE) return run(undefined);
  const led = run(container.inside);
  const ledChars = keptChars(led);
  if (ledChars >= container.chars * THIN_SHARE) return led;
  const body = run(undefined);
  return keptChars(body) > ledChars * CLEARLY_MORE ? body : led;
}
