import { describe, expect, it } from 'vitest';
import { classifyAlone } from '../../src/score/classify.js';
import { THRESHOLDS } from '../../src/options.js';
import { measure } from '../../src/text/features.js';
import { stopwordsFor } from '../../src/text/stopwords.js';

const t = THRESHOLDS.balanced;
const en = stopwordsFor('en');
const cls = (text: string) => classifyAlone(measure(text, en), t).cls;

describe('classifyAlone (jusText classes)', () => {
  it('calls long prose good', () => {
    expect(cls('Russia has sought to ramp up its political and military ties with its key ally Beijing since Moscow faces unprecedented Western sanctions over its invasion of Ukraine.')).toBe('good');
  });

  it('calls short lines short, whatever they say', () => {
    expect(cls('What did Putin say?')).toBe('short');
  });

  it('calls a long line without function words bad', () => {
    expect(cls('Weather Traffic Sports Entertainment Business Technology Health Science Lifestyle Opinion Video Photos Podcasts')).toBe('bad');
  });

  it('falls back to sentence shape when the language has no stopword list', () => {
    const f = measure('这是一段很长的中文文章内容。它包含了很多句子。我们需要判断它是不是正文内容。这些句子都以句号结尾。', en);
    expect(f.stopwordDensity).toBeUndefined();
    expect(classifyAlone(f, t).cls).not.toBe('bad');
  });
});
