import { BACK_TO_TOP, BREADCRUMB_HOME, NAVIGATION } from '../lexicon/navigation.js';
import { labelTest, phraseSet, startsWithPhrase } from './match.js';
import type { Rule } from './types.js';

/** Menus, breadcrumbs, "back to top", and menu items a scraper glued together. */

const navLabel = labelTest(phraseSet(NAVIGATION));
const backToTop = labelTest(phraseSet(BACK_TO_TOP), { prefix: true });
const HOME = phraseSet(BREADCRUMB_HOME);

/** Breadcrumb separators between crumbs. */
const CRUMB_SEP = /\s+(?:[›»>/|→·•]|->|::)\s+/u;
/** Crumbs are short: a crumb over this many words is prose, not a trail. */
const MAX_CRUMB_WORDS = 5;
/** Glued menus are short lines: "Defence NewsÖne Çıkan". */
const MAX_GLUED_MENU_WORDS = 6;

function isBreadcrumb(text: string, label: string): boolean {
  const crumbs = text.split(CRUMB_SEP);
  if (crumbs.length < 2) return false;
  if (crumbs.some((c) => c.trim() === '' || c.trim().split(/\s+/u).length > MAX_CRUMB_WORDS)) return false;
  return crumbs.length >= 3 || startsWithPhrase(label, HOME) > 0;
}

export const navigationRules: readonly Rule[] = [
  { id: 'navigation/back-to-top', reason: 'navigation', test: (_, c) => backToTop(c.label, c.features.words) },
  { id: 'navigation/label', reason: 'navigation', test: (_, c) => navLabel(c.label, c.features.words) },
  {
    id: 'navigation/breadcrumb',
    reason: 'navigation',
    test: (b, c) => !c.features.terminal && c.features.words <= 20 && isBreadcrumb(b.text, c.label),
  },
  {
    // Two menu items glued by textContent: a word runs into the next capitalised one.
    id: 'navigation/glued-menu',
    reason: 'navigation',
    weak: true,
    test: (_, c) => {
      const f = c.features;
      return f.glued >= 1 && f.words <= MAX_GLUED_MENU_WORDS && !f.terminal && f.capsShare >= 0.5;
    },
  },
];
