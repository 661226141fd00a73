import { availableParallelism, totalmem } from 'node:os';
import { ChaffInputError } from '../errors.js';

/** The pool's options, resolved once: validated, defaults applied, the machine's bounds held. */

/** Options of {@link createPool}. */
export interface PoolOptions {
  /** Worker threads. Default: the machine's available parallelism. At most 64, and at most one per 256 MB of the machine's memory (a warm HTML worker holds ~240 MB). */
  workers?: number;
  /**
   * Longest a page may take once a worker starts on it, in ms. Default: 30 000. A worker takes
   * pages only once it has warmed up (modules loaded, a page of each kind cleaned), so the
   * deadline never counts a cold start — the first page's, or a replacement worker's.
   */
  timeoutMs?: number;
  /** Heap limit of each worker (V8 old generation), in MB. Default: 512. */
  maxHeapMb?: number;
}

/** Default deadline per page: far above any real page (tens of ms), low enough to unstick a batch. */
const DEFAULT_TIMEOUT_MS = 30_000;
/** Default heap per worker: a few MB pages with their DOM fit many times over. */
const DEFAULT_MAX_HEAP_MB = 512;
/** Below this a worker cannot even load the library. */
const MIN_HEAP_MB = 32;
/** Hard ceiling on workers: far past any machine's useful parallelism for this work. */
const MAX_WORKERS = 64;
/** What a warm HTML worker holds besides its heap budget (modules, a DOM): ~240 MB measured. */
const WORKER_BASE_MB = 256;

/**
 * Most workers a pool may start on this machine: MAX_WORKERS, and no more than the machine's
 * memory holds at WORKER_BASE_MB each (a pool of 1,000 workers would take the host down).
 */
export function maxWorkers(memoryBytes = totalmem()): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(memoryBytes / (WORKER_BASE_MB * 1024 * 1024))));
}

/** Pool options with every default applied. */
export interface Settings {
  readonly workers: number;
  readonly timeoutMs: number;
  readonly maxHeapMb: number;
}

function positiveInteger(name: string, value: unknown, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new ChaffInputError(`pool option "${name}" must be an integer ${range}; got ${typeof value === 'number' ? value : typeof value}`, 'option', name);
  }
  return value;
}

export function resolveSettings(options: PoolOptions | undefined): Settings {
  const o = options ?? {};
  return {
    workers: positiveInteger('workers', o.workers, Math.min(maxWorkers(), Math.max(1, availableParallelism())), 1, maxWorkers()),
    timeoutMs: positiveInteger('timeoutMs', o.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxHeapMb: positiveInteger('maxHeapMb', o.maxHeapMb, DEFAULT_MAX_HEAP_MB, MIN_HEAP_MB),
  };
}
