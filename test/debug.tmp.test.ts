import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { steps } from '../src/pipeline/index.js';
import { emptyDoc } from '../src/pipeline/doc.js';
import { segmentLines } from '../src/pipeline/segment.js';
import { resolveOptions } from '../src/options.js';
import { reviseClasses } from '../src/pipeline/context.js';
it('debug', () => {
  const dir = '/work/shared/bench/aeb/text/';
  const id = process.env.PAGE as string;
  const f = readdirSync(dir).find((x) => x.startsWith(id)) as string;
  const p = readFileSync(dir + f, 'utf8');
  let doc = emptyDoc(p, resolveOptions({ from: 'text' }), 'text', segmentLines(p));
  for (const s of steps) doc = s(doc);
  const rev = reviseClasses(doc.first);
  const from = Number(process.env.FROM ?? 0), to = Number(process.env.TO ?? 1e9);
  console.log('lang', doc.lang);
  doc.blocks.forEach((b, i) => {
    if (b.line < from || b.line > to) return;
    const fe = doc.features[i]!;
    console.log(`${String(b.line).padStart(4)} ${doc.first[i]!.cls.padEnd(8)} ${rev[i]!.padEnd(4)} ${doc.final[i]!.cls === 'good' ? 'KEEP' : '    '} ${doc.final[i]!.rule.padEnd(22)} c${fe.chars} w${fe.words} sd${fe.stopwordDensity?.toFixed(2)} | ${b.text.slice(0, 70)}`);
  });
});
