// Loading the AEB data (kept outside the repo, never copied into it).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { shingleCounts } from './metric.mjs';

/** Default: <repo>/../shared/bench/aeb, overridable by CHAFF_BENCH_DIR. */
export function dataDir() {
  if (process.env.CHAFF_BENCH_DIR) return resolve(process.env.CHAFF_BENCH_DIR);
  return fileURLToPath(new URL('../../shared/bench/aeb/', import.meta.url));
}

export function hasData(dir) {
  return existsSync(join(dir, 'ground-truth.json'));
}

/** The corpora: file layout and the `from` mode chaff is given. */
export const CORPORA = {
  text: { sub: 'text', ext: '.txt', from: 'text' },
  md: { sub: 'md', ext: '.md', from: 'markdown' },
  // Opt-in only (--corpus html): no published reference figures for it.
  html: { sub: 'html', ext: '.html.gz', from: 'html', gzip: true },
};

/** Ground truth, ids sorted for a stable page order. */
export function loadTruth(dir) {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(gt).sort();
  return ids.map((id) => {
    const text = gt[id].articleBody ?? '';
    return { id, url: gt[id].url ?? '', text, shingles: shingleCounts(text) };
  });
}

/** Inputs of one corpus for the given truth entries: [{id, input, bytes}]. */
export function loadInputs(dir, corpus, truth) {
  const c = CORPORA[corpus];
  return truth.map(({ id }) => {
    const buf = readFileSync(join(dir, c.sub, id + c.ext));
    const input = (c.gzip ? gunzipSync(buf) : buf).toString('utf8');
    return { id, input, bytes: Buffer.byteLength(input, 'utf8') };
  });
}
