import { isProse, proseChars } from '../text/shape.js';
import type { WalkResult } from './walk-types.js';

/**
 * Repeated items around the container. Readability picks one element as the article; on a page
 * that is many posts (a forum thread, Q&A, reviews), many stories (a listing) or many sections of
 * the same kind (a FAQ, a service page), that element is one item of several — the first post, the
 * longest answer — and the rest were dropped as "outside". So: from each element in the container
 * the owner tree is climbed up to MAX_CLIMB levels to the first element that has siblings of its
 * own kind (tag and first class token, `WalkResult.ownerKinds`); when at least MIN_PROSE_ITEMS of
 * those items hold prose, and the container's item is not an article among teasers (it holds the
 * page's only `<h1>`, or over MAX_PROSE_RATIO times the median item's prose), every item's blocks
 * count as inside too. Evidence only: the items' own
 * chrome (a signature in a `footer`, a "Reply" button) is still judged by the scorer.
 * Written here because no maintained library answers "which siblings repeat the article's
 * element" over both DOMs (Readability's sibling pass adds siblings by score, one level only).
 */

/** Levels climbed from a container element to its item (a post body → the post → the thread). */
const MAX_CLIMB = 3;
/** Items with prose needed before the container is taken for one item of many (a thread of two posts counts). */
const MIN_PROSE_ITEMS = 2;
/**
 * An article among teasers of its kind (`article.post` beside five `article.post` excerpts) is
 * no item of many: when the container's item holds more than this many times the prose of the
 * median other item, the items are not taken in. Tuned on WCXB-dev HTML (posts of a thread vary
 * less than that; a first post is rarely four times the median reply).
 */
const MAX_PROSE_RATIO = 4;
/** Share of the container's prose its items must hold: it is made of them (not of one card of a grid it took in). */
const MIN_CONTAINER_SHARE = 0.3;

/** Owner ids of each owner's children, by parent. */
function childrenOf(walk: WalkResult): number[][] {
  const children: number[][] = walk.owners.map(() => []);
  walk.ownerParents.forEach((p, o) => {
    if (p >= 0) children[p]?.push(o);
  });
  return children;
}

/** The first ancestor-or-self of `owner`, within MAX_CLIMB levels, with siblings of its own kind; -1 if none. */
function itemOf(walk: WalkResult, children: readonly number[][], owner: number): number {
  let at = owner;
  for (let level = 0; level <= MAX_CLIMB && at >= 0; level += 1) {
    const parent = walk.ownerParents[at] ?? -1;
    const kind = walk.ownerKinds[at] ?? '';
    if (parent < 0) return -1;
    if (kind !== '' && (children[parent] ?? []).some((o) => o !== at && walk.ownerKinds[o] === kind)) return at;
    at = parent;
  }
  return -1;
}

/** Per block: whether its element is `item` or below it. */
function blocksUnder(walk: WalkResult, item: number): boolean[] {
  const under = new Map<number, boolean>([[item, true]]);
  const isUnder = (o: number): boolean => {
    const known = under.get(o);
    if (known !== undefined) return known;
    const p = walk.ownerParents[o] ?? -1;
    const answer = p >= 0 && isUnder(p);
    under.set(o, answer);
    return answer;
  };
  return walk.blocks.map((b) => b.owner >= 0 && isUnder(b.owner));
}

/**
 * `inside` (Readability's container, per block) widened to the repeated items it is one of.
 * Returns `inside` itself when there are none.
 */
