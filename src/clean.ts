import { assertString, cleanTextKind } from './clean-text.js';
import { detectKind } from './detect.js';
import { cleanHtml } from './html/index.js';
import { resolveOptions } from './options.js';
import type { CleanOptions, CleanResult } from './types.js';

/**
 * Clean a scraped page — HTML, markdown or plain text — into the article alone, plus a record of
 * every dropped block with its reason, rule and offsets into `input`. Synchronous, pure and
 * deterministic: no network, no script execution, no state kept between calls. HTML is parsed
 * with `options.dom` (jsdom or linkedom, loaded on first use); see docs/html.md.
 *
 * @param input - the page as a string.
 * @param options - see {@link CleanOptions}; every field has a default.
 * @returns the article text, title, language, and the dropped list.
 * @throws TypeError when `input` is not a string or an option has an invalid value.
 */
export function clean(input: string, options?: CleanOptions): CleanResult {
  assertString(input);
  const settings = resolveOptions(options);
  const kind = settings.from === 'auto' ? detectKind(input) : settings.from;
  if (kind === 'html') return cleanHtml(input, settings);
  return cleanTextKind(input, kind, settings);
}
