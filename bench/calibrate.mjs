#!/usr/bin/env node
// Checks that bench/metric.mjs still reproduces the reference figures of the
// AEB metric: keep-everything and the Latin-marks C4 filter, on text/ and md/.
// Exits 1 when a figure is off by more than rounding to 3 decimals.
import { aggregate, score } from './metric.mjs';
import { c4, keepAll } from './baselines.mjs';
import { dataDir, hasData, loadInputs, loadTruth } from './corpus.mjs';

const EXPECTED = [
  // [corpus, name, fn, F1 to 3 decimals]
  ['text', 'keep-all', keepAll, 0.644],
  ['md', 'keep-all', keepAll, 0.429],
  ['text', 'c4 (Latin end marks)', (x) => c4(x, { latinOnly: true }), 0.823],
  ['md', 'c4 (Latin end marks)', (x) => c4(x, { latinOnly: true }), 0.781],
];

const dir = dataDir();
if (!hasData(dir)) {
  console.log('bench: ../shared/bench not found, skipped');
  process.exit(0);
}
const truth = loadTruth(dir);
if (truth.length !== 181) console.log(`warning: ${truth.length} pages, expected 181`);
const inputs = { text: loadInputs(dir, 'text', truth), md: loadInputs(dir, 'md', truth) };
let bad = 0;
for (const [corpus, name, fn, want] of EXPECTED) {
  const r = aggregate(inputs[corpus].map((p, i) => score(truth[i].shingles, fn(p.input))));
  const ok = Math.abs(r.f1 - want) <= 0.0005 + 1e-9;
  if (!ok) bad++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${corpus.padEnd(4)} ${name.padEnd(22)} F1 ${r.f1.toFixed(4)} (expected ${want.toFixed(3)})  P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}`,
  );
}
process.exit(bad ? 1 : 0);
