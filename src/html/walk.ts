import type { BlockKind } from '../page/block.js';
import { markCaptions } from './captions.js';
import { attr, type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom-types.js';
import {
  BLOCK_TAGS,
  CELL_TAGS,
  chromeOf,
  isArticleElement,
  isHidden,
  isLayoutTable,
  SILENT_TAGS,
  STRUCTURE_TAGS,
} from './elements.js';
import { collectHead, emptyHead } from './head.js';
import { Run } from './runs.js';
import type { TokenConcept } from './tokens.js';
import { type Locate, spanOf, traverse } from './traverse.js';
import { type BlockFrame, type ChromeFrame, NO_OWNER, type RawBlock, type WalkResult } from './walk-types.js';

export type { ChromeFrame, RawBlock, Structure, WalkResult } from './walk-types.js';

/**
 * One pass over the parsed page (iterative, so deep pages cannot overflow the stack): every
 * block-level element's text becomes a block — a whole element when it holds no nested block
 * (then its source range is the element's), else each stretch of text between its nested blocks
 * (then the range runs from the first to the last top-level node of the stretch). Text in
 * `<pre>` keeps its white space; two `<br>` in a row end a block; rows of a data table are one
 * block each, cells of a layout table are blocks of their own. Along the way the walk records
 * which chrome-naming elements (`nav`, a "share" class…) enclose which blocks, the structural
 * wrappers (lists, quotes, tables) for rendering, and the head's metadata.
 */

interface Opened {
  block?: BlockFrame;
  frame?: boolean;
  structure?: boolean;
  silent?: boolean;
  hidden?: boolean;
  link?: boolean;
  /** The block frame a link (or another WORD_EDGES element) opened in, to mark its end. */
  anchor?: BlockFrame | undefined;
  article?: boolean;
  pre?: boolean;
  quote?: boolean;
  figure?: boolean;
  table?: boolean;
}

const HEADING = /^h([1-6])$/u;
/** Elements that show an image or a player. */
const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'iframe', 'embed', 'object']);
const LIST_ITEMS: ReadonlySet<string> = new Set(['li', 'dt', 'dd']);
/** Inline elements whose edges part words: links, form labels and controls, images. */
const WORD_EDGES: ReadonlySet<string> = new Set(['a', 'label', 'input', 'img']);

/** An element's kind among its siblings (`WalkResult.ownerKinds`). */
function itemKind(el: DomElement, tag: string): string {
  const first = el.hasAttributes() ? (attr(el, 'class') ?? '').trim().split(/\s+/u)[0] ?? '' : '';
  if (first !== '') return `${tag}.${first}`;
  return tag === 'article' ? tag : '';
}

/** What the front end knows of the page before the walk. */
export interface WalkOptions {
  /** The page declares a discussion: elements named for comments hold its posts, not chrome. */
  readonly commentsAreContent?: boolean;
}

