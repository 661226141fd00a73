import type { GuardedHtml } from '../guard/html.js';
import type { Settings } from '../options.js';
import { declaresDiscussion, MIN_TRUSTED_CHARS, type Page } from '../page/page.js';
import { chromeFrames, hiddenPanels, toBlocks } from './hints.js';
import { findItemList, withItemList } from './listing.js';
import { readJsonLd } from './jsonld.js';
import { pageMetadata, structuredEvidence } from './metadata.js';
import { parsePage } from './parse.js';
import { markRecoveredTitle } from './recovered-title.js';
import { withEnclosedPanels, withEnclosedProse, withRepeatedItems } from './items.js';
import { findContainer } from './readability.js';
import type { ReadabilityArticle } from './load.js';
import { renderHtmlBlocks } from './render.js';
import { stripPage } from './strip.js';
import { walkPage } from './walk.js';

/** What the guard learnt about the page that the front end uses (both optional: a page read without the guard). */
export type GuardedPage = Partial<Pick<GuardedHtml, 'tree' | 'recoveredTitle'>>;

/**
 * The HTML front end: strip → parse (jsdom or linkedom) → walk (blocks, offsets, DOM evidence,
 * head metadata) → Readability (the article container, as evidence) → the page's blocks. It
 * scores nothing: the scorer weighs what it found. Everything the scorer, the renderer and the
 * metadata need is read out of the DOM first and the window is closed — whatever happens — before
 * `use` runs, so the parsed tree is garbage by the time the page is scored and rendered: a
 * page's tree is never alive beside the renderer's own (`to: 'html'`). Measured, this bounds the
 * peak rather than the growth of a long loop (docs/security.md, "Memory").
 */
export function withHtmlPage<T>(input: string, settings: Settings, guarded: GuardedPage, use: (page: Page) => T): T {
  return use(readHtmlPage(input, settings, guarded));
}

/** The page's blocks, evidence, renderer and metadata, holding nothing of the DOM they were read from. */
function readHtmlPage(input: string, settings: Settings, guarded: GuardedPage): Page {
  const stripped = stripPage(input, guarded.tree);
  const parsed = parsePage(stripped.html, settings.dom);
  try {
    const jsonLd = readJsonLd(stripped.jsonLd);
    const walk = walkPage(parsed.document, parsed.locate, { commentsAreContent: declaresDiscussion(jsonLd.typeCounts) });
    markRecoveredTitle(parsed.document, walk, stripped.html, stripped.map, input, guarded.recoveredTitle);
    // Which chrome frames are no wrapper of the page's prose: read by Readability's pruning, the list and the blocks.
    const chrome = chromeFrames(walk);
    // Readability on a page too short to yield a trusted container is only cost: its retries on a
    // page of empty markup (914 empty tables) took 0.8 s for 10 KB.
    const pageChars = walk.blocks.reduce((n, b) => n + b.text.length, 0);
    const found = pageChars >= MIN_TRUSTED_CHARS ? findContainer(parsed.document, walk, chrome) : undefined;
    const list = walk.blocks.length > 0 ? findItemList(walk, chrome) : undefined;
    const container = withItemList(walk, found, list);
    const panels = hiddenPanels(walk);
    // A list taken in is the repeated items already.
    const items = container && !container.listed ? withRepeatedItems(walk, container.inside) : container?.inside;
    const structural = items ? withEnclosedPanels(walk, items, panels) : undefined;
    const inside = structural ? withEnclosedProse(walk, structural) : undefined;
    const blocks = toBlocks(walk, { input, map: stripped.map, inside, structural, panels, chrome, listed: container?.listed });
    // DOM-free parts only below: the closures outlive the parsed tree.
    const { head } = walk;
    const markup = { blocks: walk.blocks, structures: walk.structures };
    const article = found ? withoutContent(found.article) : undefined;
    return {
      input,
      from: 'html',
      blocks,
      // Readability's pick (or the list of items that replaced it): the scorer's trust and "thin"
      // tests are about it, not the repeated items, panels and enclosed prose it was widened to.
      ...(container ? { container: { chars: container.chars } } : {}),
      structured: structuredEvidence(head, jsonLd),
      droppedText: 'block',
      render: (kept, s) => (s.to === 'text' ? {} : renderHtmlBlocks({ walk: markup, html: stripped.html, url: s.url, base: head.base, to: s.to }, kept)),
      metadata: (outcome) =>
        pageMetadata({
          head,
          jsonLd,
          article,
          pipelineTitle: outcome.title,
          pipelineLang: outcome.lang,
          firstParagraph: outcome.kept.map((i) => blocks[i]).find((b) => b !== undefined && b.kind !== 'heading')?.text,
        }),
    };
  } finally {
    parsed.close();
  }
}

/** Readability's article less its `content` element (which would hold the whole parsed tree). */
function withoutContent(article: ReadabilityArticle): ReadabilityArticle {
  const { content: _content, ...fields } = article;
  return fields;
}
