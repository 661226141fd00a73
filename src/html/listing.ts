import { isLinkList, isParagraphProse } from '../text/shape.js';
import { prefixSums, sumOver } from '../page/sums.js';
import type { WalkResult } from './walk-types.js';

/**
 * The page's list of items, when the page is one: a listing's stories, a collection's product
 * cards, a ranked list's rows. Readability looks for one article and finds, on such a page, a
 * blurb or one card; the items themselves are link-dense (a linked title over a date, a price, a
 * teaser) and were dropped as `links/dense` — the largest loss on WCXB-dev listings. So: among
 * the children of each element, the siblings of one kind (tag and first class; a classless `li`,
 * `tr`, `article` or `dd` counts by its tag) are a list of items when at least MIN_ITEMS of them
 * carry a linked title and most carry text of their own beside it (a menu's entries are links
 * alone). The list with the most text is the page's list. Evidence only: the front end takes it
 * in as the container (`page.ts`) only when it outweighs what Readability found, and the scorer
 * still judges every block of it.
 * Written here because no maintained library finds repeated record regions over both DOMs
 * (MDR/DEPTA-style record mining exists only as research code).
 */

/** Items a list needs to be a listing (a "Related" box holds three or four). */
const MIN_ITEMS = 5;
/** A linked title has at least this many characters (a product name, a headline; a menu's "Home" is shorter). */
const MIN_TITLE_CHARS = 12;
/** Share of the items that carry a linked title. */
const TITLED_SHARE = 0.6;
/** Share of the items with text beside their links (a teaser, a date, a price, an author): a menu has none. */
const ANNOTATED_SHARE = 0.5;
/** Tags whose classless elements are still items of a list. */
const ITEM_TAGS: ReadonlySet<string> = new Set(['li', 'tr', 'article', 'dd', 'section']);

/** The page's list: its items' block ranges and the characters they hold. */
export interface ItemList {
  /** Per item: blocks [first, last). */
  readonly items: readonly (readonly [number, number])[];
  /** Characters of the items' blocks. */
  readonly chars: number;
}

/** Per owner: the block range [first, last) of its subtree, or undefined when it holds none. */
function ownerRanges(walk: WalkResult): ([number, number] | undefined)[] {
  const ranges: ([number, number] | undefined)[] = walk.owners.map(() => undefined);
  const extend = (o: number, first: number, last: number) => {
    const r = ranges[o];
    if (!r) ranges[o] = [first, last];
    else {
      r[0] = Math.min(r[0], first);
      r[1] = Math.max(r[1], last);
    }
  };
  walk.blocks.forEach((b, i) => {
    if (b.owner >= 0) extend(b.owner, i, i + 1);
  });
  // Owner ids grow in document order, so every child comes after its parent: one pass upwards.
  for (let o = walk.owners.length - 1; o >= 0; o -= 1) {
    const r = ranges[o];
    const p = walk.ownerParents[o] ?? -1;
    if (r && p >= 0) extend(p, r[0], r[1]);
  }
  return ranges;
}

function kindOf(walk: WalkResult, o: number): string {
  const kind = walk.ownerKinds[o] ?? '';
  if (kind !== '') return kind;
  const tag = walk.owners[o]?.localName ?? '';
  return ITEM_TAGS.has(tag) ? tag : '';
}

/** Cells of a layout table: its rows are no block elements (`walk.ts`), so a row is the item its cells make. */
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * Every list of sibling items the page holds, each item a block range: the children of one
 * element that are of one kind, and the rows of a layout table (its cells joined per row).
 */
function candidateLists(walk: WalkResult): [number, number][][] {
  const ranges = ownerRanges(walk);
  const groups = new Map<string, [number, number][]>();
  const rows = new Map<unknown, [number, number]>();
  walk.ownerParents.forEach((p, o) => {
    const range = ranges[o];
    if (p < 0 || !range) return;
    const el = walk.owners[o];
    if (CELL_TAGS.has(el?.localName ?? '') && el?.parentNode) {
      const row = rows.get(el.parentNode);
      if (row) {
        row[1] = Math.max(row[1], range[1]);
        return;
      }
      const item: [number, number] = [range[0], range[1]];
      rows.set(el.parentNode, item);
      add(groups, `${p} row`, item);
      return;
    }
    const kind = kindOf(walk, o);
    if (kind !== '') add(groups, `${p} ${kind}`, [range[0], range[1]]);
  });
  return [...groups.values()];
}

