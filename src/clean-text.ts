import { detectKind } from './detect.js';
import { prepareInput } from './input/index.js';
import { withInputFields } from './input/result.js';
import { markdownPage } from './markdown/page.js';
import { resolveOptions, type Settings } from './options.js';
import { runPipeline } from './pipeline/index.js';
import { textPage } from './text/page.js';
import type { CleanOptions, CleanResult } from './types.js';

/** Clean input already known to be text or markdown: its front end, then the one pipeline. */
export function cleanTextKind(input: string, kind: 'text' | 'markdown', settings: Settings): CleanResult {
  return runPipeline(kind === 'markdown' ? markdownPage(input) : textPage(input), settings);
}

/**
 * Clean a scraped page given as text: drop the chrome, keep the article, and report every dropped
 * line with its reason, rule and offsets. Synchronous, pure and deterministic. This entry never
 * loads a DOM: HTML input throws; use the main `chaff` entry for HTML.
 *
 * Bytes are decoded as in the main entry (`TextDecoder` only), and the same input caps apply
 * (docs/security.md).
 *
 * @param input - the page, one block per line (as scrapers emit text), or its bytes.
 * @param options - see {@link CleanOptions}; every field has a default.
 * @returns the article text, the title, the language, and the dropped list.
 */
export function clean(input: string | Uint8Array, options?: CleanOptions): CleanResult {
  const prepared = prepareInput(input);
  const text = prepared.text;
  const settings = resolveOptions(options);
  const kind = settings.from === 'auto' ? detectKind(text) : settings.from;
  if (kind === 'html') {
    throw new Error('chaff: HTML input is not supported yet (text mode only); pass { from: "text" } to clean it as text');
  }
  return withInputFields(cleanTextKind(text, kind, settings), prepared);
}
