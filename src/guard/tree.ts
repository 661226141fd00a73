import { type DefaultTreeAdapterMap, html as htmlSpec, InsertionMode, Parser, type ParserOptions, type Token, type TreeAdapter } from 'parse5';
import { elementBudget, MAX_TREE_DEPTH, MEAN_DEPTH } from './caps.js';

/**
 * The page as the HTML standard's parser builds it — parse5, the tree builder jsdom itself runs —
 * read once before any DOM sees the page. Hand-written tag readers cannot know what the tree
 * builder does with a token (reopen 250 formatting elements in every paragraph, deepen the tree
 * on a misnested end tag, foster-parent text out of a table, leave foreign content at `<p>`,
 * end a comment at `--!>`), and each of those was a denial of service or silent data loss. So:
 * - the element budget counts the elements the tree builder *creates* (reconstructed formatting
 *   elements and adoption-agency clones included) and the depth it *builds*, and stops the page
 *   at the token that passes either, so no DOM ever receives an N×M tree;
 * - the pre-parse strip (`html/strip.ts`) takes what it cuts from this tree's tokens and elements
 *   (their exact source ranges, their namespace), so what it cuts is what the parser would build.
 * The tree kept here is skeletal (tag, namespace, range, children; no text, no attributes) and is
 * dropped after the call. Written on parse5's public `Parser` and `TreeAdapter` (no maintained
 * library answers "which start tag made the N-th element"), with scripting off, as jsdom parses.
 */

/** One element of the skeletal tree. */
export interface TreeElement {
  readonly name: string;
  readonly ns: string;
  /** Offset of the start tag that made it (an element the parser made up has none: -1). */
  start: number;
  /** Offset just past its end tag, or where it was closed implicitly; -1 while open. */
  end: number;
  depth: number;
  parent: TreeNode | undefined;
  readonly children: TreeNode[];
}

interface TreeText {
  readonly kind: 'text';
  parent: TreeNode | undefined;
}

type TreeNode = TreeElement | TreeText | TreeRoot;

interface TreeRoot {
  readonly kind: 'root';
  readonly children: TreeNode[];
  depth: number;
  parent: undefined;
}

/** An attribute of a start tag: its whole source range (`name="value"`). */
export interface AttributeRange {
  readonly name: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A token of the page, in source order. */
export type TreeToken =
  | { readonly kind: 'start'; readonly name: string; readonly start: number; readonly end: number; readonly attrs: readonly AttributeRange[]; element: TreeElement | undefined }
  | { readonly kind: 'end' | 'comment' | 'doctype'; readonly name: string; readonly start: number; readonly end: number }
  /**
   * Character data, adjacent runs merged into one; `space`: white space only, `verbatim`: inside
   * `<pre>`, `<textarea>` or raw text.
   */
  | { readonly kind: 'text'; readonly start: number; end: number; space: boolean; readonly verbatim: boolean };

/** What reading the page found. */
export interface PageTree {
  /** Tokens up to where the page was stopped (all of them when it was not). */
  readonly tokens: readonly TreeToken[];
  /** Elements the tree builder created. */
  readonly elements: number;
  /** Deepest element nesting built. */
  readonly depth: number;
  /** Where the page was stopped for passing a budget, and which. */
  readonly stopped?: { readonly at: number; readonly cap: 'elements' | 'depth' };
}

/** Budgets for one page. */
export interface TreeBudget {
  readonly maxElements: number;
  readonly maxDepth: number;
  /** Most depth summed over the elements built (a deep element costs a DOM more than a shallow one). */
  readonly maxDepthSum: number;
}

/** The default budget for a page of `length` characters. */
export function treeBudget(length: number): TreeBudget {
  const maxElements = elementBudget(length);
  return { maxElements, maxDepth: MAX_TREE_DEPTH, maxDepthSum: maxElements * MEAN_DEPTH };
}


/**
 * Most tokens read: end tags and text create no element, so a page of a million `</x>` would
 * otherwise pass the element budget; each token is a few dozen bytes here.
 */
const MAX_TOKENS_PER_ELEMENT = 8;

/** Thrown inside the parse to stop it; caught by `readTree` (never escapes). */
class BudgetPassed {
  constructor(readonly cap: 'elements' | 'depth') {}
}

/** Elements whose white space is text (`<pre>`, `<listing>`, `<textarea>`). */
const VERBATIM = new Set(['pre', 'listing', 'textarea']);

type Loc = { startOffset: number; endOffset: number; startTag?: unknown; attrs?: Record<string, { startOffset: number; endOffset: number }> };

/** The parser, with each token recorded before the tree builder sees it. */
class RecordingParser extends Parser<DefaultTreeAdapterMap> {
  readonly tokens: TreeToken[] = [];
  /** Start offset of the token being processed. */
  at = 0;
  /** The start-tag record waiting for its element. */
  pending: (TreeToken & { kind: 'start' }) | undefined;
  verbatim = 0;
  maxTokens = Number.POSITIVE_INFINITY;

