import { foldKey } from '../text/normalize.js';
import type { Verdict } from './block.js';
import type { Doc } from './doc.js';
import { isRuleHit } from './article.js';

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
/** Earlier blocks compared per shingle, at most: bounds the work on pages of repeated lines. */
const MAX_POSTINGS = 16;
const SHINGLE = 3;

function shingles(key: string): Set<string> {
  const words = key.split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i += 1) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function nearestCopy(
  own: Set<string>,
  index: Map<string, number[]>,
  sets: Map<number, Set<string>>,
): { of: number; score: number } | undefined {
  const hits = new Map<number, number>();
  for (const s of own) for (const j of index.get(s) ?? []) hits.set(j, (hits.get(j) ?? 0) + 1);
  let best: { of: number; score: number } | undefined;
  for (const [j, shared] of hits) {
    const other = sets.get(j) as Set<string>;
    const score = shared / (own.size + other.size - shared);
    if (score >= NEAR_SIMILARITY && (best === undefined || score > best.score)) best = { of: j, score };
  }
  return best;
}

export function dedupeStep(doc: Doc): Doc {
  const final = [...doc.final];
  const seen = new Map<string, number>();
  const index = new Map<string, number[]>();
  const sets = new Map<number, Set<string>>();
  const shortSeen = new Set<string>();
  const tentative: number[] = [];
  // Kept blocks first, in order, so the first kept copy is the original.
  const order = doc.blocks.map((_, i) => i).filter((i) => final[i]?.cls === 'good');
  for (const i of order) {
    const text = doc.blocks[i]?.text ?? '';
    const key = foldKey(text);
    if (key.length < MIN_KEY) {
      if (key && shortSeen.has(key)) tentative.push(i);
      shortSeen.add(key);
      continue;
    }
    if (seen.has(key)) {
      final[i] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/block', score: 1 };
      continue;
    }
    const own = shingles(foldKeySpaced(text));
    const near = own.size > 0 ? nearestCopy(own, index, sets) : undefined;
    if (near) {
      final[i] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/near', score: round(near.score) };
      continue;
    }
    seen.set(key, i);
    sets.set(i, own);
    for (const s of own) {
      const list = index.get(s) ?? [];
      if (list.length < MAX_POSTINGS) list.push(i);
      index.set(s, list);
    }
  }
  markRuns(final, order, tentative);
  // Unkept blocks that copy a kept block: say so.
  doc.blocks.forEach((b, i) => {
    const v = final[i] as Verdict;
    if (v.cls === 'good' || (isRuleHit(v) && !v.weak && !v.rule.startsWith('context/'))) return;
    const key = foldKey(b.text);
    if (key.length >= MIN_KEY && seen.has(key)) final[i] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/block', score: 1 };
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
      for (const j of run) if (repeat.has(j)) final[j] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/run' };
    }
    runStart = k + 1;
  }
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;

function foldKeySpaced(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim();
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
