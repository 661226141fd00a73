import { createRequire } from 'node:module';
import type { DomDocument, DomElement, DomNode } from './dom-types.js';

/**
 * Lazy loading of the DOM packages. `clean()` is synchronous, so they are loaded with `require`
 * (made from `import.meta.url`; tsup's `shims` provide it in the CJS build) the first time HTML
 * arrives: importing `chaff` costs nothing for text and markdown callers, and `chaff/text` never
 * reaches this module. Node caches the modules; nothing is cached here.
 */

const load = createRequire(import.meta.url);

/** The part of jsdom's API chaff calls. */
export interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { includeNodeLocations?: boolean; virtualConsole?: unknown },
  ) => {
    readonly window: { readonly document: DomDocument; close(): void };
    nodeLocation(node: DomNode): { startOffset: number; endOffset: number } | null | undefined;
  };
  VirtualConsole: new () => unknown;
}

/** The part of linkedom's API chaff calls. */
export interface LinkedomModule {
  parseHTML(html: string): { readonly document: DomDocument };
}

/** htmlparser2's streaming parser: the tokenizer linkedom builds its tree with. */
export interface Htmlparser2Module {
  Parser: new (
    handlers: {
      onopentagname?: () => void;
      onclosetag?: (name: string, isImplied: boolean) => void;
      ontext?: () => void;
      oncomment?: () => void;
    },
    options: { lowerCaseAttributeNames: boolean; decodeEntities: boolean; xmlMode: boolean },
  ) => { startIndex: number; endIndex: number; write(chunk: string): void; end(): void };
}

/** What Readability.parse() returns (the fields chaff reads). */
export interface ReadabilityArticle {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly excerpt?: string | null;
  readonly siteName?: string | null;
  readonly publishedTime?: string | null;
  readonly lang?: string | null;
  readonly content?: unknown;
}

/** The Readability options chaff sets. */
export interface ReadabilityOptions {
  serializer?: (node: DomElement) => unknown;
  disableJSONLD?: boolean;
  keepClasses?: boolean;
  charThreshold?: number;
}

export interface ReadabilityModule {
  Readability: new (document: DomDocument, options?: ReadabilityOptions) => { parse(): ReadabilityArticle | null };
}

/** Turndown, the HTML-to-markdown converter. */
export interface TurndownModule {
  new (options?: Record<string, unknown>): {
    addRule(name: string, rule: { filter: string[]; replacement: (content: string, node: DomNode) => string }): void;
    turndown(input: DomElement): string;
    /** Escapes markdown syntax in a text node (replaceable). */
    escape(text: string): string;
  };
}

/** DOMPurify's factory, bound to a window. */
export type DomPurifyFactory = (window: unknown) => {
  sanitize(html: string, config?: Record<string, unknown>): string;
};

export const loadJsdom = (): JsdomModule => load('jsdom') as JsdomModule;
export const loadLinkedom = (): LinkedomModule => load('linkedom') as LinkedomModule;
export const loadHtmlparser2 = (): Htmlparser2Module => load('htmlparser2') as Htmlparser2Module;
export const loadReadability = (): ReadabilityModule => load('@mozilla/readability') as ReadabilityModule;
export const loadTurndown = (): TurndownModule => load('turndown') as TurndownModule;
export const loadDomPurify = (): DomPurifyFactory => load('dompurify') as DomPurifyFactory;
