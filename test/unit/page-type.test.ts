import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { StructuredEvidence } from '../../src/page/page.js';
import { classifyPageType, type PageShape, pageShape } from '../../src/score/page-type.js';
import type { Block, Verdict } from '../../src/page/block.js';
import type { Dom } from '../../src/types.js';

const SHAPE: PageShape = { codeBlocks: 0, codeChars: 0, headings: 2, linkedHeadings: 0, priceLines: 0, dateLines: 0, keptChars: 5000, keptListChars: 0 };
const declared = (types: Record<string, number>, extra: Partial<StructuredEvidence> = {}): StructuredEvidence => ({
  schemaTypes: new Map(Object.entries(types)),
  ogType: undefined,
  published: false,
  ...extra,
});

describe('classifyPageType: structured data first', () => {
  it('reads a discussion posting or a Q&A page as a forum', () => {
    expect(classifyPageType(declared({ DiscussionForumPosting: 1 }), SHAPE)).toBe('forum');
    expect(classifyPageType(declared({ QAPage: 1, Question: 1, Answer: 4 }), SHAPE)).toBe('forum');
  });

  it('does not take an FAQ block for a forum', () => {
    expect(classifyPageType(declared({ FAQPage: 1, Question: 6, Answer: 6 }), { ...SHAPE, keptChars: 1500 })).toBe('service');
  });

  it('reads one declared product as a product page, several as a collection', () => {
    expect(classifyPageType(declared({ Product: 1, Offer: 1 }), SHAPE)).toBe('product');
    expect(classifyPageType(declared({ Product: 12, Offer: 12 }), SHAPE)).toBe('collection');
    expect(classifyPageType(declared({}, { ogType: 'product' }), SHAPE)).toBe('product');
  });
});

describe('classifyPageType: the page\'s shape', () => {
  it('reads code blocks as documentation', () => {
    expect(classifyPageType(undefined, { ...SHAPE, codeBlocks: 3, codeChars: 200 })).toBe('documentation');
    expect(classifyPageType(undefined, { ...SHAPE, codeBlocks: 1, codeChars: 900 })).toBe('documentation');
  });

  it('reads many dated lines as a thread, unless one long article holds them', () => {
    expect(classifyPageType(undefined, { ...SHAPE, dateLines: 20, keptChars: 4000 })).toBe('forum');
    expect(classifyPageType(undefined, { ...SHAPE, dateLines: 20, keptChars: 20000 })).toBe('article');
  });

  it('reads many prices over little prose as a collection, fewer as a product', () => {
    expect(classifyPageType(undefined, { ...SHAPE, priceLines: 30, keptChars: 800 })).toBe('collection');
    expect(classifyPageType(undefined, { ...SHAPE, priceLines: 10, keptChars: 3500 })).toBe('product');
  });

  it('reads a page whose kept text is mostly its list of items as a listing, with prices as a collection', () => {
    const listed = { ...SHAPE, keptChars: 6000, keptListChars: 4000 };
    expect(classifyPageType(declared({}), listed)).toBe('listing');
    expect(classifyPageType(declared({}), { ...listed, priceLines: 6 })).toBe('collection');
    // A declared article beside its rail of teasers stays the article.
    expect(classifyPageType(declared({}, { published: true }), listed)).toBe('article');
    expect(classifyPageType(declared({}), { ...listed, keptListChars: 2000 })).toBe('article');
  });

  it('reads mostly linked headings over little kept text as a listing', () => {
    expect(classifyPageType(undefined, { ...SHAPE, headings: 12, linkedHeadings: 10, keptChars: 2000 })).toBe('listing');
    expect(classifyPageType(declared({}), { ...SHAPE, headings: 30, linkedHeadings: 10, keptChars: 2000 })).toBe('service');
  });

  it('reads a dated or long page as an article, a short undated one as a service page (HTML); text with nothing else as an article', () => {
    expect(classifyPageType(declared({}, { published: true }), { ...SHAPE, keptChars: 900 })).toBe('article');
    expect(classifyPageType(declared({ NewsArticle: 1 }), { ...SHAPE, keptChars: 900 })).toBe('article');
    expect(classifyPageType(declared({}), { ...SHAPE, keptChars: 900 })).toBe('service');
    expect(classifyPageType(undefined, { ...SHAPE, keptChars: 900 })).toBe('article');
    expect(classifyPageType(undefined, SHAPE)).toBe('article');
  });
});

