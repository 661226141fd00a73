import { stripSiteName } from '../text/site-name.js';
import type { CleanResult } from '../types.js';
import type { HeadFields } from './head.js';
import type { StructuredEvidence } from '../page/page.js';
import type { JsonLd } from './jsonld.js';
import type { ReadabilityArticle } from './load.js';

/**
 * The result's metadata for an HTML page, each field from the first source that has it:
 * - title: the headline the pipeline found above the article, else og:title, else `<title>`
 *   (site name removed), else Readability's;
 * - byline: JSON-LD author, author meta tags, Readability's byline;
 * - published: `article:published_time` and kin, JSON-LD `datePublished`, `<time datetime>`;
 * - siteName: og:site_name, JSON-LD publisher, application-name, Readability's;
 * - excerpt: og/twitter/meta description, JSON-LD description, the first kept paragraph;
 * - lang: the pipeline's detected language, else `<html lang>` / content-language.
 */

export type Metadata = Pick<CleanResult, 'title' | 'byline' | 'published' | 'siteName' | 'excerpt' | 'lang'>;

const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'twitter:creator'];
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'pubdate', 'publish-date',
  'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
const SITE_KEYS = ['og:site_name', 'application-name', 'twitter:site'];
const DESCRIPTION_KEYS = ['og:description', 'description', 'twitter:description'];
const TITLE_KEYS = ['og:title', 'twitter:title', 'title'];
const LANG_KEYS = ['content-language', 'og:locale', 'language'];
/** The Open Graph object type ("article", "product", "website"): evidence of the page type. */
const OG_TYPE_KEY = 'og:type';

/** Every `<meta>` key the metadata reads: the strip pass cuts the other `<meta>` tags. */
export const META_KEYS: ReadonlySet<string> = new Set([
  ...AUTHOR_KEYS, ...DATE_KEYS, ...SITE_KEYS, ...DESCRIPTION_KEYS, ...TITLE_KEYS, ...LANG_KEYS, OG_TYPE_KEY,
]);

/** What the head and JSON-LD declare about the kind of page (the page type's structured evidence). */
export function structuredEvidence(head: HeadFields, jsonLd: JsonLd): StructuredEvidence {
  return {
    schemaTypes: jsonLd.typeCounts,
    ogType: clip(head.meta.get(OG_TYPE_KEY))?.toLowerCase(),
    published: DATE_KEYS.some((k) => isoDate(head.meta.get(k)) !== undefined) || isoDate(jsonLd.article.datePublished) !== undefined,
  };
}

/** Metadata values longer than this are not metadata (a whole article pasted into a tag). */
const MAX_FIELD = 500;
/** An excerpt taken from the first paragraph is cut to this many characters. */
const MAX_EXCERPT = 300;

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u;
const HAS_ZONE = /\b(?:GMT|UTC|Z)\b|[+-]\d{4}\b/u;
const URLISH = /^(?:https?:)?\/\//iu;

/**
 * ISO 8601 form of a date string, deterministic whatever the machine's time zone: a bare date
 * stays a date, a time without a zone stays local, a time with a zone becomes UTC. Other
 * formats are read only when they name their zone ("Tue, 1 May 2020 10:00:00 GMT").
 */
export function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const m = ISO.exec(v);
  if (m) {
    if (m[2] === undefined) return m[1];
    const time = (m[2].length === 5 ? `${m[2]}:00` : m[2]) as string;
    if (m[3] === undefined) return `${m[1]}T${time}`;
    const ms = Date.parse(`${m[1]}T${time}${m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/u, '$1:$2')}`);
    return Number.isNaN(ms) ? m[1] : new Date(ms).toISOString();
  }
  if (!HAS_ZONE.test(v) || v.length > 100) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function clip(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/gu, ' ').trim();
  return v && v.length <= MAX_FIELD ? v : undefined;
}

function firstMeta(head: HeadFields, keys: readonly string[], accept: (v: string) => boolean = () => true): string | undefined {
  for (const k of keys) {
    const v = clip(head.meta.get(k));
    if (v !== undefined && accept(v)) return v;
  }
  return undefined;
}

/** Everything the metadata fields are chosen from. */
export interface MetadataSources {
  readonly head: HeadFields;
  /** The page's JSON-LD, parsed once by the front end. */
  readonly jsonLd: JsonLd;
  readonly article: ReadabilityArticle | undefined;
  /** The title and language the pipeline found. */
  readonly pipelineTitle: string | undefined;
  readonly pipelineLang: string | undefined;
  /** The first kept paragraph, for the excerpt when the page has no description. */
  readonly firstParagraph: string | undefined;
}

export function pageMetadata(src: MetadataSources): Metadata {
  const { head, article } = src;
  const ld = src.jsonLd.article;
  const notUrl = (v: string) => !URLISH.test(v);
  const titleSource = firstMeta(head, TITLE_KEYS) ?? clip(head.title);
  const fields: Record<keyof Metadata, string | undefined> = {
    title: clip(src.pipelineTitle) ?? (titleSource ? stripSiteName(titleSource) : undefined) ?? clip(ld.headline) ?? clip(article?.title),
    byline: clip(ld.author) ?? firstMeta(head, AUTHOR_KEYS, notUrl) ?? clip(article?.byline),
    published: DATE_KEYS.map((k) => isoDate(head.meta.get(k))).find((d) => d !== undefined) ?? isoDate(ld.datePublished) ?? isoDate(head.time) ?? isoDate(article?.publishedTime ?? undefined),
    siteName: firstMeta(head, SITE_KEYS, (v) => notUrl(v) && !v.startsWith('@')) ?? clip(ld.publisher) ?? clip(article?.siteName),
    excerpt: firstMeta(head, DESCRIPTION_KEYS) ?? clip(ld.description) ?? excerptOf(src.firstParagraph),
    lang: src.pipelineLang ?? primaryTag(head.lang ?? firstMeta(head, LANG_KEYS) ?? ld.inLanguage),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Metadata;
}

/** An excerpt cut from a paragraph: whole words, at most MAX_EXCERPT characters. */
function excerptOf(paragraph: string | undefined): string | undefined {
  const p = paragraph?.replace(/\s+/gu, ' ').trim();
  if (!p) return undefined;
  if (p.length <= MAX_EXCERPT) return p;
  const cut = p.slice(0, MAX_EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_EXCERPT / 2)).trimEnd()}…`;
}

/** "en-US" / "en_US" → "en". */
function primaryTag(lang: string | undefined): string | undefined {
  const tag = lang?.trim().toLowerCase().split(/[-_\s,]/u)[0];
  return tag && /^[a-z]{2,3}$/u.test(tag) ? tag : undefined;
}
