import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { steps } from '../src/pipeline/index.js';
import { emptyDoc } from '../src/pipeline/doc.js';
import { segmentLines } from '../src/pipeline/segment.js';
import { resolveOptions } from '../src/options.js';
import { assemble } from '../src/pipeline/assemble.js';
it('times', () => {
  const dir = '/work/shared/bench/aeb/text/';
  const pages = readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8'));
  const settings = resolveOptions({ from: 'text' });
  const times = new Map<string, number>();
  for (let pass = 0; pass < 4; pass++) for (const p of pages) {
    let t = performance.now();
    const blocks = segmentLines(p);
    if (pass) times.set('segment', (times.get('segment') ?? 0) + performance.now() - t);
    let doc = emptyDoc(p, settings, 'text', blocks);
    for (const s of steps) { t = performance.now(); doc = s(doc); if (pass) times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t); }
    t = performance.now(); assemble(doc); if (pass) times.set('assemble', (times.get('assemble') ?? 0) + performance.now() - t);
  }
  for (const [k, v] of times) console.log(k, (v / 3).toFixed(1));
});
