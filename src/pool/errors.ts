import { ChaffInputError, type ChaffInputErrorCode } from '../errors.js';

/**
 * Typed rejections of the worker pool. Each carries the limit that was hit, so a batch can log
 * it and go on; the pool has already replaced the worker when the promise rejects.
 */

/** A page took longer than the pool's `timeoutMs` to clean; its worker was stopped. */
export class ChaffTimeoutError extends Error {
  override readonly name = 'ChaffTimeoutError';
  /** The deadline that was passed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`chaff: cleaning took longer than ${timeoutMs} ms; the worker was stopped`);
    this.timeoutMs = timeoutMs;
  }
}

/** A page needed more heap than the pool's `maxHeapMb`; its worker ran out of memory. */
export class ChaffMemoryError extends Error {
  override readonly name = 'ChaffMemoryError';
  /** The heap limit of each worker, in megabytes. */
  readonly maxHeapMb: number;

  constructor(maxHeapMb: number) {
    super(`chaff: cleaning needed more than the ${maxHeapMb} MB heap limit; the worker was stopped`);
    this.maxHeapMb = maxHeapMb;
  }
}

/** The pool was closed before the page could be cleaned, or its worker died for another reason. */
export class ChaffWorkerError extends Error {
  override readonly name = 'ChaffWorkerError';
}

/** An error thrown by `clean()` inside a worker, rebuilt on this side with its name, message and (for bad input) code. */
export function rebuildError(name: string, message: string, input?: { code: ChaffInputErrorCode; option?: string }): Error {
  if (name === 'ChaffInputError' && input) return new ChaffInputError(message, input.code, input.option);
  const error = name === 'TypeError' ? new TypeError(message) : name === 'RangeError' ? new RangeError(message) : new Error(message);
  if (error.name !== name) Object.defineProperty(error, 'name', { value: name, configurable: true, writable: true });
  return error;
}
