import { IMPLIED_END_SEARCH } from './caps.js';

/**
 * An approximate stack of open elements, enough to measure nesting depth as an HTML parser
 * builds it: the common implied ends (`<p>` closed by a block, `<li>` by `<li>`, cells and rows,
 * options, headings, `<a>`) are applied; everything else nests. Every approximation errs towards
 * more depth, never less, so a page the guard lets through cannot nest deeper than measured.
 * Names are kept in a Map (tag names such as `__proto__` are just strings here).
 */

/** Start tags that close an open `<p>` (the HTML standard's "close a p element" list). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'ul',
  'xmp', 'dd', 'dt',
]);
/** Elements an implied-end search never crosses (scope boundaries). */
const BOUNDARY = new Set(['table', 'td', 'th', 'caption', 'button', 'template', 'object', 'marquee', 'applet', 'svg', 'math']);
/** List boundaries for `<li>`, `<dt>`, `<dd>`. */
const LIST_BOUNDARY = new Set([...BOUNDARY, 'ul', 'ol', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELLS = ['td', 'th'];
const ROW_PARTS = ['tr', 'td', 'th'];
const SECTIONS = ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'];
const TABLE_BOUNDARY = new Set(['table', 'template']);
/** No boundary: an end tag closes its element wherever it is. */
const NONE: ReadonlySet<string> = new Set();
/** Roots of foreign content, where `/>` closes an element. */
const FOREIGN = new Set(['svg', 'math']);

export class OpenElements {
  private readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  private foreign = 0;

  get depth(): number {
    return this.names.length;
  }

  /** Inside `<svg>` or `<math>`, where `<x/>` opens nothing. */
  get inForeign(): boolean {
    return this.foreign > 0;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign += 1;
  }

  /** Pop down to (and including) the element at `index`. */
  private popTo(index: number): void {
    while (this.names.length > index) {
      const name = this.names.pop() as string;
      this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
      if (FOREIGN.has(name)) this.foreign -= 1;
    }
  }

  /**
   * Close the nearest open element named in `targets`, unless a boundary comes first or it is
   * more than `limit` levels down. Returns whether one was closed.
   */
  closeNearest(targets: readonly string[], boundary: ReadonlySet<string>, limit = IMPLIED_END_SEARCH): boolean {
    if (!targets.some((t) => this.has(t))) return false;
    const stop = Math.max(0, this.names.length - limit);
    for (let k = this.names.length - 1; k >= stop; k -= 1) {
      const name = this.names[k] as string;
      if (targets.includes(name)) {
        this.popTo(k);
        return true;
      }
      if (boundary.has(name)) return false;
    }
    return false;
  }

  /** The implied ends a start tag `name` causes. */
  impliedEnds(name: string): void {
    if (CLOSES_P.has(name)) this.closeNearest(['p'], BOUNDARY);
    if (name === 'li') this.closeNearest(['li'], LIST_BOUNDARY);
    else if (name === 'dt' || name === 'dd') this.closeNearest(['dt', 'dd'], LIST_BOUNDARY);
    else if (name === 'td' || name === 'th') this.closeNearest(CELLS, TABLE_BOUNDARY);
    else if (name === 'tr') this.closeNearest(ROW_PARTS, TABLE_BOUNDARY);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') this.closeNearest(SECTIONS, TABLE_BOUNDARY);
    else if (name === 'option') this.closeNearest(['option'], BOUNDARY, 1);
    else if (name === 'optgroup') this.closeNearest(['option', 'optgroup'], BOUNDARY, 2);
    else if (name === 'a') this.closeNearest(['a'], BOUNDARY);
    if (HEADINGS.has(name) && HEADINGS.has(this.names[this.names.length - 1] ?? '')) this.popTo(this.names.length - 1);
  }

  /** An end tag: close the nearest open element of that name (amortised: what is popped is gone). */
  close(name: string): void {
    if (this.has(name)) this.closeNearest([name], NONE, this.names.length);
  }
}