  private record(token: TreeToken): void {
    this.at = token.start;
    if (this.tokens.length >= this.maxTokens) throw new BudgetPassed('elements');
    this.tokens.push(token);
  }

  private text(token: Token.CharacterToken, space: boolean): void {
    const loc = token.location as Loc;
    const verbatim = this.verbatim > 0 || this.insertionMode === TEXT_MODE;
    // parse5 splits text at every change between white space and other characters: a run of
    // words is one record here, so records stay as few as the tags around them.
    const last = this.tokens[this.tokens.length - 1];
    if (last?.kind === 'text' && last.end === loc.startOffset && last.verbatim === verbatim) {
      this.at = loc.startOffset;
      last.end = loc.endOffset;
      last.space &&= space;
      return;
    }
    this.record({ kind: 'text', start: loc.startOffset, end: loc.endOffset, space, verbatim });
  }

  override onStartTag(token: Token.TagToken): void {
    const loc = token.location as Loc;
    const attrs: AttributeRange[] = [];
    for (const a of token.attrs) {
      const at = loc.attrs?.[a.name];
      if (at) attrs.push({ name: a.name, value: a.value, start: at.startOffset, end: at.endOffset });
    }
    const rec = { kind: 'start' as const, name: token.tagName, start: loc.startOffset, end: loc.endOffset, attrs, element: undefined };
    this.record(rec);
    this.pending = rec;
    super.onStartTag(token);
    this.pending = undefined;
  }

  override onEndTag(token: Token.TagToken): void {
    const loc = token.location as Loc;
    this.record({ kind: 'end', name: token.tagName, start: loc.startOffset, end: loc.endOffset });
    super.onEndTag(token);
  }

  override onComment(token: Token.CommentToken): void {
    const loc = token.location as Loc;
    this.record({ kind: 'comment', name: '', start: loc.startOffset, end: loc.endOffset });
    super.onComment(token);
  }

  override onDoctype(token: Token.DoctypeToken): void {
    const loc = token.location as Loc;
    this.record({ kind: 'doctype', name: '', start: loc.startOffset, end: loc.endOffset });
    super.onDoctype(token);
  }

  override onEof(token: Token.EOFToken): void {
    // Elements closed by the end of input end there (parse5 would date them by the last tag read).
    this.currentToken = token;
    super.onEof(token);
  }

  override onCharacter(token: Token.CharacterToken): void {
    this.text(token, false);
    super.onCharacter(token);
  }

  override onNullCharacter(token: Token.CharacterToken): void {
    this.text(token, false);
    super.onNullCharacter(token);
  }

