import type { Settings } from '../options.js';
import { siteSpanStep } from '../site/span.js';
import { siteStep } from '../site/step.js';
import type { CleanResult, InputKind } from '../types.js';
import type { Block } from './block.js';
import { contextStep } from './article.js';
import { assemble, type Render } from './assemble.js';
import { classifyStep } from './classify.js';
import { dedupeStep } from './dedupe.js';
import { type Doc, emptyDoc } from './doc.js';
import { measureStep } from './measure.js';
import { titleStep } from './title.js';

/** One step of the pipeline: a pure function from Doc to Doc. */
export type Step = (doc: Doc) => Doc;

/**
 * The recipe, in order. Segmentation happens before (it depends on the input kind), assembly
 * after: measure (language, features) → rules alone → site chrome (only with `options.site`) →
 * context (neighbours, dense run) → own span (only with `options.site`) → duplicates → title.
 */
export const steps: readonly Step[] = [measureStep, classifyStep, siteStep, contextStep, siteSpanStep, dedupeStep, titleStep];

/**
 * Run the block pipeline on segmented input. `render` adds the markdown/HTML output of the input
 * kind (`to: 'markdown' | 'html'`).
 */
export function runPipeline(
  input: string,
  blocks: readonly Block[],
  from: InputKind,
  settings: Settings,
  render?: Render,
): CleanResult {
  let doc = emptyDoc(input, settings, from, blocks);
  for (const step of steps) doc = step(doc);
  return assemble(doc, render);
}

export type { Render } from './assemble.js';
