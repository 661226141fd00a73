import { APP_PROMO, DONATE, FOLLOW, LOGIN, NEWSLETTER, SUBSCRIBE } from '../lexicon/cta.js';
import { fold } from '../text/normalize.js';
import { containsPhrase, labelTest, phraseList, phraseSet } from './match.js';
import type { Rule } from './types.js';

/** Calls to action: subscribe, sign in, follow, newsletter, donate, app prompts — in any language. */

const subscribe = labelTest(phraseSet(SUBSCRIBE), { prefix: true });
const login = labelTest(phraseSet(LOGIN), { prefix: true });
const follow = labelTest(phraseSet(FOLLOW), { prefix: true });
const newsletter = labelTest(phraseSet(NEWSLETTER), { prefix: true });
const donate = labelTest(phraseSet(DONATE), { prefix: true });
const app = labelTest(phraseSet(APP_PROMO), { prefix: true });

/** A newsletter or follow prompt written as a sentence is still a prompt up to this many words. */
const MAX_PROMPT_WORDS = 40;
const NEWSLETTER_WORDS = phraseList(NEWSLETTER);
const ACTION_WORDS = phraseList(SUBSCRIBE, LOGIN, FOLLOW);

export const ctaRules: readonly Rule[] = [
  { id: 'cta/subscribe', reason: 'call-to-action', test: (_, c) => subscribe(c.label, c.features.words) },
  { id: 'cta/login', reason: 'call-to-action', test: (_, c) => login(c.label, c.features.words) },
  { id: 'cta/follow', reason: 'call-to-action', test: (_, c) => follow(c.label, c.features.words) },
  { id: 'cta/newsletter', reason: 'call-to-action', test: (_, c) => newsletter(c.label, c.features.words) },
  { id: 'cta/donate', reason: 'call-to-action', test: (_, c) => donate(c.label, c.features.words) },
  { id: 'cta/app', reason: 'call-to-action', test: (_, c) => app(c.label, c.features.words) },
  {
    // "Sign up for our daily newsletter to get the best stories." — both a newsletter word and an action.
    id: 'cta/newsletter-prompt',
    reason: 'call-to-action',
    test: (b, c) => {
      if (c.features.words > MAX_PROMPT_WORDS) return false;
      const text = fold(b.text);
      return containsPhrase(text, NEWSLETTER_WORDS) && containsPhrase(text, ACTION_WORDS);
    },
  },
];
