import type { CleanOptions, CleanResult } from '../types.js';

/**
 * Messages between the pool and its workers. One task at a time per worker; `id` pairs an answer
 * with its task.
 */

/** Pool → worker: clean this page. */
export interface TaskMessage {
  readonly id: number;
  readonly input: string;
  readonly options: CleanOptions | undefined;
}

/** Worker → pool: the result, or what `clean()` threw. */
export type ReplyMessage =
  | { readonly id: number; readonly ok: true; readonly result: CleanResult }
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string };
