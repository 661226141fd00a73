import type { ChaffInputErrorCode } from '../errors.js';
import type { CleanOptions, CleanResult } from '../types.js';

/**
 * Messages between the pool and its workers. One task at a time per worker; `id` pairs an answer
 * with its task.
 */

/** Pool → worker: clean this page. */
export interface TaskMessage {
  readonly id: number;
  /** The page: a string, or its bytes (copied across threads by structured clone). */
  readonly input: string | Uint8Array | ArrayBuffer;
  readonly options: CleanOptions | undefined;
  /**
   * Answer with the result as one JSON line (`{"url"?, ...result}`) instead of the object: a
   * batch writes it as it is, and a string crosses threads far cheaper than a nested object.
   */
  readonly line?: { readonly url: string | undefined };
  /**
   * Answer with the page's block texts as the site learner reads them (`segment-html.ts`), not a
   * cleaned result: `--learn-site` segments a batch on the workers. `options.from` and
   * `options.dom` are read; the input is a string.
   */
  readonly blocks?: true;
}

/**
 * Pool → worker, as worker data: what to warm up before saying ready — a page of every input kind
 * on both DOMs, or (a worker whose heap limit is too small to hold a DOM warm) nothing beyond
 * loading chaff's modules.
 */
export type WarmUp = 'every-kind' | 'modules-only';

/**
 * Worker → pool, once, before any task: the worker has loaded and warmed what a page needs (both
 * DOMs, Readability, the compiled code paths), so a page's deadline counts the page only.
 */
export interface ReadyMessage {
  readonly ready: true;
}

/** Worker → pool: the result (or its JSON line), or what `clean()` threw. */
export type ReplyMessage =
  | { readonly id: number; readonly ok: true; readonly result: CleanResult }
  | { readonly id: number; readonly ok: true; readonly line: string }
  | { readonly id: number; readonly ok: true; readonly blocks: readonly string[] }
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string; readonly input?: { readonly code: ChaffInputErrorCode; readonly option?: string } };

/** A cleaned page as one JSON line (no newline): the url first, when there is one. */
export function resultLine(url: string | undefined, result: CleanResult): string {
  return JSON.stringify(url !== undefined ? { url, ...result } : result);
}
