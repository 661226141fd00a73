import type { CleanOptions, CleanResult } from '../types.js';

/**
 * Messages between the pool and its workers. One task at a time per worker; `id` pairs an answer
 * with its task.
 */

/** Pool → worker: clean this page. */
export interface TaskMessage {
  readonly id: number;
  /** The page: a string, or its bytes (copied across threads by structured clone). */
  readonly input: string | Uint8Array;
  readonly options: CleanOptions | undefined;
  /**
   * Answer with the result as one JSON line (`{"url"?, ...result}`) instead of the object: a
   * batch writes it as it is, and a string crosses threads far cheaper than a nested object.
   */
  readonly line?: { readonly url: string | undefined };
}

/** Worker → pool: the result (or its JSON line), or what `clean()` threw. */
export type ReplyMessage =
  | { readonly id: number; readonly ok: true; readonly result: CleanResult }
  | { readonly id: number; readonly ok: true; readonly line: string }
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string };

/** A cleaned page as one JSON line (no newline): the url first, when there is one. */
export function resultLine(url: string | undefined, result: CleanResult): string {
  return JSON.stringify(url !== undefined ? { url, ...result } : result);
}
