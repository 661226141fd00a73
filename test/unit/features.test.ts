import { describe, expect, it } from 'vitest';
import { measure } from '../../src/text/features.js';
import { stopwordsFor } from '../../src/text/stopwords.js';

const en = stopwordsFor('en');

describe('measure', () => {
  it('counts words and stopwords in prose', () => {
    const f = measure('The leaders said they would seek to strengthen relations between the two countries.', en);
    expect(f.words).toBe(13);
    expect(f.stopwordDensity).toBeGreaterThan(0.3);
    expect(f.terminal).toBe(true);
  });

  it('gives a long paragraph the stopword density of its read head, not a diluted one', () => {
    const sentence = 'The leaders said they would seek to strengthen relations between the two countries. ';
    const short = measure(sentence.repeat(4), en);
    const long = measure(sentence.repeat(40), en);
    expect(long.words).toBeGreaterThan(short.words * 9);
    expect(long.stopwordDensity).toBeCloseTo(short.stopwordDensity as number, 1);
    expect(long.stopwords).toBeLessThanOrEqual(long.words);
  });

  it('sees glued menu items and skill tags', () => {
    expect(measure('Defence NewsÖne Çıkan', en).glued).toBe(1);
    expect(measure('Article WritingJournalismJournalistic WritingMagazine Articles', en).glued).toBe(3);
    expect(measure('McDonald and iPhone', en).glued).toBe(0);
  });

  it('counts CJK text by characters and leaves its stopword density unknown', () => {
    const f = measure('俄罗斯总统普京与中国国家主席习近平周五举行视频会议。', en);
    expect(f.words).toBeGreaterThan(10);
    expect(f.stopwordDensity).toBeUndefined();
    expect(f.terminal).toBe(true);
  });

  it('marks URLs and markup', () => {
    expect(measure('see https://example.com', en).urlish).toBe(true);
    expect(measure('a plain line', en).urlish).toBe(false);
  });

  it('measures title case and digits', () => {
    const f = measure('Writing & Translation Articles & News', en);
    expect(f.capsShare).toBe(1);
    expect(measure('$15/hr 2023', en).digitShare).toBeGreaterThan(0.5);
  });
});
