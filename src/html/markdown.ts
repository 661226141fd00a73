import type { DomElement, DomNode } from './dom-types.js';
import { loadTurndown } from './load.js';

/**
 * Sanitized kept HTML → markdown with turndown: ATX headings, fenced code, `-` bullets, `_`
 * emphasis, quotes and links as turndown writes them, and tables as GFM pipe tables (turndown's
 * core has no table rule: `tableRule` below).
 */

const OPTIONS = { headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_', hr: '---' };

/** Cell text for a pipe table: one line, pipes escaped. */
function cell(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/gu, ' ').trim().replace(/\|/gu, '\\|');
}

/** A table as GFM: the first row is the header row. */
function table(node: DomNode): string {
  const rows: string[][] = [];
  const el = node as DomElement;
  const trs = el.querySelectorAll('tr');
  for (let r = 0; r < trs.length; r += 1) {
    const cells = (trs[r] as DomElement).querySelectorAll('th, td');
    const row: string[] = [];
    for (let c = 0; c < cells.length; c += 1) row.push(cell(cells[c] as DomNode));
    if (row.length > 0) rows.push(row);
  }
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head, ...body] = rows;
  return `\n\n${[line(head as string[]), line(Array(width).fill('---')), ...body.map(line)].join('\n')}\n\n`;
}

/**
 * Text as markdown source: `<`, `>` and an `&` that would start a character reference become
 * references themselves, so a page's escaped text (`&lt;img onerror…&gt;`) stays text in the
 * markdown instead of turning into raw HTML a renderer would obey; then turndown's own escaping
 * of markdown syntax (`*`, `_`, `#`, `[`…). Code is not passed through here (it is verbatim).
 */
export function escapeMarkdownText(text: string, escapeSyntax: (text: string) => string): string {
  return escapeSyntax(text.replace(/&(?=#?[a-z0-9]+;)/giu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;'));
}

/** Markdown of a sanitized body. */
export function toMarkdown(body: DomElement): string {
  const Turndown = loadTurndown();
  const service = new Turndown(OPTIONS);
  const escapeSyntax = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdownText(text, escapeSyntax);
  service.addRule('table', { filter: ['table'], replacement: (_, node) => table(node) });
  return service.turndown(body).trim();
}
