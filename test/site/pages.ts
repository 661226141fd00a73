/**
 * Hand-made sites for the site-learning tests: a few pages each, with the chrome a crawl of one
 * site repeats (menu, sign-up line, footer, teaser list) around articles that differ.
 */

/** Five articles of an English local paper: headline and paragraphs. */
export const ARTICLES: readonly { headline: string; paragraphs: readonly string[] }[] = [
  {
    headline: 'Ferry service to the islands resumes after winter repairs',
    paragraphs: [
      'The morning ferry to the outer islands left the harbour on Monday for the first time since December, after three months in dry dock while its engines and hull were repaired.',
      'Islanders had relied on a smaller boat that could carry neither cars nor freight, and several shop owners said they had run short of fresh produce during the worst weeks of the closure.',
      'The operator said the timetable would return to four crossings a day from next week, and that the repairs should keep the vessel in service for at least another ten years.',
    ],
  },
  {
    headline: 'Council approves plan to restore the old lighthouse',
    paragraphs: [
      'Councillors voted on Thursday to spend part of the heritage budget on the lighthouse at the end of the north pier, which has been closed to visitors since a storm damaged its lantern room.',
      '“We have listened to the people of this town for two years, and what they told us again and again is that the harbour is not a museum but a working place that has to pay its own way,” the mayor said.',
      'Work on the stonework is expected to begin in the spring, once the nesting season for the gulls on the pier has ended, and the lantern itself will be restored by a specialist firm.',
    ],
  },
  {
    headline: 'Fishing crews report the best mackerel season in a decade',
    paragraphs: [
      'Boats returning to the harbour this week unloaded more mackerel than in any autumn since records at the fish market began to be kept electronically, according to the harbour master.',
      'Skippers put the catch down to warmer water close to the coast, which brought the shoals within reach of the smaller boats that cannot travel far in rough weather.',
      'Prices at the market fell as a result, and several restaurants along the quay have added mackerel dishes to their menus while the fish is plentiful and cheap.',
    ],
  },
  {
    headline: 'New footpath links the harbour with the cliff-top park',
    paragraphs: [
      'A footpath that climbs from the end of the quay to the park on the cliffs opened on Saturday, giving walkers a route that avoids the busy coast road for the first time.',
      '“We have listened to the people of this town for two years, and what they told us again and again is that the harbour is not a museum but a working place that has to pay its own way,” the mayor said.',
      'The path was built by volunteers over two summers, and benches made from timber salvaged from the old pier have been placed at the viewpoints along the way.',
    ],
  },
  {
    headline: 'Sailing school celebrates fifty years on the quay',
    paragraphs: [
      'The sailing school that has taught generations of children in the harbour marked its fiftieth anniversary with a regatta on Sunday, watched by hundreds of people from the sea wall.',
      'Its founder, now in her eighties, started the school with two borrowed dinghies and a shed that still stands behind the boatyard, and she presented the trophies herself.',
      'The school plans to mark the anniversary by offering free lessons to every pupil at the primary schools in town during the coming summer holidays.',
    ],
  },
];

/** The long quote that the second and fourth articles share (more than 200 characters). */
export const SHARED_QUOTE = ARTICLES[1]?.paragraphs[1] as string;

/** Lines every page of the English site repeats. */
export const MENU = ['Home', 'News', 'Harbour Life', 'Sport', 'Opinion', 'Events'];
export const SLOGAN = 'Your harbour, your paper: local news from the quay since 1887';
export const FOOTER = ['About the Harbour Gazette', 'Contact the newsroom', 'Advertise with us'];
export const COPYRIGHT_YEARS = [2019, 2020, 2021, 2022, 2024];

/** Page i of the English site: title line, menu, headline, byline, article, teasers, footer. */
export function gazettePage(i: number): string {
  const a = ARTICLES[i] as (typeof ARTICLES)[number];
  const teasers = ARTICLES.filter((_, j) => j !== i).map((t) => t.headline);
  return [
    `${a.headline} - Harbour Gazette`,
    '',
    ...MENU,
    '',
    SLOGAN,
    '',
    a.headline,
    `By Gazette staff | ${12 + i} March 2024 | ${3 * i + 2} comments`,
    '',
    ...a.paragraphs.flatMap((p) => [p, '']),
    'Most read',
    ...teasers,
    '',
    ...FOOTER,
    `© ${COPYRIGHT_YEARS[i]} Harbour Gazette`,
  ].join('\n');
}

/** The five pages of the English site. */
export const GAZETTE: readonly string[] = ARTICLES.map((_, i) => gazettePage(i));

/** A Turkish-chrome site (three pages) whose every page carries "Abone Ol" and the same footer. */
export function haberPage(i: number): string {
  const a = ARTICLES[i] as (typeof ARTICLES)[number];
  return [
    `${a.headline} - Liman Haber`,
    'Gündem',
    'Ekonomi',
    'Spor',
    '',
    a.headline,
    '',
    'Abone Ol',
    '',
    ...a.paragraphs.flatMap((p) => [p, '']),
    'Liman Haber, limanın sesi',
    'Künye',
    'İletişim',
    `© 20${19 + i} Liman Haber. Tüm hakları saklıdır.`,
  ].join('\n');
}

export const HABER: readonly string[] = [0, 2, 4].map(haberPage);

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/**
 * Page i of the English site as HTML: the same chrome in a site template (menu, slogan, teasers,
 * footer) around the article's own markup. The template closes every article with the slogan, in
 * a plain `<p>` inside `<article>` that no class or element names chrome: only the site's other
 * pages can tell.
 */
export function gazetteHtml(i: number): string {
  const a = ARTICLES[i] as (typeof ARTICLES)[number];
  const teasers = ARTICLES.filter((_, j) => j !== i).map((t) => `<li><a href="/story/${t.headline.length}">${escapeHtml(t.headline)}</a></li>`);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(a.headline)} - Harbour Gazette</title></head><body>`,
    `<header><nav><ul>${MENU.map((m) => `<li><a href="/${m.length}">${escapeHtml(m)}</a></li>`).join('')}</ul></nav></header>`,
    '<main>',
    '<article>',
    `<h1>${escapeHtml(a.headline)}</h1>`,
    `<p>By Gazette staff | ${12 + i} March 2024</p>`,
    ...a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>${escapeHtml(SLOGAN)}</p>`,
    '</article>',
    `<section><h2>Most read</h2><ul>${teasers.join('')}</ul></section>`,
    '</main>',
    `<footer>${FOOTER.map((f) => `<p>${escapeHtml(f)}</p>`).join('')}<p>© ${COPYRIGHT_YEARS[i]} Harbour Gazette</p></footer>`,
    '</body></html>',
  ].join('\n');
}
