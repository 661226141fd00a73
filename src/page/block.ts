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
   * Chrome the input's own structure names for this block alone (a markdown teaser card). DOM
   * chrome comes as evidence instead (`Block.dom`): whether an element's name counts is the
   * scorer's call.
   */
  readonly chrome?: ChromeName;
}

/** A kind of chrome as a structure names it: the reason and the rule id its drop record carries. */
export interface ChromeName {
  readonly reason: Reason;
  readonly rule: RuleId;
  /** Set when this chrome never holds prose: a block of sentences is not named by it (`lexicon/dom-classes.ts`). */
  readonly namesNoProse?: boolean;
}

/**
 * What the DOM says about a block (HTML only): evidence for the scorer, never a verdict.
 * An element naming chrome (`nav`, `aside`, a "related" class…) counts only when it is not a
 * wrapper of the page's text; the front end measures both wrapper tests, the scorer picks one.
 */
export interface DomEvidence {
  /** The innermost chrome-naming element's name, unless it holds most of the page's prose. */
  readonly chromeByPage?: ChromeName;
  /** The same, unless it holds most of the text of the structural extractor's article. */
  readonly chromeByArticle?: ChromeName;
  /** Inside the article container a structural extractor (Readability) chose. */
  readonly inContainer: boolean;
  /**
   * In the container only as prose it encloses (a paragraph Readability cut out of the article's
   * flow): kept with it, but not counted when the scorer asks whether the container is trusted.
   */
  readonly enclosed?: boolean;
  /** In one of the items of the page's list (a listing's story, a collection's card) taken in as its content. */
  readonly listItem?: boolean;
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
  /** What the DOM says about the block (HTML only). */
  readonly dom?: DomEvidence;
}

/**
 * jusText's classes: `good` prose, `bad` chrome, `short` too little evidence alone,
 * `neargood` prose-like but not conclusive.
 */
export type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

/**
 * Who decided a verdict:
 * - `class`: length and stopword density alone (jusText's classes);
 * - `rule`: a chrome rule on the block's words or shape (`src/rules/`);
 * - `dom`: the page's structure (a chrome element, outside the container);
 * - `headline-list`: a run of headline-like lines;
 * - `site`: recurrence across `options.site`;
 * - `context`: the block's place against the article's dense run;
 * - `section`: the section heading above it ("Comments", "Related Articles");
 * - `container`: the structural extractor's article, overruling place verdicts inside it;
 * - `dedupe`: a copy of a kept block;
 * - `title`: the page's title or headline;
 * - `input`: decided by the front end before scoring (a markdown link with no text).
 */
export type VerdictSource = 'class' | 'rule' | 'dom' | 'headline-list' | 'site' | 'context' | 'section' | 'container' | 'dedupe' | 'title' | 'input';

/**
 * How firmly the source decided: a `weak` verdict judged by shape alone, and prose on both sides
 * (or the container) may overrule it; a `strong` one stands against its neighbours.
 */
export type Strength = 'strong' | 'weak';

/** A verdict on one block, always with the rule that decided it and who decided it. */
export interface Verdict {
  readonly cls: BlockClass;
  /** Set when the block is chrome: why. */
  readonly reason?: Reason;
  /** The rule that decided the verdict (its id is for people: no behaviour depends on its spelling). */
  readonly rule: RuleId;
  readonly source: VerdictSource;
  readonly strength: Strength;
  /** The rule's measure, when it has one. */
  readonly score?: number;
  /** Inside the container, a prose paragraph that is not media overrules this verdict (a caption rule). */
  readonly yieldsToProse?: boolean;
  /** Inside a container of linked item titles (a listing), an item's title overrules this verdict (link density). */
  readonly yieldsToItemTitle?: boolean;
  /** The block opens a section of its reason (a "Related Articles" or "Comments" heading). */
  readonly section?: boolean;
  /**
   * The block is a bare label (a "Comment" column, a "View comments" button the article goes on
   * under): dropped itself, but no evidence about its neighbours — the revision reads past it as
   * it reads past a short line.
   */
  readonly label?: boolean;
  /** Site evidence, `"n/N"`: the block recurs on n of the N pages of `options.site` (site step). */
  readonly pages?: string;
}
