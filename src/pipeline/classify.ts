import { defaultRules } from '../rules/index.js';
import { phraseHits } from '../rules/match.js';
import type { Rule, RuleContext } from '../rules/types.js';
import type { Thresholds } from '../options.js';
import type { Features } from '../text/features.js';
import type { Block, Verdict } from './block.js';
import type { Doc } from './doc.js';

/**
 * First verdict pass, each block alone (jusText's context-free classification): the first chrome
 * rule that fires decides; otherwise length and stopword density give good / neargood / short / bad.
 */

/** Stand-in density for blocks whose language has no stopword list: sentence shape only. */
function proseDensity(f: Features, t: Thresholds): number {
  if (f.stopwordDensity !== undefined) return f.stopwordDensity;
  if (f.terminal && f.sentences >= 2) return t.stopwordsHigh;
  return f.terminal ? t.stopwordsLow : 0;
}

export function classifyAlone(f: Features, t: Thresholds): Verdict {
  if (f.chars < t.lengthLow) return { cls: 'short', rule: 'class/short' };
  const density = proseDensity(f, t);
  if (density >= t.stopwordsHigh && f.chars >= t.lengthHigh) return { cls: 'good', rule: 'class/prose', score: density };
  if (density >= t.stopwordsLow) return { cls: 'neargood', rule: 'class/near-prose', score: density };
  return { cls: 'bad', reason: 'low-content', rule: 'class/non-prose', score: density };
}

export function firstRule(block: Block, ctx: RuleContext, rules: readonly Rule[]): Verdict | undefined {
  for (const rule of rules) {
    const hit = rule.test(block, ctx);
    if (hit === false) continue;
    const named = rule.id === 'structure/hint' ? block.hints?.chrome : undefined;
    return {
      cls: 'bad',
      reason: named?.reason ?? rule.reason,
      rule: named?.rule ?? rule.id,
      ...(typeof hit === 'number' ? { score: hit } : {}),
      ...(rule.weak ? { weak: true } : {}),
      ...(rule.section ? { section: true } : {}),
    };
  }
  return undefined;
}

/** Step: the context-free verdict of every block. */
export function classifyStep(doc: Doc): Doc {
  const t = doc.settings.thresholds;
  const first = doc.blocks.map((block, i) => {
    const features = doc.features[i] as Features;
    const ctx: RuleContext = {
      features,
      words: doc.words[i] ?? [],
      hits: doc.hits[i] ?? phraseHits([]),
      lang: doc.lang,
      settings: doc.settings,
    };
    return firstRule(block, ctx, defaultRules) ?? classifyAlone(features, t);
  });
  return { ...doc, first };
}
