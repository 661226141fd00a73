import { describe, expect, it } from 'vitest';
import { clean, learnSite } from '../../src/index.js';
import { clean as cleanText, learnSite as learnSiteText } from '../../src/text.js';
import type { CleanResult, SiteProfile } from '../../src/types.js';
import { accountingGaps } from '../accounting.js';
import { ARTICLES, FOOTER, GAZETTE, HABER, MENU, SHARED_QUOTE, SLOGAN, gazettePage } from './pages.js';

const site = learnSite(GAZETTE);

function droppedLine(result: CleanResult, text: string) {
  return result.dropped.find((d) => d.text === text);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('clean(page, { site })', () => {
  it('drops the menu, slogan, byline and footer every page repeats, with the evidence', () => {
    GAZETTE.forEach((page) => {
      const r = clean(page, { site });
      for (const line of [...MENU, SLOGAN, ...FOOTER]) {
        const d = droppedLine(r, line);
        expect(d, line).toBeDefined();
        expect(d?.pages, line).toBe('5/5');
      }
      expect(r.dropped.find((d) => d.text.startsWith('©'))?.pages).toBe('5/5');
      expect(r.dropped.find((d) => d.text.startsWith('By Gazette staff'))?.pages).toBe('5/5');
    });
  });

  it('says site-repeated where no rule knows the kind, and keeps the rule where one does', () => {
    const r = clean(GAZETTE[0]!, { site });
    const slogan = droppedLine(r, SLOGAN);
    expect(slogan).toMatchObject({ reason: 'site-repeated', rule: 'site/repeated', pages: '5/5', score: 1 });
    const copyright = r.dropped.find((d) => d.text.startsWith('©'));
    expect(copyright?.reason).toBe('legal');
    expect(copyright?.rule).not.toBe('site/repeated');
  });

  it('keeps every paragraph of each article', () => {
    GAZETTE.forEach((page, i) => {
      const r = clean(page, { site });
      for (const p of ARTICLES[i]!.paragraphs) expect(r.text).toContain(p);
      expect(r.title).toBe(ARTICLES[i]!.headline);
    });
  });

  it('keeps a long quote two articles of a five-page site share', () => {
    expect(site.blocks).toBeDefined();
    for (const i of [1, 3]) {
      const r = clean(GAZETTE[i]!, { site });
      expect(r.text).toContain(SHARED_QUOTE);
      expect(r.dropped.some((d) => d.text === SHARED_QUOTE)).toBe(false);
    }
  });

  it('keeps long prose that two pages of a two-page site happen to share', () => {
    const two = [gazettePage(1), gazettePage(3)];
    const profile = learnSite(two);
    for (const page of two) {
      const r = clean(page, { site: profile });
      expect(r.text).toContain(SHARED_QUOTE);
      expect(droppedLine(r, SLOGAN)?.pages).toBe('2/2');
    }
  });

  it('drops long blocks that recur together with their neighbours (a teaser rail)', () => {
    const rail = [
      'From the archive',
      'In 1953 the great storm flooded every cellar on the quay, and the lifeboat crew spent three days rescuing families from the upper floors of the harbour cottages while the water slowly went down again.',
      'The fish market was built in 1891 with stone from the old town walls, and for most of the following century it was the busiest place in town before dawn, long before the first ferry left the pier.',
      'When the railway reached the harbour in 1874, the first train brought three hundred visitors from the city, and the hotels along the sea front were built within a decade to give all of them somewhere to stay.',
    ];
    const pages = [0, 2].map((i) => gazettePage(i).replace('Most read\n', `${rail.join('\n')}\nMost read\n`));
    const profile = learnSite(pages);
    pages.forEach((page, k) => {
      const r = clean(page, { site: profile });
      for (const teaser of rail.slice(1)) expect(droppedLine(r, teaser)?.pages).toBe('2/2');
      for (const p of ARTICLES[k * 2]!.paragraphs) expect(r.text).toContain(p);
    });
  });

  it('drops "Abone Ol" with its rule and the site evidence', () => {
    const profile = learnSite(HABER);
    for (const page of HABER) {
      const r = clean(page, { site: profile });
      expect(droppedLine(r, 'Abone Ol')).toMatchObject({ reason: 'call-to-action', pages: '3/3' });
      expect(droppedLine(r, 'Liman Haber, limanın sesi')).toMatchObject({ reason: 'site-repeated', pages: '3/3' });
      expect(r.dropped.find((d) => d.text.startsWith('©'))?.pages).toBe('3/3');
    }
  });

  it('reports offsets into the input and accounts for every line', () => {
    for (const page of GAZETTE) {
      const r = clean(page, { site });
      for (const d of r.dropped) expect(page.slice(d.start, d.end)).toBe(d.text);
      expect(accountingGaps(page, r)).toEqual([]);
    }
  });

  it('cleans the same with a profile that went through JSON', () => {
    const revived = JSON.parse(JSON.stringify(site)) as SiteProfile;
    for (const page of GAZETTE) expect(clean(page, { site: revived })).toEqual(clean(page, { site }));
  });

  it('does not touch the profile or the options', () => {
    const frozen = deepFreeze(learnSite(GAZETTE));
    const options = deepFreeze({ site: frozen });
    expect(() => clean(GAZETTE[0]!, options)).not.toThrow();
    expect(frozen).toEqual(site);
  });

  it('works the same from chaff/text', () => {
    const profile = learnSiteText(GAZETTE);
    expect(profile).toEqual(site);
    expect(cleanText(GAZETTE[2]!, { site: profile })).toEqual(clean(GAZETTE[2]!, { site }));
  });

  it('leaves the article of a page that is a copy of another crawled page', () => {
    const copy = GAZETTE[0]!.replace('Opinion\n', 'Opinion\nPuzzles\n');
    const profile = learnSite([GAZETTE[0]!, copy]);
    const r = clean(GAZETTE[0]!, { site: profile });
    for (const p of ARTICLES[0]!.paragraphs) expect(r.text).toContain(p);
    expect(droppedLine(r, 'Harbour Life')?.pages).toBe('2/2');
  });
});

describe('clean without a site profile', () => {
  it('is unchanged when no profile, a one-page profile or an unrelated profile is given', () => {
    const one = learnSite([GAZETTE[0]!]);
    const other = learnSite(HABER);
    for (const page of GAZETTE) {
      const plain = clean(page);
      expect(plain.dropped.some((d) => d.pages !== undefined || d.reason === 'site-repeated')).toBe(false);
      expect(clean(page, { site: undefined })).toEqual(plain);
      expect(clean(page, { site: one })).toEqual(plain);
      expect(clean(page, { site: other })).toEqual(plain);
    }
  });

  it('rejects what is not a profile', () => {
    expect(() => clean('x', { site: {} as never })).toThrow(/option "site"/);
    expect(() => clean('x', { site: null as never })).toThrow(TypeError);
    expect(() => clean('x', { site: { ...site, version: 2 } as never })).toThrow(/version/);
    expect(() => clean('x', { site: { ...site, blocks: [] } as never })).toThrow(/option "site"/);
  });
});
