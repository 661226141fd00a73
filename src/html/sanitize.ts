import type { DomElement } from './dom-types.js';
import { loadDomPurify, loadJsdom } from './load.js';

/**
 * Sanitizing rendered HTML: DOMPurify (pinned ≥ 3.4) on a fresh jsdom window, closed after use.
 * Scripts, styles, frames, objects, forms and embedded documents go; so do event-handler
 * attributes, `style`, classes and ids, `srcset`, and any URL DOMPurify's allow-list refuses
 * (`javascript:`, `vbscript:`, `data:` outside images). Relative `href`/`src` become absolute
 * against the page's base URL when there is one.
 */

/** Elements never allowed in the output, whatever DOMPurify's defaults say. */
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'option', 'noscript', 'template', 'svg', 'math', 'base', 'meta', 'link', 'dialog', 'portal',
];
/** Attributes never allowed: presentation and identity (the output is the article, not the page). */
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'sizes', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster'];

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * Sanitize `html` and hand the sanitized body to `read` (serialize it, or convert it) while the
 * window is open.
 */
export function sanitize<T>(html: string, base: string | undefined, read: (body: DomElement & { innerHTML: string }) => T): T {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: new VirtualConsole() });
  try {
    const purify = loadDomPurify()(dom.window);
    if (base) {
      // A hook on this window's own instance: nothing is shared between calls.
      (purify as unknown as { addHook(name: string, fn: (node: DomElement) => void): void }).addHook('afterSanitizeAttributes', (node) => {
        for (const attr of ['href', 'src']) {
          const value = node.getAttribute(attr);
          if (value !== null && !value.startsWith('#')) node.setAttribute(attr, absolute(value, base));
        }
      });
    }
    const body = purify.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      RETURN_DOM: true,
    }) as unknown as DomElement & { innerHTML: string };
    return read(body);
  } finally {
    dom.window.close();
  }
}
