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
  enter: (node: DomNode, seq: number) => O | undefined,
  leave: (o: O | undefined) => void,
  setDepth: (depth: number) => void,
): void {
  const opened: (O | undefined)[] = [];
  let seq = -1;
  // Top-level nodes from `childNodes`: linkedom leaves its doctype out of the sibling chain.
  const tops = Array.from(doc.childNodes).filter((n) => n.nodeType !== 10);
  let topIndex = 0;
  let node: DomNode | null = tops[0] ?? null;
  while (node) {
    const counted = node.nodeType === ELEMENT_NODE || node.nodeType === TEXT_NODE || node.nodeType === COMMENT_NODE;
    if (counted) seq += 1;
    setDepth(opened.length);
    const o = counted ? enter(node, seq) : undefined;
    const child: DomNode | null = node.firstChild;
    if (child) {
      opened.push(o);
      node = child;
      continue;
    }
    leave(o);
    while (node && opened.length > 0 && !node.nextSibling) {
      node = node.parentNode;
      leave(opened.pop());
    }
    if (opened.length > 0) node = node ? node.nextSibling : null;
    else {
      topIndex += 1;
      node = tops[topIndex] ?? null;
    }
  }
}
