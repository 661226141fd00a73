import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { detectLang } from '../src/text/lang.js';
import { measureBlocks } from '../src/text/features.js';
import { labelWords } from '../src/text/normalize.js';
import { phraseHits } from '../src/rules/match.js';
import { stopwordsFor } from '../src/text/stopwords.js';
import { segmentLines } from '../src/pipeline/segment.js';
it('times', () => {
  const dir = '/work/shared/bench/aeb/text/';
  const pages = readdirSync(dir).map((f) => segmentLines(readFileSync(dir + f, 'utf8')));
  const sw = stopwordsFor('en');
  const T: Record<string, number> = {};
  const time = (k: string, f: () => unknown) => { const t = performance.now(); f(); T[k] = (T[k] ?? 0) + performance.now() - t; };
  for (let pass = 0; pass < 3; pass++) for (const bs of pages) {
    const texts = bs.map((b) => b.text);
    time('lang', () => detectLang(texts));
    time('measure', () => measureBlocks(bs, sw));
    let w: string[][] = [];
    time('labelWords', () => { w = texts.map((t) => labelWords(t)); });
    time('hits', () => w.map(phraseHits));
  }
  for (const [k, v] of Object.entries(T)) console.log(k, (v / 3).toFixed(1));
});
