import type { Settings } from '../options.js';
import type { PhraseHits } from '../rules/match.js';
import type { Features } from '../text/features.js';
import type { InputKind } from '../types.js';
import type { Block, Verdict } from './block.js';

/**
 * The state handed from step to step. Each step returns a new Doc (no step mutates the one it
 * gets), so the pipeline stays a plain list of pure functions.
 */
export interface Doc {
  /** The caller's input, untouched. */
  readonly input: string;
  readonly settings: Settings;
  readonly from: InputKind;
  readonly blocks: readonly Block[];
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
}

/** A Doc with nothing measured yet. */
export function emptyDoc(input: string, settings: Settings, from: InputKind, blocks: readonly Block[]): Doc {
  return { input, settings, from, blocks, lang: settings.lang, features: [], words: [], hits: [], first: [], final: [], title: undefined };
}

/** Verdict helpers. */
export const KEEP: Verdict = { cls: 'good', rule: 'class/prose' };

export function isKept(v: Verdict | undefined): boolean {
  return v?.cls === 'good';
}
