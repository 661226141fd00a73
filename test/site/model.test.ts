import { describe, expect, it } from 'vitest';
import { clean, learnSite } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import type { Verdict } from '../../src/page/block.js';
import { classifyStep } from '../../src/score/classify.js';
import { contextStep } from '../../src/score/context.js';
import { stages as steps } from '../../src/score/index.js';
import { segmentLines } from '../../src/text/segment.js';
import { hasWords, siteChrome } from '../../src/site/chrome.js';
import { siteSpanStep } from '../../src/score/site-span.js';
import { siteChromeStep } from '../../src/score/site-chrome.js';
import type { CleanResult } from '../../src/types.js';
import { doc } from '../unit/blocks.js';
import { ARTICLES, FOOTER, MENU, SLOGAN } from './pages.js';

/**
 * The site model beyond plain recurrence: separators carry no evidence, a long block at the edge
 * of a recurring run is chrome, recurring blocks weigh as chrome in the context pass, and the
 * page's own span wins over an article run that kept only a fragment of it.
 */

const HEADER = ['Harbour Gazette', 'Home', 'News', 'Sport', 'Results', 'Events'];
const FOOT = ['About the Harbour Gazette', 'Contact the newsroom', 'Advertise with us', '© 2024 Harbour Gazette'];

/** A page of the hand-made site: title line, header, the body's lines, footer. */
function page(body: readonly string[]): string {
  return [`${body[0]} - Harbour Gazette`, '', ...HEADER, '', ...body, '', ...FOOT].join('\n');
}

function dropped(result: CleanResult, text: string) {
  return result.dropped.find((d) => d.text === text);
}

/** The regatta calendar: a list of short lines under one sentence, no prose run to speak of. */
const CALENDAR = [
  'Regatta calendar',
  "The sailing club has published the dates of this season's regattas; all races start from the north pier at ten in the morning.",
  ...['Opening race', 'Spring cup', 'Island crossing', 'Harbour sprint', 'Lighthouse trophy', 'Midsummer race', 'Night regatta', 'Autumn cup', 'Closing race'].map(
    (name, i) => `Round ${i + 1}: ${name} – ${i + 3} ${['May', 'June', 'July'][i % 3]}, ${['north pier', 'the islands', 'east bay'][i % 3]}`,
  ),
  'Dates may change with the weather.',
];

/** A plain news story of two paragraphs. */
const STORY = ['Ferry service to the islands resumes', ...(ARTICLES[0]?.paragraphs.slice(0, 2) ?? [])];

/** A one-paragraph brief followed by a heading no rule knows and this page's own teasers. */
function brief(k: 0 | 1): string[] {
  const teasers = [
    ['Ferry timetable changes for winter', 'Bakery on the quay wins a prize', 'Storm warning for the weekend', 'Anglers report a record catch', 'Town band plays on the pier', 'Harbour master retires after thirty years'],
    ['Lifeboat crew trains new volunteers', 'Fish market opens an hour earlier', 'Sailing school plans free lessons', 'Council debates parking on the quay', 'Cliff path closed after a landslip', 'Museum shows old harbour maps'],
  ][k] as string[];
  return [
    k ? 'Harbour wall repaired' : 'Pier lights switched on',
    k
      ? 'Workers finished repairing the harbour wall on Friday, two weeks ahead of the schedule the council had set in the spring.'
      : 'The new lights along the north pier were switched on on Thursday evening, and walkers said the pier felt safer at night.',
    'Elsewhere on the quay today',
    ...teasers,
  ];
}

describe('separators', () => {
  it('a line without letters or digits carries no site evidence', () => {
    expect(hasWords('___')).toBe(false);
    expect(hasWords('* * *')).toBe(false);
    expect(hasWords('•')).toBe(false);
    expect(hasWords('Page 2')).toBe(true);
    expect(hasWords('２')).toBe(true);
  });

  it('keeps a recurring "___" inside the article, as the page alone does, and the subheading under it', () => {
    const body = (k: number) => {
      const a = ARTICLES[k]!;
      return [a.headline, a.paragraphs[0]!, '___', k ? 'The skippers' : 'The islanders', a.paragraphs[1]!, a.paragraphs[2]!];
    };
    const pages = [page(body(0)), page(body(2))];
    const site = learnSite(pages);
    for (const p of pages) {
      const alone = clean(p);
      const r = clean(p, { site });
      expect(r.dropped.some((d) => d.text === '___')).toBe(alone.dropped.some((d) => d.text === '___'));
      expect(r.dropped.some((d) => d.pages !== undefined && d.text === '___')).toBe(false);
      expect(r.text).toContain(p.includes('The skippers') ? 'The skippers' : 'The islanders');
    }
  });
});

