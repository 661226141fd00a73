import type { Verdict } from '../page/block.js';
import type { Doc } from './doc.js';
import { shingles, spacedWords } from './shingles.js';

/**
 * Joined copies: one kept block that repeats several other kept blocks run together — a page's
 * whole body again in one line (a JSON-LD `articleBody` or a `<noscript>` copy scraped as text),
 * a summary box pasting the first paragraphs. The exact and near-copy tests compare one block
 * with one block and miss it; here a long block is a copy when almost all of its word 3-grams
 * occur in the other kept blocks. The separate blocks are kept (they carry the structure), the
 * joined one is dropped. Longest first, and a dropped block no longer counts as cover, so of two
 * blocks that hold each other only the longer goes.
 */

/** A block is a joined copy when this share of its word 3-grams occur in other kept blocks (a body twice shares all). */
const JOINED_SHARE = 0.9;
/** Only blocks of at least this many words are tested: a short line repeating a phrase is the exact tests' business. */
const JOINED_MIN_WORDS = 100;
/**
 * Only blocks holding at least this share of the kept characters are tested: a body repeated in
 * one block is about half of what is kept. Bounds the work to a few candidates per page.
 */
const JOINED_MIN_SHARE = 0.2;

/** Per 3-gram, how many kept blocks hold it (each block counted once). */
function coverOf(sets: ReadonlyMap<number, ReadonlySet<string>>): Map<string, number> {
  const cover = new Map<string, number>();
  for (const set of sets.values()) for (const g of set) cover.set(g, (cover.get(g) ?? 0) + 1);
  return cover;
}

/** Share of a block's 3-grams that some other kept block also holds. */
function coveredShare(own: ReadonlySet<string>, cover: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const g of own) if ((cover.get(g) ?? 0) > 1) shared += 1;
  return own.size === 0 ? 0 : shared / own.size;
}

/** Kept blocks that are other kept blocks joined, with the share of them that is covered. */
export function joinedCopies(doc: Doc, final: readonly Verdict[]): Map<number, number> {
  const out = new Map<number, number>();
  const kept = doc.blocks.map((_, i) => i).filter((i) => final[i]?.cls === 'good');
  const keptChars = kept.reduce((n, i) => n + (doc.blocks[i]?.text.length ?? 0), 0);
  const candidates = kept
    .filter((i) => (doc.features[i]?.words ?? 0) >= JOINED_MIN_WORDS && (doc.blocks[i]?.text.length ?? 0) >= JOINED_MIN_SHARE * keptChars)
    .sort((a, b) => (doc.blocks[b]?.text.length ?? 0) - (doc.blocks[a]?.text.length ?? 0));
  if (candidates.length === 0) return out;
  const sets = new Map<number, Set<string>>(kept.map((i) => [i, shingles(spacedWords(doc.blocks[i]?.text ?? ''))]));
  const cover = coverOf(sets);
  for (const i of candidates) {
    const own = sets.get(i) as Set<string>;
    const share = coveredShare(own, cover);
    if (share < JOINED_SHARE) continue;
    out.set(i, share);
    // Dropped: it covers nothing any more.
    for (const g of own) cover.set(g, (cover.get(g) ?? 1) - 1);
  }
  return out;
}
