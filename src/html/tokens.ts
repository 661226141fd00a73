import { CLASS_CONCEPTS, CONTAINER_HEADS } from '../lexicon/dom-classes.js';
import type { TokenConcept } from '../lexicon/types.js';

/**
 * Matching class and id values against the DOM class vocabulary (`lexicon/dom-classes.ts`). A
 * class or id is split into words at `-`, `_`, spaces and digits, and a concept matches when one
 * of its words, or one of its word sequences, stands whole among them. Whole words only:
 * "shadow", "header-add" and "thread" never match "ad", and "leaderboard" never matches "ad".
 * A camelCase compound names what its head (last hump) names — "mainNav" is a nav, "navSource"
 * a source — unless the head is a container noun ("shareBar", "cookieBanner", `CONTAINER_HEADS`),
 * when its modifiers say what it is. BEM names split like any other (`rail--trending` is a
 * trending rail). A class is evidence weighed with the text only for chrome that never holds
 * prose (`namesNoProse`: menus, share bars); adverts and promos do hold sentences, so a review
 * under `TestReport__Section--Ads` is still read as an advert (open in issue 11).
 * Readability's substring regex is the cause of the most common user complaint (content deleted
 * because a wrapper's class contains "related" or "share"), so the walk also refuses to apply any
 * of these to a wrapper that holds most of the page's prose (`hints.ts`).
 */

const HEADS: ReadonlySet<string> = new Set(CONTAINER_HEADS);
/** Where a camelCase hump starts ("shareBar" → share | Bar). */
const HUMP = /(?<=[a-z])(?=[A-Z])/u;

/**
 * The words of a class or id value, in order, as the lookup reads them: split at `-`, `_`,
 * spaces and digits; a camelCase compound gives its humps when its head is a container noun,
 * else itself joined and its head ("navSource" → navsource, source), so that a modifier never
 * names it.
 */
export function classWords(value: string): string[] {
  const words: string[] = [];
  for (const token of value.split(/[^a-zA-Z0-9]+/u)) {
    if (isGenerated(token)) continue;
    for (const segment of token.split(/[0-9]+/u)) pushWords(words, segment);
  }
  return words;
}

/**
 * A generated class (a CSS-in-JS or build hash: "jXK9ad", "Ft7HRd", "D2fZ2") holds digits inside
 * mixed-case letters; it names nothing, and its letters must not read as a word ("jXK9ad" is no
 * "ad": a whole Google Sites page was dropped as an advert). A trailing number ("adSlot2") or
 * lowercase letters around digits ("ad300x250") still read as words.
 */
function isGenerated(token: string): boolean {
  // Trailing digits cut by a loop: `/[0-9]+$/` rescans a long digit run from every start (ReDoS).
  let end = token.length;
  while (end > 0 && isDigit(token.charCodeAt(end - 1))) end -= 1;
  const core = token.slice(0, end);
  return /[0-9]/u.test(core) && /[A-Z]/u.test(core);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The words of one alphabetic segment (see classWords). */
function pushWords(words: string[], segment: string): void {
  if (segment.length === 0) return;
  const humps = segment.split(HUMP).map((h) => h.toLowerCase());
  const head = humps[humps.length - 1] as string;
  if (humps.length === 1 || HEADS.has(head)) words.push(...humps);
  else words.push(humps.join(''), head);
}

/** Concept lookup by a word sequence (space-joined), built once from CLASS_CONCEPTS at load. */
const BY_WORDS: ReadonlyMap<string, number> = new Map(
  CLASS_CONCEPTS.flatMap((c, i) => c.words.map((w) => [w, i] as const)).reverse(),
);
/** Longest word sequence among the concepts. */
const MAX_SEQUENCE = Math.max(...CLASS_CONCEPTS.flatMap((c) => c.words.map((w) => w.split(' ').length)));

/**
 * The chrome concept a class/id string names, or undefined. When several match, the one listed
 * first in CLASS_CONCEPTS wins. `cache`: per-page memo (pages repeat their class strings).
 */
export function classConcept(value: string, cache?: Map<string, TokenConcept | undefined>): TokenConcept | undefined {
  if (cache?.has(value)) return cache.get(value);
  const concept = lookup(value);
  cache?.set(value, concept);
  return concept;
}

function lookup(value: string): TokenConcept | undefined {
  const words = classWords(value);
  let best = -1;
  for (let i = 0; i < words.length; i += 1) {
    let key = '';
    for (let n = 0; n < MAX_SEQUENCE && i + n < words.length; n += 1) {
      key = n === 0 ? (words[i] as string) : `${key} ${words[i + n] as string}`;
      const hit = BY_WORDS.get(key);
      if (hit !== undefined && (best < 0 || hit < best)) best = hit;
    }
  }
  return best < 0 ? undefined : CLASS_CONCEPTS[best];
}

export { CLASS_CONCEPTS } from '../lexicon/dom-classes.js';
export type { TokenConcept } from '../lexicon/types.js';
