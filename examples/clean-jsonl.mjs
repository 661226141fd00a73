// Clean a JSONL corpus on a pool of worker threads, in input order, and say what came of each
// record. Each line is {"url"?: "...", "html" | "markdown" | "text": "..."}.
// Run: npm run example:jsonl [-- corpus.jsonl]     (without a file: the bundled test fixtures)
import { createReadStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { ChaffMemoryError, ChaffTimeoutError, createPool } from 'chaff';

/** The fixture pages as JSONL, when no corpus is given. */
function fixtureLines() {
  const root = new URL('../test/fixtures/', import.meta.url).pathname;
  const fields = { 'input.txt': 'text', 'input.md': 'markdown', 'input.html': 'html' };
  const lines = [];
  for (const dir of readdirSync(root).sort()) {
    for (const [file, field] of Object.entries(fields)) {
      const path = join(root, dir, file);
      if (existsSync(path)) lines.push(JSON.stringify({ url: `fixture:${dir}`, [field]: readFileSync(path, 'utf8') }));
    }
  }
  return Readable.from(lines.map((l) => `${l}\n`));
}

const source = process.argv[2] ? createReadStream(process.argv[2]) : fixtureLines();
const pool = createPool({ workers: Math.min(4, availableParallelism()), timeoutMs: 10_000, maxHeapMb: 256 });

// Start every record at once (the pool queues them), then report them in input order.
const jobs = [];
for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
  const record = JSON.parse(line);
  const field = ['html', 'markdown', 'text'].find((f) => typeof record[f] === 'string');
  jobs.push({ url: record.url ?? '(no url)', result: pool.clean(record[field], { from: field, url: record.url }) });
}
for (const { url, result } of jobs) {
  try {
    const r = await result;
    const reasons = new Map();
    for (const d of r.dropped) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
    const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`${url}\n  ${r.from}, "${r.title ?? '(no title)'}", kept ${r.text.length} chars, dropped ${r.dropped.length} (${top})`);
  } catch (error) {
    const kind = error instanceof ChaffTimeoutError ? 'too slow' : error instanceof ChaffMemoryError ? 'too big' : 'failed';
    console.log(`${url}\n  ${kind}: ${error.message}`);
  }
}
await pool.close();
