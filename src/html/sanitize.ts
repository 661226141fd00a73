import type { DomElement } from './dom-types.js';
import { releaseNodeIterators, withSharedWindow } from './jsdom-window.js';
import { loadDomPurify, loadJsdom } from './load.js';

/**
 * Sanitizing rendered HTML: DOMPurify (pinned ≥ 3.4), an instance of its own per call, on jsdom's
 * shared blank window (or a fresh window, closed after use, when that is not available).
 * Scripts, styles, frames, objects, forms and embedded documents go; so do event-handler
 * attributes, `style`, classes and ids, `srcset`, and any URL DOMPurify's allow-list refuses
 * (`javascript:`, `vbscript:`, `data:` outside images). Relative `href`/`src` become absolute
 * against the page's base URL when there is one — *before* DOMPurify checks them, so the URL it
 * checks is the URL the output holds (a `javascript://` base turned every relative link into
 * script when links were made absolute afterwards). Only the schemes in ALLOWED_URI survive, and
 * every kept URL attribute is checked once more after sanitizing.
 */

/**
 * URLs kept: http(s), mailto and relative ones (DOMPurify's default pattern less `ftp:`, `tel:`,
 * `callto:`, `sms:`, `cid:`, `xmpp:` and `matrix:`, which an article's text has no use for);
 * `data:image/…` on `<img>` comes through DOMPurify's own data-URI rule.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/iu;
/** A URL value's scheme, as a browser reads it (controls and white space inside are ignored). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/iu;
const URL_ATTRIBUTES = ['href', 'src'];

/** Whether a URL attribute value is one the output may hold. */
export function allowedUrl(value: string, tag: string): boolean {
  // Browsers strip ASCII white space and controls before reading a scheme ("java\tscript:").
  const bare = value.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '');
  const scheme = SCHEME.exec(bare)?.[1]?.toLowerCase();
  if (scheme === undefined) return true; // relative, or protocol-relative (the page's own http(s))
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return true;
  return scheme === 'data' && tag === 'img' && /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/iu.test(bare);
}

/** Elements never allowed in the output, whatever DOMPurify's defaults say. */
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'option', 'noscript', 'template', 'svg', 'math', 'base', 'meta', 'link', 'dialog', 'portal',
];
/** Attributes never allowed: presentation and identity (the output is the article, not the page). */
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'sizes', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster'];

/** The part of DOMPurify's instance API used here. */
interface Purifier {
  addHook(name: 'uponSanitizeAttribute', fn: (node: DomElement, data: { attrName: string; attrValue: string }) => void): void;
  addHook(name: 'afterSanitizeAttributes', fn: (node: DomElement & { removeAttribute(name: string): void }) => void): void;
  sanitize(html: string, config: Record<string, unknown>): unknown;
}

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
  // The shared blank window when jsdom's internals allow it (no window per call: see jsdom-window.ts).
  const shared = withSharedWindow((window) => purifyIn(window, html, base, read));
  if (shared) return shared.value;
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: new VirtualConsole() });
  try {
    return purifyIn(dom.window, html, base, read);
  } finally {
    dom.window.close();
  }
}

/** Sanitize with a DOMPurify instance of its own, bound to `window`, and read the result. */
function purifyIn<T>(window: unknown, html: string, base: string | undefined, read: (body: DomElement & { innerHTML: string }) => T): T {
  const purify = loadDomPurify()(window) as unknown as Purifier;
  // Hooks on this window's own instance: nothing is shared between calls.
  if (base) {
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (URL_ATTRIBUTES.includes(data.attrName) && !data.attrValue.startsWith('#')) data.attrValue = absolute(data.attrValue, base);
    });
  }
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const attr of URL_ATTRIBUTES) {
      const value = node.getAttribute(attr);
      if (value !== null && !allowedUrl(value, node.localName)) node.removeAttribute(attr);
    }
  });
  const body = purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    RETURN_DOM: true,
  }) as unknown as DomElement & { innerHTML: string; textContent: string };
  try {
    return read(body);
  } finally {
    // DOMPurify walks the body with a NodeIterator, which jsdom tracks through a WeakRef, and V8
    // keeps a WeakRef's target until the current job ends: in a synchronous loop every sanitized
    // body would stay alive until the caller yields. Emptied, and the iterators let go of it.
    body.textContent = '';
    releaseNodeIterators(body);
  }
}