  override onWhitespaceCharacter(token: Token.CharacterToken): void {
    this.text(token, true);
    super.onWhitespaceCharacter(token);
  }
}

/** parse5's insertion mode for raw text and RCDATA content. */
const TEXT_MODE = InsertionMode.TEXT;

function newElement(name: string, ns: string): TreeElement {
  return { name, ns, start: -1, end: -1, depth: 0, parent: undefined, children: [] };
}

/** What the adapter counts while the page is read. */
interface TreeState {
  elements: number;
  depth: number;
  depthSum: number;
  parser?: RecordingParser;
}

/** The skeletal tree adapter: counts what is created and how deep it is attached. */
function skeletonAdapter(budget: TreeBudget, state: TreeState): TreeAdapter<DefaultTreeAdapterMap> {
  const attach = (parent: TreeNode, node: TreeNode) => {
    node.parent = parent;
    if ('ns' in node) {
      node.depth = ('depth' in parent ? parent.depth : 0) + 1;
      state.depthSum += node.depth;
      if (state.depthSum > budget.maxDepthSum) throw new BudgetPassed('elements');
      if (node.depth > state.depth) {
        state.depth = node.depth;
        if (node.depth > budget.maxDepth) throw new BudgetPassed('depth');
      }
    }
  };
  const detach = (node: TreeNode) => {
    const parent = node.parent;
    if (!parent || !('children' in parent)) return;
    const i = parent.children.lastIndexOf(node);
    if (i >= 0) parent.children.splice(i, 1);
    node.parent = undefined;
  };
  const adapter = {
    createDocument: () => ({ kind: 'root', children: [], depth: 0, parent: undefined }) as TreeRoot,
    createDocumentFragment: () => ({ kind: 'root', children: [], depth: 0, parent: undefined }) as TreeRoot,
    createElement(tagName: string, namespaceURI: string) {
      state.elements += 1;
      if (state.elements > budget.maxElements) throw new BudgetPassed('elements');
      return newElement(tagName, namespaceURI);
    },
    createCommentNode: () => ({ kind: 'text', parent: undefined }) as TreeText,
    createTextNode: () => ({ kind: 'text', parent: undefined }) as TreeText,
    appendChild(parent: TreeNode & { children: TreeNode[] }, node: TreeNode) {
      parent.children.push(node);
      attach(parent, node);
    },
    insertBefore(parent: TreeNode & { children: TreeNode[] }, node: TreeNode, ref: TreeNode) {
      const i = parent.children.indexOf(ref);
      parent.children.splice(i < 0 ? parent.children.length : i, 0, node);
      attach(parent, node);
    },
    setTemplateContent(template: TreeElement, content: TreeRoot) {
      content.depth = template.depth;
      (template as TreeElement & { content?: TreeRoot }).content = content;
    },
    getTemplateContent: (template: TreeElement & { content?: TreeRoot }) => template.content,
    setDocumentType: () => undefined,
    setDocumentMode: (doc: TreeRoot & { mode?: string }, mode: string) => void (doc.mode = mode),
    getDocumentMode: (doc: TreeRoot & { mode?: string }) => doc.mode ?? 'no-quirks',
    detachNode: detach,
    insertText(parent: TreeNode & { children: TreeNode[] }) {
      const last = parent.children[parent.children.length - 1];
      if (!last || !('kind' in last) || last.kind !== 'text') adapter.appendChild(parent, { kind: 'text', parent: undefined });
    },
    insertTextBefore(parent: TreeNode & { children: TreeNode[] }, _text: string, ref: TreeNode) {
      const i = parent.children.indexOf(ref);
      const before = parent.children[i - 1];
      if (!before || !('kind' in before) || before.kind !== 'text') adapter.insertBefore(parent, { kind: 'text', parent: undefined }, ref);
    },
    adoptAttributes: () => undefined,
    getFirstChild: (node: TreeNode & { children: TreeNode[] }) => node.children[0] ?? null,
    getChildNodes: (node: TreeNode & { children: TreeNode[] }) => node.children,
    getParentNode: (node: TreeNode) => node.parent ?? null,
    getAttrList: () => [],
    getTagName: (el: TreeElement) => el.name,
    getNamespaceURI: (el: TreeElement) => el.ns,
    getTextNodeContent: () => '',
    getCommentNodeContent: () => '',
    getDocumentTypeNodeName: () => '',
    getDocumentTypeNodePublicId: () => '',
    getDocumentTypeNodeSystemId: () => '',
    isTextNode: (node: TreeNode) => 'kind' in node && node.kind === 'text',
    isCommentNode: () => false,
    isDocumentTypeNode: () => false,
    isElementNode: (node: TreeNode) => 'ns' in node,
    setNodeSourceCodeLocation(node: TreeNode, loc: Loc | null) {
      if (!loc || !('ns' in node)) return;
      node.start = loc.startOffset;
      const parser = state.parser;
      // The element of the start tag being read (a reconstructed one carries an older tag's location).
      if (parser?.pending && node.start === parser.pending.start && parser.pending.element === undefined) parser.pending.element = node;
    },
    getNodeSourceCodeLocation: (node: TreeNode) => ('ns' in node && node.start >= 0 ? ({ startOffset: node.start } as never) : null),
    updateNodeSourceCodeLocation(node: TreeNode, loc: Partial<Loc>) {
      if ('ns' in node && loc.endOffset !== undefined) node.end = loc.endOffset;
    },
    onItemPush(el: TreeElement) {
      if (el.ns === htmlSpec.NS.HTML && VERBATIM.has(el.name) && state.parser) state.parser.verbatim += 1;
    },
    onItemPop(el: TreeElement) {
      if (el.ns === htmlSpec.NS.HTML && VERBATIM.has(el.name) && state.parser) state.parser.verbatim -= 1;
    },
  };
  return adapter as unknown as TreeAdapter<DefaultTreeAdapterMap>;
}

/**
 * Read `html` as the HTML standard's tree builder would, within `budget` (by default the element
 * budget for its length and MAX_TREE_DEPTH). Linear in the page: the parse stops at the token
 * that passes a budget (`stopped`), and the tokens before it are exact.
 */
export function readTree(html: string, budget: TreeBudget = treeBudget(html.length)): PageTree {
  const state: TreeState = { elements: 0, depth: 0, depthSum: 0 };
  const options: ParserOptions<DefaultTreeAdapterMap> = {
    treeAdapter: skeletonAdapter(budget, state),
    sourceCodeLocationInfo: true,
    scriptingEnabled: false,
  };
  const parser = new RecordingParser(options);
  parser.maxTokens = budget.maxElements * MAX_TOKENS_PER_ELEMENT;
  state.parser = parser;
  try {
    parser.tokenizer.write(html, true);
  } catch (error) {
    if (!(error instanceof BudgetPassed)) throw error;
    const at = parser.at;
    const tokens = parser.tokens;
    while (tokens.length > 0 && (tokens[tokens.length - 1] as TreeToken).start >= at) tokens.pop();
    return { tokens, elements: state.elements, depth: state.depth, stopped: { at, cap: error.cap } };
  }
  return { tokens: parser.tokens, elements: state.elements, depth: state.depth };
}
