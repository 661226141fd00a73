import type { Block } from './page/block.js';
import type { Render } from './page/page.js';

/**
 * `to: 'markdown' | 'html'` for plain-text input: each kept line is a paragraph. Markdown
 * characters are escaped so the text reads the same once rendered; HTML is built from escaped
 * text only, so it cannot carry markup from the input.
 */

const MD_SPECIAL = /[\\`*_{}[\]<>#|]/g;
const MD_LINE_START = /^(\s*)([-+>]|\d+[.)])(\s)/u;
const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkdown(text: string): string {
  return text.replace(MD_SPECIAL, '\\$&').replace(MD_LINE_START, '$1\\$2$3');
}

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c] as string);
}

/** The plain-text input kind's renderer over the page's blocks. */
export function textRenderer(blocks: readonly Block[]): Render {
  return (kept, settings) => {
    const texts = kept.map((i) => blocks[i]?.text ?? '');
    if (settings.to === 'markdown') return { markdown: texts.map(escapeMarkdown).join('\n\n') };
    if (settings.to === 'html') return { html: texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n') };
    return {};
  };
}
