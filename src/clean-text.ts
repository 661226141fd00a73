import { detectKind } from './detect.js';
import { prepareInput } from './input/index.js';
import { withInputFields } from './input/result.js';
import { markdownPage } from './markdown/page.js';
import { resolveOptions, type Settings } from './options.js';
import { runPipeline } from './pipeline/index.js';
import { textPage } from './text/page.js';
import type { CleanOptions, CleanResult } from './types.js';
import { ChaffInputError } from './errors.js';

/** Clean input already known to be text or markdown: its front end, then the one pipeline. */
export function cleanTextKind(input: string, kind: 'text' | 'markdown', settings: Settings): CleanResult {
  return runPipeline(kind === 'markdown' ? markdownPage(input) : textPage(input), settings);
}

/**
 * Clean a scraped page given as text: drop the chrome, keep the article, and report every dropped
 * line with its reason, rule and offsets. Synchronous, pure and deterministic. This entry never
 * loads a DOM: HTML input (`from: 'html'`, or `'auto'` finding a document) throws a
 * {@link ChaffInputError} with code `html-in-text-entry` that names the main entry — a typed
 * refusal rather than tag soup "cleaned" as text.
 *
 * Bytes are decoded as in the main entry (`TextDecoder` only), and the same input caps apply
 * (docs/security.md).
 *
 * @param input - the page, one block per line (as scrapers emit text), or its bytes.
 * @param options - see {@link CleanOptions}; every field has a default.
 * @returns the article text, the title, the language, and the dropped list.
 * @throws {@link ChaffInputError} for HTML input, for input that is not a string or bytes or is
 *   binary data, and for invalid options.
 */
export function clean(input: string | Uint8Array | ArrayBuffer, options?: CleanOptions): CleanResult {
  const prepared = prepareInput(input);
  const text = prepared.text;
  const settings = resolveOptions(options);
  const kind = settings.from === 'auto' ? detectKind(text) : settings.from;
  if (kind === 'html') {
    throw new ChaffInputError(
      'chaff/text reads text and markdown only, and this input is HTML: clean it with the main entry (import { clean } from "chaff"), or pass { from: "text" } to clean its lines as text',
      'html-in-text-entry',
    );
  }
  return withInputFields(cleanTextKind(text, kind, settings), prepared);
}
