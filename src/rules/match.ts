import { ADVERTISING } from '../lexicon/advertising.js';
import { COMMENTS } from '../lexicon/comments.js';
import { APP_PROMO, DONATE, FOLLOW, LOGIN, NEWSLETTER, SUBSCRIBE } from '../lexicon/cta.js';
import { COOKIE_BUTTONS, COOKIES, COPYRIGHT, POLICY_LINKS } from '../lexicon/legal.js';
import { MEDIA, MEDIA_CREDIT } from '../lexicon/media.js';
import { BACK_TO_TOP, BREADCRUMB_HOME, NAVIGATION } from '../lexicon/navigation.js';
import { PRICING, PROFILE } from '../lexicon/profile.js';
import { READ_MORE, RELATED, TAGS } from '../lexicon/related.js';
import { BYLINE, DATELINE, MONTHS, READING_TIME, WEEKDAYS } from '../lexicon/metadata.js';
import { AFFILIATE, SIGNUP_PROSE } from '../lexicon/prose.js';
import { SCRIPT_NOTICES } from '../lexicon/scripts.js';
import { SHARE } from '../lexicon/share.js';
import type { Lexicon } from '../lexicon/types.js';
import { labelWords } from '../text/normalize.js';

/**
 * Phrase matching for the rules. Every lexicon is compiled once, at load, into one read-only map
 * from folded phrase to the concepts it belongs to; a block is then looked up once — as a whole
 * label, by its leading words, and (for short blocks) by every word n-gram inside it — and each
 * rule asks the answer about its concept. One pass per block, whatever the number of rules.
 */

const LEXICONS = {
  SUBSCRIBE, LOGIN, FOLLOW, NEWSLETTER, DONATE, APP_PROMO, SCRIPT_NOTICES,
  NAVIGATION, BACK_TO_TOP, BREADCRUMB_HOME,
  RELATED, READ_MORE, TAGS, SHARE,
  COOKIES, COOKIE_BUTTONS, COPYRIGHT, POLICY_LINKS,
  ADVERTISING, MEDIA, MEDIA_CREDIT, COMMENTS, PROFILE, PRICING,
  SIGNUP_PROSE, AFFILIATE,
  MONTHS, WEEKDAYS, DATELINE, BYLINE, READING_TIME,
} as const satisfies Record<string, Lexicon>;

/** A lexicon concept, by the name of its export in `src/lexicon/`. */
export type Concept = keyof typeof LEXICONS;

/** Labels longer than this many words are never matched as a whole against a lexicon. */
export const MAX_LABEL_WORDS = 8;
/**
 * Phrases are searched for inside a block's first MAX_INSIDE_WORDS words only: chrome announces
 * itself early ("This website uses cookies…"), and the search stays bounded on long paragraphs.
 */
export const MAX_INSIDE_WORDS = 60;
/** Characters folded into words for long blocks: enough for MAX_INSIDE_WORDS words. */
export const INSIDE_CHARS = 480;

function compile(): { phrases: ReadonlyMap<string, readonly Concept[]>; longest: number } {
  const phrases = new Map<string, Concept[]>();
  let longest = 1;
  for (const [concept, lexicon] of Object.entries(LEXICONS) as [Concept, Lexicon][]) {
    for (const list of Object.values(lexicon)) {
      for (const phrase of list) {
        const words = labelWords(phrase);
        if (words.length === 0) continue;
        const key = words.join(' ');
        const owners = phrases.get(key) ?? [];
        if (!owners.includes(concept)) owners.push(concept);
        phrases.set(key, owners);
        longest = Math.max(longest, words.length);
      }
    }
  }
  return { phrases, longest };
}

/** Every word-prefix of every phrase ("back", "back to", "back to top"): n-gram search stops early. */
function prefixesOf(phrases: ReadonlyMap<string, readonly Concept[]>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const phrase of phrases.keys()) {
    let at = phrase.indexOf(' ');
    while (at > 0) {
      out.add(phrase.slice(0, at));
      at = phrase.indexOf(' ', at + 1);
    }
    out.add(phrase);
  }
  return out;
}

const { phrases: PHRASES, longest: LONGEST_PHRASE } = compile();
const PREFIXES = prefixesOf(PHRASES);

/**
 * Concepts some rule looks for *inside* a block (not only as its label or its first words). Only
 * their phrases are searched past a block's first word, which keeps the search cheap on prose.
 */
const INSIDE_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([
  'COOKIES', 'COPYRIGHT', 'NEWSLETTER', 'SUBSCRIBE', 'LOGIN', 'FOLLOW', 'PRICING', 'SIGNUP_PROSE', 'AFFILIATE',
  'MONTHS', 'READING_TIME', 'SCRIPT_NOTICES',
]);
const INSIDE_PREFIXES = prefixesOf(
  new Map([...PHRASES].filter(([, owners]) => owners.some((c) => INSIDE_CONCEPTS.has(c)))),
);
/**
 * Paragraphs over LONG_BLOCK_WORDS words can only be cookie notices or disclosures, which say so
 * in their opening words: they are searched over LONG_BLOCK_REACH words only.
 */
