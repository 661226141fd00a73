import { Worker } from 'node:worker_threads';
import { assertInput } from '../input/index.js';
import type { CleanOptions, CleanResult, Dom, From } from '../types.js';
import { ChaffMemoryError, ChaffTimeoutError, ChaffWorkerError, rebuildError } from './errors.js';
import { HeapFlagLift } from './heap-flag.js';
import type { ReadyMessage, ReplyMessage, TaskMessage, WarmUp } from './protocol.js';
import { type PoolOptions, resolveSettings, type Settings } from './settings.js';

export { maxWorkers } from './settings.js';
export type { PoolOptions } from './settings.js';

/**
 * A small pool of worker threads running `clean()`: pages are cleaned in parallel, in whatever
 * order workers free up, and each promise settles with its own page's result. A page that runs
 * past `timeoutMs` or needs more than `maxHeapMb` of heap rejects with a typed error; its worker
 * is replaced and the pool keeps serving. The pool holds no state beyond its own instance.
 */


/** A running pool. */
export interface Pool {
  /** Clean one page on a worker: same contract as `clean()`, asynchronous. */
  clean(input: string | Uint8Array | ArrayBuffer, options?: CleanOptions): Promise<CleanResult>;
  /** Finish the pages already given, then stop every worker. Later `clean()` calls reject. */
  close(): Promise<void>;
  /** Number of workers. */
  readonly size: number;
}

/**
 * Longest a worker may take to load and warm up before the pool gives up on it (a broken install,
 * a machine out of memory): far above the 0.4–5 s measured cold on a busy 2-core machine.
 */
const STARTUP_TIMEOUT_MS = 120_000;
/**
 * Heap a worker needs to warm up: warm on both DOMs a worker holds ~96 MB of heap (~59 MB with
 * chaff's modules loaded alone; measured with jsdom 29), and a worker that runs out of heap while
 * loading a DOM can take its host process down with it. A smaller worker only loads the modules
 * and warms up on its first pages, inside their deadlines (docs/cli.md).
 */
const WARM_UP_MIN_HEAP_MB = 192;

/** The answer a task asks for (`TaskMessage`): the result, its JSON line (with the url), or block texts. */
type Answer = { readonly line: { readonly url: string | undefined } } | { readonly blocks: true } | undefined;

interface Task {
  readonly id: number;
  readonly input: string | Uint8Array | ArrayBuffer;
  readonly options: CleanOptions | undefined;
  /** What the worker answers with: the result, its JSON line, or the page's block texts. */
  readonly answer: Answer;
  readonly resolve: (result: CleanResult | string | readonly string[]) => void;
  readonly reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
  /** The worker has said it is warm: only then does it get pages. */
  ready: boolean;
}


