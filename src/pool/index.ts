/** The worker pool: parallel `clean()` on worker threads, with per-page deadlines and heap limits. */
export { createPool, type Pool, type PoolOptions } from './pool.js';
export { ChaffMemoryError, ChaffTimeoutError, ChaffWorkerError } from './errors.js';
