import type { BlockKind } from '../page/block.js';
import type { DomElement, DomNode } from './dom-types.js';
import type { ChromeSignal } from './elements.js';
import type { HeadFields } from './head.js';
import type { Run } from './runs.js';

/** What the DOM walk (`walk.ts`) produces, and the frame it keeps per open block element. */

/** A block as the walk found it. Offsets are into the parsed (stripped) string. */
export interface RawBlock {
  readonly text: string;
  readonly tag: string;
  readonly kind: BlockKind;
  readonly level?: number;
  readonly linkChars: number;
  readonly start: number;
  readonly end: number;
  /** The range is the whole owner element's source (else a stretch of its inline content). */
  readonly whole: boolean;
  /** Id of the element that holds the block (see `WalkResult.owners`); NO_OWNER for text outside every element. */
  readonly owner: number;
  /** Innermost chrome-naming element around the block (index into `WalkResult.frames`), or -1. */
  readonly frame: number;
  /** Structural wrappers around the block, outermost first (indexes into `WalkResult.structures`). */
  readonly structures: readonly number[];
}

/** An element naming chrome, and the blocks it encloses. */
export interface ChromeFrame {
  readonly signal: ChromeSignal;
  /** The element. */
  readonly el: DomElement;
  /** Enclosing chrome frame, or -1. */
  readonly parent: number;
  /** Blocks [first, last) inside it. */
  first: number;
  last: number;
  /** Elements inside it, itself included (counted when it closes). */
  elements: number;
}

/** A structural wrapper (list, quote, table…) for rendering. */
export interface Structure {
  readonly tag: string;
  /** Owner id of the element (every structure element is also a block element). */
  readonly owner: number;
  /** The `start` attribute of an ordered list. */
  readonly start?: number;
}

export interface WalkResult {
  readonly blocks: RawBlock[];
  /** Block-holding elements, by owner id. */
  readonly owners: DomElement[];
  /** Per owner: the owner id of the block-holding element around it (NO_OWNER at the top). */
  readonly ownerParents: number[];
  /**
   * Per owner: what makes sibling elements "the same kind" — tag and first class token
   * (`div.post`), or '' when the element carries no class and is not an `<article>` (classless
   * `<div>`s are layout, not items).
   */
  readonly ownerKinds: string[];
  readonly frames: ChromeFrame[];
  readonly structures: Structure[];
  readonly head: HeadFields;
  /** Blocks that caption an image: the only text beside it in its container, or a `<figcaption>`. */
  readonly captions: Set<number>;
  /** Deepest nesting of nodes seen. */
  maxDepth: number;
  /** Element nodes in the page. */
  elements: number;
}

/** A block-level element the walk is inside. */
export interface BlockFrame {
  readonly el: DomElement;
  readonly seq: number;
  readonly tag: string;
  readonly depth: number;
  readonly owner: number;
  /** Blocks before this element: its blocks are [firstBlock, blocks.length) when it closes. */
  readonly firstBlock: number;
  /** An image or player is among its children. */
  media: boolean;
  split: boolean;
  /** The child of this element the walk is inside (the top-level node text comes from), and its number. */
  childNode: DomNode | undefined;
  childSeq: number;
  run: Run;
}


/** The owner id of text that sits outside every element (a fragment linkedom parses). */
export const NO_OWNER = -1;
