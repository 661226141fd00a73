import { COMMENT_NODE, type DomDocument, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom-types.js';
import type { Run } from './runs.js';

/** Locates a node in the parsed string (see `ParsedPage.locate`). */
export type Locate = (node: DomNode, seq: number) => readonly [number, number] | undefined;

/** Range from the first to the last top-level node a run's text came from. */
export function spanOf(run: Run, locate: Locate): readonly [number, number] | undefined {
  if (!run.first || !run.last) return undefined;
  const a = locate(run.first.node, run.first.seq);
  const b = run.last === run.first ? a : locate(run.last.node, run.last.seq);
  return a && b ? [a[0], Math.max(a[1], b[1])] : undefined;
}

/**
 * Pre-order walk over every element, text and comment node (numbered in document order, as
 * `ParsedPage.locate` expects), calling `enter` on the way down and `leave` on the way up.
 */
export function traverse<O>(
  doc: DomDocument,
  enter: (node: DomNode, type: number, seq: number) => O | undefined,
  leave: (o: O | undefined) => void,
  setDepth: (depth: number) => void,
): void {
  const opened: (O | undefined)[] = [];
  let seq = -1;
  // Top-level nodes from `childNodes`: linkedom leaves its doctype out of the sibling chain.
  const tops = Array.from(doc.childNodes).filter((n) => n.nodeType !== 10);
  let topIndex = 0;
  let node: DomNode | null = tops[0] ?? null;
  // Each DOM property is read once per node: in jsdom every read crosses a wrapper.
  while (node) {
    const type = node.nodeType;
    const counted = type === ELEMENT_NODE || type === TEXT_NODE || type === COMMENT_NODE;
    if (counted) seq += 1;
    setDepth(opened.length);
    const o = counted ? enter(node, type, seq) : undefined;
    const child: DomNode | null = type === ELEMENT_NODE ? node.firstChild : null;
    if (child) {
      opened.push(o);
      node = child;
      continue;
    }
    leave(o);
    let next: DomNode | null = opened.length > 0 ? node.nextSibling : null;
    while (!next && opened.length > 0) {
      node = node.parentNode as DomNode;
      leave(opened.pop());
      next = opened.length > 0 ? node.nextSibling : null;
    }
    if (opened.length > 0) node = next;
    else {
      topIndex += 1;
      node = tops[topIndex] ?? null;
    }
  }
}
