import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Dom, Focus } from '../../src/types.js';

// `focus` moves HTML results through the container (`Thresholds.outsideProse`, `insideContainer`):
// recall scores prose Readability left outside its article, balanced does so only on a page that does
// not declare itself an article, precision keeps inside the article only the prose and headings the
// stages dropped for their place.
const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const PARAGRAPHS = [
  'The harbour board met on Tuesday to decide the future of the old quay, which has been closed to ferries since the storm in March damaged its pilings.',
  'Engineers told the board that repairs would take most of the summer, and that the south pier could carry the extra traffic if the timetable were thinned.',
  'Traders on the quay said the closure had already cost them a season, and asked the board to pay for temporary moorings beside the market hall.',
  'The board agreed to a survey of the pilings and will vote on the repair contract at its next meeting, the chair said after the session closed.',
];
const OUTSIDE = 'Residents who live along the seafront have asked for the works to stop at night. The board said it would consider the request before the contract is signed.';
const LIST = ['Board members present', 'Chair and deputy chair'];
const page = (head: string) => [
  `<!doctype html><html><head><title>Quay to stay shut</title>${head}</head><body>`,
  '<nav><a href="/">Home</a> <a href="/n">News</a> <a href="/s">Sport</a></nav>',
  '<div class="page"><div class="main"><h1>Quay to stay shut all summer</h1><article>',
  ...PARAGRAPHS.map((p) => `<p>${p}</p>`),
  `<ul>${LIST.map((l) => `<li>${l}</li>`).join('')}</ul></article></div>`,
  `<div class="extra"><p>${OUTSIDE}</p></div></div>`,
  '<footer><a href="/about">About us</a> <a href="/c">Contact</a></footer></body></html>',
].join('\n');
/** The page declares an article (`og:type`): beyond its container lie related teasers. */
const html = page('<meta property="og:type" content="article">');
/** The same page declaring nothing about itself. */
const undeclared = page('');

const run = (focus: Focus, dom: Dom) => clean(html, { from: 'html', focus, dom });
const ruleOf = (r: ReturnType<typeof run>, needle: string) => r.dropped.find((d) => d.text.includes(needle))?.rule;

describe.each(DOMS)('focus on HTML (%s)', (dom) => {
  it('balanced: prose outside the container is dropped as outside, the article list is kept', () => {
    const r = run('balanced', dom);
    for (const p of PARAGRAPHS) expect(r.text).toContain(p);
    for (const l of LIST) expect(r.text).toContain(l);
    expect(r.text).not.toContain('Residents');
    expect(ruleOf(r, 'Residents')).toBe('structure/outside');
  });

  it('balanced, on a page that declares no article: prose outside the container is scored and kept', () => {
    const r = clean(undeclared, { from: 'html', focus: 'balanced', dom });
    for (const p of [...PARAGRAPHS, OUTSIDE]) expect(r.text).toContain(p);
    expect(ruleOf(r, 'Home News Sport')).toBe('dom/nav');
  });

  it('recall: prose outside the container is scored and kept; chrome still goes', () => {
    const r = run('recall', dom);
    for (const p of [...PARAGRAPHS, OUTSIDE]) expect(r.text).toContain(p);
    expect(ruleOf(r, 'Home News Sport')).toBe('dom/nav');
    expect(ruleOf(r, 'About us')).toBe('dom/footer');
  });

  it('precision: short lines the stages dropped stay dropped inside the container', () => {
    const r = run('precision', dom);
    for (const p of PARAGRAPHS) expect(r.text).toContain(p);
    for (const l of LIST) {
      expect(r.text).not.toContain(l);
      expect(ruleOf(r, l)).toBe('context/menu');
    }
    expect(ruleOf(r, 'Residents')).toBe('structure/outside');
  });

  it('keeps more text as focus moves from precision to recall', () => {
    const kept = (['precision', 'balanced', 'recall'] as const).map((f) => run(f, dom).text.length);
    expect(kept[0]).toBeLessThan(kept[1] as number);
    expect(kept[1]).toBeLessThan(kept[2] as number);
  });
});
