import { describe, expect, it } from 'vitest';
import { classConcept, classWords } from '../../src/html/tokens.js';

describe('class and id words', () => {
  it('splits at -, _, digits and camelCase', () => {
    expect(classWords('shareBar_top-2 js-Related')).toEqual(['share', 'bar', 'top', 'js', 'related']);
  });

  it('reads no words in a generated class (a build hash), but keeps a trailing number and lowercase ad sizes', () => {
    expect(classWords('jXK9ad-SmKAyb')).toEqual(['smkayb', 'kayb']);
    expect(classConcept('jXK9ad')).toBeUndefined();
    expect(classConcept('Ft7HRd D2fZ2')).toBeUndefined();
    expect(classConcept('adSlot2')?.rule).toBe('dom/advert');
    expect(classConcept('ad300x250')?.rule).toBe('dom/advert');
  });

  it('matches whole words and word sequences only', () => {
    expect(classConcept('share-bar')?.rule).toBe('dom/share');
    expect(classConcept('c-most-read')?.rule).toBe('dom/related');
    expect(classConcept('author-bio')?.rule).toBe('dom/author-bio');
    expect(classConcept('top-ad')?.rule).toBe('dom/advert');
    for (const harmless of ['shadow', 'header-add', 'thread', 'leaderboard', 'hidden-xs', 'readable', 'tag-politics', 'shareholder']) {
      expect(classConcept(harmless), harmless).toBeUndefined();
    }
  });

  it('reads a camelCase compound by its head, unless the head is a container noun', () => {
    expect(classWords('lm_navSource')).toEqual(['lm', 'navsource', 'source']);
    expect(classConcept('lm_navSource')).toBeUndefined();
    expect(classConcept('TestReport')).toBeUndefined();
    expect(classConcept('mainNav')?.rule).toBe('dom/breadcrumb');
    expect(classConcept('cookieBanner')?.rule).toBe('dom/cookie');
    expect(classConcept('siteHeader')?.rule).toBe('dom/breadcrumb');
    expect(classConcept('rail rail--trending')?.rule).toBe('dom/related');
  });

  it('prefers the more specific concept when several match', () => {
    expect(classConcept('related-share-buttons')?.rule).toBe('dom/share');
  });
});
