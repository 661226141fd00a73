import { type DefaultTreeAdapterMap, html as htmlSpec, type TreeAdapter } from 'parse5';

/**
 * The skeletal tree `tree.ts` reads a page into: parse5's `TreeAdapter` over nodes that hold only
 * a tag, a namespace, a source range, a depth and children (no text, no attributes), counting
 * what the tree builder creates and how deep it attaches it, and stopping the parse (by throwing
 * BudgetPassed) when a budget passes.
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

export interface TreeText {
  readonly kind: 'text';
  parent: TreeNode | undefined;
}

export type TreeNode = TreeElement | TreeText | TreeRoot;

export interface TreeRoot {
  readonly kind: 'root';
  readonly children: TreeNode[];
  depth: number;
  parent: undefined;
}

/** The budgets the adapter enforces (`TreeBudget` in tree.ts; defaults from `treeBudget`). */
export interface AdapterBudget {
  readonly maxElements: number;
  readonly maxDepth: number;
  /** Most depth summed over the elements built (a deep element costs a DOM more than a shallow one). */
  readonly maxDepthSum: number;
}

/** The parser state the adapter reads and updates (the recording parser in tree.ts). */
export interface ParserHooks {
  pending: { readonly start: number; element: TreeElement | undefined } | undefined;
  verbatim: number;
}

/** Thrown inside the parse to stop it; caught by `readTree` (never escapes). */
export class BudgetPassed {
  constructor(readonly cap: 'elements' | 'depth') {}
}

/** Elements whose white space is text (`<pre>`, `<listing>`, `<textarea>`). */
const VERBATIM = new Set(['pre', 'listing', 'textarea']);

export type Loc = { startOffset: number; endOffset: number; startTag?: unknown; attrs?: Record<string, { startOffset: number; endOffset: number }> };

function newElement(name: string, ns: string): TreeElement {
  return { name, ns, start: -1, end: -1, depth: 0, parent: undefined, children: [] };
}

/** What the adapter counts while the page is read. */
export interface TreeState {
  elements: number;
  depth: number;
  depthSum: number;
  parser?: ParserHooks;
}

/** The skeletal tree adapter: counts what is created and how deep it is attached. */
export function skeletonAdapter(budget: AdapterBudget, state: TreeState): TreeAdapter<DefaultTreeAdapterMap> {
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

