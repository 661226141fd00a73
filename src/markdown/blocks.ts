import type { Block, BlockKind } from '../page/block.js';

/** What markdown segmentation produces (`segment.ts`), and what its helpers (`links.ts`) read. */

/** What an empty-text block stood for: reported as navigation (links), media (images) or low-content. */
export type EmptyWhat = 'link' | 'image' | 'other';

/** A block of markup with no reading text: `[](/home)`, `![](x.png)`, a lone `-`, an HTML comment. */
export interface EmptyBlock {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly what: EmptyWhat;
}

/** One segmented block before it is split into pipeline blocks and empties. */
export interface SegmentedBlock {
  start: number;
  end: number;
  line: number;
  kind: BlockKind;
  tag: string;
  text: string;
  linkChars: number;
  /** Only images (the text is alt text). */
  media: boolean;
  level?: number;
  /** No reading text: reported apart, never given to the pipeline. */
  empty?: EmptyWhat;
  /** Offset in `text` of a `[` opening a block link the parser could not join (links.ts). */
  openAt?: number;
  /** Holds the `](url)` closing such a link; the text before it was link text. */
  closesLink?: boolean;
  /** Characters of `text` after the closing half. */
  afterClose?: number;
  /** Part of a list item holding a linked heading: a teaser card for another page. */
  card?: boolean;
}

/** The segmentation of one page. */
export interface MarkdownSegments {
  /** Blocks with text, in input order, indexed from 0: the pipeline's input. */
  readonly blocks: Block[];
  /** Blocks without text, in input order. */
  readonly empties: EmptyBlock[];
}
