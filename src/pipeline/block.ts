import type { Reason, RuleId } from '../types.js';

/** Structural role of a block, when the input says so (markdown, HTML); plain text lines are `line`. */
export type BlockKind = 'line' | 'heading' | 'list-item' | 'quote' | 'code' | 'table';

/** One unit of the page: a line of scraped text (or a markdown/HTML block), with its place in the input. */
export interface Block {
  /** Position in the block list. */
  readonly index: number;
  /** The block's text, trimmed, as the reader sees it. */
  readonly text: string;
  /** Offset of the block in the caller's input (`input.slice(start, end)` is the block's source). */
  readonly start: number;
  /** Offset just past the block's source. */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** Structural role. */
  readonly kind: BlockKind;
}

/**
 * jusText's classes: `good` prose, `bad` chrome, `short` too little evidence alone,
 * `neargood` prose-like but not conclusive.
 */
export type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

/** A verdict on one block, always with the rule that decided it. */
export interface Verdict {
  readonly cls: BlockClass;
  /** Set when the block is chrome: why. */
  readonly reason?: Reason;
  /** The rule that decided the verdict. */
  readonly rule: RuleId;
  /** The rule's measure, when it has one. */
  readonly score?: number;
  /** The rule judged by shape only: context may overrule it. */
  readonly weak?: boolean;
  /** The block opens a section of its reason (a "Related Articles" or "Comments" heading). */
  readonly section?: boolean;
}
