import { isPhrase, labelTest } from './match.js';
import type { Rule } from './types.js';

/** Calls to action: subscribe, sign in, follow, newsletter, donate, app prompts — in any language. */

const subscribe = labelTest(['SUBSCRIBE'], { prefix: true });
const login = labelTest(['LOGIN'], { prefix: true });
const follow = labelTest(['FOLLOW'], { prefix: true });
const newsletter = labelTest(['NEWSLETTER'], { prefix: true });
const donate = labelTest(['DONATE'], { prefix: true });
const app = labelTest(['APP_PROMO'], { prefix: true });

/** A follow prompt names the site and its networks in a short sentence. */
const MAX_FOLLOW_WORDS = 25;

/** A network name is longer than this ("x", "vk" are words too): "twitter", "facebook" count. */
const MIN_NETWORK_CHARS = 4;

/** Words of the line that are social networks or share targets on their own ("facebook", "twitter"). */
function networks(words: readonly string[]): number {
  return words.filter((w) => isPhrase([w], 'SHARE') && w.length > MIN_NETWORK_CHARS).length;
}

/** A newsletter prompt written as a sentence is still a prompt up to this many words. */
const MAX_PROMPT_WORDS = 40;
/** A scripts notice is a sentence or two; a longer block is prose about scripts (a how-to). */
const MAX_SCRIPT_NOTICE_WORDS = 30;

export const ctaRules: readonly Rule[] = [
  { id: 'cta/subscribe', reason: 'call-to-action', test: (_, c) => subscribe(c.hits, c.features.words) },
  { id: 'cta/login', reason: 'call-to-action', test: (_, c) => login(c.hits, c.features.words) },
  { id: 'cta/follow', reason: 'call-to-action', test: (_, c) => follow(c.hits, c.features.words) },
  { id: 'cta/newsletter', reason: 'call-to-action', test: (_, c) => newsletter(c.hits, c.features.words) },
  { id: 'cta/donate', reason: 'call-to-action', test: (_, c) => donate(c.hits, c.features.words) },
  { id: 'cta/app', reason: 'call-to-action', test: (_, c) => app(c.hits, c.features.words) },
  {
    // "Sign up for our daily newsletter to get the best stories." — a newsletter word and an action
    // word in one short block.
    id: 'cta/newsletter-prompt',
    reason: 'call-to-action',
    test: (_, c) =>
      c.features.words <= MAX_PROMPT_WORDS &&
      c.hits.inside.has('NEWSLETTER') &&
      (c.hits.inside.has('SUBSCRIBE') || c.hits.inside.has('LOGIN') || c.hits.inside.has('FOLLOW')),
  },
  {
    // "By signing up, you agree to our Privacy Policy." — sign-up box boilerplate.
    id: 'cta/signup-prose',
    reason: 'call-to-action',
    test: (_, c) => c.features.words <= MAX_PROMPT_WORDS && c.hits.inside.has('SIGNUP_PROSE'),
  },
  {
    // "Please enable JavaScript to view the comments powered by Disqus." — a <noscript> notice.
    // Not a heading: "How to enable JavaScript in Firefox" titles a how-to.
    id: 'cta/enable-scripts',
    reason: 'call-to-action',
    test: (b, c) => b.kind !== 'heading' && c.features.words <= MAX_SCRIPT_NOTICE_WORDS && c.hits.inside.has('SCRIPT_NOTICES'),
  },
  {
    // "Follow The Times on Facebook, Twitter and Instagram." — a follow verb and network names.
    id: 'cta/follow-prompt',
    reason: 'call-to-action',
    test: (_, c) =>
      c.features.words <= MAX_FOLLOW_WORDS && c.hits.prefix.has('FOLLOW') && networks(c.words) >= 1,
  },
];
