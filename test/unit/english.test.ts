import { describe, expect, it } from 'vitest';
import { plainlyEnglish } from '../../src/text/english.js';

const en = 'Russian President Vladimir Putin and Chinese President Xi Jinping on Friday held a video conference during which the two leaders said they would seek to strengthen relations between their two countries, and the Kremlin said it was a success.';
const nl = 'De gemeenteraad heeft op dinsdagavond met een grote meerderheid een nieuw netwerk van fietspaden voor de binnenstad goedgekeurd, en de eerste werkzaamheden zullen in het voorjaar van het komende jaar beginnen volgens de wethouder.';
const id = 'Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping pada hari Jumat mengadakan konferensi video di mana kedua pemimpin mengatakan bahwa mereka akan berusaha untuk memperkuat hubungan antara kedua negara mereka.';

describe('plainlyEnglish', () => {
  it('answers for plain English prose', () => {
    expect(plainlyEnglish(en)).toBe(true);
  });

  it('leaves other Latin-script languages and non-ASCII text to the model', () => {
    expect(plainlyEnglish(nl)).toBe(false);
    expect(plainlyEnglish(id)).toBe(false);
    expect(plainlyEnglish(`${en} Über die Straße.`)).toBe(false);
  });

  it('does not decide on a few words', () => {
    expect(plainlyEnglish('The leaders met on Friday.')).toBe(false);
  });
});
