import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChaffMemoryError, ChaffTimeoutError } from '../../src/pool/errors.js';
import { createPoolWith } from '../../src/pool/pool.js';
import { CLI_ROOT } from '../cli/paths.js';
import { ARTICLE_MARKER, article, densePage } from './cases.js';

/**
 * Deadlines and heap limits on the real worker (the stand-in worker's tests are in test/pool):
 * a runaway page settles as a typed error within its deadline, and the pool keeps serving. The
 * worker is the one vitest's global setup builds from src/ (test/cli/build.ts).
 */

const WORKER = `${CLI_ROOT}dist/pool-worker.js`;
/** Generous: only catches a pool that never settles. */
const HANG = 30_000;

describe.runIf(existsSync(WORKER))('worker pool on hostile pages (real worker)', () => {
  it('a page past its deadline rejects with ChaffTimeoutError, and the next page is cleaned', async () => {
    const pool = createPoolWith(WORKER, { workers: 1, timeoutMs: 1_200 });
    const runaway = pool.clean(densePage(20_000_000)); // ~2.5 s of work in a fresh worker
    const next = pool.clean(`${ARTICLE_MARKER}, and the ferries are back.`, { from: 'text' });
    const error = await runaway.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChaffTimeoutError);
    expect((await next).text).toContain(ARTICLE_MARKER);
    await pool.close();
  }, HANG);

  it('a page that needs more heap than the limit rejects with ChaffMemoryError, and the next page is cleaned', async () => {
    const pool = createPoolWith(WORKER, { workers: 1, maxHeapMb: 96, timeoutMs: 20_000 });
    const error = await pool.clean(densePage(20_000_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChaffMemoryError);
    await expect(pool.clean('A paragraph about the harbour and the ferries.', { from: 'text' })).resolves.toMatchObject({ from: 'text' });
    await pool.close();
  }, HANG);

  it('takes bytes, and a hostile page through the pool gives the same result as clean()', async () => {
    const pool = createPoolWith(WORKER, { workers: 1 });
    const r = await pool.clean(new TextEncoder().encode(article('<div>'.repeat(5_000))), { dom: 'linkedom' });
    expect(r.text).toContain(ARTICLE_MARKER);
    expect(r.encoding).toBe('utf-8');
    expect(r.limits?.flattened).toBeGreaterThan(0);
    await pool.close();
  }, HANG);
});
