import type { GuardedHtml } from '../guard/html.js';
import { type DomDocument, type DomNode, TEXT_NODE } from './dom-types.js';
import { type OffsetMap, toInput } from './offsets.js';
import type { WalkResult } from './walk-types.js';

/**
 * The words of an unclosed `<title>` the guard recovered (`GuardedHtml.recoveredTitle`) are the
 * page's title, not body text. The tree builder holds them as loose text — in the body on jsdom,
 * in the head on linkedom, each with another run range — so they are found by their range in the
 * input, the same on both DOMs: the walk's block made of them becomes the `<title>` block (`tag:
 * 'title'`: never rendered, scored as the title line, its range the words themselves), fills
 * `head.title`, and its text node becomes the document's `<title>` before Readability reads it
 * (loose, it was body text on jsdom and hid the title from Readability on both: each picked
 * another container than on the page with its `</title>`). A block that reaches past the words
 * (they ran into body text) stays body text. `html` is the parsed (stripped) page, `map` takes
 * its offsets back to the input.
 */
export function markRecoveredTitle(doc: DomDocument, walk: WalkResult, html: string, map: OffsetMap, input: string, range: GuardedHtml['recoveredTitle']): void {
  if (range === undefined) return;
  const words = input.slice(range.start, range.end).trim();
  const at = walk.blocks.findIndex((b) => b.text.length > 0 && toInput(map, b.start, 'start') < range.end && toInput(map, b.end, 'end') > range.start);
  const block = walk.blocks[at];
  // Entities and spaces only shorten the words: a longer block holds more than the title.
  if (block === undefined || words === '' || block.text.length > words.length) return;
  const start = html.indexOf(words, block.start);
  if (start < 0 || start >= block.end) return;
  walk.blocks[at] = { ...block, tag: 'title', start, end: start + words.length, whole: false };
  walk.head.title ??= block.text;
  moveIntoTitle(doc, walk.owners[block.owner], block.text);
}

/** Move the owner's child text node that reads `text` (collapsed) into a new `<title>` in the head. */
function moveIntoTitle(doc: DomDocument, owner: DomNode | undefined, text: string): void {
  for (let node = owner?.firstChild ?? null; node !== null; node = node.nextSibling) {
    if (node.nodeType !== TEXT_NODE || (node.nodeValue ?? '').replace(/\s+/gu, ' ').trim() !== text) continue;
    const title = doc.createElement('title');
    // appendChild moves the node: it leaves the body (or wherever the tree builder put it).
    title.appendChild(node);
    doc.head?.appendChild(title);
    return;
  }
}
