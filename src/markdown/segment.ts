import type { Nodes, Parent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Block, BlockHints, BlockKind } from '../page/block.js';
import type { EmptyBlock, EmptyWhat, MarkdownSegments, SegmentedBlock } from './blocks.js';
import { markdownChunks } from '../guard/md-chunks.js';
import { segmentLines } from '../text/segment.js';
import { type InlineText, inlineText } from './inline.js';
import { mendBrokenLinks } from './links.js';

/**
 * Markdown → blocks. The input is parsed into an mdast tree (CommonMark + GFM); every block-level
 * node becomes one block whose offsets are the node's source range, whose `text` is the plain
 * text a reader sees, and whose hints say what the markup said: heading level, link characters,
 * image-only. Each list item is its own block (its nested lists are blocks of their own).
 * Thematic breaks are not blocks. Blocks with no text at all (an image with empty alt, a link
 * with nothing inside, an empty list item) are returned apart, so the caller can report them.
 */

const EDGE_SPACE = /[\s\u200b\ufeff]/u;
/** A fenced code block opens with ``` or ~~~ (after up to 3 spaces). */
const FENCE_START = /^ {0,3}(?:`{3}|~{3})/u;
/** Characters looked at for the fence. */
const FENCE_PROBE = 8;
/** Markdown inside indented code: a link's `](`, or an ATX heading line. */
const MARKDOWNISH = /\]\(|^#{1,6}\s/mu;
/** HTML tags and comments inside a raw HTML block: no reading text. */
const HTML_TAG = /<!--[^]*?(?:-->|$)|<\/?[A-Za-z][^<>]*>|<![^<>]*>|<\?[^]*?(?:\?>|$)/gu; // an unclosed `<?` runs to the end, as `<!--` does (ReDoS)

/** Narrow [start, end) to the non-space characters inside it. */
function trimRange(input: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && EDGE_SPACE.test(input[s] as string)) s += 1;
  while (e > s && EDGE_SPACE.test(input[e - 1] as string)) e -= 1;
  return [s, e];
}

function emptyKind(t: InlineText): EmptyWhat {
  if (t.images > 0) return 'image';
  return t.links > 0 ? 'link' : 'other';
}

/** Walks the tree once, pushing raw blocks in document order. */
class Segmenter {
  readonly out: SegmentedBlock[] = [];

  constructor(private readonly input: string) {}

  private push(node: Nodes, endNode: Nodes, fields: Omit<SegmentedBlock, 'start' | 'end' | 'line'>): void {
    const pos = node.position;
    const endPos = endNode.position;
    if (pos?.start.offset === undefined || endPos?.end.offset === undefined) return;
    const [start, end] = trimRange(this.input, pos.start.offset, endPos.end.offset);
    if (start === end) return;
    this.out.push({ start, end, line: pos.start.line, ...fields });
  }

  private inline(node: Nodes, endNode: Nodes, t: InlineText, kind: BlockKind, tag: string, level?: number): void {
    this.push(node, endNode, {
      kind,
      tag,
      text: t.text,
      linkChars: t.linkChars,
      media: t.images > 0 && t.otherChars === 0,
      ...(level !== undefined ? { level } : {}),
      ...(t.text === '' ? { empty: emptyKind(t) } : {}),
      ...(t.openAt >= 0 ? { openAt: t.openAt } : {}),
      ...(t.closesLink ? { closesLink: true, afterClose: t.afterClose } : {}),
    });
  }

  private plain(node: Nodes, text: string, kind: BlockKind, tag: string): void {
    this.push(node, node, { kind, tag, text, linkChars: 0, media: false, ...(text === '' ? { empty: 'other' as const } : {}) });
  }

  /** Flow content: the children of the root, a blockquote, a list item or a footnote. */
  flow(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.node(node);
  }

  private node(node: RootContent): void {
    switch (node.type) {
      case 'paragraph':
        this.inline(node, node, inlineText(node.children), 'line', 'paragraph');
        return;
      case 'heading':
        this.inline(node, node, inlineText(node.children), 'heading', 'heading', node.depth);
        return;
      case 'list':
        for (const item of node.children) this.listItem(item);
        return;
      case 'blockquote':
        this.blockquote(node);
        return;
      case 'code':
        this.code(node);
        return;
      case 'html':
        this.plain(node, node.value.replace(HTML_TAG, ' ').replace(/\s+/gu, ' ').trim(), 'line', 'html');
        return;
      case 'table':
        this.table(node);
        return;
      case 'definition':
        // A link reference definition `[id]: /url` is a link target with no text of its own.
        this.push(node, node, { kind: 'line', tag: 'definition', text: '', linkChars: 0, media: false, empty: 'link' });
        return;
      case 'thematicBreak':
        return;
      default:
        if ('children' in node && (node as Parent).children.length > 0) this.flow((node as Parent).children as RootContent[]);
        else this.push(node, node, { kind: 'line', tag: node.type, text: '', linkChars: 0, media: false, empty: 'other' });
    }
  }

  /**
   * A list item is one block: the item marker and its first paragraph. Later children (more
   * paragraphs, nested lists) are blocks of their own.
   */
  private listItem(item: Extract<RootContent, { type: 'listItem' }>): void {
    const from = this.out.length;
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      this.inline(item, first, inlineText(first.children), 'list-item', 'listItem');
      this.flow(rest);
    } else {
      if (first === undefined) {
        this.push(item, item, { kind: 'list-item', tag: 'listItem', text: '', linkChars: 0, media: false, empty: 'other' });
      }
      this.flow(item.children);
    }
    markCard(this.out, from);
  }

  /**
   * Fenced code is code. Indented code that holds markdown links or headings is what a converter
   * made of over-indented list content (`-    [![img](…)](…)` then `    #### [Headline](…)`):
   * its text is read as markdown, so the links count, as one block over the code's range.
   */
  private code(node: Extract<RootContent, { type: 'code' }>): void {
    const start = node.position?.start.offset ?? 0;
    const fenced = FENCE_START.test(this.input.slice(start, start + FENCE_PROBE));
    if (fenced || !MARKDOWNISH.test(node.value)) {
      this.plain(node, node.value.trim(), 'code', 'code');
      return;
    }
    const inner = new Segmenter(node.value);
    inner.flow(parse(node.value).children);
    const parts = mendBrokenLinks(inner.out).filter((b) => b.empty === undefined && b.text !== '');
    const text = parts.map((b) => b.text).join('\n');
    const linkChars = parts.reduce((n, b) => n + b.linkChars, 0);
    const media = parts.length > 0 && parts.every((b) => b.media);
    this.push(node, node, { kind: 'line', tag: 'code', text, linkChars, media, ...(text === '' ? { empty: 'link' as const } : {}) });
  }

  /** A quote of plain paragraphs is one block; a quote holding lists or headings is read inside. */
  private blockquote(node: Extract<RootContent, { type: 'blockquote' }>): void {
    const first = node.children[0];
    if (first === undefined) {
      this.push(node, node, { kind: 'quote', tag: 'blockquote', text: '', linkChars: 0, media: false, empty: 'other' });
      return;
    }
    if (!node.children.every((c) => c.type === 'paragraph')) {
      this.flow(node.children);
      return;
    }
    const t = inlineText(node.children.flatMap((p, i) => (i === 0 ? p.children : [{ type: 'break' } as const, ...p.children]) as Nodes[]));
    this.inline(node, node, t, 'quote', 'blockquote');
  }

  private table(node: Extract<RootContent, { type: 'table' }>): void {
    let linkChars = 0;
    const rows = node.children.map((row) => {
      const cells = row.children.map((cell) => inlineText(cell.children));
      for (const c of cells) linkChars += c.linkChars;
      return cells.map((c) => c.text).filter(Boolean).join(' ');
    });
    const text = rows.filter(Boolean).join('\n');
    this.push(node, node, { kind: 'table', tag: 'table', text, linkChars, media: false, ...(text === '' ? { empty: 'other' as const } : {}) });
  }
}

