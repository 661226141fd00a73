import type { Reason, RuleId } from '../types.js';

/** Structural role of a block, when the input says so (markdown, HTML); plain text lines are `line`. */
export type BlockKind = 'line' | 'heading' | 'list-item' | 'quote' | 'code' | 'table';

/**
 * What the input's structure says about a block (markdown and HTML set these; plain text has none).
 * The structure rules (`rules/structure.ts`) read them; every field is optional.
 */
export interface BlockHints {
  /** Characters of the block's text that sit inside links (for link density). */
  readonly linkChars?: number;
  /** Tag of the block element in HTML (`p`, `li`, `h2`…), or the mdast node type in markdown. */
  readonly tag?: string;
  /** Heading level 1–6, for headings. */
  readonly level?: number;
  /** The block is only an image or a player (its text is alt text or a caption). */
  readonly media?: boolean;
  /**
   * Chrome named by the page's structure: an ancestor `nav`/`footer`/`aside`, an ARIA role, a class
   * or id token ("share", "related", "newsletter"…). The rule id says which.
   */
  readonly chrome?: { readonly reason: Reason; readonly rule: RuleId };
  /** The block lies outside the main container a structural extractor (Readability) chose. */
  readonly outside?: boolean;
}

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
  /** What the input's structure says about the block (markdown, HTML). */
  readonly hints?: BlockHints;
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
  /** Site evidence, `"n/N"`: the block recurs on n of the N pages of `options.site` (site step). */
  readonly pages?: string;
}
