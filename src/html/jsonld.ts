/**
 * The article fields of a page's JSON-LD (`<script type="application/ld+json">`, kept by the
 * strip pass). Malformed JSON, unexpected shapes and hostile keys are ignored, never thrown:
 * values are read only through own-property lookups on plain objects.
 */

/** Article fields JSON-LD may carry. */
export interface LdArticle {
  readonly headline?: string;
  readonly author?: string;
  readonly datePublished?: string;
  readonly publisher?: string;
  readonly description?: string;
  readonly inLanguage?: string;
}

/** schema.org types that describe the page's article. */
const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Posting|Report|Review|WebPage|Blog|NewsArticle|Story)$/u;
/** Nodes looked at per page, at most (bounds the walk over a hostile `@graph`). */
const MAX_NODES = 200;

type Json = unknown;

function own(obj: Json, key: string): Json {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, Json>)[key] : undefined;
}

function str(value: Json): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

/** A person or organisation: a string, `{name}`, or a list of them (names joined by ", "). */
function names(value: Json): string | undefined {
  const list = Array.isArray(value) ? value.slice(0, 10) : [value];
  const out = list.map((v) => str(v) ?? str(own(v, 'name'))).filter((s): s is string => s !== undefined);
  return out.length > 0 ? out.join(', ') : undefined;
}

function types(node: Json): string[] {
  const t = own(node, '@type');
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in the JSON-LD (top level, arrays, `@graph`), breadth first, up to MAX_NODES. */
function nodes(roots: readonly Json[]): Json[] {
  const out: Json[] = [];
  const queue = [...roots];
  while (queue.length > 0 && out.length < MAX_NODES) {
    const n = queue.shift();
    if (Array.isArray(n)) queue.push(...n.slice(0, MAX_NODES));
    else if (n !== null && typeof n === 'object') {
      out.push(n);
      const graph = own(n, '@graph');
      if (Array.isArray(graph)) queue.push(...graph.slice(0, MAX_NODES));
    }
  }
  return out;
}

function parse(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** What a page's JSON-LD says, read from one parse of its blocks. */
export interface JsonLd {
  /** The first article-like node's fields. */
  readonly article: LdArticle;
  /** How many objects of each `@type` it holds, at any depth. */
  readonly typeCounts: ReadonlyMap<string, number>;
}

/** Parses the page's JSON-LD blocks once and reads both the article fields and the type counts. */
export function readJsonLd(blocks: readonly string[]): JsonLd {
  const roots = blocks.map(parse);
  return { article: articleFields(roots), typeCounts: schemaTypeCounts(roots) };
}

/** The first article-like node's fields, from the parsed JSON-LD roots. */
function articleFields(roots: readonly Json[]): LdArticle {
  const all = nodes(roots);
  const article = all.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? all.find((n) => types(n).includes('WebPage'));
  if (article === undefined) return {};
  const fields: Record<string, string | undefined> = {
    headline: str(own(article, 'headline')) ?? str(own(article, 'name')),
    author: names(own(article, 'author')) ?? names(own(article, 'creator')),
    datePublished: str(own(article, 'datePublished')) ?? str(own(article, 'dateCreated')),
    publisher: names(own(article, 'publisher')),
    description: str(own(article, 'description')),
    inLanguage: str(own(article, 'inLanguage')),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as LdArticle;
}

/**
 * How many objects of each schema.org `@type` the page's JSON-LD holds, at any depth (an `Offer`
 * inside a `Product`, a `Comment` inside a posting): the page type's structured evidence. The walk
 * stops after MAX_NODES objects, so a hostile document costs a bounded amount.
 */
function schemaTypeCounts(roots: readonly Json[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  const stack: Json[] = [...roots];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_NODES) {
    const n = stack.pop();
    if (n === null || typeof n !== 'object') continue;
    seen += 1;
    const children = Array.isArray(n) ? n : Object.values(n as Record<string, Json>);
    for (const c of children.slice(0, MAX_NODES)) if (c !== null && typeof c === 'object') stack.push(c);
    if (Array.isArray(n)) continue;
    for (const t of types(n)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
