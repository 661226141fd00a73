import type { Reason, RuleId } from '../types.js';
import type { DomElement } from './dom-types.js';
import { classConcept } from './tokens.js';

/**
 * What an element's tag and attributes say: where blocks begin and end, which text is never
 * shown, and which elements are chrome by their semantics (`nav`, `role="contentinfo"`,
 * `aria-hidden`, a "share-bar" class…).
 */

/** Elements that begin and end a block of text (HTML's block-level flow content, plus `title`). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'search', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'title', 'tr', 'ul',
]);

/** Table cells: blocks in a layout table, column separators in a data table. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose text the reader never sees as text (fallback content, form values). */
export const SILENT_TAGS: ReadonlySet<string> = new Set([
  'audio', 'canvas', 'datalist', 'embed', 'iframe', 'map', 'noembed', 'noframes', 'object', 'option',
  'optgroup', 'select', 'textarea', 'video',
]);

/** Table parts that do not make a table a layout table. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
/** A table is scanned this far for block content before it is called a data table (bounds the scan). */
const LAYOUT_SCAN_NODES = 4000;

/** Structural elements re-created around kept blocks when rendering markdown or HTML. */
export const STRUCTURE_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'blockquote', 'table', 'figure', 'details']);

/** Elements that mark the article itself: headers inside them are not page headers. */
export function isArticleElement(el: DomElement, tag: string): boolean {
  if (tag === 'article' || tag === 'main') return true;
  const role = el.getAttribute('role');
  if (role === 'main' || role === 'article') return true;
  return (el.getAttribute('itemprop') ?? '').includes('articleBody');
}

/** A table with block content in its cells (paragraphs, lists, nested tables) lays out a page. */
export function isLayoutTable(table: DomElement): boolean {
  let node = table.firstChild;
  let seen = 0;
  while (node && node !== table && seen < LAYOUT_SCAN_NODES) {
    seen += 1;
    if (node.nodeType === 1) {
      const tag = (node as DomElement).localName;
      if (BLOCK_TAGS.has(tag) && !TABLE_PARTS.has(tag)) return true;
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== table && !node.nextSibling) node = node.parentNode;
    node = node && node !== table ? node.nextSibling : null;
  }
  return false;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;

/** Hidden from every reader: `hidden`, `aria-hidden="true"`, or an inline `display:none`. */
export function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && HIDDEN_STYLE.test(style);
}

/** Chrome named by the element and its role. */
export interface ChromeSignal {
  readonly reason: Reason;
  readonly rule: RuleId;
}

const ROLES: Readonly<Record<string, ChromeSignal>> = {
  navigation: { reason: 'navigation', rule: 'dom/nav' },
  menu: { reason: 'navigation', rule: 'dom/nav' },
  menubar: { reason: 'navigation', rule: 'dom/nav' },
  search: { reason: 'navigation', rule: 'dom/search' },
  banner: { reason: 'navigation', rule: 'dom/header' },
  contentinfo: { reason: 'navigation', rule: 'dom/footer' },
  complementary: { reason: 'related', rule: 'dom/aside' },
  dialog: { reason: 'call-to-action', rule: 'dom/dialog' },
  alertdialog: { reason: 'call-to-action', rule: 'dom/dialog' },
};

const TAGS: Readonly<Record<string, ChromeSignal>> = {
  nav: ROLES.navigation as ChromeSignal,
  menu: ROLES.navigation as ChromeSignal,
  search: ROLES.search as ChromeSignal,
  footer: ROLES.contentinfo as ChromeSignal,
  aside: ROLES.complementary as ChromeSignal,
  dialog: ROLES.dialog as ChromeSignal,
  form: { reason: 'call-to-action', rule: 'dom/form' },
};

const HIDDEN: ChromeSignal = { reason: 'low-content', rule: 'dom/hidden' };
const PAGE_HEADER: ChromeSignal = ROLES.banner as ChromeSignal;

/**
 * The chrome an element names, by (in this order) being hidden, its role, its tag, and its class
 * and id words. `inArticle`: inside `article`/`main`, where a `header` holds the headline.
 */
export function chromeOf(el: DomElement, tag: string, inArticle: boolean): ChromeSignal | undefined {
  if (isHidden(el)) return HIDDEN;
  const role = el.getAttribute('role');
  if (role !== null) {
    const byRole = ROLES[role.trim().toLowerCase()];
    if (byRole && !(byRole === PAGE_HEADER && inArticle)) return byRole;
  }
  if (tag === 'header') return inArticle ? undefined : PAGE_HEADER;
  if (tag === 'form' && /search/iu.test(`${el.getAttribute('role') ?? ''} ${el.getAttribute('action') ?? ''}`)) return TAGS.search;
  const byTag = TAGS[tag];
  if (byTag) return byTag;
  if (el.getAttribute('aria-modal') === 'true') return TAGS.dialog;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.length > 1 ? classConcept(names) : undefined;
}
