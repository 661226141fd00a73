/**
 * The batch progress bar: records done, records per second, and an ETA from the bytes read when
 * the input's size is known. Written to stderr, and only when stderr is a terminal.
 */

/** Redraw at most this often, in ms: a terminal cannot show more, and writes cost. */
const REDRAW_MS = 100;
/** Cells of the bar. */
const BAR_CELLS = 20;

export interface ProgressState {
  readonly records: number;
  readonly errors: number;
  readonly elapsedMs: number;
  /** Bytes of input read so far, and the input's size when known. */
  readonly bytesRead: number;
  readonly totalBytes: number | undefined;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** One line of progress text (no newline). */
export function progressLine(p: ProgressState): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.records / seconds : 0;
  const errors = p.errors > 0 ? `, ${p.errors} errors` : '';
  const head = `${p.records} records${errors}  ${rate.toFixed(1)} rec/s`;
  if (p.totalBytes === undefined || p.totalBytes === 0) return head;
  const done = Math.min(1, p.bytesRead / p.totalBytes);
  const filled = Math.round(done * BAR_CELLS);
  const eta = done > 0 ? (seconds / done) * (1 - done) : Number.POSITIVE_INFINITY;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_CELLS - filled)}] ${(done * 100).toFixed(0).padStart(3)}%  ${head}  ETA ${duration(eta)}`;
}

/** A throttled progress line on a terminal stream; a no-op when `stream` is undefined. */
export class ProgressBar {
  private last = 0;

  constructor(private readonly stream: { write(s: string): unknown } | undefined) {}

  update(p: ProgressState, force = false): void {
    if (!this.stream) return;
    const now = Date.now();
    if (!force && now - this.last < REDRAW_MS) return;
    this.last = now;
    this.stream.write(`\r\u001b[2K${progressLine(p)}`);
  }

  /** Leave the last state on its own line. */
  done(p: ProgressState): void {
    if (!this.stream) return;
    this.update(p, true);
    this.stream.write('\n');
  }
}
