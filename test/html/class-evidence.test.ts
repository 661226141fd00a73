import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Dom } from '../../src/types.js';

const DOMS: readonly Dom[] = ['jsdom', 'linkedom'];
const article = (inner: string) =>
  `<!doctype html><html><head><title>Savings guide</title></head><body><nav><a href="/">Home</a> <a href="/bank">Bank</a></nav><main><h1>Savings guide</h1>${inner}</main></body></html>`;
const SENTENCES = [
  'Saving a share of every paycheck builds a cushion for the months when income drops. A high-yield account pays more interest than a checking account.',
  'Paying a credit card in full every month grows a credit history without costing interest. Late payments stay on the record for years.',
  'Retirement accounts offered by an employer often match what you put in. Leaving that match unclaimed is money you never see again.',
  'Emergency funds belong somewhere easy to reach, not in stocks that may be down when the roof leaks. Three months of expenses is a common target.',
];
const para = (n: number) => `<p>${SENTENCES[n - 1] as string}</p>`;

describe.each(DOMS)('class names are evidence weighed with the text (%s)', (dom) => {
  it('keeps paragraphs of sentences under a class that names a menu', () => {
    const html = article(`${para(1)}<div class="content-nav-section">${para(2)}</div>${para(3)}${para(4)}`);
    const r = clean(html, { from: 'html', dom });
    for (const sentence of SENTENCES) expect(r.text).toContain(sentence);
    expect(r.dropped.some((d) => d.rule === 'dom/breadcrumb' && d.text.includes('.'))).toBe(false);
  });

  it('still drops the menu itself under that class', () => {
    const html = article(`<ul class="content-nav"><li><a href="/a">Accounts</a></li><li><a href="/b">Loans</a></li><li><a href="/c">Cards</a></li></ul>${[1, 2, 3].map(para).join('')}`);
    const r = clean(html, { from: 'html', dom });
    expect(r.text).not.toContain('Loans');
    expect(r.dropped.some((d) => d.text.includes('Loans'))).toBe(true);
  });
});
