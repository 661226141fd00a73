import { describe, expect, it } from 'vitest';
import { clean, ChaffInputError, createSiteLearner, learnSite } from '../../src/index.js';
import { learnSite as learnSiteWithoutDom } from '../../src/text.js';
import { learnByHost } from '../../src/site/full.js';
import { learnHosts } from '../../src/site/hosts.js';
import type { SiteLearner } from '../../src/index.js';
import { ARTICLES, gazetteHtml, SLOGAN } from './pages.js';

const PAGES = ARTICLES.map((_, i) => gazetteHtml(i));

describe('site learning from HTML pages (main entry)', () => {
  it('learns the blocks the HTML front end builds: a template line no markup names is dropped as site/repeated', () => {
    const site = learnSite(PAGES);
    expect(site.pages).toBe(PAGES.length);
    const alone = clean(PAGES[1] as string);
    const withSite = clean(PAGES[1] as string, { site });
    expect(alone.text).toContain(SLOGAN);
    expect(withSite.text).not.toContain(SLOGAN);
    const slogan = withSite.dropped.find((d) => d.text === SLOGAN);
    expect(slogan).toMatchObject({ rule: 'site/repeated', reason: 'site-repeated', pages: `${PAGES.length}/${PAGES.length}` });
    for (const p of ARTICLES[1]?.paragraphs ?? []) expect(withSite.text).toContain(p);
  });

  it('reads HTML with the DOM asked for, and both DOMs learn the same profile', () => {
    expect(learnSite(PAGES, { dom: 'linkedom' })).toEqual(learnSite(PAGES, { dom: 'jsdom' }));
    expect(() => learnSite(PAGES, { dom: 'happy-dom' as never })).toThrow(ChaffInputError);
  });

  it('detects HTML among other kinds (from: auto), one page at a time', () => {
    const learner = createSiteLearner();
    for (const page of PAGES) learner.add(page);
    expect(learner.profile()).toEqual(learnSite(PAGES, { from: 'html' }));
  });

  it('chaff/text refuses HTML pages with a typed error that names the main entry', () => {
    const refused = (() => {
      try {
        learnSiteWithoutDom(PAGES);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(ChaffInputError);
    expect(refused).toMatchObject({ code: 'site' });
    expect((refused as Error).message).toMatch(/main entry "chaff"/u);
  });

  it('asks more of recurrence inside the article container: two pages of two are not enough', () => {
    const two = learnSite(PAGES.slice(0, 2));
    expect(clean(PAGES[1] as string, { site: two }).text).toContain(SLOGAN);
    const three = learnSite(PAGES.slice(0, 3));
    expect(clean(PAGES[1] as string, { site: three }).text).not.toContain(SLOGAN);
  });

  it('learnByHost skips records without a page; with onError a record the learner throws on is reported and skipped', () => {
    const records = [
      { url: 'https://gazette.example/1', html: PAGES[0] },
      { url: 'https://gazette.example/2', html: 42 as unknown as string },
      { url: 'https://gazette.example/3', html: PAGES[2] },
    ];
    expect(learnByHost(records).get('gazette.example')?.pages).toBe(2);
    const seen: number[] = [];
    const failing = (): SiteLearner => {
      const inner = createSiteLearner();
      return {
        add: (page, from) => {
          if (page === PAGES[2]) throw new ChaffInputError('unreadable', 'site');
          inner.add(page, from);
        },
        get pages() {
          return inner.pages;
        },
        get size() {
          return inner.size;
        },
        profile: () => inner.profile(),
      };
    };
    const profiles = learnHosts(records, failing, undefined, (_error, index) => seen.push(index));
    expect(seen).toEqual([2]);
    expect(profiles.get('gazette.example')?.pages).toBe(1);
    expect(() => learnHosts(records, failing)).toThrow('unreadable');
  });
});
