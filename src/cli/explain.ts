import type { CleanResult, Dropped } from '../types.js';
import { escapeControls } from './terminal.js';

/**
 * `--explain`: the dropped list as a table a person can scan — line, reason, rule and a one-line
 * preview of the text — under a summary line. Colours only when asked (stdout is a terminal).
 */

/** Width used when the terminal's is unknown (output piped). */
export const DEFAULT_WIDTH = 100;
/** Narrowest preview column worth printing. */
const MIN_PREVIEW = 20;

const ANSI = { dim: '\u001b[2m', bold: '\u001b[1m', yellow: '\u001b[33m', cyan: '\u001b[36m', reset: '\u001b[0m' } as const;

export interface ExplainOptions {
  /** Use ANSI colours. */
  readonly color: boolean;
  /** Total line width to fit the preview into. */
  readonly width: number;
}

/** One line of text: whitespace runs folded, controls escaped, clipped to `max` characters with an ellipsis. */
export function preview(text: string, max: number): string {
  const flat = escapeControls(text.replace(/\s+/gu, ' ').trim());
  return flat.length > max ? `${flat.slice(0, Math.max(0, max - 1))}…` : flat;
}

function paint(on: boolean, code: string, text: string): string {
  return on ? `${code}${text}${ANSI.reset}` : text;
}

/** The summary line: title, kind, language, sizes. */
export function summary(result: CleanResult): string {
  const parts = [
    result.title !== undefined ? `title: ${escapeControls(result.title)}` : 'title: (none)',
    `from: ${result.from}`,
    `lang: ${result.lang ?? '?'}`,
    `kept: ${result.text.length} chars`,
    `dropped: ${result.dropped.length} blocks`,
  ];
  return parts.join(' · ');
}

/** The table of dropped blocks, one row each, in input order. */
export function explainTable(dropped: readonly Dropped[], o: ExplainOptions): string {
  // Loops, not Math.max(...spread): a page can drop more records than a call has arguments.
  let lineW = 4;
  let reasonW = 6;
  let ruleW = 4;
  for (const d of dropped) {
    lineW = Math.max(lineW, String(d.line).length);
    reasonW = Math.max(reasonW, d.reason.length);
    ruleW = Math.max(ruleW, d.rule.length);
  }
  const previewW = Math.max(MIN_PREVIEW, o.width - lineW - reasonW - ruleW - 6);
  const head = `${'line'.padStart(lineW)}  ${'reason'.padEnd(reasonW)}  ${'rule'.padEnd(ruleW)}  text`;
  const rows = dropped.map((d) => {
    const line = paint(o.color, ANSI.dim, String(d.line).padStart(lineW));
    const reason = paint(o.color, ANSI.yellow, d.reason.padEnd(reasonW));
    const rule = paint(o.color, ANSI.cyan, d.rule.padEnd(ruleW));
    return `${line}  ${reason}  ${rule}  ${preview(d.text, previewW)}`;
  });
  return [paint(o.color, ANSI.bold, head), ...rows].join('\n');
}

/** Summary, blank line, table. */
export function explain(result: CleanResult, o: ExplainOptions): string {
  const table = result.dropped.length > 0 ? explainTable(result.dropped, o) : '(nothing dropped)';
  return `${summary(result)}\n\n${table}\n`;
}
