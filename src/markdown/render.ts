import type { Block } from '../page/block.js';
import type { Render } from '../page/page.js';
import { escapeHtml } from '../render-text.js';

/**
 * `to: 'markdown' | 'html'` for markdown input. Markdown is the kept blocks' source, verbatim
 * (slices of the input joined by a blank line), so links, emphasis and code survive. HTML is
 * built from each block's plain text and its kind only (headings, list items, code, quotes,
 * paragraphs), escaped: it never carries markup or URLs from the input.
 */

/** Blank line between kept blocks in the markdown output. */
const BLOCK_SEPARATOR = '\n\n';

function htmlBlock(b: Block): string {
  const text = escapeHtml(b.text);
  switch (b.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, b.hints?.level ?? 2));
      return `<h${level}>${text}</h${level}>`;
    }
    case 'list-item':
      return `<ul><li>${text}</li></ul>`;
    case 'code':
      return `<pre><code>${text}</code></pre>`;
    case 'quote':
      return `<blockquote><p>${text.replace(/\n/gu, '<br>')}</p></blockquote>`;
    default:
      return `<p>${text.replace(/\n/gu, '<br>')}</p>`;
  }
}

/** Merge the `</ul><ul>` between consecutive list items into one list. */
function joinLists(html: string): string {
  return html.replace(/<\/ul>\n<ul>/gu, '\n');
}

/** The markdown input kind's renderer: verbatim markdown, or HTML from text and block kinds. */
export function markdownRenderer(input: string, pageBlocks: readonly Block[]): Render {
  return (kept, settings) => {
    const blocks = kept.map((i) => pageBlocks[i] as Block);
    if (settings.to === 'markdown') return { markdown: blocks.map((b) => input.slice(b.start, b.end)).join(BLOCK_SEPARATOR) };
    if (settings.to === 'html') return { html: joinLists(blocks.map(htmlBlock).join('\n')) };
    return {};
  };
}
