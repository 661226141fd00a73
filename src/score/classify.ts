import type { Block, Verdict } from '../page/block.js';
import { defaultRules } from '../rules/index.js';
import { phraseHits } from '../rules/match.js';
import type { Rule, RuleContext } from '../rules/types.js';
import type { Thresholds } from '../options.js';
import type { Features } from '../text/features.js';
import type { Doc } from './doc.js';

/**
 * Stage: classify. The first verdict pass, each block alone (jusText's context-free
 * classification): the first chrome rule that fires decides; otherwise length and stopword
 * density give good / neargood / short / bad.
 */

/** Sentences a block of a language without a stopword list needs to pass for prose by shape alone. */
const MIN_SHAPE_SENTENCES = 2;

/** Stand-in density for blocks whose language has no stopword list: sentence shape only. */
function proseDensity(f: Features, t: Thresholds): number {
  if (f.stopwordDensity !== undefined) return f.stopwordDensity;
  if (f.terminal && f.sentences >= MIN_SHAPE_SENTENCES) return t.stopwordsHigh;
  return f.terminal ? t.stopwordsLow : 0;
}

/** The length/stopword class of a block no rule caught. */
export function classifyAlone(f: Features, t: Thresholds): Verdict {
  const by = { source: 'class', strength: 'weak' } as const;
  if (f.chars < t.lengthLow) return { cls: 'short', rule: 'class/short', ...by };
  const density = proseDensity(f, t);
  if (density >= t.stopwordsHigh && f.chars >= t.lengthHigh) return { cls: 'good', rule: 'class/prose', ...by, score: density };
  if (density >= t.stopwordsLow) return { cls: 'neargood', rule: 'class/near-prose', ...by, score: density };
  return { cls: 'bad', reason: 'low-content', rule: 'class/non-prose', ...by, score: density };
}

/** The verdict of the first rule that fires on a block, or undefined. */
export function firstRule(block: Block, ctx: RuleContext, rules: readonly Rule[]): Verdict | undefined {
  for (const rule of rules) {
    const hit = rule.test(block, ctx);
    if (hit === false) continue;
    const named = rule.names?.(block, ctx);
    return {
      cls: 'bad',
      reason: named?.reason ?? rule.reason,
      rule: named?.rule ?? rule.id,
      source: rule.source ?? 'rule',
      strength: rule.weak ? 'weak' : 'strong',
      ...(typeof hit === 'number' ? { score: hit } : {}),
      ...(rule.section ? { section: true } : {}),
      ...(rule.yieldsToProse ? { yieldsToProse: true } : {}),
      ...(rule.yieldsToItemTitle ? { yieldsToItemTitle: true } : {}),
    };
  }
  return undefined;
}

/** Stage: the context-free verdict of every block. */
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
      chrome: doc.evidence.chrome[i],
      outside: doc.evidence.outside[i] === true,
    };
    return firstRule(block, ctx, defaultRules) ?? classifyAlone(features, t);
  });
  return { ...doc, first };
}
