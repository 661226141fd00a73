import type { Block } from '../pipeline/block.js';
import type { CleanResult, Dropped } from '../types.js';
import type { Container } from './readability.js';

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

/** Readability's article is trusted when its blocks hold at least this many characters. */
const MIN_TRUSTED_CHARS = 250;
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

export function chooseCandidate(container: Container | undefined, run: (inside: readonly boolean[] | undefined) => Candidate): Candidate {
  if (!container || container.chars < MIN_TRUSTED_CHARS) return run(undefined);
  const led = run(container.inside);
  const ledChars = keptChars(led);
  if (ledChars >= container.chars * THIN_SHARE) return led;
  const body = run(undefined);
  return keptChars(body) > ledChars * CLEARLY_MORE ? body : led;
}