export function walkPage(doc: DomDocument, locate: Locate, options: WalkOptions = {}): WalkResult {
  const commentsAreContent = options.commentsAreContent === true;
  const out: WalkResult = { blocks: [], owners: [], ownerParents: [], ownerKinds: [], frames: [], structures: [], head: emptyHead(), captions: new Set(), maxDepth: 0, elements: 0 };
  const blockStack: BlockFrame[] = [];
  const frameStack: number[] = [];
  const structStack: number[] = [];
  const layoutStack: boolean[] = [];
  let silent = 0;
  let hidden = 0;
  let link = 0;
  let article = 0;
  let pre = 0;
  let quote = 0;
  let figure = 0;
  let depth = 0;
  const classCache = new Map<string, TokenConcept | undefined>();

  const kindOf = (f: BlockFrame): BlockKind => {
    if (HEADING.test(f.tag)) return 'heading';
    if (pre > 0) return 'code';
    if (f.tag === 'tr') return 'table';
    if (LIST_ITEMS.has(f.tag)) return 'list-item';
    return quote > 0 ? 'quote' : 'line';
  };

  /**
   * Where text the parser moved or made up comes from: jsdom gives no location to nodes the tree
   * builder created (adoption-agency clones, reopened formatting elements), so a run of such text
   * takes the range of the nearest enclosing block it can locate, else the last block's, rather
   * than being lost without a record.
   */
  const enclosingRange = (): readonly [number, number] | undefined => {
    for (let k = blockStack.length - 1; k >= 1; k -= 1) {
      const frame = blockStack[k] as BlockFrame;
      const at = locate(frame.el, frame.seq);
      if (at) return at;
    }
    const last = out.blocks[out.blocks.length - 1];
    return last ? [last.start, last.end] : undefined;
  };

  const flush = (f: BlockFrame, whole: boolean) => {
    const run = f.run;
    f.run = new Run();
    if (!run.hasText) return;
    const text = run.text(pre > 0);
    if (text.length === 0) return;
    const own = whole ? locate(f.el, f.seq) : undefined;
    const range = own ?? spanOf(run, locate) ?? enclosingRange();
    if (!range) return;
    const level = HEADING.exec(f.tag)?.[1];
    out.blocks.push({
      text,
      tag: f.tag,
      kind: kindOf(f),
      ...(level ? { level: Number(level) } : {}),
      linkChars: run.linkChars(text.length),
      start: range[0],
      end: range[1],
      whole: own !== undefined,
      owner: f.owner,
      frame: frameStack.length > 0 ? (frameStack[frameStack.length - 1] as number) : -1,
      structures: structStack.slice(),
    });
  };

  /**
   * A block element ends the open block's run. Before anything of the new element is counted: the
   * run is the text before it, and neither the element's chrome frame, its structure nor its
   * `<pre>`/`<blockquote>` is the run's (loose text before a `<nav>` was read as the menu).
   */
  const endOpenRun = () => {
    const parent = blockStack[blockStack.length - 1];
    if (parent) {
      parent.split = true;
      flush(parent, false);
    }
  };

  const enterBlock = (el: DomElement, seq: number, tag: string): BlockFrame => {
    const parent = blockStack[blockStack.length - 1];
    out.owners.push(el);
    out.ownerParents.push(parent ? parent.owner : NO_OWNER);
    out.ownerKinds.push(itemKind(el, tag));
    const f: BlockFrame = {
      el, seq, tag, depth, owner: out.owners.length - 1, firstBlock: out.blocks.length, media: false, split: false,
      childNode: undefined, childSeq: -1, run: new Run(),
    };
    blockStack.push(f);
    return f;
  };

  const enter = (node: DomNode, type: number, seq: number): Opened | undefined => {
    const top = blockStack[blockStack.length - 1];
    if (top && depth === top.depth + 1) {
      top.childNode = node;
      top.childSeq = seq;
    }
    if (type === TEXT_NODE) {
      if (silent === 0 && hidden === 0 && top) top.run.add(node.nodeValue ?? '', top.childNode, top.childSeq, link > 0, pre > 0);
      return undefined;
    }
    if (type !== ELEMENT_NODE) return undefined;
    out.elements += 1;
    const el = node as DomElement;
    const tag = el.localName;
    collectHead(out.head, el, tag, article > 0);
    if (top && MEDIA_TAGS.has(tag)) top.media = true;
    if (SILENT_TAGS.has(tag)) {
      silent += 1;
      return { silent: true };
    }
    if (tag === 'br') {
      top?.run.lineBreak();
      if (top && top.run.breaks >= 2 && top.run.hasText) {
        top.split = true;
        flush(top, false);
      }
      return undefined;
    }
    const inLayout = layoutStack[layoutStack.length - 1] ?? true;
    const isBlock = BLOCK_TAGS.has(tag) || (CELL_TAGS.has(tag) && inLayout);
    // Most elements carry no attributes: skip every attribute lookup for them.
    const attributed = el.hasAttributes();
    if (!isBlock) {
      if (CELL_TAGS.has(tag)) top?.run.separate('\t');
      let o: Opened | undefined;
      if (WORD_EDGES.has(tag)) {
        top?.run.linkEdge();
        o = { anchor: top };
      }
      if (tag === 'a' && attributed && attr(el, 'href') !== null) {
        link += 1;
        o = { ...o, link: true };
      }
      if (attributed && isHidden(el)) {
        hidden += 1;
        o = { ...o, hidden: true };
      }
      return o;
    }
    if (tag === 'tr' && inLayout) return undefined; // a layout row is no block; its cells are
    endOpenRun();
    const o: Opened = {};
    const signal = tag === 'html' || tag === 'body' ? undefined : chromeOf(el, tag, article > 0, attributed, classCache, commentsAreContent);
    if (signal) {
      out.frames.push({ signal, el, parent: frameStack[frameStack.length - 1] ?? -1, first: out.blocks.length, last: out.blocks.length, elements: out.elements });
      frameStack.push(out.frames.length - 1);
      o.frame = true;
    }
    o.article = isArticleElement(el, tag, attributed);
    o.pre = tag === 'pre';
    o.quote = tag === 'blockquote';
    o.figure = tag === 'figure';
    article += o.article ? 1 : 0;
    pre += o.pre ? 1 : 0;
    quote += o.quote ? 1 : 0;
    figure += o.figure ? 1 : 0;
    if (tag === 'table') {
      layoutStack.push(isLayoutTable(el));
      o.table = true;
    }
    if (STRUCTURE_TAGS.has(tag) && !(tag === 'table' && layoutStack[layoutStack.length - 1])) {
      const start = tag === 'ol' ? Number.parseInt(attr(el, 'start') ?? '', 10) : Number.NaN;
      out.structures.push({ tag, owner: out.owners.length, ...(Number.isFinite(start) ? { start } : {}) });
      structStack.push(out.structures.length - 1);
      o.structure = true;
    }
    o.block = enterBlock(el, seq, tag);
    return o;
  };

  const leave = (o: Opened | undefined) => {
    if (!o) return;
    if (o.block) {
      flush(o.block, !o.block.split);
      markCaptions(out, o.block);
      blockStack.pop();
      const parent = blockStack[blockStack.length - 1];
      if (parent) parent.split = true;
    }
    if (o.frame) {
      const id = frameStack.pop() as number;
      const frame = out.frames[id] as ChromeFrame;
      frame.last = out.blocks.length;
      frame.elements = out.elements - frame.elements;
    }
    if (o.structure) structStack.pop();
    if (o.table) layoutStack.pop();
    if (o.silent) silent -= 1;
    if (o.hidden) hidden -= 1;
    if (o.link) link -= 1;
    if (o.anchor) o.anchor.run.linkEdge();
    if (o.article) article -= 1;
    if (o.pre) pre -= 1;
    if (o.quote) quote -= 1;
    if (o.figure) figure -= 1;
  };

  // Text outside every element: a fragment linkedom parses (`<div></div>words`, or a page that
  // is only words) gets no <html> or <body> to hold it. The document is its block, with no owner.
  const documentFrame: BlockFrame = {
    el: doc as unknown as DomElement, seq: -1, tag: '#document', depth: -1, owner: NO_OWNER, firstBlock: 0, media: false,
    split: true, childNode: undefined, childSeq: -1, run: new Run(),
  };
  blockStack.push(documentFrame);
  traverse(doc, enter, leave, (d) => {
    depth = d;
    if (d > out.maxDepth) out.maxDepth = d;
  });
  flush(documentFrame, false);
  endRunsAtNextBlock(out.blocks);
  return out;
}

/**
 * A run's range is the source of the top-level nodes holding its text, so a run inside an inline
 * element that also holds blocks (an `<a>` around a card's date, title and teaser) spans those
 * blocks too: the dropped records then overlapped and were merged, and a 400-word card was listed
 * as its date's `meta/dateline` (WCXB-dev 2903). Such a range ends where the next block begins.
 */
function endRunsAtNextBlock(blocks: RawBlock[]): void {
  for (let i = 0; i + 1 < blocks.length; i += 1) {
    const b = blocks[i] as RawBlock;
    const next = (blocks[i + 1] as RawBlock).start;
    if (!b.whole && next > b.start && next < b.end) blocks[i] = { ...b, end: next };
  }
}
