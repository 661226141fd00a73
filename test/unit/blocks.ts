import type { Block, Verdict } from '../../src/page/block.js';
import { type Doc, emptyDoc } from '../../src/score/doc.js';
import { resolveOptions } from '../../src/options.js';
import { measure } from '../../src/text/features.js';
import { labelWords } from '../../src/text/normalize.js';
import { phraseHits } from '../../src/rules/match.js';
import { stopwordsFor } from '../../src/text/stopwords.js';

/** Build blocks directly from lines (jusText-style unit tests: no parsing involved). */
export function blocks(lines: readonly string[]): Block[] {
  let offset = 0;
  return lines.map((text, index) => {
    const b: Block = { index, text, start: offset, end: offset + text.length, line: index + 1, kind: 'line' };
    offset += text.length + 1;
    return b;
  });
}

/** A measured Doc over the lines, with optional verdicts already set. */
export function doc(lines: readonly string[], parts: Partial<Pick<Doc, 'first' | 'final'>> = {}): Doc {
  const bs = blocks(lines);
  const stop = stopwordsFor('en');
  const base = emptyDoc(lines.join('\n'), resolveOptions({}), 'text', bs);
  const words = bs.map((b) => labelWords(b.text));
  return {
    ...base,
    lang: 'en',
    features: bs.map((b) => measure(b.text, stop)),
    words,
    hits: words.map(phraseHits),
    ...parts,
  };
}

const byClass = { source: 'class', strength: 'weak' } as const;
export const good: Verdict = { cls: 'good', rule: 'class/prose', ...byClass };
export const bad: Verdict = { cls: 'bad', reason: 'low-content', rule: 'class/non-prose', ...byClass };
export const short: Verdict = { cls: 'short', rule: 'class/short', ...byClass };
export const near: Verdict = { cls: 'neargood', rule: 'class/near-prose', ...byClass };
