/**
 * The DOM subset chaff uses, written out so that jsdom and linkedom both satisfy it and the code
 * never reaches for an API only one of them has (linkedom has no layout, no `innerText`, no
 * node locations). Keeping these local also keeps the DOM lib types out of the build.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

/** A node of either DOM. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  /** Text of a text or comment node; null on elements. */
  readonly nodeValue: string | null;
  readonly textContent: string | null;
}

/** An element of either DOM. */
export interface DomElement extends DomNode {
  /** Lowercase tag name. */
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  hasAttributes(): boolean;
  getAttributeNode(name: string): { readonly value: string } | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  /** Detach from the parent (ChildNode.remove). */
  remove(): void;
  /** Append `node` as the last child (Node.appendChild). */
  appendChild(node: DomNode): DomNode;
  textContent: string | null;
  readonly outerHTML: string;
}

/** A document of either DOM. */
export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  createElement(localName: string): DomElement;
}

/**
 * An attribute's value, or null. Read through `getAttributeNode`: the same in both DOMs, and
 * faster than `getAttribute` in both (linkedom's escapes the value and builds a class list).
 */
export function attr(el: DomElement, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** The node as an element, when it is one. */
export function asElement(node: DomNode): DomElement | undefined {
  return node.nodeType === ELEMENT_NODE ? (node as DomElement) : undefined;
}
