import { HTMLPARSER2_VOID_ELEMENTS } from '../guard/elements.js';
import { type DomDocument, type DomNode, ELEMENT_NODE } from './dom-types.js';
import { parseWindowless } from './jsdom-window.js';
import { loadHtmlparser2, loadJsdom, loadLinkedom } from './load.js';

/**
 * Parsing the stripped page with the chosen DOM, and finding where each node came from in the
 * string that was parsed.
 * - jsdom: scripts off (its default), no resource loading (its default), a silent console, node
 *   locations from parse5. Each page is a new document of one blank window (`jsdom-window.ts`:
 *   a window per page stays alive until the event loop turns); when jsdom's internals are not
 *   where that module looks, a window per page, closed after use.
 * - linkedom: no locations of its own. linkedom builds its tree from htmlparser2's callbacks, one
 *   node per callback, in source order and never moved, so a second htmlparser2 pass with the
 *   same options records each node's range, and the n-th node in document order is the n-th
 *   node created. An element whose range does not open with "<" is reported as unlocated (its
 *   block then takes the range of its text), so a misaligned count can never give a wrong range.
 */

/** A parsed page. Offsets are into the string that was parsed (the stripped page). */
export interface ParsedPage {
  readonly document: DomDocument;
  /**
   * Source range [start, end) of a node, given the node and its number in document order among
   * element, text and comment nodes; undefined when the parser made the node up (`<tbody>`,
   * a missing `<body>`).
   */
  locate(node: DomNode, seq: number): readonly [number, number] | undefined;
  /** Release the window (jsdom); a no-op for linkedom. */
  close(): void;
}

/** The DOM implementation: jsdom (the spec's parser, slower) or linkedom (fast, lenient). */
export type DomBackend = 'jsdom' | 'linkedom';

function parseJsdom(html: string): ParsedPage {
  const windowless = parseWindowless(html);
  if (windowless) return { document: windowless.document, locate: (node) => windowless.locate(node), close: windowless.close };
  return parseJsdomWindow(html);
}

/** The public path: a window per page (jsdom frees it once the event loop turns). */
function parseJsdomWindow(html: string): ParsedPage {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM(html, { includeNodeLocations: true, virtualConsole: new VirtualConsole() });
  return {
    document: dom.window.document,
    locate(node) {
      const at = dom.nodeLocation(node);
      return at ? [at.startOffset, at.endOffset] : undefined;
    },
    close: () => {
      // jsdom keeps a window alive until the event loop turns (a pending load-event tick): detach
      // the tree first, so a synchronous loop of clean() calls holds empty windows, not whole pages
      // (docs/security.md, "Memory").
      const doc = dom.window.document as unknown as { documentElement: { remove(): void } | null };
      doc.documentElement?.remove();
      dom.window.close();
    },
  };
}


/** Ranges of every node htmlparser2 creates, in creation order: [start0, end0, start1, end1, …]. */
function nodeRanges(html: string): Int32Array {
  const { Parser } = loadHtmlparser2();
  let ranges = new Int32Array(1024);
  let count = 0;
  const open: number[] = [];
  const push = (start: number, end: number): number => {
    if (count * 2 + 2 > ranges.length) {
      const grown = new Int32Array(ranges.length * 2);
      grown.set(ranges);
      ranges = grown;
    }
    ranges[count * 2] = start;
    ranges[count * 2 + 1] = end;
    count += 1;
    return count - 1;
  };
  const parser = new Parser(
    {
      // The tag name, not the whole tag: one callback per element all the same (implied ones
      // included), and without an `onopentag` handler the parser skips building attribute maps.
      onopentagname: () => open.push(push(parser.startIndex, -1)),
      onclosetag: (name, implied) => {
        const k = open.pop();
        if (k === undefined) return;
        const start = ranges[k * 2] as number;
        // An explicit end tag (or a void element) ends at its ">"; an implied end where the next token starts.
        let end = implied && !HTMLPARSER2_VOID_ELEMENTS.has(name) ? parser.startIndex : parser.endIndex + 1;
        if (end <= start) end = parser.endIndex + 1;
        ranges[k * 2 + 1] = Math.min(end, html.length);
      },
      ontext: () => void push(parser.startIndex, parser.endIndex + 1),
      oncomment: () => void push(parser.startIndex, parser.endIndex + 1),
    },
    // linkedom's own options (shared/parse-from-string.js): the same tokens, the same tree.
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return ranges.subarray(0, count * 2);
}

function parseLinkedom(html: string): ParsedPage {
  const { parseHTML } = loadLinkedom();
  const { document } = parseHTML(html);
  const ranges = nodeRanges(html);
  return {
    document,
    locate(node, seq) {
      if (seq < 0 || seq * 2 + 1 >= ranges.length) return undefined;
      const start = ranges[seq * 2] as number;
      if (node.nodeType === ELEMENT_NODE && html.charCodeAt(start) !== 60 /* < */) return undefined;
      return [start, ranges[seq * 2 + 1] as number];
    },
    close: () => undefined,
  };
}

/** Parse the stripped page with the chosen DOM. */
export function parsePage(html: string, backend: DomBackend): ParsedPage {
  return backend === 'linkedom' ? parseLinkedom(html) : parseJsdom(html);
}