export const LONG_BLOCK_WORDS = 40;
const LONG_BLOCK_REACH = 30;
/** Characters folded into words for a long paragraph: enough for LONG_BLOCK_REACH words. */
export const LONG_BLOCK_CHARS = 240;
/** Blocks longer than this are never searched inside: no inside rule applies to them. */
const MAX_SEARCHED_WORDS = 150;

/** What the lexicons say about one block. */
export interface PhraseHits {
  /** Concepts of which the whole label is a phrase ("Abone Ol" → SUBSCRIBE). */
  readonly whole: ReadonlySet<Concept>;
  /** Concepts with a phrase the label starts with, and that phrase's length in words. */
  readonly prefix: ReadonlyMap<Concept, number>;
  /**
   * Concepts with a phrase inside the block's first MAX_INSIDE_WORDS words (only INSIDE_CONCEPTS past
   * the first word, and nothing past it in blocks over MAX_SEARCHED_WORDS words).
   */
  readonly inside: ReadonlySet<Concept>;
}

const NO_HITS: PhraseHits = { whole: new Set(), prefix: new Map(), inside: new Set() };

/** Look a block's folded words up in every lexicon at once. Allocates only when something matches. */
export function phraseHits(words: readonly string[], blockWords = words.length): PhraseHits {
  if (words.length === 0) return NO_HITS;
  let whole: Set<Concept> | undefined;
  let prefix: Map<Concept, number> | undefined;
  let inside: Set<Concept> | undefined;
  if (words.length <= MAX_LABEL_WORDS) {
    const owners = PHRASES.get(words.join(' '));
    // "Comments 12", "Related 3": a trailing counter does not change the label.
    let end = words.length;
    while (end > 1 && /^\d+$/u.test(words[end - 1] as string)) end -= 1;
    const core = end < words.length ? PHRASES.get(words.slice(0, end).join(' ')) : undefined;
    if (owners || core) whole = new Set([...(owners ?? []), ...(core ?? [])]);
  }
  const reach = blockWords > LONG_BLOCK_WORDS ? LONG_BLOCK_REACH : MAX_INSIDE_WORDS;
  const searched = blockWords > MAX_SEARCHED_WORDS ? 1 : Math.min(words.length, reach);
  for (let i = 0; i < searched; i += 1) {
    const prefixes = i === 0 ? PREFIXES : INSIDE_PREFIXES;
    let key = words[i] as string;
    for (let n = 1; n <= LONGEST_PHRASE && prefixes.has(key); n += 1) {
      const owners = PHRASES.get(key);
      if (owners !== undefined) {
        inside ??= new Set();
        for (const c of owners) {
          if (i > 0 && !INSIDE_CONCEPTS.has(c)) continue;
          inside.add(c);
          if (i === 0) {
            prefix ??= new Map();
            prefix.set(c, Math.max(prefix.get(c) ?? 0, n));
          }
        }
      }
      if (i + n >= words.length) break;
      key = `${key} ${words[i + n] as string}`;
    }
  }
  if (!whole && !prefix && !inside) return NO_HITS;
  return { whole: whole ?? NO_HITS.whole, prefix: prefix ?? NO_HITS.prefix, inside: inside ?? NO_HITS.inside };
}

/** How a label rule matches: the whole line only, or also a line that starts with a phrase. */
export interface LabelMatch {
  /** Also fire on lines that start with a phrase of two or more words ("Back to top button"). */
  readonly prefix?: boolean;
}

/**
 * Test for "this short line is one of these labels". A one-word phrase only ever matches a whole
 * line: "Home" is a menu item, "Home prices rose" is not.
 */
export function labelTest(concepts: readonly Concept[], how: LabelMatch = {}) {
  return (hits: PhraseHits, words: number): boolean => {
    if (words === 0 || words > MAX_LABEL_WORDS) return false;
    return concepts.some((c) => hits.whole.has(c) || (how.prefix === true && (hits.prefix.get(c) ?? 0) >= 2));
  };
}

/** Whether a folded phrase (already split into words) belongs to a concept. */
export function isPhrase(words: readonly string[], concept: Concept): boolean {
  return PHRASES.get(words.join(' '))?.includes(concept) ?? false;
}

/**
 * The phrases of some lexicons, folded as the text is (`labelWords`, words joined by one space),
 * for rules that look a word sequence up as a whole (what follows a count, a thread lead).
 */
export function phraseSet(...lexicons: readonly Lexicon[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const lexicon of lexicons) for (const list of Object.values(lexicon)) for (const p of list) out.add(labelWords(p).join(' '));
  return out;
}

