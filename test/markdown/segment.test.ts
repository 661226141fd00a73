import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/markdown/segment.js';
import { looksLikeMarkdown, markdownSignals } from '../../src/markdown/detect.js';
import { detectKind } from '../../src/detect.js';
import { loadFixtures } from '../fixtures.js';

/** Every block's source slice, for offset checks. */
function slices(input: string) {
  return segmentMarkdown(input).blocks.map((b) => input.slice(b.start, b.end));
}

describe('markdown segmentation', () => {
  it('makes one block per paragraph and heading, with source offsets and lines', () => {
    const input = '# Title here\n\nFirst paragraph with *emphasis*\nand a soft break.\n\n## Second\n';
    const { blocks } = segmentMarkdown(input);
    expect(blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'Title here', 1],
      ['line', 'First paragraph with emphasis and a soft break.', 3],
      ['heading', 'Second', 6],
    ]);
    expect(blocks[0]?.hints).toMatchObject({ level: 1, tag: 'heading' });
    expect(blocks[2]?.hints?.level).toBe(2);
    expect(slices(input)).toEqual(['# Title here', 'First paragraph with *emphasis*\nand a soft break.', '## Second']);
  });

  it('counts the characters inside links and link references', () => {
    const input = 'Read [the full report](https://example.com/r) and [this][ref] today.\n\n[ref]: https://example.com/x\n';
    const { blocks, empties } = segmentMarkdown(input);
    expect(blocks[0]?.text).toBe('Read the full report and this today.');
    expect(blocks[0]?.hints?.linkChars).toBe('the full report'.length + 'this'.length);
    // The reference definition has no text: reported apart as an empty link.
    expect(empties).toEqual([{ start: input.indexOf('[ref]:'), end: input.length - 1, line: 3, what: 'link' }]);
  });

  it('makes each list item its own block, nested items too, offsets from the marker', () => {
    const input = '-   [Home](/)\n-   [News](/news)\n    -   [World](/world)\n-   Plain item\n';
    const { blocks } = segmentMarkdown(input);
    expect(blocks.map((b) => [b.kind, b.text, b.line, b.hints?.linkChars ?? 0])).toEqual([
      ['list-item', 'Home', 1, 4],
      ['list-item', 'News', 2, 4],
      ['list-item', 'World', 3, 5],
      ['list-item', 'Plain item', 4, 0],
    ]);
    expect(slices(input)).toEqual(['-   [Home](/)', '-   [News](/news)', '-   [World](/world)', '-   Plain item']);
  });

  it('marks image-only paragraphs as media, and reports empty images and links apart', () => {
    const input = '![A harbour at dawn](/img/h.jpg)\n\n![](/pixel.gif)\n\n[](/weather/)\n\nText with ![an icon](/i.png) inside.\n';
    const { blocks, empties } = segmentMarkdown(input);
    expect(blocks.map((b) => [b.text, b.hints?.media === true])).toEqual([
      ['A harbour at dawn', true],
      ['Text with an icon inside.', false],
    ]);
    expect(empties.map((e) => [e.what, input.slice(e.start, e.end), e.line])).toEqual([
      ['image', '![](/pixel.gif)', 3],
      ['link', '[](/weather/)', 5],
    ]);
  });

  it('mends block links a converter broke across blank lines (teaser cards)', () => {
    const input = 'Intro paragraph that stays as it is.\n\n[\n\n#### Another story\n\n](/another-story)\n';
    const { blocks, empties } = segmentMarkdown(input);
    const heading = blocks.find((b) => b.kind === 'heading');
    expect(heading?.text).toBe('Another story');
    expect(heading?.hints?.linkChars).toBe('Another story'.length);
    expect(empties.map((e) => input.slice(e.start, e.end))).toEqual(['[', '](/another-story)']);
    expect(blocks[0]?.hints?.linkChars).toBeUndefined();
  });

  it('names list items holding a linked heading as teaser cards', () => {
    const input = '-   #### [Other headline](/other)\n    \n    An excerpt of the other story.\n';
    const { blocks } = segmentMarkdown(input);
    expect(blocks.length).toBe(2);
    for (const b of blocks) expect(b.hints?.chrome).toEqual({ reason: 'related', rule: 'markdown/card' });
  });

  it('keeps fenced code as code, and reads indented code holding markdown links as markdown', () => {
    const input = '```js\nconst a = 1;\n```\n\n-    [![x](/x.png)](/x)\n    \n    #### [Linked headline](/story)\n';
    const { blocks } = segmentMarkdown(input);
    expect(blocks[0]).toMatchObject({ kind: 'code', text: 'const a = 1;' });
    const read = blocks.find((b) => b.text.includes('Linked headline'));
    expect(read?.hints?.linkChars).toBe(read?.text.length);
  });

  it('reads a quote of paragraphs as one block, and tables as one block of rows', () => {
    const input = '> Quoted line one\n> still quoted.\n\n| a | b |\n| - | - |\n| [1](/x) | 2 |\n';
    const { blocks } = segmentMarkdown(input);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['quote', 'Quoted line one still quoted.'],
      ['table', 'a b\n1 2'],
    ]);
    expect(blocks[1]?.hints?.linkChars).toBe(1);
  });

  it('skips thematic breaks and never fails on odd input', () => {
    expect(segmentMarkdown('---\n\n***\n').blocks).toEqual([]);
    for (const odd of ['', '\n\n', '[', '](x)', '- ', '#', '<div>\n\n</div>', '```\nunclosed']) {
      const { blocks, empties } = segmentMarkdown(odd);
      for (const b of [...blocks, ...empties]) {
        expect(b.start).toBeGreaterThanOrEqual(0);
        expect(b.end).toBeLessThanOrEqual(odd.length);
      }
    }
  });
});