class WorkerPool implements LinePool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Set when a worker could not even start (a missing or broken script): nothing will run. */
  private broken: Error | undefined;
  private drained: (() => void) | undefined;
  /** The one promise every `close()` call returns. */
  private closing: Promise<void> | undefined;
  private readonly heapFlag = new HeapFlagLift();

  constructor(
    private readonly script: string | URL,
    private readonly settings: Settings,
  ) {
    this.size = settings.workers;
    for (let i = 0; i < settings.workers; i += 1) {
      const slot = { task: undefined, ready: false } as unknown as Slot;
      this.attach(slot);
      this.slots.push(slot);
    }
  }

  clean(input: string | Uint8Array | ArrayBuffer, options?: CleanOptions): Promise<CleanResult> {
    return this.submit<CleanResult>(input, options, undefined);
  }

  /** Clean a page and get its JSON line (`{"url"?, ...result}`), serialized on the worker. */
  cleanToLine(input: string, options: CleanOptions | undefined, url: string | undefined): Promise<string> {
    return this.submit<string>(input, options, { line: { url } });
  }

  /** The page's block texts as the site learner reads them, segmented on a worker. */
  segment(input: string, from: From, dom: Dom): Promise<readonly string[]> {
    return this.submit<readonly string[]>(input, { from, dom }, { blocks: true });
  }

  private submit<T extends CleanResult | string | readonly string[]>(input: string | Uint8Array | ArrayBuffer, options: CleanOptions | undefined, answer: Answer): Promise<T> {
    if (this.closed) return Promise.reject(new ChaffWorkerError('chaff: the pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    try {
      assertInput(input); // the same TypeError as clean(), before a worker is bothered
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, options, answer, resolve: resolve as Task['resolve'], reject });
      this.dispatch();
    });
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.closed = true;
    if (!this.idle()) await new Promise<void>((resolve) => (this.drained = resolve));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private idle(): boolean {
    return this.queue.length === 0 && this.slots.every((s) => s.task === undefined);
  }

  /** Start a worker for the slot; events of a worker the slot no longer holds are ignored. */
  private attach(slot: Slot): void {
    this.heapFlag.lift();
    let worker: Worker;
    try {
      const warmUp: WarmUp = this.settings.maxHeapMb >= WARM_UP_MIN_HEAP_MB ? 'every-kind' : 'modules-only';
      worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.settings.maxHeapMb }, workerData: { warmUp } });
    } catch (error) {
      this.heapFlag.release();
      throw error;
    }
    slot.worker = worker;
    slot.ready = false;
    let online = false;
    const startup = setTimeout(() => {
      if (slot.worker === worker && !slot.ready) this.breakDown(new ChaffWorkerError(`chaff: worker did not warm up within ${STARTUP_TIMEOUT_MS / 1000} s`));
    }, STARTUP_TIMEOUT_MS);
    startup.unref();
    let released = false;
    const release = () => {
      if (!released) this.heapFlag.release();
      released = true;
    };
    worker.on('online', () => {
      online = true;
      release();
    });
    worker.on('message', (m: ReplyMessage | ReadyMessage) => {
      if (slot.worker !== worker) return;
      if ('ready' in m) {
        clearTimeout(startup);
        slot.ready = true;
        worker.unref(); // ref'd again while it holds a page
        this.dispatch();
        return;
      }
      this.onReply(slot, m);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      release();
      if (slot.worker !== worker) return;
      const outOfMemory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!online || !slot.ready) {
        // It would fail the same way again: a missing script, or a heap too small to load chaff.
        const why = outOfMemory ? `its ${this.settings.maxHeapMb} MB heap limit cannot hold chaff` : e.message;
        this.breakDown(new ChaffWorkerError(`chaff: worker could not start: ${why}`));
        return;
      }
      const error = outOfMemory ? new ChaffMemoryError(this.settings.maxHeapMb) : new ChaffWorkerError(`chaff: worker failed: ${e.message}`);
      this.fail(slot, error);
    });
    worker.on('exit', (code) => {
      release();
      clearTimeout(startup);
      if (slot.worker !== worker || this.closed || this.broken) return;
      if (!slot.ready) this.breakDown(new ChaffWorkerError(`chaff: worker exited with code ${code} before it was ready`));
      else this.fail(slot, new ChaffWorkerError(`chaff: worker exited with code ${code}`));
    });
    worker.unref();
  }

  /** Give queued pages to idle workers. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== undefined || !slot.ready) continue;
      const task = this.queue.shift();
      if (task === undefined) break;
      this.start(slot, task);
    }
    // A worker still warming up keeps the process alive only while pages wait for it.
    for (const slot of this.slots) {
      if (slot.ready) continue;
      if (this.queue.length > 0) slot.worker.ref();
      else slot.worker.unref();
    }
    if (this.drained && this.idle()) {
      this.drained();
      this.drained = undefined;
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    task.timer = setTimeout(() => this.fail(slot, new ChaffTimeoutError(this.settings.timeoutMs)), this.settings.timeoutMs);
    const message: TaskMessage = { id: task.id, input: task.input, options: task.options, ...task.answer };
    try {
      slot.worker.postMessage(message);
    } catch (error) {
      // Options that cannot cross threads (functions, symbols): the worker never saw the task.
      this.finish(slot);
      task.reject(error instanceof Error ? error : new Error(String(error)));
      this.dispatch();
    }
  }

  private finish(slot: Slot): Task | undefined {
    const task = slot.task;
    if (task?.timer !== undefined) clearTimeout(task.timer);
    slot.task = undefined;
    slot.worker.unref();
    return task;
  }

  private onReply(slot: Slot, m: ReplyMessage): void {
    if (slot.task?.id !== m.id) return;
    const task = this.finish(slot) as Task;
    if (m.ok) task.resolve('line' in m ? m.line : 'blocks' in m ? m.blocks : m.result);
    else task.reject(rebuildError(m.name, m.message, m.input));
    this.dispatch();
  }

  /** A worker failed to start: reject everything waiting, start no more workers. */
  private breakDown(error: Error): void {
    this.broken = error;
    for (const slot of this.slots) this.finish(slot)?.reject(error);
    for (const task of this.queue.splice(0)) task.reject(error);
    if (this.drained) {
      this.drained();
      this.drained = undefined;
    }
  }

  /** The slot's page failed (timeout, memory, crash): reject it, replace the worker, go on. */
  private fail(slot: Slot, error: Error): void {
    const task = this.finish(slot);
    const old = slot.worker;
    this.attach(slot);
    void old.terminate();
    task?.reject(error);
    this.dispatch();
  }
}

/** Where the built worker lives: next to the bundle that holds this code (`dist/pool-worker.js`). */
function defaultScript(): URL {
  return new URL('./pool-worker.js', import.meta.url);
}

/** A pool that can also answer with JSON lines (the CLI's batches). Not part of the public API. */
export interface LinePool extends Pool {
  cleanToLine(input: string, options: CleanOptions | undefined, url: string | undefined): Promise<string>;
  /** The page's block texts for the site learner (`--learn-site`), segmented on a worker. */
  segment(input: string, from: From, dom: Dom): Promise<readonly string[]>;
}

/** A pool running the given worker script (tests run a stand-in worker through this). */
export function createPoolWith(script: string | URL, options?: PoolOptions): LinePool {
  return new WorkerPool(script, resolveSettings(options));
}

/** A pool with the built worker that also answers with JSON lines (for the CLI). */
export function createLinePool(options?: PoolOptions): LinePool {
  return createPoolWith(defaultScript(), options);
}

/**
 * Start a pool of worker threads that clean pages in parallel (Node only; main entry only).
 *
 * @param options - workers, per-page deadline and heap limit; every field has a default.
 * @returns the pool: `clean(input, options)` returns a promise of the usual result and rejects
 *   with {@link ChaffTimeoutError} or {@link ChaffMemoryError} for a runaway page; `close()`
 *   finishes the pages given and stops the workers.
 * @throws TypeError when an option is not a valid number.
 */
export function createPool(options?: PoolOptions): Pool {
  return createPoolWith(defaultScript(), options);
}
