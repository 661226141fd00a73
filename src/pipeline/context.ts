import type { BlockClass, Verdict } from './block.js';

/**
 * Second verdict pass (jusText's context-sensitive revision): `short` and `neargood` blocks take
 * their neighbours' verdict. Page edges count as `bad`. Weak rule hits flanked by good blocks
 * are revised to good: a shape alone does not outvote prose on both sides.
 */

function neighbour(classes: readonly BlockClass[], i: number, step: 1 | -1, skipNeargood: boolean): BlockClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j] as BlockClass;
    if (c === 'short') continue;
    if (c === 'neargood' && skipNeargood) continue;
    return c;
  }
  return 'bad';
}

/** Revise the context-free classes; returns one class per block (`good` or `bad` only). */
export function reviseClasses(first: readonly Verdict[]): BlockClass[] {
  const cf = promoteNearRuns(first.map((v) => v.cls));
  const out = [...cf];
  for (let i = 0; i < cf.length; i += 1) {
    const v = first[i] as Verdict;
    if (v.weak) {
      out[i] = neighbour(cf, i, -1, true) === 'good' && neighbour(cf, i, 1, true) === 'good' ? 'good' : 'bad';
      continue;
    }
    if (cf[i] !== 'short') continue;
    const prev = neighbour(cf, i, -1, true);
    const next = neighbour(cf, i, 1, true);
    if (prev === 'good' && next === 'good') out[i] = 'good';
    else if (prev === 'bad' && next === 'bad') out[i] = 'bad';
    else {
      const nearPrev = prev === 'bad' && neighbour(cf, i, -1, false) === 'neargood';
      const nearNext = next === 'bad' && neighbour(cf, i, 1, false) === 'neargood';
      out[i] = nearPrev || nearNext ? 'good' : 'bad';
    }
  }
  for (let i = 0; i < cf.length; i += 1) {
    if (cf[i] !== 'neargood') continue;
    const prev = neighbour(out, i, -1, true);
    const next = neighbour(out, i, 1, true);
    out[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good';
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