function add(groups: Map<string, [number, number][]>, key: string, item: [number, number]): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** Per-block measures, summed once, so that every item of every group is read in constant time. */
interface BlockSums {
  readonly chars: Float64Array;
  /** Blocks that are a linked title (MIN_TITLE_CHARS of link text, link-dense). */
  readonly titles: Float64Array;
  /** Blocks with text of their own beside their links. */
  readonly annotations: Float64Array;
  /** Characters in a chrome frame. */
  readonly chrome: Float64Array;
}

function blockSums(walk: WalkResult, chrome: readonly boolean[]): BlockSums {
  const b = walk.blocks;
  return {
    chars: prefixSums(b, (x) => x.text.length),
    titles: prefixSums(b, (x) => (x.linkChars >= MIN_TITLE_CHARS && isLinkList(x.linkChars, x.text.length) ? 1 : 0)),
    annotations: prefixSums(b, (x) => (x.text.length - x.linkChars >= MIN_TITLE_CHARS / 2 ? 1 : 0)),
    chrome: prefixSums(b, (x) => (x.frame >= 0 && chrome[x.frame] === true ? x.text.length : 0)),
  };
}

const over = (sums: Float64Array, [first, last]: readonly [number, number]) => sumOver(sums, first, last);

/**
 * The page's list of items with the most text, or undefined when the page holds none. A list
 * whose blocks sit mostly in chrome (`chrome`: per frame, a menu or footer that is no wrapper) is
 * a mega-menu or a footer's link columns, not the page's items. Nested lists share blocks, so
 * items are measured by prefix sums: the cost is one pass over the blocks and one over the owners.
 */
export function findItemList(walk: WalkResult, chrome: readonly boolean[]): ItemList | undefined {
  const sums = blockSums(walk, chrome);
  let best: ItemList | undefined;
  for (const items of candidateLists(walk)) {
    if (items.length < MIN_ITEMS) continue;
    const titled = items.filter((item) => over(sums.titles, item) > 0).length;
    const annotated = items.filter((item) => over(sums.annotations, item) > 0).length;
    if (titled < MIN_ITEMS || titled < items.length * TITLED_SHARE || annotated < items.length * ANNOTATED_SHARE) continue;
    const chars = items.reduce((n, item) => n + over(sums.chars, item), 0);
    const inChrome = items.reduce((n, item) => n + over(sums.chrome, item), 0);
    if (inChrome * 2 > chars) continue;
    if (!best || chars > best.chars) best = { items, chars };
  }
  return best;
}

/** A container with at least this share of its text inside the list's items is one of them (Readability took a card, a post). */
const WITHIN_SHARE = 0.5;
/**
 * A container beside the list (not in it) is an article, and the list its related grid, when it
 * holds this many paragraphs of prose (AEB: articles above a teaser rail hold 5 and more; a
 * listing's blurb, a category's intro at most 3, on WCXB-dev).
 */
const MIN_ARTICLE_PARAGRAPHS = 4;
/** A list beside a container (not in it) replaces it only when it holds this many times its text. */
const BESIDE_RATIO = 3;

/** The article container, or the page's list when that outweighs it: per block inside, and its characters. */
export interface Led {
  readonly inside: readonly boolean[];
  readonly chars: number;
  /** Per block: one of the list's items (set when the list was taken in). */
  readonly listed?: readonly boolean[];
}

/** Whether the list, rather than Readability's container, is the page's content. */
function outweighs(walk: WalkResult, container: Led, list: ItemList, listed: readonly boolean[]): boolean {
  let within = 0;
  let paragraphs = 0;
  walk.blocks.forEach((b, i) => {
    if (!container.inside[i]) return;
    if (listed[i]) within += b.text.length;
    if (isParagraphProse(b.text, b.linkChars)) paragraphs += 1;
  });
  if (within >= container.chars * WITHIN_SHARE) return list.chars > container.chars;
  return paragraphs < MIN_ARTICLE_PARAGRAPHS && list.chars >= container.chars * BESIDE_RATIO;
}

/**
 * Readability's container widened to the page's list when the list outweighs it (or when
 * Readability found nothing): the list's items are the page's content, the blurb above them too.
 */
export function withItemList(walk: WalkResult, container: Led | undefined, list: ItemList | undefined): Led | undefined {
  if (!list) return container;
  const listed = walk.blocks.map(() => false);
  for (const [first, last] of list.items) for (let i = first; i < last; i += 1) listed[i] = true;
  if (container && !outweighs(walk, container, list, listed)) return container;
  const inside = listed.map((l, i) => l || container?.inside[i] === true);
  return { inside, chars: (container?.chars ?? 0) + list.chars, listed };
}
