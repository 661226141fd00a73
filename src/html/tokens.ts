import type { Reason, RuleId } from '../types.js';

/**
 * Class and id vocabulary of page chrome, as data. A class or id is split into words at `-`, `_`,
 * spaces, digits and camelCase humps ("shareBar_top" → share, bar, top), and a concept matches
 * when one of its words, or one of its word sequences, stands whole among them. Whole words
 * only: "shadow", "header-add" and "thread" never match "ad", and "leaderboard" never matches
 * "ad". Readability's substring regex is the cause of the most common user complaint (content
 * deleted because a wrapper's class contains "related" or "share"), so the walk also refuses to
 * apply any of these to a wrapper that holds most of the page's prose (`hints.ts`).
 */

/** One kind of chrome named by class or id words. */
export interface TokenConcept {
  readonly reason: Reason;
  readonly rule: RuleId;
  /** Single words ("newsletter"), and word sequences written with spaces ("most read"). */
  readonly words: readonly string[];
}

/** In match order: the more specific concepts first (a "share-related" bar is share). */
export const CLASS_CONCEPTS: readonly TokenConcept[] = [
  {
    reason: 'low-content',
    rule: 'dom/hidden',
    // Not "hidden"/"hide": Bootstrap's "hidden-xs" hides a block on phones only.
    words: ['sr only', 'screen reader text', 'screen reader', 'visually hidden', 'visuallyhidden', 'offscreen'],
  },
  {
    reason: 'legal',
    rule: 'dom/cookie',
    words: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'onetrust', 'cookiebot'],
  },
  {
    reason: 'media',
    rule: 'dom/caption',
    words: ['caption', 'captions', 'figcaption', 'credit', 'credits', 'image caption', 'photo caption', 'img caption',
      'wp caption', 'image credit', 'photo credit', 'imagecaption', 'photocaption'],
  },
  {
    reason: 'share',
    rule: 'dom/share',
    words: ['share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'addthis', 'sharethis',
      'shareaholic', 'sociallinks', 'socialshare'],
  },
  {
    reason: 'comments',
    rule: 'dom/comments',
    words: ['comments', 'comment', 'commentlist', 'disqus', 'respond', 'replies'],
  },
  {
    reason: 'call-to-action',
    rule: 'dom/newsletter',
    words: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign up', 'paywall', 'regwall',
      'login', 'register', 'donate', 'membership'],
  },
  {
    reason: 'profile',
    rule: 'dom/author-bio',
    words: ['author bio', 'authorbio', 'author box', 'authorbox', 'about author', 'about the author', 'author info',
      'author card', 'bio box', 'biobox'],
  },
  {
    reason: 'related',
    rule: 'dom/related',
    words: ['related', 'relatedposts', 'related posts', 'recommended', 'recommendations', 'recirc', 'recirculation',
      'outbrain', 'taboola', 'trending', 'popular', 'most read', 'mostread', 'most popular', 'more stories',
      'read more', 'readmore', 'also read', 'further reading', 'tags', 'taglist', 'tagcloud', 'post tags',
      'article tags', 'topics list'],
  },
  {
    reason: 'advertising',
    rule: 'dom/advert',
    words: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adsense', 'dfp',
      'gpt ad', 'sponsor', 'sponsored', 'promo', 'promos', 'promoted', 'promotion', 'affiliate'],
  },
  {
    reason: 'navigation',
    rule: 'dom/breadcrumb',
    words: ['breadcrumb', 'breadcrumbs', 'crumbs', 'pagination', 'pager', 'navbar', 'nav', 'navigation', 'menu',
      'submenu', 'megamenu', 'skip link', 'skiplink', 'toolbar', 'masthead', 'site header', 'site footer'],
  },
];

/** Split a class or id value into lowercase words at `-`, `_`, spaces, digits and camelCase humps. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter((w) => w.length > 0);
}

/** Concept lookup by a word sequence (space-joined), built once from CLASS_CONCEPTS at load. */
const BY_WORDS: ReadonlyMap<string, number> = new Map(
  CLASS_CONCEPTS.flatMap((c, i) => c.words.map((w) => [w, i] as const)).reverse(),
);
/** Longest word sequence among the concepts. */
const MAX_SEQUENCE = Math.max(...CLASS_CONCEPTS.flatMap((c) => c.words.map((w) => w.split(' ').length)));

/**
 * The chrome concept a class/id string names, or undefined. When several match, the one listed
 * first in CLASS_CONCEPTS wins. `cache`: per-page memo (pages repeat their class strings).
 */
export function classConcept(value: string, cache?: Map<string, TokenConcept | undefined>): TokenConcept | undefined {
  if (cache?.has(value)) return cache.get(value);
  const concept = lookup(value);
  cache?.set(value, concept);
  return concept;
}

function lookup(value: string): TokenConcept | undefined {
  const words = classWords(value);
  let best = -1;
  for (let i = 0; i < words.length; i += 1) {
    let key = '';
    for (let n = 0; n < MAX_SEQUENCE && i + n < words.length; n += 1) {
      key = n === 0 ? (words[i] as string) : `${key} ${words[i + n] as string}`;
      const hit = BY_WORDS.get(key);
      if (hit !== undefined && (best < 0 || hit < best)) best = hit;
    }
  }
  return best < 0 ? undefined : CLASS_CONCEPTS[best];
}
