import type { ChromeName } from '../page/block.js';
import { attr, type DomElement, type DomNode, ELEMENT_NODE } from './dom-types.js';
import { CLASS_CONCEPTS, classConcept, type TokenConcept } from './tokens.js';

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

/**
 * Elements whose text the reader never sees as text (fallback content a current browser does not
 * show, form values). Not `<object>`: no browser runs its plugins any more, so its fallback
 * content is what a reader sees.
 */
export const SILENT_TAGS: ReadonlySet<string> = new Set([
  'audio', 'canvas', 'datalist', 'embed', 'iframe', 'map', 'noembed', 'noframes', 'option',
  'optgroup', 'select', 'textarea', 'video',
]);

/** Table parts that do not make a table a layout table. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
/** A table is scanned this far for block content before it is called a data table (bounds the scan). */
const LAYOUT_SCAN_NODES = 4000;

/** Structural elements re-created around kept blocks when rendering markdown or HTML. */
export const STRUCTURE_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'blockquote', 'table', 'figure', 'details']);

/** Elements that mark the article itself: headers inside them are not page headers. */
export function isArticleElement(el: DomElement, tag: string, attributed = true): boolean {
  if (tag === 'article' || tag === 'main') return true;
  if (!attributed) return false;
  const role = attr(el, 'role');
  if (role === 'main' || role === 'article') return true;
  return (attr(el, 'itemprop') ?? '').includes('articleBody');
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
  if (attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== null && style.length < 2000 && HIDDEN_STYLE.test(style);
}

/** Chrome named by the element and its role. */
export type ChromeSignal = ChromeName;

const NAV: ChromeSignal = { reason: 'navigation', rule: 'dom/nav' };
const SEARCH: ChromeSignal = { reason: 'navigation', rule: 'dom/search' };
const PAGE_HEADER: ChromeSignal = { reason: 'navigation', rule: 'dom/header' };
const PAGE_FOOTER: ChromeSignal = { reason: 'navigation', rule: 'dom/footer' };
const ASIDE: ChromeSignal = { reason: 'related', rule: 'dom/aside' };
const DIALOG: ChromeSignal = { reason: 'call-to-action', rule: 'dom/dialog' };
const FORM: ChromeSignal = { reason: 'call-to-action', rule: 'dom/form' };
/** An element hidden by its attributes or inline style (`hints.ts` lets one that holds prose go: a closed tab or accordion panel). */
export const HIDDEN: ChromeSignal = { reason: 'low-content', rule: 'dom/hidden' };

/** ARIA roles that name chrome (Maps, not object literals: a role of "constructor" finds nothing). */
const ROLES: ReadonlyMap<string, ChromeSignal> = new Map([
  ['navigation', NAV], ['menu', NAV], ['menubar', NAV], ['search', SEARCH], ['banner', PAGE_HEADER],
  ['contentinfo', PAGE_FOOTER], ['complementary', ASIDE], ['dialog', DIALOG], ['alertdialog', DIALOG],
]);

/** Elements that are chrome by their tag (`header` is handled apart: inside an article it is not). */
const TAGS: ReadonlyMap<string, ChromeSignal> = new Map([
  ['nav', NAV], ['menu', NAV], ['search', SEARCH], ['footer', PAGE_FOOTER], ['aside', ASIDE], ['dialog', DIALOG], ['form', FORM],
]);

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements looked at, in document order, for the heading a section's id was made from. */
const SLUG_LOOKAHEAD = 12;
/** A slug names chrome words by accident only when it is a phrase: one word ("comments") may be the author's name for the section. */
const MIN_SLUG_WORDS = 2;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

function slugWords(text: string): string[] {
  return text.toLowerCase().split(NON_ALNUM).filter(Boolean);
}

/**
 * Whether `id` was generated from the element's heading (Sphinx's `<section id="sharing-with-
 * others"><h2>Sharing with others</h2>`, a docs generator's or a CMS's anchor): the heading's
 * words, perhaps with a numeric suffix for a repeat ("-1"). Such an id says what the section is
 * about, not that it is chrome: it is no class evidence.
 */
export function isHeadingSlug(el: DomElement, tag: string, id: string): boolean {
  const words = slugWords(id);
  while (words.length > MIN_SLUG_WORDS && /^\d+$/u.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length < MIN_SLUG_WORDS) return false;
  const heading = HEADING_TAGS.has(tag) ? el : leadingHeading(el);
  const text = heading ? slugWords(heading.textContent ?? '') : [];
  // A numbered heading ("2.1 Sharing with others") keeps its number out of the id.
  while (text.length > words.length && /^\d+$/u.test(text[0] ?? '')) text.shift();
  return text.length === words.length && text.every((w, i) => w === words[i]);
}

/** The first heading among the element's first SLUG_LOOKAHEAD descendants, in document order. */
function leadingHeading(el: DomElement): DomElement | undefined {
  let seen = 0;
  let node: DomNode | null = el.firstChild;
  while (node !== null && seen < SLUG_LOOKAHEAD) {
    if (node.nodeType === ELEMENT_NODE) {
      seen += 1;
      const child = node as DomElement;
      if (HEADING_TAGS.has(child.localName)) return child;
      if (child.firstChild !== null) {
        node = child.firstChild;
        continue;
      }
    }
    node = nextInTree(node, el);
  }
  return undefined;
}

/** The next node after `node` in document order that stays inside `root` (skipping `node`'s children). */
function nextInTree(node: DomNode, root: DomNode): DomNode | null {
  let at: DomNode | null = node;
  while (at !== null && at !== root) {
    if (at.nextSibling !== null) return at.nextSibling;
    at = at.parentNode;
  }
  return null;
}

/** A class concept, unless it names comments on a page whose comments are its content. */
function unlessComments(concept: TokenConcept | undefined, commentsAreContent: boolean): TokenConcept | undefined {
  return commentsAreContent && concept?.reason === 'comments' ? undefined : concept;
}

/**
 * The chrome an element names, by (in this order) being hidden, its role, its tag, and its class
 * and id words. `inArticle`: inside `article`/`main`, where a `header` holds the headline.
 * `attributed`: false when the element has no attributes (only its tag can speak). `cache`: a
 * per-page memo of class/id strings. `commentsAreContent`: the page declares a discussion (a forum
 * thread's posts sit in `#comments`), so a class naming comments names no chrome.
 */
export function chromeOf(
  el: DomElement,
  tag: string,
  inArticle: boolean,
  attributed = true,
  cache?: Map<string, TokenConcept | undefined>,
  commentsAreContent = false,
): ChromeSignal | undefined {
  if (!attributed) return tag === 'header' ? (inArticle ? undefined : PAGE_HEADER) : TAGS.get(tag);
  if (isHidden(el)) return HIDDEN;
  const role = attr(el, 'role');
  if (role !== null) {
    const byRole = ROLES.get(role.trim().toLowerCase());
    if (byRole && !(byRole === PAGE_HEADER && inArticle)) return byRole;
  }
  if (tag === 'header') return inArticle ? undefined : PAGE_HEADER;
  if (tag === 'form' && /search/iu.test(attr(el, 'action') ?? '')) return SEARCH;
  const byTag = TAGS.get(tag);
  if (byTag) return byTag;
  if (attr(el, 'aria-modal') === 'true') return DIALOG;
  // Class and id looked up apart: class strings repeat across a page (the memo hits), ids do not.
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  const byClass = cls ? unlessComments(classConcept(cls, cache), commentsAreContent) : undefined;
  const byId = id && !isHeadingSlug(el, tag, id) ? unlessComments(classConcept(id, cache), commentsAreContent) : undefined;
  if (!byClass || !byId) return byClass ?? byId;
  return CLASS_CONCEPTS.indexOf(byClass) <= CLASS_CONCEPTS.indexOf(byId) ? byClass : byId;
}
