import type { CleanResult, To } from '../types.js';
import { toMarkdown } from './markdown.js';
import { sanitize } from './sanitize.js';
import type { RawBlock, Structure, WalkResult } from './walk.js';

/**
 * `to: 'markdown' | 'html'` for HTML input: the kept blocks' own markup, cut from the parsed
 * (stripped) page, inside re-created lists, quotes and tables, then sanitized (`sanitize.ts`)
 * and, for markdown, converted by turndown (`markdown.ts`). Only kept blocks' markup is used, so
 * nothing dropped can come back through the output.
 */

export interface RenderContext {
  /** The walk's blocks and structures (no DOM: the page's tree is gone when rendering). */
  readonly walk: Pick<WalkResult, 'blocks' | 'structures'>;
  /** The parsed (stripped) page the block offsets point into. */
  readonly html: string;
  /** The page's URL (`options.url`), for absolute links. */
  readonly url: string | undefined;
  /** The page's `<base href>`. */
  readonly base: string | undefined;
  readonly to: To;
}

/** Owner tags a stretch of loose text keeps as its wrapper; any other owner (div, section…) gives `<p>`. */
const RUN_WRAPPERS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'caption']);

function openTag(s: Structure): string {
  return s.tag === 'ol' && s.start !== undefined ? `<ol start="${s.start}">` : `<${s.tag}>`;
}

/** The structures a block is rendered inside: its chain, less its own element when the block is that whole element. */
function chainOf(walk: RenderContext['walk'], b: RawBlock): readonly number[] {
  const last = b.structures[b.structures.length - 1];
  if (b.whole && last !== undefined && walk.structures[last]?.owner === b.owner) return b.structures.slice(0, -1);
  return b.structures;
}

/** HTML of the kept blocks, in order, inside their lists, quotes and tables. */
export function keptHtml(ctx: RenderContext, kept: readonly number[]): string {
  const out: string[] = [];
  let open: readonly number[] = [];
  for (const i of kept) {
    const b = ctx.walk.blocks[i];
    if (!b || b.tag === 'title') continue;
    const chain = chainOf(ctx.walk, b);
    let shared = 0;
    while (shared < open.length && shared < chain.length && open[shared] === chain[shared]) shared += 1;
    for (let k = open.length - 1; k >= shared; k -= 1) out.push(`</${ctx.walk.structures[open[k] as number]?.tag}>`);
    for (let k = shared; k < chain.length; k += 1) out.push(openTag(ctx.walk.structures[chain[k] as number] as Structure));
    open = chain;
    const source = ctx.html.slice(b.start, b.end);
    if (b.whole) out.push(source);
    else {
      const tag = RUN_WRAPPERS.has(b.tag) ? b.tag : 'p';
      out.push(`<${tag}>${source}</${tag}>`);
    }
  }
  for (let k = open.length - 1; k >= 0; k -= 1) out.push(`</${ctx.walk.structures[open[k] as number]?.tag}>`);
  return out.join('\n');
}

/** `value` resolved against `against`, when that gives an http(s) URL; else undefined. */
function webUrl(value: string | undefined, against?: string): string | undefined {
  if (!value) return undefined;
  try {
    const resolved = new URL(value, against);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined; // relative without a base, or malformed
  }
}

/**
 * The URL relative links resolve against: `<base href>` (itself resolved against the page URL),
 * else the page URL — each only when it is http(s): a `javascript:`, `data:` or `file:` base or
 * `options.url` is ignored, so resolving can never make a script URL out of a relative link.
 */
export function baseUrl(url: string | undefined, base: string | undefined): string | undefined {
  const page = webUrl(url);
  return webUrl(base, page) ?? page;
}

/** The markdown or HTML field of the result. */
export function renderHtmlBlocks(ctx: RenderContext, kept: readonly number[]): Pick<CleanResult, 'markdown' | 'html'> {
  if (ctx.to === 'text') return {};
  const base = baseUrl(ctx.url, ctx.base);
  if (ctx.to === 'html') return { html: sanitize(keptHtml(ctx, kept), base, (body) => body.innerHTML) };
  return { markdown: sanitize(keptHtml(ctx, kept), base, toMarkdown) };
}
