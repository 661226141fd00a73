import type { CleanResult } from '../types.js';
import type { CliTo } from './args.js';
import { jsonWithoutControls } from './terminal.js';

/** What one cleaned page prints as, for each `--to`. */

/** The page's output for `--to`, ending in a newline (JSON is indented when `pretty`). */
export function formatResult(result: CleanResult, to: CliTo, pretty = true): string {
  switch (to) {
    case 'json':
      return `${jsonWithoutControls(JSON.stringify(result, null, pretty ? 2 : undefined))}\n`;
    case 'markdown':
      return withNewline(result.markdown ?? result.text);
    case 'html':
      return withNewline(result.html ?? '');
    default:
      return withNewline(result.text);
  }
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** The header before each page when several files are cleaned (as `head` does). */
export function fileHeader(name: string): string {
  return `==> ${name === '-' ? 'standard input' : name} <==\n`;
}
