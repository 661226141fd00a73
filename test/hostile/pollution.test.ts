import { describe, expect, it } from 'vitest';
import { clean, learnSite } from '../../src/index.js';
import type { CleanOptions, CleanResult } from '../../src/types.js';

/**
 * No prototype pollution (docs/security.md): JSON-LD, meta names, class and id values, options
 * and site profiles parsed from JSON with `__proto__`, `constructor` and `prototype` keys change
 * nothing outside the call, and the result holds only documented keys.
 */

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const RESULT_KEYS = new Set(['text', 'markdown', 'html', 'title', 'lang', 'byline', 'published', 'siteName', 'excerpt', 'from', 'pageType', 'dropped', 'input', 'encoding', 'limits']);

function untouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
}

function onlyDocumentedKeys(r: CleanResult): void {
  for (const key of Object.keys(r)) expect(RESULT_KEYS, key).toContain(key);
  expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
}

const NAMES = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'];

const jsonLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  __proto__: { polluted: 1 },
  constructor: { prototype: { polluted: 1 } },
  headline: 'Quay reopens',
  author: { __proto__: { isAdmin: true }, name: 'Jane Doe', constructor: { prototype: { isAdmin: true } } },
  publisher: { name: { toString: 'x' } },
  datePublished: { valueOf: 1 },
}).replace('"__proto__":{}', '"__proto__":{"polluted":1}');

function page(): string {
  const metas = NAMES.map((n) => `<meta name="${n}" content="polluted"><meta property="${n}" content="polluted"><meta property="og:${n}" content="x">`).join('');
  const blocks = NAMES.map((n) => `<div class="${n}" id="${n}" role="${n}"><p class="${n}">Paragraph in a ${n} box, long enough to be read as prose by the cleaner, about the harbour.</p></div>`).join('');
  return `<!doctype html><html><head><title>__proto__ | constructor</title>${metas}<script type="application/ld+json">${jsonLd}</script>
<script type="application/ld+json">{"__proto__":{"polluted":1},"@graph":[{"__proto__":{"polluted":1}},{"@type":"Person","name":{"__proto__":{"x":1}}}]}</script></head>
<body><${'article'} class="__proto__ constructor"><h1 id="__proto__">Quay reopens</h1>${blocks}<time datetime="__proto__">x</time></article></body></html>`;
}

describe('no prototype pollution', () => {
  for (const dom of ['jsdom', 'linkedom'] as const) {
    it(`JSON-LD, meta names, classes, ids and roles named after Object.prototype (${dom})`, () => {
      for (const to of ['text', 'markdown', 'html'] as const) {
        const r = clean(page(), { dom, to });
        untouched();
        onlyDocumentedKeys(r);
        expect(r.text).toContain('harbour');
      }
    });
  }

  it('text and markdown lines named after Object.prototype', () => {
    const input = NAMES.map((n) => `${n}\n# ${n}\n- [${n}](${n})\n${n}: ${n}`).join('\n\n');
    for (const from of ['text', 'markdown'] as const) {
      onlyDocumentedKeys(clean(input, { from }));
      untouched();
    }
  });

  it('options parsed from JSON with "__proto__" are harmless', () => {
    const options = JSON.parse('{"__proto__": {"polluted": 1, "from": "html"}, "constructor": {"prototype": {"polluted": 1}}, "to": "text"}') as CleanOptions;
    const r = clean('Plain text about the harbour and the ferries, in a paragraph of its own.', options);
    expect(r.from).toBe('text'); // the own keys only: "from" inside __proto__ is not an option
    untouched();
  });

  it('a site profile from JSON with "__proto__" keys is harmless', () => {
    const pages = ['Home\nNews\nA first article about the harbour and the ferries, long enough.', 'Home\nNews\nA second article about the council and the budget, long enough.'];
    const profile = learnSite(pages);
    const json = JSON.stringify(profile).replace('"blocks":{', '"blocks":{"__proto__":{"polluted":1},"constructor":7,');
    const parsed = JSON.parse(json) as typeof profile;
    const r = clean('Home\nNews\nA third article about the quay reopening after repairs.', { site: parsed });
    expect(typeof r.text).toBe('string');
    untouched();
  });
});
