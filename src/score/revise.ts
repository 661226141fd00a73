import type { BlockClass, Verdict } from '../page/block.js';
import { isWeakHit } from './verdicts.js';

/**
 * Second verdict pass (jusText's context-sensitive revision): `short` and `neargood` blocks take
 * their neighbours' verdict. Page edges count as `bad`. Weak rule hits flanked by good blocks
 * are revised to good: a shape alone does not outvote prose on both sides. A bare label
 * (`Verdict.label`) is read past like a short line; its own verdict stands.
 */

/**
 * For every block, the class of the nearest block before it (`step` -1) or after it (1) that is
 * not `short` (nor `neargood`, with `skipNeargood`); page edges count as `bad`. One linear pass:
 * a search per block was quadratic on pages of many short lines (64k code lines took 32 s).
 */
function neighbours(classes: readonly BlockClass[], step: 1 | -1, skipNeargood: boolean): BlockClass[] {
  const out: BlockClass[] = new Array<BlockClass>(classes.length);
  let seen: BlockClass = 'bad';
  const first = step === 1 ? classes.length - 1 : 0;
  for (let i = first; i >= 0 && i < classes.length; i -= step) {
    out[i] = seen;
    const c = classes[i] as BlockClass;
    if (c !== 'short' && !(c === 'neargood' && skipNeargood)) seen = c;
  }
  return out;
}

/** Revise the context-free classes; returns one class per block (`good` or `bad` only). */
export function reviseClasses(first: readonly Verdict[]): BlockClass[] {
  // A bare label says nothing about the blocks around it: read past it like a short line.
  const cf = promoteNearRuns(first.map((v) => (v.label === true ? 'short' : v.cls)));
  const out = [...cf];
  const prevFar = neighbours(cf, -1, true);
  const nextFar = neighbours(cf, 1, true);
  const prevNear = neighbours(cf, -1, false);
  const nextNear = neighbours(cf, 1, false);
  for (let i = 0; i < cf.length; i += 1) {
    const v = first[i] as Verdict;
    const prev = prevFar[i] as BlockClass;
    const next = nextFar[i] as BlockClass;
    if (isWeakHit(v)) {
      out[i] = prev === 'good' && next === 'good' ? 'good' : 'bad';
      continue;
    }
    if (cf[i] !== 'short') continue;
    if (prev === 'good' && next === 'good') out[i] = 'good';
    else if (prev === 'bad' && next === 'bad') out[i] = 'bad';
    else {
      const nearPrev = prev === 'bad' && prevNear[i] === 'neargood';
      const nearNext = next === 'bad' && nextNear[i] === 'neargood';
      out[i] = nearPrev || nearNext ? 'good' : 'bad';
    }
  }
  // Near-prose blocks take their neighbours' revised verdicts, left to right: what stands before
  // one is already revised, what stands after it is the nearest block that is not near-prose.
  const after = neighbours(out, 1, true);
  for (let i = 0; i < cf.length; i += 1) {
    if (cf[i] !== 'neargood') continue;
    const prev = i > 0 ? (out[i - 1] as BlockClass) : 'bad';
    out[i] = prev === 'bad' && after[i] === 'bad' ? 'bad' : 'good';
  }
  return out;
}

/** Consecutive near-prose blocks (short ones between them allowed) that together read as prose. */
const MIN_NEAR_RUN = 3;

/**
 * A run of MIN_NEAR_RUN or more `neargood` blocks is prose written in short paragraphs (news sites
 * that put every sentence on its own line): the run counts as `good`.
 */
function promoteNearRuns(cf: readonly BlockClass[]): BlockClass[] {
  const out = [...cf];
  let members: number[] = [];
  const flush = () => {
    if (members.length >= MIN_NEAR_RUN) for (const j of members) out[j] = 'good';
    members = [];
  };
  for (let i = 0; i < cf.length; i += 1) {
    if (cf[i] === 'neargood') members.push(i);
    else if (cf[i] !== 'short') flush();
  }
  flush();
  return out;
}
