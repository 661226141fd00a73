import { PROFILE } from '../lexicon/profile.js';
import { isLabel, labelTest, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Freelancer / marketplace / author profile blocks: labels, review counters, ratings. */

const PROFILE_SET = phraseSet(PROFILE);
const profileLabel = labelTest(PROFILE_SET);
/** "0 Reviews", "12 jobs completed", "4.9 (37 reviews)": a counter before a profile word. */
const COUNTER = /^[\d.,]+\s*(?:[(/]\s*[\d.,]+\s*\)?\s*)?(.+)$/u;
/** Review and rating words that follow a counter, in the languages the lexicon covers. */
const COUNTED = /^(?:reviews?|ratings?|stars?|jobs?(?: completed)?|projects?(?: completed)?|hires?|clients?|followers?|değerlendirme|yorum|bewertungen?|avis|reseñas?|valoraciones?|avaliações?|recensioni|beoordelingen?|opinie|opinii|отзыв(?:ов|а)?)$/u;
/** Star ratings drawn with glyphs: "★★★★☆", "4.8 ★". */
const STARS = /^[\d.,\s]*[★☆✩✪✫⭐]{1,5}[\d.,\s()]*$/u;

export const profileRules: readonly Rule[] = [
  { id: 'profile/label', reason: 'profile', section: true, test: (_, c) => profileLabel(c.label, c.features.words) },
  {
    id: 'profile/counter',
    reason: 'profile',
    section: true,
    test: (_, c) => {
      if (c.features.words > 5) return false;
      const m = COUNTER.exec(c.label);
      if (m === null) return false;
      const rest = (m[1] as string).trim();
      return COUNTED.test(rest) || isLabel(rest, PROFILE_SET);
    },
  },
  { id: 'profile/stars', reason: 'profile', test: (b) => b.text.length <= 24 && STARS.test(b.text) },
];
