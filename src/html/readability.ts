import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE } from './dom-types.js';
import { isHeadingSlug } from './elements.js';
import { loadReadability, type ReadabilityArticle } from './load.js';
import type { WalkResult } from './walk.js';

/**
 * Readability as a container finder. The walk has already read every block and its offsets
 * (Readability re-parses the body when it retries, which erases node locations), so Readability
 * may now have the document: it was parsed by chaff from the caller's string, and nothing the
 * caller holds is touched. Each block-holding element is tagged with a `data-chaff` attribute
 * first; attributes survive Readability's moves, tag changes and re-parses, so the tags found
 * inside the returned article say which blocks it chose. Chrome the walk named by DOM semantics
 * is taken out first (`pruneChrome`).
 */

/**
 * Readability is not run on pages nested deeper than this: its cost grows with depth times size
 * (12 s at depth 1,000 on jsdom, minutes at 3,000), while the deepest AEB page is 51 levels and
 * real pages rarely pass 30. Such pages are scored as a whole body by chaff alone.
 */
const MAX_READABILITY_DEPTH = 128;
/**
 * Nor on pages left with more elements than this once chrome is pruned (counted by the walk:
 * linkedom's `getElementsByTagName('*')` is empty, so Readability's own `maxElemsToParse` never
 * fires on it).
 * On a page whose attempts all fail Readability costs ~1 s per 3,000 elements (docs/security.md),
 * while the largest AEB page holds ~1,700 tags. Such pages are scored as a whole body too.
 */
export const MAX_READABILITY_ELEMENTS = 5_000;
/**
 * Readability retries with its filters relaxed (re-parsing the body each time) while its article
 * is shorter than this; its default is 500. chaff has its own fallback for a short article (the
 * whole body, `score/candidate.ts`), so fewer retries are needed: 100 scored best on AEB html (F1
 * +0.0005 over 500) and saves a twentieth of the time.
 */
const CHAR_THRESHOLD = 100;
/** Attribute that carries an owner id through Readability. */
const OWNER_ATTRIBUTE = 'data-chaff';

/** What Readability chose, and the metadata it read. */
export interface Container {
  /** Per block: inside the article Readability returned. */
  readonly inside: boolean[];
  /** Characters of the blocks inside. */
  readonly chars: number;
  readonly article: ReadabilityArticle;
}

/** Run Readability over the walked page; undefined when it finds nothing or throws. */
export function findContainer(doc: DomDocument, walk: WalkResult, chrome: readonly boolean[]): Container | undefined {
  if (walk.maxDepth > MAX_READABILITY_DEPTH) return undefined;
  const marked = new Set<number>();
  for (const b of walk.blocks) {
    if (marked.has(b.owner)) continue;
    marked.add(b.owner);
    walk.owners[b.owner]?.setAttribute(OWNER_ATTRIBUTE, String(b.owner));
  }
  // Hostile-input budget (docs/security.md): big pages are scored without Readability.
  if (walk.elements - pruneChrome(walk, chrome) > MAX_READABILITY_ELEMENTS) return undefined;
  dropHeadingSlugIds(doc);
  let article: ReadabilityArticle | null;
  try {
    const { Readability } = loadReadability();
    // The serializer hands back the element itself: chaff reads which blocks are in it, and
    // renders the kept blocks itself. JSON-LD is read from the strip pass (scripts are gone).
    const reader = new Readability(doc, {
      serializer: (el: DomElement) => el,
      disableJSONLD: true,
      keepClasses: true,
      charThreshold: CHAR_THRESHOLD,
    });
    skipDisplayPass(reader);
    article = reader.parse();
  } catch {
    return undefined;
  }
  const content = article?.content as DomElement | null | undefined;
  if (!article || !content) return undefined;
  const owners = ownersIn(content);
  let chars = 0;
  const inside = walk.blocks.map((b) => {
    const isIn = owners.has(b.owner);
    if (isIn) chars += b.text.length;
    return isIn;
  });
  return { inside, chars, article };
}

/**
 * Readability's last step prepares its article for display (absolute URLs, nested `<div>`s
 * unwrapped). chaff only reads which blocks the article holds and renders them itself, so the step
 * is skipped on this reader: a tenth of the linkedom path on AEB, same results. `_postProcessContent`
 * is private to Readability 0.6 (the version `package.json` allows); should it disappear, this does
 * nothing and the step simply runs.
 */
function skipDisplayPass(reader: object): void {
  if (typeof (reader as { _postProcessContent?: unknown })._postProcessContent === 'function') {
    Object.defineProperty(reader, '_postProcessContent', { value: () => undefined });
  }
}

/**
 * Readability reads class and id words as verdicts ("related", "comment", "share" unlikely;
 * "article", "content" likely), and an id a docs generator made from a section's heading
 * (`<section id="related-settings"><h2>Related settings</h2>`) names the topic, not chrome: it
 * took whole documentation sections out of the article. Such ids are removed before Readability
 * runs, as the walk already ignores them (`isHeadingSlug`).
 */
function dropHeadingSlugIds(doc: DomDocument): void {
  for (const el of Array.from(doc.body?.querySelectorAll('[id]') ?? [])) {
    const id = el.getAttribute('id');
    if (id && isHeadingSlug(el, el.localName, id)) el.removeAttribute('id');
  }
}

/** Owner ids tagged on `root` and its descendant elements (a plain walk: cheaper than a selector). */
function ownersIn(root: DomElement): Set<number> {
  const owners = new Set<number>();
  let node: DomNode | null = root;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && (node as DomElement).hasAttributes()) {
      const id = (node as DomElement).getAttribute(OWNER_ATTRIBUTE);
      if (id !== null) owners.add(Number(id));
    }
    let next: DomNode | null = node.nodeType === ELEMENT_NODE ? node.firstChild : null;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return owners;
}

/**
 * Take the chrome the walk named out of the document before Readability sees it: its blocks are
 * dropped by their hint whatever Readability says, and Readability's cost grows with every node
 * it scores (on AEB this takes a quarter off the whole HTML path). Wrappers (elements holding
 * most of the page's prose) stay. Returns how many elements were taken out.
 */
function pruneChrome(walk: WalkResult, chrome: readonly boolean[]): number {
  let removed = 0;
  walk.frames.forEach((f, i) => {
    if (!chrome[i] || (f.parent >= 0 && chrome[f.parent])) return;
    f.el.remove();
    removed += f.elements;
  });
  return removed;
}
