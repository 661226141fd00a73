import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ChaffMemoryError, ChaffTimeoutError } from '../../src/pool/errors.js';
import { createPool } from '../../src/index.js';
import { createPoolWith, maxWorkers } from '../../src/pool/pool.js';
import { CLI_ROOT } from '../cli/paths.js';
import { ARTICLE_MARKER, article, densePage } from './cases.js';

/**
 * Deadlines and heap limits on the real worker (the stand-in worker's tests are in test/pool):
 * a runaway page settles as a typed error within its deadline, and the pool keeps serving. The
 * worker is the one vitest's global setup builds from src/ (test/cli/build.ts).
 */

const WORKER = `${CLI_ROOT}dist/pool-worker.js`;
/** Generous: only catches a pool that never settles (a busy machine may be several times slower). */
const HANG = 120_000;

describe.runIf(existsSync(WORKER))('worker pool on hostile pages (real worker)', () => {
  it('a page past its deadline rejects with ChaffTimeoutError, and the next page is cleaned', async () => {
    const pool = createPoolWith(WORKER, { workers: 1, timeoutMs: 300 });
    const runaway = pool.clean(densePage(20_000_000)); // ~2 s of work in a warm worker
    const next = pool.clean(`${ARTICLE_MARKER}, and the ferries are back.`, { from: 'text' });
    const error = await runaway.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChaffTimeoutError);
    expect((await next).text).toContain(ARTICLE_MARKER);
    await pool.close();
  }, HANG);

  it('the deadline counts the page, not the cold start: the first HTML page and the page after a replacement are cleaned', async () => {
    // A cold worker took ~5 s for its first HTML page (modules, the DOM); warm pages take 80–130 ms.
    const pool = createPoolWith(WORKER, { workers: 1, timeoutMs: 1_500 });
    const html = article('<p>The harbour master said the ferries would keep to the winter timetable.</p>');
    expect((await pool.clean(html)).text).toContain(ARTICLE_MARKER);
    await expect(pool.clean(densePage(20_000_000))).rejects.toBeInstanceOf(ChaffTimeoutError);
    expect((await pool.clean(html, { dom: 'jsdom', to: 'html' })).text).toContain(ARTICLE_MARKER);
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

describe('pool settings and shutdown (issue 9, items 7 and 8)', () => {
  it('close() called twice: both promises settle', async () => {
    const pool = createPoolWith(WORKER, { workers: 1 });
    const page = pool.clean('A paragraph about the harbour and the ferries returning to the quay.', { from: 'text' });
    const [a, b] = [pool.close(), pool.close()];
    expect(a).toBe(b);
    await expect(Promise.all([a, b, page])).resolves.toHaveLength(3);
    await expect(pool.close()).resolves.toBeUndefined();
  }, HANG);

  it('the number of workers is bounded by a ceiling and by the machine memory', () => {
    expect(() => createPool({ workers: 1_000 })).toThrow(/workers.*from 1 to/u);
    expect(maxWorkers(4 * 1024 ** 3)).toBe(16);
    expect(maxWorkers(1024 ** 4)).toBe(64);
    expect(maxWorkers(1)).toBe(1);
  });

  it.runIf(existsSync(WORKER))("maxHeapMb holds when the host runs with --max-old-space-size (flag or NODE_OPTIONS)", () => {
    const dir = `${CLI_ROOT}heap-flag/`;
    mkdirSync(dir, { recursive: true });
    const entry = `${dir}entry.ts`;
    writeFileSync(entry, [
      `import { createPoolWith } from ${JSON.stringify(new URL('../../src/pool/pool.ts', import.meta.url).pathname)};`,
      `const pool = createPoolWith(${JSON.stringify(WORKER)}, { workers: 1, maxHeapMb: 64, timeoutMs: 60000 });`,
      "const heavy = 'ab\\n'.repeat(1000000);",
      "const outcome = await pool.clean(heavy, { from: 'text' }).then(() => 'cleaned', (e) => e.name);",
      'await pool.close();',
      'console.log(JSON.stringify({ outcome }));',
    ].join('\n'));
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: `${dir}run.mjs`, logLevel: 'error' });
    const run = (args: string[], env: NodeJS.ProcessEnv) => JSON.parse(execFileSync(process.execPath, [...args, `${dir}run.mjs`], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 }).trim().split('\n').pop() as string);
    expect(run(['--max-old-space-size=4096'], {})).toEqual({ outcome: 'ChaffMemoryError' });
    expect(run([], { NODE_OPTIONS: '--max-old-space-size=4096' })).toEqual({ outcome: 'ChaffMemoryError' });
  }, 240_000);
});
