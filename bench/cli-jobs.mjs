// Records per second of `chaff --jsonl` with --jobs 1 and --jobs 2 (and more with --jobs-list),
// on the AEB text pages as a JSONL batch. The batch is written to a temp dir and removed after;
// nothing is committed. Needs a build (npm run build) and the AEB data (see docs/benchmarks.md).
// The batch is the corpus repeated (x10 by default): every run pays each worker's start-up once
// (loading the library and its language data, about a second), and a short batch would measure
// that instead of the throughput. Run it on an idle machine: other jobs on the cores skew it
// (the best run of each setting is printed too, as the least disturbed figure).
//
//   node bench/cli-jobs.mjs [--repeat R] [--runs N] [--jobs-list 1,2]
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataDir, hasData } from './corpus.mjs';

const { values } = parseArgs({
  options: { repeat: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' }, 'jobs-list': { type: 'string', default: '1,2' } },
});
const repeat = Number(values.repeat);
const runs = Math.max(1, Number(values.runs));
const jobsList = values['jobs-list'].split(',').map(Number);

/** How much two threads get done against one, on this machine now: the best --jobs 2 can do. */
async function parallelCeiling() {
  const code = 'const { parentPort } = require("node:worker_threads"); let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; parentPort.postMessage(x);';
  const run = async (n) => {
    const t = performance.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((r) => new Worker(code, { eval: true }).on('message', r))));
    return performance.now() - t;
  };
  const one = await run(1);
  const two = await run(2);
  return (2 * one) / two;
}

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = dataDir();
if (!hasData(dir)) {
  console.log('bench: ../shared/bench not found, skipped');
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('bench: dist/cli.js not found; run npm run build first');
  process.exit(1);
}

const textDir = join(dir, 'text');
const pages = readdirSync(textDir).sort().map((f) => ({ url: `aeb:${f}`, text: readFileSync(join(textDir, f), 'utf8') }));
const tmp = mkdtempSync(join(tmpdir(), 'chaff-cli-jobs-'));
try {
  const file = join(tmp, 'pages.jsonl');
  const lines = [];
  for (let r = 0; r < repeat; r += 1) for (const p of pages) lines.push(JSON.stringify(p));
  writeFileSync(file, `${lines.join('\n')}\n`);
  const mb = Buffer.byteLength(lines.join('\n')) / 1e6;
  console.log(`chaff --jsonl: ${lines.length} records (${mb.toFixed(2)} MB, AEB text x${repeat}), median of ${runs} run(s)`);

  const time = (jobs) => {
    const t = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [cli, '--jsonl', file, '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (res.status !== 0) throw new Error(`chaff exited with ${res.status}`);
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  const seconds = new Map(jobsList.map((j) => [j, []]));
  // Interleave the settings so a busy moment on the machine hits them alike.
  for (let k = 0; k < runs; k += 1) for (const j of jobsList) seconds.get(j).push(time(j));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const best = (xs) => Math.min(...xs);
  // The median is the figure; the best run is what an idle machine gives (other jobs only slow runs down).
  for (const [label, pick] of [['median', median], ['best', best]]) {
    const base = lines.length / pick(seconds.get(jobsList[0]));
    console.log(`${label}:`);
    for (const j of jobsList) {
      const s = pick(seconds.get(j));
      const rps = lines.length / s;
      console.log(`  --jobs ${j}: ${s.toFixed(2)} s, ${rps.toFixed(1)} records/s, ${(mb / s).toFixed(2)} MB/s, x${(rps / base).toFixed(2)} vs --jobs ${jobsList[0]}`);
    }
  }
  for (const j of jobsList) console.log(`  runs --jobs ${j}: ${seconds.get(j).map((x) => x.toFixed(2)).join(', ')} s`);
  const ceiling = await parallelCeiling();
  console.log(`machine: 2 threads of a plain CPU loop do x${ceiling.toFixed(2)} the work of 1 right now (2.00 = two idle cores)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