describe('pageShape', () => {
  const block = (text: string, kind: Block['kind'], linkChars = 0): Block => ({ index: 0, text, start: 0, end: text.length, line: 1, kind, hints: { linkChars } });
  const kept: Verdict = { cls: 'good', rule: 'class/prose', source: 'class', strength: 'weak' };
  const dropped: Verdict = { cls: 'bad', reason: 'navigation', rule: 'nav/menu', source: 'rule', strength: 'strong' };

  it('counts code, linked headings, short price and date lines, kept characters and kept list items', () => {
    const blocks = [
      block('npm install chaff', 'code'),
      block('Release notes for 2.0', 'heading', 21),
      block('Usage', 'heading'),
      block('$19.99', 'line'),
      block('Posted by Ana on 3 May 2024', 'line'),
      block('18.11.2019 07:45', 'line'),
      { ...block('A paragraph that mentions $5 in passing but runs on for long enough that it is read as prose and not as a label.', 'line'), dom: { inContainer: true, listItem: true } },
    ];
    const shape = pageShape(blocks, [kept, dropped, kept, dropped, dropped, dropped, kept]);
    expect(shape).toEqual({
      codeBlocks: 1,
      codeChars: 17,
      headings: 2,
      linkedHeadings: 1,
      priceLines: 1,
      dateLines: 2,
      keptChars: 17 + 5 + (blocks[6]?.text.length ?? 0),
      keptListChars: blocks[6]?.text.length ?? 0,
    });
  });
});

describe.each<Dom>(['jsdom', 'linkedom'])('result.pageType (%s)', (dom) => {
  const para = 'The new release reads pages of every kind and says why it dropped each block it did not keep in the text.';
  it('reads JSON-LD Product as a product page', () => {
    const html = `<html><head><title>Kettle</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle","offers":{"@type":"Offer","price":"19.99"}}</script></head><body><main><h1>Kettle</h1><p>${para}</p></main></body></html>`;
    expect(clean(html, { from: 'html', dom }).pageType).toBe('product');
  });

  it('reads a page of code examples as documentation', () => {
    const code = '<pre><code>import { clean } from "chaff";\nconst r = clean(html);\nconsole.log(r.text);</code></pre>';
    const html = `<html><head><title>API</title></head><body><main><h1>API</h1><p>${para}</p>${code}<p>${para}</p>${code}<h2>Options</h2>${code}</main></body></html>`;
    expect(clean(html, { from: 'html', dom }).pageType).toBe('documentation');
  });

  it('reads a dated article as an article', () => {
    const html = `<html><head><title>News</title><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body><article><h1>News</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    expect(clean(html, { from: 'html', dom }).pageType).toBe('article');
  });
});

describe('result.pageType for text and markdown', () => {
  it('is always set, from the shape alone: an article unless the blocks say otherwise', () => {
    const text = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of a long story that goes on and on, with enough words in it to be read as prose by the classifier.`).join('\n\n');
    expect(clean(text, { from: 'text' }).pageType).toBe('article');
    expect(clean(`# Title\n\n\`\`\`js\n${'const x = 1;\n'.repeat(60)}\`\`\`\n`, { from: 'markdown' }).pageType).toBe('documentation');
  });
});

describe('classifyPageType: product grids', () => {
  it('reads og:type product.group, or a few prices under linked item headings, as a collection', () => {
    expect(classifyPageType(declared({}, { ogType: 'product.group' }), SHAPE)).toBe('collection');
    expect(classifyPageType(declared({}), { ...SHAPE, priceLines: 6, headings: 7, linkedHeadings: 6, keptChars: 900 })).toBe('collection');
    expect(classifyPageType(declared({}), { ...SHAPE, priceLines: 6, headings: 7, linkedHeadings: 1, keptChars: 900 })).toBe('service');
  });
});
