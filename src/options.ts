import { assertProfile } from './site/profile.js';
import type { CleanOptions, Dom, Focus, From, SiteProfile, To } from './types.js';
import { ChaffInputError } from './errors.js';

/**
 * Thresholds that `focus` moves together. Values were tuned on the AEB `text/` corpus
 * (`npm run bench -- --corpus text`); see docs/algorithm.md for the sweep.
 */
export interface Thresholds {
  /** Below this many characters a block is `short`: too little evidence alone (jusText LENGTH_LOW). */
  lengthLow: number;
  /** At or above this many characters a prose-like block is `good` (jusText LENGTH_HIGH; balanced 120 swept 100–150 on AEB text). */
  lengthHigh: number;
  /** Stopword share at or above which a long block reads as prose (jusText STOPWORDS_HIGH). */
  stopwordsHigh: number;
  /** Stopword share at or above which a block is `neargood` (jusText STOPWORDS_LOW). */
  stopwordsLow: number;
  /** Cost, in characters, of taking a bad block into the article run (higher = tighter run). */
  badCost: number;
  /** Keep blocks inside the article run that no rule hit and that read as non-prose. */
  keepInnerBad: boolean;
  /**
   * HTML: what a trusted container says about the page beyond it. `dropped`: blocks outside it are
   * `structure/outside`, and only a window around it is scored. `scored`: paragraphs of prose
   * outside it are scored like any block (the dense run and the rules decide), over the whole page.
   * `scored-off-article`: `scored` unless the page's structured data declares an article (a
   * publication date, an `Article`-like JSON-LD type, `og:type` article), where beyond the article
   * lie its related teasers. Measured: `scored` everywhere as the balanced default gave WCXB-dev
   * HTML F1 +0.007, AEB HTML −0.005; `scored-off-article` WCXB-dev every third page +0.004, AEB +0.0002.
   */
  outsideProse: OutsideProse;
  /**
   * HTML: what a trusted container does for blocks inside it that the stages dropped only for their
   * place or shape (outside the dense run, a weak context verdict). `kept`: every such block is kept.
   * `prose`: only sentences and headings are (a short list line stays dropped). Keeping nothing
   * back was tried for precision: AEB recall fell 0.077 for 0.012 precision.
   */
  insideContainer: InsideContainer;
}

/** What a trusted container keeps inside it (`Thresholds.insideContainer`). */
export type InsideContainer = 'kept' | 'prose';

/** What a trusted container says about prose outside it (`Thresholds.outsideProse`). */
export type OutsideProse = 'dropped' | 'scored-off-article' | 'scored';

/**
 * Threshold sets by focus. Balanced is the benchmark-tuned default; precision and recall move the
 * same knobs each way (swept on AEB text: precision raises P by ~0.012 and costs ~0.034 R; recall
 * raises R by ~0.009 and costs ~0.019 P). Stricter *class* thresholds alone lower precision: fewer
 * good blocks let the dense run land on the wrong part of the page.
 */
export const THRESHOLDS: Readonly<Record<Focus, Readonly<Thresholds>>> = {
  precision: { lengthLow: 50, lengthHigh: 150, stopwordsHigh: 0.32, stopwordsLow: 0.28, badCost: 1.2, keepInnerBad: false, outsideProse: 'dropped', insideContainer: 'prose' },
  balanced: { lengthLow: 50, lengthHigh: 120, stopwordsHigh: 0.3, stopwordsLow: 0.25, badCost: 1, keepInnerBad: true, outsideProse: 'scored-off-article', insideContainer: 'kept' },
  recall: { lengthLow: 45, lengthHigh: 120, stopwordsHigh: 0.3, stopwordsLow: 0.25, badCost: 0.5, keepInnerBad: true, outsideProse: 'scored', insideContainer: 'kept' },
};

/** Options with every default applied: the only shape the pipeline sees. */
export interface Settings {
  from: From;
  to: To;
  focus: Focus;
  lang: string | undefined;
  url: string | undefined;
  thresholds: Readonly<Thresholds>;
  /** What the site's other pages look like (`options.site`), checked once. */
  site: SiteProfile | undefined;
  /** DOM for HTML input. */
  dom: Dom;
}

const FROM_VALUES: readonly From[] = ['auto', 'text', 'markdown', 'html'];
const TO_VALUES: readonly To[] = ['text', 'markdown', 'html'];
const FOCUS_VALUES: readonly Focus[] = ['precision', 'balanced', 'recall'];
const DOM_VALUES: readonly Dom[] = ['jsdom', 'linkedom'];

/** A value named in an error message, for any value (`String()` throws on `Object.create(null)`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) return String(value);
  if (value === null) return 'null';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  return Array.isArray(value) ? 'an array' : 'an object';
}

function pick<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ChaffInputError(`option "${name}" must be one of ${allowed.map((v) => `'${v}'`).join(', ')}; got ${describeValue(value)}`, 'option', name);
}

function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  throw new ChaffInputError(`option "${name}" must be a string; got ${typeof value}`, 'option', name);
}

/** Resolve user options once: validate, apply defaults with `??`, pick the threshold set. */
export function resolveOptions(options: CleanOptions | undefined): Settings {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ChaffInputError('options must be an object', 'option');
  }
  const o: CleanOptions = options ?? {};
  const focus = pick('focus', o.focus, FOCUS_VALUES, 'balanced');
  return {
    from: pick('from', o.from, FROM_VALUES, 'auto'),
    to: pick('to', o.to, TO_VALUES, 'text'),
    focus,
    lang: optionalString('lang', o.lang)?.toLowerCase().split(/[-_]/)[0],
    url: optionalString('url', o.url),
    thresholds: THRESHOLDS[focus],
    site: o.site === undefined ? undefined : assertProfile(o.site),
    dom: pick('dom', o.dom, DOM_VALUES, 'jsdom'),
  };
}
