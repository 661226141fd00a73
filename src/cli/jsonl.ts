import type { CleanOptions, From, InputKind } from '../types.js';

/**
 * JSONL records. Each input line is `{"url"?: string, "html"|"markdown"|"text": string}`; each
 * output line is the record's result (`{"url"?, ...CleanResult}`) or `{"url"?, "error": "…"}`.
 * Pure functions: the batch runner does the I/O.
 */

/** Content fields, in the order they are looked for: the first present is cleaned. */
const CONTENT_FIELDS: readonly InputKind[] = ['html', 'markdown', 'text'];
/** Characters of a bad line quoted in its error. */
const QUOTE_CHARS = 40;

/** A record ready to clean, or why it cannot be. */
export type ParsedRecord =
  | { readonly ok: true; readonly input: string; readonly options: CleanOptions; readonly url: string | undefined }
  | { readonly ok: false; readonly error: string; readonly url: string | undefined };

function quote(line: string): string {
  return JSON.stringify(line.length > QUOTE_CHARS ? `${line.slice(0, QUOTE_CHARS)}…` : line);
}

/**
 * Read one JSONL line. `base` holds the command's options; `from` (when the user gave `--from`)
 * overrides the kind named by the content field.
 */
export function parseRecord(line: string, base: CleanOptions, from: From | undefined): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: `not JSON: ${quote(line)}`, url: undefined };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'record is not a JSON object', url: undefined };
  }
  const record = value as Record<string, unknown>;
  const url = typeof record.url === 'string' ? record.url : undefined;
  if (record.url !== undefined && url === undefined) return { ok: false, error: '"url" is not a string', url };
  const field = CONTENT_FIELDS.find((f) => record[f] !== undefined);
  if (field === undefined) return { ok: false, error: 'record has no "html", "markdown" or "text" field', url };
  const input = record[field];
  if (typeof input !== 'string') return { ok: false, error: `"${field}" is not a string`, url };
  const options: CleanOptions = { ...base, from: from ?? field, ...(url !== undefined ? { url } : {}) };
  return { ok: true, input, options, url };
}

export { resultLine } from '../pool/protocol.js';

/** The output line (no newline) of a record that failed. */
export function errorLine(url: string | undefined, error: string): string {
  return JSON.stringify(url !== undefined ? { url, error } : { error });
}
