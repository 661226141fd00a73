import { foldKey } from '../text/normalize.js';
import type { Verdict } from '../page/block.js';
import type { Doc } from './doc.js';
import { joinedCopies } from './joined-copies.js';
import { shingles, spacedWords } from './shingles.js';
import { isStrongHit } from './verdicts.js';

/**
 * Step: duplicates. The first copy of a block is kept, later copies are dropped — exact copies
 * (after folding case, quotes and punctuation), near copies (word-shingle similarity), and runs
 * of short blocks repeated in the same order — unless the article repeats itself: a lone
 * sentence said twice inside the dense run is kept (`articleRepeats`). Unkept blocks that copy a kept one are reported as
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
  nearest(key: string, spaced: string): Copy | undefined {
    const candidates = new Set([
      ...(this.anchors.get(`^${key.slice(0, ANCHOR)}`) ?? []),
      ...(this.anchors.get(`$${key.slice(-ANCHOR)}`) ?? []),
    ]);
    if (candidates.size === 0) return undefined;
    const own = shingles(spaced);
    let best: Copy | undefined;
    for (const j of candidates) {
      let other = this.sets.get(j);
      if (other === undefined) {
        other = shingles(this.spaced.get(j) ?? '');
        this.sets.set(j, other);
      }
      const score = jaccard(own, other);
      if (score >= NEAR_SIMILARITY && (best === undefined || score > best.similarity)) best = { of: j, similarity: score };
    }
    return best;
  }
}

/** A kept long block that copies an earlier kept one: the original, and how alike they are. */
interface Copy {
  readonly of: number;
  /** 1 for an exact copy; the shingle similarity of a near one. */
  readonly similarity: number;
}

/** A copy and where it stands among the page's long kept blocks. */
interface PlacedCopy extends Copy {
  readonly at: number;
}

export function dedupeStep(doc: Doc): Doc {
  const final = [...doc.final];
  const seen = new Seen();
  const shortSeen = new Set<string>();
  const tentative: number[] = [];
  const copies = new Map<number, PlacedCopy>();
  const placeOf = new Int32Array(doc.blocks.length);
  // Kept blocks first, in order, so the first kept copy is the original.
  const order = doc.blocks.map((_, i) => i).filter((i) => final[i]?.cls === 'good');
  order.forEach((i, place) => {
    placeOf[i] = place;
  });
  for (const i of order) {
    const spaced = spacedWords(doc.blocks[i]?.text ?? '');
    const key = spaced.replaceAll(' ', '');
    if (key.length < MIN_KEY) {
      if (key && shortSeen.has(key)) tentative.push(i);
      shortSeen.add(key);
      continue;
    }
    const exact = seen.keys.get(key);
    const copy = exact !== undefined ? { of: exact, similarity: 1 } : seen.nearest(key, spaced);
    if (copy !== undefined) {
      copies.set(i, { ...copy, at: placeOf[i] as number });
      continue;
    }
    seen.add(i, key, spaced);
  }
  const repeats = articleRepeats(doc, { order, placeOf, copies, originals: [...seen.keys.values()] });
  for (const [i, copy] of copies) {
    if (repeats.has(i)) continue;
    final[i] = { cls: 'bad', reason: 'duplicate', rule: copy.similarity === 1 ? 'dedupe/block' : 'dedupe/near', source: 'dedupe', strength: 'strong', score: Math.round(copy.similarity * 1000) / 1000 };
  }
  markRuns(final, order, tentative);
  for (const [i, share] of joinedCopies(doc, final)) {
    final[i] = { cls: 'bad', reason: 'duplicate', rule: 'dedupe/joined', source: 'dedupe', strength: 'strong', score: Math.round(share * 1000) / 1000 };
  }
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

/** What the duplicate pass found, for the article-repeat test. */
interface Found {
  /** The kept blocks, in order. */
  readonly order: readonly number[];
  /** Each kept block's place in that order (by block index). */
  readonly placeOf: Int32Array;
  /** Long kept blocks that copy an earlier one. */
  readonly copies: ReadonlyMap<number, PlacedCopy>;
  /** Long kept blocks that copy nothing. */
  readonly originals: readonly number[];
}

/**
 * Copies that are the article's own repeats (a refrain, a warning said twice, a step that
 * differs only in its number, the same fact in two sections): content, not duplicates. A copy is
 * one when it is a sentence, the only copy of its original, both stand in the article's dense
 * run (not a page of records, where a repeat quotes an earlier post), the run holds another
 * paragraph besides (a one-paragraph body twice is a body twice), the article goes on after it
 * (a lead, a bio or a call to action repeated at the end is a teaser, a box, a banner), and the
 * copy stands alone (`standsAlone`).
 */
function articleRepeats(doc: Doc, found: Found): ReadonlySet<number> {
  const span = doc.article;
  const out = new Set<number>();
  if (span === undefined || span.records === true || found.copies.size === 0) return out;
  const within = (i: number) => i >= span.start && i <= span.end;
  let inSpan = 0;
  for (const j of found.originals) if (within(j)) inSpan += 1;
  if (inSpan < 2) return out;
  const copyAt = new Set([...found.copies.values()].map((c) => c.at));
  // Keys of the few neighbours compared, folded when asked (not kept for every block of the page).
  const keyAt = (place: number) => {
    const i = found.order[place];
    return i === undefined ? undefined : spacedWords(doc.blocks[i]?.text ?? '').replaceAll(' ', '');
  };
  // Where the span's last long original stands in kept order: a copy after it closes the article.
  let lastOriginal = -1;
  for (const j of found.originals) if (within(j)) lastOriginal = Math.max(lastOriginal, found.placeOf[j] as number);
  const copiesOf = new Map<number, number>();
  for (const copy of found.copies.values()) copiesOf.set(copy.of, (copiesOf.get(copy.of) ?? 0) + 1);
  for (const [i, copy] of found.copies) {
    if (!within(i) || !within(copy.of) || copiesOf.get(copy.of) !== 1 || doc.features[i]?.terminal !== true) continue;
    if (copy.at < lastOriginal && standsAlone(keyAt, copyAt, found.placeOf[copy.of] as number, copy.at)) out.add(i);
  }
  return out;
}

/**
 * A copy (at place `at` in kept order) stands alone when it is not right after its original and
 * its neighbours are neither copies nor the blocks beside the original: a repeated passage (a
 * body, a carousel or a card shown twice) repeats its neighbours too.
 */
function standsAlone(keyAt: (place: number) => string | undefined, copyAt: ReadonlySet<number>, original: number, at: number): boolean {
  if (original === at - 1 || copyAt.has(at - 1) || copyAt.has(at + 1)) return false;
  return keyAt(at - 1) !== keyAt(original - 1) && keyAt(at + 1) !== keyAt(original + 1);
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
