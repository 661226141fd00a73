import { CLASS_CONCEPTS } from '../lexicon/dom-classes.js';
import type { TokenConcept } from '../lexicon/types.js';

/**
 * Matching class and id values against the DOM class vocabulary (`lexicon/dom-classes.ts`). A
 * class or id is split into words at `-`, `_`, spaces, digits and camelCase humps ("shareBar_top" → share, bar, top), and a concept matches
 * when one of its words, or one of its word sequences, stands whole among them. Whole words
 * only: "shadow", "header-add" and "thread" never match "ad", and "leaderboard" never matches
 * "ad". Readability's substring regex is the cause of the most common user complaint (content
 * deleted because a wrapper's class contains "related" or "share"), so the walk also refuses to
 * apply any of these to a wrapper that holds most of the page's prose (`hints.ts`).
 */

/** Split a class or id value into lowercase words at `-`, `_`, spaces, digits and camelCase humps. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter((w) => w.length > 0);
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
