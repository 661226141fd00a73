import type { TokenConcept } from './types.js';

/**
 * Class and id vocabulary of page chrome (HTML only). Developers' words, not a page's language:
 * English, as class names are written whatever the page's language. Matched whole-word by
 * `src/html/tokens.ts` (a class "shareBar_top" is the words share, bar, top).
 */

/**
 * Head nouns of a camelCase compound that name a container, not what it holds: in "shareBar" or
 * "cookieBanner" the modifier ("share", "cookie") says what the element is. Any other head names
 * the thing itself ("navSource" is a source, "mainNav" a nav): `src/html/tokens.ts`.
 */
export const CONTAINER_HEADS: readonly string[] = ['bar', 'box', 'list', 'wrap', 'wrapper', 'container', 'block',
  'area', 'section', 'banner', 'widget', 'module', 'panel', 'links', 'link', 'items', 'item', 'holder', 'region',
  'zone', 'unit', 'slot', 'button', 'buttons', 'btn', 'icons', 'icon', 'inner', 'outer', 'root', 'content', 'posts',
  'bottom', 'top', 'overlay', 'popup', 'modal', 'dialog', 'layer', 'frame', 'form', 'tools', 'nav', 'menu'];

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
    // Not "cmp" (a consent-management platform): Adobe AEM's core components are all "cmp-…" ("cmp-text", "cmp-header").
    words: ['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'cookiebot'],
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
    namesNoProse: true,
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
    namesNoProse: true,
    words: ['breadcrumb', 'breadcrumbs', 'crumbs', 'pagination', 'pager', 'navbar', 'nav', 'navigation', 'menu',
      'submenu', 'megamenu', 'skip link', 'skiplink', 'toolbar', 'masthead', 'site header', 'site footer',
      'siteheader', 'sitefooter'],
  },
];
