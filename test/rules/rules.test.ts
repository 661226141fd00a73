import { describe, expect, it } from 'vitest';
import { firstRule } from '../../src/score/classify.js';
import { defaultRules } from '../../src/rules/index.js';
import type { RuleContext } from '../../src/rules/types.js';
import { doc } from '../unit/blocks.js';

/** The rule that fires on a line alone, or undefined. */
function ruleOf(line: string): string | undefined {
  const d = doc([line]);
  const ctx: RuleContext = { features: d.features[0]!, words: d.words[0]!, hits: d.hits[0]!, lang: 'en', settings: d.settings, chrome: d.evidence.chrome[0], outside: false };
  return firstRule(d.blocks[0]!, ctx, defaultRules)?.rule;
}

/** [line, expected rule] — positives in several languages, and lines that must not fire. */
const cases: [string, string | undefined][] = [
  ['Abone Ol', 'cta/subscribe'],
  ['Subscribe now', 'cta/subscribe'],
  ['Jetzt abonnieren', 'cta/subscribe'],
  ['Sign up for our daily newsletter to get the best stories in your inbox.', 'cta/newsletter-prompt'],
  ['By signing up, you agree to our Privacy Policy and Terms of Use.', 'cta/signup-prose'],
  ['Follow The Times Opinion section on Facebook, Twitter and Instagram.', 'cta/follow-prompt'],
  ['$15/hr Starting at $25', 'pricing/rate'],
  ['$15/hr Ongoing', 'pricing/rate'],
  ['£5,349.00', 'pricing/amount'],
  ['Download Resume', 'profile/label'],
  ['Skills & Expertise', 'profile/label'],
  ['0 Reviews', 'profile/counter'],
  ['This Freelancer has not received any feedback.', 'profile/label'],
  ['Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host of Marketplace Tech.', 'profile/author-bio'],
  ['Banner Image', 'media/label'],
  ['Photo: Jane Doe/Reuters', 'media/credit'],
  ['A bird sits on a street light amid heavy smog in New Delhi. (Photo by Jane Doe/Getty Images)', 'media/caption'],
  ['Published 3 May 2024', 'meta/dateline'],
  ['Monday November 18, 2019 7:45 am PST', 'meta/dateline'],
  ['Publicado el 3 de mayo de 2024', 'meta/dateline'],
  // A weekday lead, in any language, with the date right after it.
  ['segunda-feira, 22 de janeiro de 2018 às 0:13', 'meta/dateline'],
  ['Mittwoch, 3. April 2024, 14:05 Uhr', 'meta/dateline'],
  ['jeudi 12 septembre 2019 à 18 h 30', 'meta/dateline'],
  ['Monday, November 18, 2019', 'meta/dateline'],
  ['By Jill Disis, CNN Business', 'meta/byline'],
  ['Von Max Mustermann', 'meta/byline'],
  ['5 min read', 'meta/reading-time'],
  ['Related Articles', 'related/heading'],
  ['İlgili Haberler', 'related/heading'],
  ['Read more: Putin and Xi meet again', 'related/read-more'],
  ['Tags: Russia, China, Diplomacy', 'related/tags'],
  ['Share on Facebook', 'share/label'],
  ['Facebook Twitter Email', 'share/label'],
  ['3 Comments', 'comments/heading'],
  ['Leave a Reply', 'comments/heading'],
  ['Advertisement', 'advertising/label'],
  ['If you buy something through our links, we may earn a commission.', 'advertising/affiliate'],
  ['© 2024 Example Media. All rights reserved.', 'legal/copyright'],
  ['Privacy Policy', 'legal/policy'],
  ['We use cookies to improve your experience on our site.', 'legal/cookies'],
  ['Back to top button', 'navigation/back-to-top'],
  ['Başa dön', 'navigation/back-to-top'],
  ['Home', 'navigation/label'],
  ['Home › News › World', 'navigation/breadcrumb'],
  ['Defence NewsÖne Çıkan', 'navigation/glued-menu'],
  ['Article WritingJournalismJournalistic WritingMagazine ArticlesNews WritingNewspaper', 'related/glued-tags'],
  // Article prose that shares words with chrome must not fire.
  ['Home prices rose by five percent in the third quarter, the agency said on Monday.', undefined],
  ['The newsletter, which has 10,000 readers, was founded in 2015 by two former teachers.', undefined],
  ['The car costs $25,000 and goes on sale in January, the company said in a statement.', undefined],
  ['Putin and Xi meet against backdrop?', undefined],
  ['What did Putin say?', undefined],
  ['McDonald said the iPhone sold well.', undefined],
  ['In May, the council published its report on the new bridge and the costs of repair.', undefined],
  ['By the end of the year, the company expects to hire another 200 people in the region.', undefined],
  ['Monday 3 May saw protests across the city.', undefined],
  ['🇵🇹 Por 0.77 9.58 14.3× 🇵🇱 Pol 0.62 7.51 14.2×', undefined],
  // A guide's pointer, a guide's sentence, a cited article's references, identifiers in prose.
  ['See also man quickpkg.', undefined],
  ['See also', 'related/heading'],
  ['There is an official Gentoo binary host that contains many binary packages for the amd64 architecture', undefined],
  ['Molly Wood is a contributor at WIRED and the host of Marketplace Tech', 'profile/author-bio'],
  ['Références', undefined],
  ['Put side effects into componentDidMount, componentDidUpdate and componentWillUnmount', undefined],
  ['Sexta-feira Santa: o que abre e fecha em 2024', undefined],
];

describe('rules on single lines', () => {
  it.each(cases)('%s → %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });
});
