import { createRequire } from 'node:module';
import type { DomDocument, DomNode } from './dom-types.js';
import { loadJsdom } from './load.js';

/**
 * jsdom documents without a window per page.
 *
 * `new JSDOM(html)` builds a whole Window (a V8 context with every DOM interface, ~2 MB) and
 * schedules its load event with `process.nextTick`; that callback holds the window until the event
 * loop turns, so a plain synchronous loop of `clean()` calls held 0.6–0.9 GB over 300 pages
 * (docs/security.md, "Memory"). Here every page is parsed into a **new Document of one blank
 * window**, the way jsdom's own `DOMParser` does it, but with parse5's source locations on, which
 * the public API only offers through `new JSDOM(…, { includeNodeLocations })`. jsdom exports no
 * such call, so this reaches three of its internal modules (checked at load; when they are not
 * where jsdom 29 keeps them, chaff falls back to a window per page — slower, same output).
 *
 * The blank window is the one object chaff keeps between calls, and it keeps no page: documents
 * are never attached to it (no `defaultView`, so `<iframe>`s open no window of their own either),
 * and the listeners jsdom's selector engine adds to the window for each document's first
 * `querySelector` — which would otherwise hold every document alive for good — are cleared when a
 * page is closed. No script runs in it and nothing reads its state, so outputs do not depend on
 * what was cleaned before (test/html/jsdom-window.test.ts).
 */

/** The jsdom internals used (jsdom 29: lib/jsdom/living/documents.js and friends). */
interface JsdomInternals {
  documents: { createImpl(globalObject: unknown, options: Record<string, unknown>, flags?: Record<string, unknown>): unknown };
  utils: { wrapperForImpl(impl: unknown): unknown; implForWrapper(wrapper: unknown): Record<string, unknown> | null };
  parser: { parseIntoDocument(markup: string, documentImpl: unknown): unknown };
}

/** A page parsed into a document of the shared window. */
export interface WindowlessPage {
  readonly document: DomDocument;
  locate(node: DomNode): readonly [number, number] | undefined;
  close(): void;
}

const requireFromHere = createRequire(import.meta.url);

interface SharedWindow {
  readonly window: unknown;
  readonly internals: JsdomInternals;
}

/**
 * The blank window and the internals, made on first use. `null` once loading them failed (a jsdom
 * whose internals moved): the caller then parses with a window per page.
 */
let shared: SharedWindow | null | undefined;

function loadInternals(): JsdomInternals | null {
  try {
    const internals: JsdomInternals = {
      documents: requireFromHere('jsdom/lib/jsdom/living/documents.js') as JsdomInternals['documents'],
      utils: requireFromHere('jsdom/lib/generated/idl/utils.js') as JsdomInternals['utils'],
      parser: requireFromHere('jsdom/lib/jsdom/browser/parser/html.js') as JsdomInternals['parser'],
    };
    const usable =
      typeof internals.documents.createImpl === 'function' &&
      typeof internals.utils.wrapperForImpl === 'function' &&
      typeof internals.utils.implForWrapper === 'function' &&
      typeof internals.parser.parseIntoDocument === 'function';
    return usable ? internals : null;
  } catch {
    return null;
  }
}

function sharedWindow(): SharedWindow | null {
  if (shared !== undefined) return shared;
  // jsdom's entry first: its internal modules require each other in an order only it sets up.
  const { JSDOM, VirtualConsole } = loadJsdom();
  const internals = loadInternals();
  if (internals === null) {
    shared = null;
    return shared;
  }
  shared = { window: new JSDOM('', { virtualConsole: new VirtualConsole() }).window, internals };
  return shared;
}

/** Drop every listener on the shared window (what `window.close()` does first). */
function clearListeners(window: unknown, internals: JsdomInternals): void {
  const impl = internals.utils.implForWrapper(window);
  if (impl) impl['_eventListeners'] = Object.create(null);
}

/**
 * Parse `html` into a fresh document of the shared window, with source locations; undefined when
 * jsdom's internals are not usable (the caller uses `new JSDOM`).
 */
export function parseWindowless(html: string): WindowlessPage | undefined {
  const host = sharedWindow();
  if (host === null) return undefined;
  const { window, internals } = host;
  // The options `new JSDOM(html, { includeNodeLocations: true })` gives its document, less the
  // window: the same parse (scripting flag unset, so `<noscript>` is raw text as there).
  const impl = internals.documents.createImpl(
    window,
    {
      parsingMode: 'html',
      contentType: 'text/html',
      encoding: 'UTF-8',
      url: 'about:blank',
      parseOptions: { sourceCodeLocationInfo: true },
    },
    { alwaysUseDocumentClass: true },
  );
  internals.parser.parseIntoDocument(html, impl);
  const document = internals.utils.wrapperForImpl(impl) as DomDocument;
  return {
    document,
    locate(node) {
      const at = internals.utils.implForWrapper(node)?.['sourceCodeLocation'] as
        | { startOffset: number; endOffset: number }
        | null
        | undefined;
      return at ? [at.startOffset, at.endOffset] : undefined;
    },
    close() {
      (document as unknown as { documentElement: { remove(): void } | null }).documentElement?.remove();
      clearListeners(window, internals);
    },
  };
}

/**
 * Let go of what the NodeIterators made on `node`'s document point at. jsdom tracks a document's
 * iterators through WeakRefs, and V8 keeps a WeakRef's target alive until the current job ends, so
 * in a synchronous loop every iterator DOMPurify made — and through its root the whole document it
 * walked — stayed alive until the caller yielded (25 KB a call, measured by heap snapshot). The
 * iterators are spent by then; cleared, each holds nothing. A no-op when the internals are absent.
 */
export function releaseNodeIterators(node: DomNode): void {
  const host = shared;
  if (!host) return;
  const owner = (node as unknown as { ownerDocument: unknown }).ownerDocument;
  const document = owner ? host.internals.utils.implForWrapper(owner) : null;
  const iterators = document?.['_workingNodeIterators'] as Iterable<Record<string, unknown>> | undefined;
  if (!iterators || typeof iterators[Symbol.iterator] !== 'function') return;
  for (const iterator of iterators) {
    iterator['root'] = null;
    iterator['_referenceNode'] = null;
    iterator['filter'] = null;
  }
}

/**
 * Run `use` with the shared blank window (for DOMPurify, which needs a window to make its
 * documents), clearing the listeners it leaves; undefined when jsdom's internals are not usable.
 */
export function withSharedWindow<T>(use: (window: unknown) => T): { value: T } | undefined {
  const host = sharedWindow();
  if (host === null) return undefined;
  try {
    return { value: use(host.window) };
  } finally {
    clearListeners(host.window, host.internals);
  }
}
