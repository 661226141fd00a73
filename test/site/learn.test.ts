import { describe, expect, it } from 'vitest';
import { createSiteLearner, learnSite } from '../../src/index.js';
import { fingerprint } from '../../src/site/fingerprint.js';
import { isSiteChrome, LONG_CHARS, pagesNeeded } from '../../src/site/judge.js';
import { ARTICLES, GAZETTE, HABER, SHARED_QUOTE } from './pages.js';

describe('fingerprints', () => {
  it('fold case and white space, mask numbers and dates', () => {
    expect(fingerprint('© 2019 Foo')).toBe(fingerprint('© 2024  foo'));
    expect(fingerprint('12 comments')).toBe(fingerprint('3 Comments'));
    expect(fingerprint('Updated November 19, 2019')).toBe(fingerprint('Updated Dec 3, 2020'));
    expect(fingerprint('2019-11-13T23:06:00+01:00')).toBe(fingerprint('2020-01-02T07:00:59+02:00'));
    expect(fingerprint('İLETİŞİM')).toBe(fingerprint('iletisim'));
  });

  it('keep different lines apart', () => {
    expect(fingerprint('Abone Ol')).not.toBe(fingerprint('Giriş Yap'));
    expect(fingerprint('May the best team win')).not.toBe(fingerprint('The best team won'));
  });

  it('keep long keys short: a prefix and a hash', () => {
    const key = fingerprint(SHARED_QUOTE);
    expect(key.length).toBeLessThan(60);
    expect(key).toBe(fingerprint(SHARED_QUOTE.toUpperCase()));
    expect(key).not.toBe(fingerprint(`${SHARED_QUOTE} And more.`));
  });
});

describe('judge', () => {
  it('needs at least 2 pages and half the site for a short block', () => {
    expect(pagesNeeded(1, 0.5, 2)).toBe(2);
    expect(pagesNeeded(5, 0.5, 2)).toBe(3);
    expect(isSiteChrome({ count: 1, pages: 1, chars: 10, sequence: 0 })).toBe(false);
    expect(isSiteChrome({ count: 2, pages: 2, chars: 10, sequence: 0 })).toBe(true);
    expect(isSiteChrome({ count: 2, pages: 5, chars: 10, sequence: 0 })).toBe(false);
    expect(isSiteChrome({ count: 3, pages: 5, chars: 10, sequence: 0 })).toBe(true);
  });

  it('asks more of long blocks: a high share on 3+ pages, or a recurring sequence', () => {
    const long = LONG_CHARS + 50;
    expect(isSiteChrome({ count: 2, pages: 2, chars: long, sequence: 0 })).toBe(false);
    expect(isSiteChrome({ count: 2, pages: 2, chars: long, sequence: 2 })).toBe(true);
    expect(isSiteChrome({ count: 2, pages: 5, chars: long, sequence: 2 })).toBe(false);
    expect(isSiteChrome({ count: 3, pages: 5, chars: long, sequence: 0 })).toBe(false);
    expect(isSiteChrome({ count: 4, pages: 5, chars: long, sequence: 0 })).toBe(true);
  });
});

describe('learnSite', () => {
  it('counts each fingerprint once per page', () => {
    const p = learnSite(['Menu\nMenu\nStory one.\nFooter', 'Menu\nStory two.\nFooter\nFooter']);
    expect(p.version).toBe(1);
    expect(p.pages).toBe(2);
    expect(p.blocks[fingerprint('Menu')]).toBe(2);
    expect(p.blocks[fingerprint('Footer')]).toBe(2);
    expect(p.pruned).toBe(0);
  });

  it('leaves out what only one page holds', () => {
    const p = learnSite(GAZETTE);
    expect(p.pages).toBe(5);
    expect(Object.values(p.blocks).every((n) => n >= 2)).toBe(true);
    expect(p.blocks[fingerprint('Harbour Life')]).toBe(5);
    expect(p.blocks[fingerprint('© 2019 Harbour Gazette')]).toBe(5);
    expect(p.blocks[fingerprint('By Gazette staff | 12 March 2024 | 2 comments')]).toBe(5);
    expect(p.blocks[fingerprint(SHARED_QUOTE)]).toBe(2);
    expect(p.blocks[fingerprint(ARTICLES[0]!.paragraphs[0]!)]).toBeUndefined();
  });

  it('gives a plain JSON object, stable across runs and page order of equal counts', () => {
    const p = learnSite(HABER);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(learnSite(HABER)).toEqual(p);
    expect(Object.getPrototypeOf(p.blocks)).toBe(Object.prototype);
  });

  it('counts an exact copy of a page once', () => {
    expect(learnSite([GAZETTE[0]!, GAZETTE[0]!, GAZETTE[1]!]).pages).toBe(2);
  });

  it('accepts any iterable of pages and markdown pages', () => {
    function* pages() {
      yield* HABER;
    }
    expect(learnSite(pages())).toEqual(learnSite(HABER));
    const md = learnSite(['# One\n\n- [Home](/)\n- [News](/news)\n\nFirst story.', '# Two\n\n- [Home](/)\n- [News](/news)\n\nSecond story.'], {
      from: 'markdown',
    });
    expect(md.blocks[fingerprint('Home')]).toBe(2);
  });

  it('rejects what is not a page or an option', () => {
    expect(() => learnSite('one page' as never)).toThrow(TypeError);
    expect(() => learnSite([42 as never])).toThrow(/must be a string/);
    expect(() => learnSite([], { from: 'pdf' as never })).toThrow(/option "from"/);
    expect(() => learnSite([], { maxFingerprints: 0 })).toThrow(/maxFingerprints/);
  });

  it('is safe with keys such as __proto__', () => {
    const p = learnSite(['__proto__\nconstructor\nA story.', '__proto__\nconstructor\nAnother story.']);
    expect(Object.hasOwn(p.blocks, '__proto__')).toBe(true);
    expect(p.blocks.constructor).toBe(2);
  });
});

describe('createSiteLearner', () => {
  it('streams the same profile as learnSite', () => {
    const learner = createSiteLearner();
    for (const page of GAZETTE) learner.add(page);
    expect(learner.pages).toBe(5);
    expect(learner.profile()).toEqual(learnSite(GAZETTE));
  });

  it('snapshots: later pages do not change an earlier profile', () => {
    const learner = createSiteLearner();
    learner.add(GAZETTE[0]!);
    learner.add(GAZETTE[1]!);
    const before = learner.profile();
    const copy = JSON.stringify(before);
    learner.add(GAZETTE[2]!);
    expect(JSON.stringify(before)).toBe(copy);
    expect(learner.profile().pages).toBe(3);
  });

  it('stays within its memory bound on a large crawl and keeps the chrome', () => {
    const max = 200;
    const learner = createSiteLearner({ maxFingerprints: max });
    for (let page = 0; page < 300; page += 1) {
      const own = Array.from({ length: 20 }, (_, k) => `Story ${page} line ${k}: ${'abcdefghij'.slice(k % 10)} ${page * 31 + k}x`.replace(/\d/g, (d) => 'qwertyuiop'[Number(d)] as string));
      learner.add(['Home', 'Sign up for our newsletter', ...own, '© 2024 Site'].join('\n'));
      expect(learner.size).toBeLessThanOrEqual(2 * max);
    }
    const p = learner.profile();
    expect(p.pages).toBe(300);
    expect(p.pruned).toBeGreaterThan(0);
    expect(p.blocks[fingerprint('Home')]).toBe(300);
    expect(p.blocks[fingerprint('© 2019 Site')]).toBe(300);
    expect(Object.keys(p.blocks).length).toBeLessThanOrEqual(max);
  });
});