/** CommonMark + GFM (tables, strikethrough, autolinks, task lists, footnotes). */
function parse(input: string) {
  return fromMarkdown(input, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** A heading counts as a link when at least this share of its text is link text. */
const LINKED_HEADING_SHARE = 0.9;

/**
 * A list item that holds a linked heading and more text besides (a date, an excerpt, "Read more")
 * is a teaser card for another page: every block of it is marked. Blocks from `from` on belong to
 * the item just segmented.
 */
function markCard(out: SegmentedBlock[], from: number): void {
  const own = out.slice(from).filter((b) => b.empty === undefined && b.text !== '');
  if (own.length < 2) return;
  const linkedHeading = own.some((b) => b.kind === 'heading' && b.linkChars >= b.text.length * LINKED_HEADING_SHARE);
  if (!linkedHeading) return;
  for (let i = from; i < out.length; i += 1) out[i] = { ...(out[i] as SegmentedBlock), card: true };
}

/**
 * Parse markdown into raw blocks (document order), broken block links mended. Big documents are
 * parsed in chunks, and past 1 MB read as text lines (guard/md-chunks.ts: micromark is quadratic
 * in a paragraph's lines and reads ~1 MB/s); offsets and lines are shifted back into `input`.
 */
export function rawBlocks(input: string): SegmentedBlock[] {
  const out: SegmentedBlock[] = [];
  for (const chunk of markdownChunks(input)) {
    if (chunk.plain) {
      for (const b of segmentLines(input.slice(chunk.start, chunk.end))) {
        out.push({ start: b.start + chunk.start, end: b.end + chunk.start, line: b.line + chunk.line - 1, kind: 'line', tag: 'paragraph', text: b.text, linkChars: 0, media: false });
      }
      continue;
    }
    const text = chunk.end - chunk.start === input.length ? input : input.slice(chunk.start, chunk.end);
    const seg = new Segmenter(text);
    seg.flow(parse(text).children);
    if (chunk.start === 0) out.push(...seg.out);
    else for (const b of seg.out) out.push({ ...b, start: b.start + chunk.start, end: b.end + chunk.start, line: b.line + chunk.line - 1 });
  }
  return mendBrokenLinks(out);
}

/** How blocks of a teaser card are named (see markCard). */
const CARD = { reason: 'related', rule: 'markdown/card' } as const;

/** Split raw blocks into the pipeline's blocks and the empty ones. */
export function splitRaw(raw: readonly SegmentedBlock[]): MarkdownSegments {
  const blocks: Block[] = [];
  const empties: EmptyBlock[] = [];
  for (const r of raw) {
    if (r.empty !== undefined || r.text === '') {
      empties.push({ start: r.start, end: r.end, line: r.line, what: r.empty ?? 'other' });
      continue;
    }
    const hints: BlockHints = {
      tag: r.tag,
      ...(r.linkChars > 0 ? { linkChars: r.linkChars } : {}),
      ...(r.level !== undefined ? { level: r.level } : {}),
      ...(r.media ? { media: true } : {}),
      ...(r.card ? { chrome: CARD } : {}),
    };
    blocks.push({ index: blocks.length, text: r.text, start: r.start, end: r.end, line: r.line, kind: r.kind, hints });
  }
  return { blocks, empties };
}

/**
 * Segment a markdown page: blocks for the pipeline, plus the blocks that hold no text.
 * Offsets are into `input`; `input.slice(start, end)` is the block's markdown source.
 */
export function segmentMarkdown(input: string): MarkdownSegments {
  return splitRaw(rawBlocks(input));
}
