import { describe, expect, it } from 'vitest';
import { ChaffMemoryError, ChaffTimeoutError, ChaffWorkerError } from '../../src/pool/errors.js';
import { createPool, createPoolWith } from '../../src/pool/pool.js';

const standIn = new URL('./stand-in-worker.mjs', import.meta.url);

describe('worker pool (stand-in worker)', () => {
  it('answers every page with its own result, in any order of completion', async () => {
    const pool = createPoolWith(standIn, { workers: 2 });
    const inputs = ['slow:40', 'a', 'slow:10', 'b', 'c'];
    const results = await Promise.all(inputs.map((i) => pool.clean(i)));
    expect(results.map((r) => r.text)).toEqual(inputs.map((i) => i.toUpperCase()));
    await pool.close();
  });

  it('rejects a looping page with ChaffTimeoutError within the deadline and keeps serving', async () => {
    const pool = createPoolWith(standIn, { workers: 1, timeoutMs: 200 });
    const looping = pool.clean('loop');
    const next = pool.clean('after');
    const error = await looping.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChaffTimeoutError);
    expect((error as ChaffTimeoutError).timeoutMs).toBe(200);
    await expect(next).resolves.toMatchObject({ text: 'AFTER' });
    await pool.close();
  });

  it('counts a page from when a warm worker takes it: a cold start longer than the deadline times nothing out', async () => {
    process.env.STAND_IN_WARM_UP_MS = '600';
    try {
      const pool = createPoolWith(standIn, { workers: 1, timeoutMs: 150 });
      // The first page waits out the cold start; the replacement after a timeout starts cold too.
      await expect(pool.clean('first')).resolves.toMatchObject({ text: 'FIRST' });
      await expect(pool.clean('loop')).rejects.toBeInstanceOf(ChaffTimeoutError);
      await expect(pool.clean('after the replacement')).resolves.toMatchObject({ text: 'AFTER THE REPLACEMENT' });
      await pool.close();
    } finally {
      delete process.env.STAND_IN_WARM_UP_MS;
    }
  });

  it('rejects a page that exhausts the heap with ChaffMemoryError and replaces the worker', async () => {
    const pool = createPoolWith(standIn, { workers: 1, maxHeapMb: 32, timeoutMs: 15_000 });
    const error = await pool.clean('oom').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChaffMemoryError);
    expect((error as ChaffMemoryError).maxHeapMb).toBe(32);
    await expect(pool.clean('still here')).resolves.toMatchObject({ text: 'STILL HERE' });
    await pool.close();
  });

  it('passes errors thrown by clean() through with their name, and survives a dying worker', async () => {
    const pool = createPoolWith(standIn, { workers: 1 });
    await expect(pool.clean('throw')).rejects.toThrow(TypeError);
    await expect(pool.clean('exit')).rejects.toBeInstanceOf(ChaffWorkerError);
    await expect(pool.clean('ok')).resolves.toMatchObject({ text: 'OK' });
    await pool.close();
  });

  it('close() finishes the pages given, then refuses new ones', async () => {
    const pool = createPoolWith(standIn, { workers: 1 });
    const pending = pool.clean('slow:50');
    await pool.close();
    await expect(pending).resolves.toMatchObject({ text: 'SLOW:50' });
    await expect(pool.clean('late')).rejects.toBeInstanceOf(ChaffWorkerError);
  });

  it('rejects non-string input and invalid options', async () => {
    expect(() => createPool({ workers: 0 })).toThrow(TypeError);
    expect(() => createPool({ timeoutMs: 1.5 })).toThrow(/timeoutMs/);
    const pool = createPoolWith(standIn, { workers: 1 });
    await expect(pool.clean(42 as unknown as string)).rejects.toThrow(TypeError);
    await pool.close();
  });

  it('fails every page, without respawning, when the worker script cannot start', async () => {
    const pool = createPoolWith(new URL('./no-such-worker.mjs', import.meta.url), { workers: 1 });
    await expect(pool.clean('x')).rejects.toBeInstanceOf(ChaffWorkerError);
    await pool.close();
  });
});
