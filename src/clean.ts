import { cleanTextKind } from './clean-text.js';
import { detectKind } from './detect.js';
import { type GuardedHtml, guardHtml } from './guard/html.js';
import { climbHtmlLadder } from './html/ladder.js';
import { prepareInput } from './input/index.js';
import { withInputFields } from './input/result.js';
import { resolveOptions, type Settings } from './options.js';
import { runPipeline } from './pipeline/index.js';
import type { CleanOptions, CleanResult } from './types.js';
import type { ChaffInputError } from './errors.js';

/**
 * Clean a scraped page — HTML, markdown or plain text — into the article alone, plus a record of
 * every dropped block with its reason, rule and offsets into `input`. Synchronous, pure and
 * deterministic: no network, no script execution, no state kept between calls. HTML is parsed
 * with `options.dom` (jsdom or linkedom, loaded on first use); see docs/html.md. Hostile input
 * is bounded before it reaches a parser (docs/security.md): bytes are decoded, input over the
 * caps is cut, deep nesting is flattened, and `result.limits` says when any of that happened.
 *
 * @param input - the page as a string, or its bytes (Uint8Array, Buffer or ArrayBuffer; gzip is
 *   decompressed, then decoded by BOM, valid UTF-8, `<meta charset>`, else windows-1252; offsets
 *   then refer to `result.input`).
 * @param options - see {@link CleanOptions}; every field has a default.
 * @returns the article text, title, language, and the dropped list.
 * @throws {@link ChaffInputError} (a `TypeError`) when `input` is not a string or bytes, when the
 *   bytes are binary data that is no page (an executable, an image, an archive), or when an
 *   option has an invalid value. Never for a string's content.
 */
export function clean(input: string | Uint8Array | ArrayBuffer, options?: CleanOptions): CleanResult {
  const prepared = prepareInput(input);
  const settings = resolveOptions(options);
  const text = prepared.text;
  const kind = settings.from === 'auto' ? detectKind(text) : settings.from;
  if (kind !== 'html') return withInputFields(cleanTextKind(text, kind, settings), prepared);
  // Same length, same lines as `text` (blanked tags, or a prefix): offsets stay the caller's.
  const guarded = guardHtml(text);
  return withInputFields(cleanHtmlSafely(guarded, settings), prepared, guarded);
}

/** The HTML front end, then the one pipeline, on the DOM ladder; `limits.fallback` says which rung read it. */
function cleanHtmlSafely(guarded: GuardedHtml, settings: Settings): CleanResult {
  const { value, fallback } = climbHtmlLadder(guarded, settings, runPipeline, (html, s) => cleanTextKind(html, 'text', s));
  return fallback === undefined ? value : { ...value, limits: { ...value.limits, fallback } };
}
