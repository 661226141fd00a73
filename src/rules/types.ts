import type { Block, ChromeName, VerdictSource } from '../page/block.js';
import type { Settings } from '../options.js';
import type { Features } from '../text/features.js';
import type { Reason, RuleId } from '../types.js';
import type { PhraseHits } from './match.js';

/** What a rule may look at besides the block itself. */
export interface RuleContext {
  /** The block's measured features. */
  readonly features: Features;
  /** The block's folded words (`labelWords`), from its first INSIDE_CHARS characters. */
  readonly words: readonly string[];
  /** What the lexicons say about the block, looked up once. */
  readonly hits: PhraseHits;
  /** The page language, when known. */
  readonly lang: string | undefined;
  /** Resolved options. */
  readonly settings: Settings;
  /**
   * Chrome the page's structure names for the block: the input's own (a markdown card), or a DOM
   * element that the scorer, for the candidate it scores, does not take for a wrapper.
   */
  readonly chrome: ChromeName | undefined;
  /** The block lies outside the container the scorer trusts for this candidate. */
  readonly outside: boolean;
}

/**
 * One kind of chrome. `test` returns `false` when the rule does not apply, or `true` / a score
 * in (0, 1] when it fires. Rules are pure: same block, same answer.
 */
export interface Rule {
  readonly id: RuleId;
  readonly reason: Reason;
  readonly test: (block: Block, ctx: RuleContext) => boolean | number;
  /**
   * A weak rule judges by shape, not by vocabulary: inside the article run, flanked by prose,
   * the context pass may overrule it. Default: false (strong).
   */
  readonly weak?: boolean;
  /**
   * A section rule marks a heading that opens a run of its kind ("Skills & Expertise",
   * "Related Articles", "Comments"): unkept blocks under it take its reason. Default: false.
   */
  readonly section?: boolean;
  /** Who decides through this rule: the block's words or shape (`rule`, the default) or the page's structure (`dom`). */
  readonly source?: Extract<VerdictSource, 'rule' | 'dom'>;
  /** The reason and rule id the hit reports, when the evidence names them (a DOM chrome element). Default: the rule's own. */
  readonly names?: (block: Block, ctx: RuleContext) => ChromeName | undefined;
  /** Inside the container, a prose paragraph that is not media overrules this rule (a caption rule). */
  readonly yieldsToProse?: boolean;
  /** Inside a container of linked item titles (a listing), an item's title overrules this rule (link density). */
  readonly yieldsToItemTitle?: boolean;
}
