import { attr, type DomElement } from './dom-types.js';

/**
 * Metadata the walk picks up on its way through the page: `<title>`, `<html lang>`, `<base href>`,
 * the first `<time datetime>`, and `<meta>` values by name, property or itemprop. `metadata.ts`
 * turns them into the result's fields.
 */

/** At most this many `<meta>` values are kept (bounds memory on hostile pages). */
const MAX_META = 300;
/** Longer meta values are cut to this length. */
const MAX_META_VALUE = 2000;

export interface HeadFields {
  /** Text of the first `<title>`. */
  title: string | undefined;
  /** `lang` of the root element. */
  lang: string | undefined;
  /** `href` of the first `<base>`. */
  base: string | undefined;
  /** `datetime` of the first `<time>` inside the article, else of the first one. */
  time: string | undefined;
  timeInArticle: boolean;
  /** Lowercased meta name / property / itemprop → its first value. */
  readonly meta: Map<string, string>;
}

export function emptyHead(): HeadFields {
  return { title: undefined, lang: undefined, base: undefined, time: undefined, timeInArticle: false, meta: new Map() };
}

function addMeta(head: HeadFields, el: DomElement): void {
  if (head.meta.size >= MAX_META) return;
  const value = attr(el, 'content');
  if (value === null || value.trim() === '') return;
  for (const name of ['name', 'property', 'itemprop', 'http-equiv']) {
    const key = attr(el, name);
    if (key === null) continue;
    // `property` may list several keys ("og:title twitter:title").
    for (const k of key.toLowerCase().split(/\s+/u)) {
      if (k && !head.meta.has(k)) head.meta.set(k, value.slice(0, MAX_META_VALUE).trim());
    }
  }
}

/** Record what `el` tells about the page, if anything. */
export function collectHead(head: HeadFields, el: DomElement, tag: string, inArticle: boolean): void {
  switch (tag) {
    case 'meta':
      addMeta(head, el);
      return;
    case 'title':
      head.title ??= (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
      return;
    case 'html':
      head.lang ??= attr(el, 'lang') ?? attr(el, 'xml:lang') ?? undefined;
      return;
    case 'base':
      head.base ??= attr(el, 'href') ?? undefined;
      return;
    case 'time': {
      const at = attr(el, 'datetime');
      if (at && (head.time === undefined || (inArticle && !head.timeInArticle))) {
        head.time = at;
        head.timeInArticle = inArticle;
      }
      return;
    }
    default:
  }
}
