import type { GuardedHtml } from '../guard/html.js';
import type { CleanResult, Limits } from '../types.js';
import type { PreparedInput } from './index.js';

/**
 * The fields `clean()` adds about its input: `input` (the decoded or repaired string, when it is
 * not the caller's), `encoding` (for bytes) and `limits` (the caps that applied). Absent fields
 * stay absent, so a plain page's result has exactly the keys it always had.
 */
export function withInputFields(result: CleanResult, prepared: PreparedInput, guarded?: GuardedHtml): CleanResult {
  const limits: Limits = { ...result.limits };
  if (guarded?.truncated) limits.truncated = { ...guarded.truncated };
  else if (prepared.truncated) limits.truncated = { ...prepared.truncated };
  if (guarded && guarded.flattened > 0) limits.flattened = guarded.flattened;
  const out: CleanResult = { ...result };
  if (prepared.changed) out.input = prepared.text;
  if (prepared.encoding !== undefined) out.encoding = prepared.encoding;
  if (prepared.compression !== undefined) out.compression = prepared.compression;
  if (limits.truncated || limits.flattened || limits.fallback) out.limits = limits;
  else delete out.limits;
  return out;
}
