/**
 * Offsets across the pre-parse strip (`strip.ts`): the parsers see a shorter string than the
 * caller gave, and every offset they report is mapped back here, so `input.slice(start, end)`
 * always reads the caller's own source.
 */

/**
 * Where text was cut out of the caller's input. `at[k]` is the offset, in the stripped string,
 * where cut k happened; `removed[k]` is how many input characters were cut there and at all
 * earlier cuts together (sorted, cumulative).
 */
export interface OffsetMap {
  readonly at: readonly number[];
  readonly removed: readonly number[];
}

/** Builds an OffsetMap while the stripped string is assembled left to right. */
export class OffsetMapBuilder {
  private readonly at: number[] = [];
  private readonly removed: number[] = [];
  private total = 0;

  /** Record that `length` input characters were cut where the stripped string is `position` long. */
  cut(position: number, length: number): void {
    if (length <= 0) return;
    this.total += length;
    const last = this.at.length - 1;
    if (last >= 0 && this.at[last] === position) this.removed[last] = this.total;
    else {
      this.at.push(position);
      this.removed.push(this.total);
    }
  }

  build(): OffsetMap {
    return { at: this.at, removed: this.removed };
  }
}

/** Index of the last cut at `position` or before it (`inclusive`), or strictly before it; -1 if none. */
function lastCut(map: OffsetMap, position: number, inclusive: boolean): number {
  let lo = 0;
  let hi = map.at.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = map.at[mid] as number;
    if (at < position || (inclusive && at === position)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Input offset of a range start found in the stripped string. A start lands after a cut made at
 * the same place (the element follows the removed script), an end before it (the element ends
 * before the removed script that follows it).
 */
export function toInput(map: OffsetMap, position: number, side: 'start' | 'end'): number {
  const k = lastCut(map, position, side === 'start');
  return position + (k < 0 ? 0 : (map.removed[k] as number));
}

/** 1-based line numbers of input offsets, from one scan of the input for line breaks. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(input: string) {
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) this.starts.push(i + 1);
    // A lone CR also ends a line (as in the text segmenter); it is rare enough to scan separately.
    if (input.includes('\r')) this.addLoneCarriageReturns(input);
  }

  private addLoneCarriageReturns(input: string): void {
    for (let i = input.indexOf('\r'); i >= 0; i = input.indexOf('\r', i + 1)) {
      if (input.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
    this.starts.sort((a, b) => a - b);
  }

  /** The 1-based line that `offset` stands on. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
