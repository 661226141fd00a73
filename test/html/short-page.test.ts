import { describe, expect, it } from 'vitest';
import { withHtmlPage } from '../../src/html/page.js';
import { resolveOptions } from '../../src/options.js';
import { MIN_TRUSTED_CHARS } from '../../src/page/page.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const SENTENCE = 'The harbour plan was agreed after six hours of talks between the council and the ferry operators. ';

/** The container the HTML front end hands the scorer for `html`. */
function containerOf(html: string, dom: Dom) {
  return withHtmlPage(html, resolveOptions({ from: 'html', dom }), {}, (page) => page.container);
}

describe.each(DOMS)('Readability on a page too short for a trusted container (%s)', (dom) => {
  it('is not asked when the page holds fewer characters than a trusted container needs', () => {
    const tables = '<table></table>'.repeat(500);
    const html = `<html><body><article><p>${SENTENCE}</p>${tables}</article></body></html>`;
    expect(SENTENCE.length).toBeLessThan(MIN_TRUSTED_CHARS);
    expect(containerOf(html, dom)).toBeUndefined();
  });

  it('is asked once the page holds enough text', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><article><p>${SENTENCE.repeat(4)}</p></article></body></html>`;
    expect(containerOf(html, dom)?.chars).toBeGreaterThanOrEqual(MIN_TRUSTED_CHARS);
  });
});
