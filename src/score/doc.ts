import type { Block, ChromeName, Verdict } from '../page/block.js';
import type { Settings } from '../options.js';
import type { PhraseHits } from '../rules/match.js';
import type { Features } from '../text/features.js';
import type { InputKind } from '../types.js';

/**
 * The state handed from stage to stage over the blocks being scored. Each stage returns a new Doc
 * (no stage mutates the one it gets), so the scorer stays a plain list of pure functions.
 */
export interface Doc {
  /** The caller's input, untouched. */
  readonly input: string;
  readonly settings: Settings;
  readonly from: InputKind;
  /** The blocks being scored (re-indexed from 0 when the candidate scores only some of the page's). */
  readonly blocks: readonly Block[];
  /** What the page's structure says about each block, for the candidate being scored. */
  readonly evidence: CandidateEvidence;
  /** Language used for stopwords (detected or given). */
  readonly lang: string | undefined;
  readonly features: readonly Features[];
  /** Each block's folded words (`labelWords`), from its first INSIDE_CHARS characters. */
  readonly words: readonly (readonly string[])[];
  /** What the lexicons say about each block. */
  readonly hits: readonly PhraseHits[];
  /** Context-free verdicts (jusText's `cf_class`), with the rule that decided each. */
  readonly first: readonly Verdict[];
  /** Final verdicts after the context, duplicate and title passes: `good` is kept. */
  readonly final: readonly Verdict[];
  /** The page title, once found. */
  readonly title: string | undefined;
  /**
   * Where the context stage found the article (inclusive block span): its dense run, widened to
   * the repeated records it kept; absent before that stage and on a page with neither.
   */
  readonly article?: { readonly start: number; readonly end: number; readonly records?: true };
}

/** Per block: the structure's evidence as the candidate reads it (see `candidate.ts`). */
export interface CandidateEvidence {
  /** Chrome named by the structure (a markdown card, a DOM element that is not a wrapper). */
  readonly chrome: readonly (ChromeName | undefined)[];
  /** Outside the container the candidate trusts. */
  readonly outside: readonly boolean[];
  /** Inside the container the candidate trusts (the container stage keeps what only place dropped there). */
  readonly inside: readonly boolean[];
}

/** Evidence of blocks that carry only their own structure's chrome names (text, markdown, a whole-body candidate). */
export function ownEvidence(blocks: readonly Block[]): CandidateEvidence {
  const none = new Array<boolean>(blocks.length).fill(false);
  return { chrome: blocks.map((b) => b.hints?.chrome), outside: none, inside: none };
}

/** A Doc with nothing measured yet. */
export function emptyDoc(input: string, settings: Settings, from: InputKind, blocks: readonly Block[], evidence: CandidateEvidence = ownEvidence(blocks)): Doc {
  return { input, settings, from, blocks, evidence, lang: settings.lang, features: [], words: [], hits: [], first: [], final: [], title: undefined };
}
