import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/page/block.js';
import { markHeadlineLists } from '../../src/score/headline-lists.js';
import { doc } from './blocks.js';

const para = 'The council approved the budget on Monday after a long debate about road repairs.';

describe('markHeadlineLists', () => {
  it('marks three or more consecutive headline-like lines as a related list', () => {
    const d = doc([para, 'Police seek driver after crash downtown', 'Dakota County Fair will be free next summer', 'Man dies after crashing into power pole', para]);
    const first = d.blocks.map((): Verdict => ({ cls: 'neargood', rule: 'class/near-prose', source: 'class', strength: 'weak' }));
    const out = markHeadlineLists(first, d.features, d.blocks.map((b) => b.text));
    expect(out.map((v) => v.rule)).toEqual(['class/near-prose', 'related/headline-list', 'related/headline-list', 'related/headline-list', 'class/near-prose']);
    expect(out[1]).toMatchObject({ reason: 'related', source: 'headline-list', strength: 'weak' });
  });

  it('leaves two lines, sentences, and rule hits alone', () => {
    const lines = ['A heading over a dek', 'The dek line without a period', para, 'Another heading here', para];
    const d = doc(lines);
    const near: Verdict = { cls: 'neargood', rule: 'class/near-prose', source: 'class', strength: 'weak' };
    const first = lines.map(() => near);
    expect(markHeadlineLists(first, d.features, d.blocks.map((b) => b.text)).every((v) => v.rule === 'class/near-prose')).toBe(true);
    const hit: Verdict = { cls: 'bad', reason: 'navigation', rule: 'navigation/label', source: 'rule', strength: 'strong' };
    const three = ['Police seek driver after crash downtown', 'Dakota County Fair will be free', 'Man dies after crashing into pole'];
    expect(markHeadlineLists([near, hit, near], doc(three).features, three).map((v) => v.rule)).toEqual(['class/near-prose', 'navigation/label', 'class/near-prose']);
  });

  it('leaves the list a line of prose announces with a colon, and that line, to the article', () => {
    const near: Verdict = { cls: 'neargood', rule: 'class/near-prose', source: 'class', strength: 'weak' };
    const items = ['Non-invasive integration with existing client configurations', 'Pipeline-aware execution in the correct order', 'Lifecycle managed by the client factory'];
    const announced = ['This approach provides several advantages over logging by hand:', ...items];
    const d = doc(announced);
    expect(markHeadlineLists(announced.map(() => near), d.features, announced).every((v) => v.rule === 'class/near-prose')).toBe(true);
    // Short items of an announced list read as near-prose: three of them revise as prose.
    const shortItems = ['Commonly used identifiers for a product:', 'UPC in North America', 'EAN in most of Europe', 'JAN in Japan only'];
    const marked = markHeadlineLists(shortItems.map((): Verdict => ({ cls: 'short', rule: 'class/short', source: 'class', strength: 'weak' })), doc(shortItems).features, shortItems);
    expect(marked.map((v) => v.cls)).toEqual(['neargood', 'neargood', 'neargood', 'neargood']);
    expect(marked[1]).toMatchObject({ rule: 'class/announced-item', source: 'class' });
    // A bare label over teasers announces nothing of the article: short, so the list is still one.
    const short: Verdict = { cls: 'short', rule: 'class/short', source: 'class', strength: 'weak' };
    const labelled = ['More stories:', ...items];
    const out = markHeadlineLists([short, near, near, near], doc(labelled).features, labelled);
    expect(out.slice(1).map((v) => v.rule)).toEqual(['related/headline-list', 'related/headline-list', 'related/headline-list']);
  });
});