export function withRepeatedItems(walk: WalkResult, inside: readonly boolean[]): readonly boolean[] {
  const children = childrenOf(walk);
  const blockProse = walk.blocks.map((b) => proseChars(b.text, b.linkChars));
  // The items the container's elements climb to, grouped by their list (parent and kind).
  const groups = new Map<string, number[]>();
  let containerProse = 0;
  for (const [i, b] of walk.blocks.entries()) {
    if (!inside[i] || b.owner < 0) continue;
    containerProse += blockProse[i] as number;
    const item = itemOf(walk, children, b.owner);
    if (item < 0) continue;
    const key = `${walk.ownerParents[item] as number} ${walk.ownerKinds[item] as string}`;
    const group = groups.get(key);
    if (!group) groups.set(key, [item]);
    else if (!group.includes(item)) group.push(item);
  }
  let widened: boolean[] | undefined;
  for (const items of groups.values()) {
    const first = items[0] as number;
    const kind = walk.ownerKinds[first];
    const siblings = (children[walk.ownerParents[first] as number] ?? []).filter((o) => walk.ownerKinds[o] === kind);
    const under = siblings.map((o) => blocksUnder(walk, o));
    const sum = (flags: readonly boolean[], only?: readonly boolean[]) =>
      flags.reduce((n, f, i) => n + (f && (!only || only[i]) ? (blockProse[i] as number) : 0), 0);
    const prose = under.map((flags) => sum(flags));
    if (prose.filter((n) => n > 0).length < MIN_PROSE_ITEMS) continue; // the item itself counts among them
    // The container must be made of these items, not have taken in a few cards of a grid.
    const held = under.reduce((n, flags) => n + sum(flags, inside), 0);
    if (held < containerProse * MIN_CONTAINER_SHARE) continue;
    const h1s = under.map((flags) => walk.blocks.some((b, i) => flags[i] && b.level === 1));
    const oneOfMany = (item: number): boolean => {
      const k = siblings.indexOf(item);
      // The item holding the page's only <h1> is the article itself (a story among its teasers).
      if (h1s[k] === true && h1s.filter(Boolean).length === 1) return false;
      const others = prose.filter((_, j) => j !== k).sort((x, y) => x - y);
      return (prose[k] ?? 0) <= MAX_PROSE_RATIO * (others[Math.floor(others.length / 2)] ?? 0);
    };
    if (!items.some(oneOfMany)) continue;
    widened ??= inside.slice();
    for (const flags of under) flags.forEach((f, i) => {
      if (f) (widened as boolean[])[i] = true;
    });
  }
  return widened ?? inside;
}

/**
 * `inside` with the hidden panels that continue the container (`hints.ts` `hiddenPanels`: a closed
 * tab or accordion panel that holds prose or rows of data). Readability skips hidden elements, so a
 * product's "Details" and "Specifications" tabs after its visible description, or the closed
 * answers of a FAQ, were left out of the article they belong to: a panel whose nearest block before
 * it is inside (or in a panel taken in already, for a run of closed tabs) is inside too. Requiring
 * an inside block after it as well left every closed tab at the article's end out (WCXB-dev every
 * third page: documentation 0.836 → 0.857, service 0.696 → 0.703 without that requirement; AEB same).
 */
export function withEnclosedPanels(walk: WalkResult, inside: readonly boolean[], panels: readonly boolean[]): readonly boolean[] {
  const taken = walk.frames
    .filter((f, k) => panels[k] === true && f.first < f.last)
    .sort((a, b) => a.first - b.first);
  if (taken.length === 0) return inside;
  const widened = inside.slice();
  let changed = false;
  for (const f of taken) {
    if (widened[f.first - 1] !== true) continue;
    for (let i = f.first; i < f.last; i += 1) widened[i] = true;
    changed = true;
  }
  return changed ? widened : inside;
}

/**
 * A gap in the container of at most this many blocks is one Readability cut out of the article's
 * flow (a paragraph in a `div` its class or comma tests disliked); a longer one is a section of its
 * own (tuned on WCXB-dev and AEB HTML).
 */
const MAX_ENCLOSED_GAP = 8;

/**
 * `inside` with the prose the container encloses: a paragraph whose nearest blocks before and
 * after are inside sits in the article's flow, whatever Readability's tests said of its element.
 * Only prose (sentences, few links) is taken in: a short label, an "Advertisement" line or a link
 * row in the gap stays outside, and the rules and the DOM's chrome names still judge what is taken.
 */
export function withEnclosedProse(walk: WalkResult, inside: readonly boolean[]): readonly boolean[] {
  let widened: boolean[] | undefined;
  let start = -1;
  for (let i = 0; i < inside.length; i += 1) {
    if (inside[i] !== true) {
      if (start < 0) start = i;
      continue;
    }
    if (start > 0 && inside[start - 1] === true && i - start <= MAX_ENCLOSED_GAP) {
      for (let k = start; k < i; k += 1) {
        const b = walk.blocks[k];
        if (b && isProse(b.text, b.linkChars)) (widened ??= inside.slice())[k] = true;
      }
    }
    start = -1;
  }
  return widened ?? inside;
}
