import { parseHTML } from 'linkedom';
import type { CleanResult } from '../src/types.js';

/** Elements whose content is no reader-visible text, or (`select`, `datalist`) only form choices: chaff strips them before parsing (src/html/strip.ts). */
const INVISIBLE = 'script, style, noscript, template, svg, head, select, datalist';

/**
 * Words of the page's visible text that are neither in the kept text, nor the title, nor any
 * dropped record: for HTML input, "every line accounted for" becomes "every word accounted for".
 */
export function htmlAccountingGaps(input: string, result: CleanResult): string[] {
  const { document } = parseHTML(input);
  for (const el of Array.from(document.querySelectorAll(INVISIBLE))) el.remove();
  const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set([...words(result.text), ...words(result.title ?? ''), ...result.dropped.flatMap((d) => words(d.text))]);
  return [...new Set(words(document.documentElement?.textContent ?? ''))].filter((w) => !seen.has(w));
}

/** Words of a dropped record's text missing from its source slice (tags removed, entities left as they are). */
export function sliceGaps(input: string, d: { start: number; end: number; text: string }): string[] {
  const slice = input.slice(d.start, d.end);
  const { document } = parseHTML(`<!doctype html><html><body>${slice}</body></html>`);
  const have = new Set((document.body?.textContent ?? '').match(/[\p{L}\p{N}]+/gu) ?? []);
  return (d.text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !have.has(w));
}
