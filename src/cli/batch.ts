import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createLinePool } from '../pool/pool.js';
import { hostOf, type SiteRecord } from '../site/full.js';
import { learnOnPool } from './learn-batch.js';
import type { SiteProfile } from '../types.js';
import type { CleanOptions, From } from '../types.js';
import { errorLine, parseRecord } from './jsonl.js';
import type { ProgressBar } from './progress.js';
import { jsonlLines } from './lines.js';

/**
 * `--jsonl`: read records line by line, clean them on a worker pool, write one line per record in
 * input order. A bad record or a failed page writes `{"error": …}` on its line; the batch goes on.
 */

/** Records in flight per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;

export interface BatchOptions {
  readonly jobs: number;
  readonly timeoutMs: number;
  /** Options for every record (focus, to, lang). */
  readonly base: CleanOptions;
  /** `--from`, when given: overrides the records' content fields. */
  readonly from: From | undefined;
  /** Learn each URL host's chrome from the whole batch first (`--learn-site`). */
  readonly learnSite: boolean;
  /** Size of the input in bytes, when known (for the ETA). */
  readonly totalBytes: number | undefined;
  readonly progress: ProgressBar;
}

export interface BatchSummary {
  readonly records: number;
  readonly errors: number;
}

/** Run a batch from `input` to `out`. Resolves once every line is written and the pool is closed. */
export async function runBatch(input: Readable, out: Writable, o: BatchOptions): Promise<BatchSummary> {
  const pool = createLinePool({ workers: o.jobs, timeoutMs: o.timeoutMs });
  const started = Date.now();
  const ready = new Map<number, string>();
  const limit = o.jobs * IN_FLIGHT_PER_JOB;
  let next = 0;
  let records = 0;
  let finished = 0;
  let errors = 0;
  let inFlight = 0;
  let bytesRead = 0;
  let wake: (() => void) | undefined;

  const state = () => ({ records: finished, errors, elapsedMs: Date.now() - started, bytesRead, totalBytes: o.totalBytes });
  const finish = (i: number, line: string) => {
    ready.set(i, line);
    finished += 1;
    for (let l = ready.get(next); l !== undefined; l = ready.get(next)) {
      out.write(`${l}\n`);
      ready.delete(next);
      next += 1;
    }
    o.progress.update(state());
  };

  const lines = nonBlank(jsonlLines(input as AsyncIterable<Buffer | string>));
  // --learn-site reads the whole batch first: a site is learned from all its pages.
  const batch = o.learnSite ? await readAll(lines) : undefined;

  try {
    const profiles = batch ? await learnOnPool(siteRecords(batch, o), pool, o.base.dom ?? 'jsdom') : undefined;
    for await (const line of batch ?? lines) {
      const i = records;
      records += 1;
      bytesRead += Buffer.byteLength(line) + 1;
      const record = parseRecord(line, o.base, o.from);
      if (!record.ok) {
        errors += 1;
        finish(i, errorLine(record.url, record.error));
        continue;
      }
      const site = profiles?.get(hostOf(record.url) ?? '');
      const options = site ? { ...record.options, site } : record.options;
      inFlight += 1;
      // The worker writes the JSON line: the main thread only moves strings.
      pool
        .cleanToLine(record.input, options, record.url)
        .then(
          (line) => finish(i, line),
          (error: Error) => {
            errors += 1;
            finish(i, errorLine(record.url, `${error.name}: ${error.message}`));
          },
        )
        .finally(() => {
          inFlight -= 1;
          wake?.();
        });
      while (inFlight >= limit) await new Promise<void>((r) => (wake = r));
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    while (inFlight > 0) await new Promise<void>((r) => (wake = r));
  } finally {
    await pool.close();
  }
  o.progress.done(state());
  return { records, errors };
}

/** Lines that hold a record: blank lines (white space only) separate nothing and get no output line. */
async function* nonBlank(lines: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const line of lines) if (line.trim() !== '') yield line;
}

async function readAll(lines: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

/** The batch's good records as the site learner reads them (`--learn-site`). */
function siteRecords(lines: readonly string[], o: BatchOptions): SiteRecord[] {
  const records: SiteRecord[] = [];
  for (const line of lines) {
    const record = parseRecord(line, o.base, o.from);
    if (!record.ok) continue;
    const from = record.options.from;
    const kind = from === 'markdown' || from === 'html' ? from : 'text';
    records.push({ url: record.url, [kind]: record.input });
  }
  return records;
}