describe('markdown detection', () => {
  it('reads a mark of markdown (links, fences, definitions, hard breaks) as markdown', () => {
    expect(looksLikeMarkdown('# Title\n\nSee [this](https://a.example) and [that](/b).\n')).toBe(true);
    expect(markdownSignals('-   [A](/a)\n-   [B](/b)\n-   [C](/c)\n')).toEqual(['link', 'list']);
    expect(looksLikeMarkdown('Read [the guide](https://a.example/guide) or [the FAQ](https://a.example/faq).\n')).toBe(true);
    expect(looksLikeMarkdown('Install it:\n\n```sh\nnpm i chaff\n```\n')).toBe(true);
    expect(looksLikeMarkdown('If you find this useful,  \nplease consider a sponsor.  \n \nThanks.\n')).toBe(true);
  });

  it('leaves text with markdown-like shapes as text: code comments, prompts, powers, literal markdown', () => {
    const code = ['Create a repository:', '# Create a new Git repository git init my-project', '- step one', '- step two', '- step three'].join('\n');
    expect(looksLikeMarkdown(code)).toBe(false);
    const repl = ['>>> squares = []', '>>> for x in range(10): squares.append(x**2)', 'squares = [x**2 for x in range(10)]'].join('\n');
    expect(looksLikeMarkdown(repl)).toBe(false);
    const preprint = ['## Binding agents for Martian concrete', '**Abstract:** We propose a method.', '**1. Introduction:** Settlements need concrete.', '- regolith', '- binder', '- water'].join('\n');
    expect(markdownSignals(preprint)).toEqual(['heading', 'list', 'strong']);
    expect(looksLikeMarkdown(preprint)).toBe(false);
    expect(looksLikeMarkdown(`${preprint}\n> a quoted line\n> and another\n`)).toBe(true);
  });

  it('tells the text and markdown fixtures apart', () => {
    for (const fx of loadFixtures().filter((f) => f.from !== 'html')) expect(detectKind(fx.input), fx.name).toBe(fx.from);
  });

  it('leaves plain-text scrapes with a stray dash or hash as text', () => {
    const scraped = 'Home\n- Menu\n- Search\n- Login\n#1 in sales\nA paragraph of text (with brackets) [sic].\n';
    expect(looksLikeMarkdown(scraped)).toBe(false);
  });
});
