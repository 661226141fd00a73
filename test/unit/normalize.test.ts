import { describe, expect, it } from 'vitest';
import { fold, foldKey, foldLabel } from '../../src/text/normalize.js';

describe('fold', () => {
  it('folds case, diacritics, Turkish dotted and dotless i, quotes and dashes', () => {
    expect(fold('İLETİŞİM')).toBe('iletisim');
    expect(fold('Çıkan')).toBe('cikan');
    expect(fold('Xi’s “support” — now')).toBe(`xi's "support" - now`);
  });
});

describe('foldLabel', () => {
  it('strips bullets, arrows, trailing punctuation and counters', () => {
    expect(foldLabel('» Related Articles:')).toBe('related articles');
    expect(foldLabel('Abone Ol ')).toBe('abone ol');
    expect(foldLabel('Comments (12)')).toBe('comments');
    expect(foldLabel('Skills & Expertise')).toBe('skills & expertise');
  });
});

describe('foldKey', () => {
  it('keeps letters and digits only, so quote styles and spacing do not matter', () => {
    expect(foldKey("Xi's 'Western pressure'")).toBe(foldKey('Xi’s ‘Western  pressure’'));
  });
});
