import { foldKey } from '../text/normalize.js';
import type { Verdict } from '../page/block.js';
import type { Doc } from './doc.js';
import { isStrongHit } from './verdicts.js';

/**
 * Step: duplicates. The first copy of a block is kept, later copies are dropped — exact copies
 * (after folding case, quotes and punctuation), near copies (word-shingle similarity), and runs
 * of short blocks repeated in the same order. Unkept blocks that copy a kept one are reported as
 * duplicates too: "duplicate" says more than "low-content". Deterministic, state built per call.
 */

/** Blocks whose letters-and-digits key is at least this long are deduplicated one by one. */
const MIN_KEY = 40;
/** Near copies: word 3-gram Jaccard similarity at or above this (typo fixes, changed dates). */
const NEAR_SIMILARITY = 0.8;
/** Short blocks are dropped only inside a repeated run at least this long. */
const MIN_RUN = 3;
/**
 * Near-copy candidates share their first or last ANCHOR key characters with an earlier block:
 * an edited copy keeps its start or its end. This keeps the pass linear; a copy edited at both
 * ends is left to the exact-key test.
 */
const ANCHOR = 32;
/** Earlier blocks remembered per anchor, at most: bounds the work on pages of repeated lines. */
const MAX_POSTINGS = 8;

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lowercase words separated by single spaces; without the spaces it is `foldKey(text)`. */
function spacedWords(text: string): string {
  const lower = text.toLowerCase();
  return (ASCII_ONLY.test(text) ? lower.replace(ASCII_NON_WORD, ' ') : lower.replace(NON_WORD, ' ')).trim();
}

/** Plain ASCII text takes the cheaper ASCII pattern; the result is the same. */
const ASCII_ONLY = /^[\x20-\x7e\t]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

function shingles(spaced: string): Set<string> {
  const words = spaced.split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i += 1) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Kept long blocks seen so far, by exact key and by anchors. */
class Seen {
  readonly keys = new Map<string, number>();
  private readonly anchors = new Map<string, number[]>();
  private readonly spaced = new Map<number, string>();
  private readonly sets = new Map<number, Set<string>>();

  add(i: number, key: string, spaced: string): void {
    this.keys.set(key, i);
    this.spaced.set(i, spaced);
    for (const a of [`^${key.slice(0, ANCHOR)}`, `$${key.slice(-ANCHOR)}`]) {
      const list = this.anchors.get(a) ?? [];
      if (list.length < MAX_POSTINGS) list.push(i);
      this.anchors.set(a, list);
    }
  }

  /** The most similar earlier block at or above NEAR_SIMILARITY, with its similarity. */
  nearest(key: string, spaced: string): number | undefined {
    const candidates = new Set([
      ...(this.anchors.get(`^${key.slice(0, ANCHOR)}`) ?? []),
      ...(this.anchors.get(`$${key.slice(-ANCHOR)}`) ?? []),
    ]);
    if (candidates.size === 0) return undefined;
    const own = shingles(spaced);
    let best: number | undefined;
    for (const j of candidates) {
      let other = this.sets.get(j);
      if (other === undefined) {
        other = shingles(this.spaced.get(j) ?? '');
        this.sets.set(j, other);
      }
      const score = jaccard(own, other);
      if (score >= NEAR_SIMILARITY && (best === undefined || score > best)) best = score;
    }
    return best;
  }
}

export function dedupeStep(doc: Doc): Doc {
  const final = [...doc.final];
  const seen = new Seen();
  const shortSeen = new Set<string>();
  const tentative: number[] = [];
  // Kept blocks first, in order, so the first kept copy is the original.
  const order = doc.blocks.map((_, i) => i).filter((i) => final[i]?.cls === 'good');
  for (const i of order) {
    const spaced = spacedWords(doc.blocks[i]?.text ?? '');
    const key = spaced.replaceAll(' ', '');
    if (key.length < MIN_KEY) {
      if (key && shortSeen.has(key)) tentative.push(i);
      shortSeen.add(key);
      continue;
    }
    if (seen.keys.has(key)) {
      final[i] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/block', source: 'dedupe', strength: 'strong', score: 1 };
      continue;
    }
    const near = seen.nearest(key, spaced);
    if (near !== undefined) {
      final[i] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/near', source: 'dedupe', strength: 'strong', score: Math.round(near * 1000) / 1000 };
      continue;
    }
    seen.add(i, key, spaced);
  }
  markRuns(final, order, tentative);
  // Unkept blocks that copy a kept block: say so. Copies differ in quotes and spacing, not in
  // length, so only blocks near a kept block's length are folded.
  const lengths = new Set([...seen.keys.values()].map((i) => lengthBucket(doc.blocks[i]?.text.length ?? 0)));
  doc.blocks.forEach((b, i) => {
    const v = final[i] as Verdict;
    if (v.cls === 'good' || b.text.length < MIN_KEY || isStrongHit(v)) return;
    const bucket = lengthBucket(b.text.length);
    if (!lengths.has(bucket) && !lengths.has(bucket - 1) && !lengths.has(bucket + 1)) return;
    if (seen.keys.has(foldKey(b.text))) final[i] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/block', source: 'dedupe', strength: 'strong', score: 1 };
  });
  return { ...doc, final };
}

/** Short repeated blocks are dropped when they stand in a run of MIN_RUN or more repeats. */
function markRuns(final: Verdict[], order: readonly number[], tentative: readonly number[]): void {
  const repeat = new Set(tentative);
  const isRepeat = (i: number) => repeat.has(i) || final[i]?.reason === 'duplicate';
  let runStart = 0;
  for (let k = 0; k <= order.length; k += 1) {
    const i = order[k];
    if (i !== undefined && isRepeat(i)) continue;
    const run = order.slice(runStart, k);
    if (run.length >= MIN_RUN) {
      for (const j of run) if (repeat.has(j)) final[j] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/run', source: 'dedupe', strength: 'strong' };
    }
    runStart = k + 1;
  }
}

/** Length buckets of LENGTH_BUCKET characters: neighbouring buckets cover copies a few characters apart. */
const LENGTH_BUCKET = 16;

function lengthBucket(length: number): number {
  return Math.floor(length / LENGTH_BUCKET);
}