describe('long blocks in a recurring sequence', () => {
  const ABOUT =
    'Every story in the Harbour Gazette is read by two editors before it is published, and corrections are printed on page two of the next edition of the paper.';

  it('drops a long block at the edge of a recurring run (the first paragraph of a footer)', () => {
    const pages = [0, 2].map((k) => page([ARTICLES[k]!.headline, ...ARTICLES[k]!.paragraphs, ABOUT]));
    const site = learnSite(pages);
    for (const p of pages) {
      const blocks = segmentLines(p);
      const at = blocks.findIndex((b) => b.text === ABOUT);
      expect(siteChrome(blocks, site).counts[at]).toBe(2);
      expect(clean(p).text).toContain(ABOUT);
      expect(dropped(clean(p, { site }), ABOUT)).toMatchObject({ reason: 'site-repeated', pages: '2/2' });
    }
  });

  it('keeps a long lede two pages share under a recurring byline (the headline above it is their own)', () => {
    const lede = ARTICLES[1]!.paragraphs[0]!;
    const body = (k: number) => [ARTICLES[k]!.headline, `By Gazette staff | ${12 + k} March 2024`, lede, ...ARTICLES[k]!.paragraphs.slice(1)];
    const pages = [page(body(0)), page(body(2))];
    const site = learnSite(pages);
    for (const p of pages) {
      const blocks = segmentLines(p);
      expect(siteChrome(blocks, site).counts[blocks.findIndex((b) => b.text === lede)]).toBe(0);
      const r = clean(p, { site });
      expect(r.text).toContain(lede);
      expect(r.dropped.find((d) => d.text.startsWith('By Gazette staff'))?.pages).toBe('2/2');
    }
  });
});

describe('site verdicts in the context pass', () => {
  const lines = ['Home', 'News', 'A first paragraph of the story, long enough to read as prose for the classifier here.', 'Footer'];
  const site = learnSite([lines.join('\n'), 'Home\nNews\nAnother story altogether, with its own words.\nFooter']);

  it('a recurring block no rule caught is chrome to its neighbours (class bad), with the evidence', () => {
    const d = { ...classifyStep(doc(lines)), settings: resolveOptions({ site }) };
    const out = siteChromeStep(d);
    for (const i of [0, 1, 3]) {
      const v = out.first[i]!;
      if (v.rule === 'site/repeated') expect(v).toMatchObject({ cls: 'bad', reason: 'site-repeated', pages: '2/2', score: 1 });
    }
  });

  it('a recurring block a shape rule caught becomes a strong verdict: the site confirms the shape', () => {
    const base = classifyStep(doc(lines));
    const weak: Verdict = { cls: 'bad', reason: 'navigation', rule: 'navigation/glued-menu', source: 'rule', strength: 'weak' };
    const d = { ...base, first: base.first.map((v, i) => (i === 1 ? weak : v)), settings: resolveOptions({ site }) };
    const v = siteChromeStep(d).first[1]!;
    expect(v).toEqual({ cls: 'bad', reason: 'navigation', rule: 'navigation/glued-menu', source: 'rule', strength: 'strong', pages: '2/2' });
  });
});

describe('the own span (siteSpanStep)', () => {
  it('runs right after the context pass', () => {
    expect(steps.indexOf(siteSpanStep)).toBe(steps.indexOf(contextStep) + 1);
  });

  it('keeps an article of short lines the run kept a fragment of, between the site header and footer', () => {
    const pages = [page(CALENDAR), page(STORY)];
    const site = learnSite(pages);
    const alone = clean(pages[0]!);
    const r = clean(pages[0]!, { site });
    const rounds = CALENDAR.filter((l) => l.startsWith('Round'));
    expect(rounds.some((l) => alone.text.includes(l))).toBe(false);
    for (const l of [...rounds, 'Dates may change with the weather.']) expect(r.text).toContain(l);
    for (const l of [...HEADER.slice(1), ...FOOT]) expect(r.text).not.toContain(l);
    expect(r.title).toBe('Regatta calendar');
  });

  it('leaves a page whose run holds most of its own span as it was', () => {
    const pages = [page(CALENDAR), page(STORY)];
    const site = learnSite(pages);
    const r = clean(pages[1]!, { site });
    expect(r.text).toBe(STORY.slice(1).join('\n\n'));
  });

  it('stops at recurring blocks, even those a mixed teaser list leaves unmarked', () => {
    const pages = [page(brief(0)), page(brief(1))];
    const site = learnSite(pages);
    pages.forEach((p, k) => {
      const r = clean(p, { site });
      expect(r.text).toBe(brief(k as 0 | 1)[1]);
      for (const teaser of brief(k as 0 | 1).slice(3)) expect(dropped(r, teaser)).toBeDefined();
    });
  });

  it('does nothing without a profile', () => {
    const d = contextStep({ ...classifyStep(doc([...MENU, SLOGAN, ...FOOTER])) });
    expect(siteSpanStep(d)).toBe(d);
  });
});
