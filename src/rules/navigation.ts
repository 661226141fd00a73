import { labelTest } from './match.js';
import type { Rule } from './types.js';

/** Menus, breadcrumbs, "back to top", and menu items a scraper glued together. */

const navLabel = labelTest(['NAVIGATION']);
const backToTop = labelTest(['BACK_TO_TOP'], { prefix: true });

/** Breadcrumb separators between crumbs. */
const CRUMB_SEP = /(?<!\s)\s+(?:[›»>/|→·•]|->|::)\s+/u; // starts where a blank run starts: linear (ReDoS)
/** Crumbs are short: a crumb over this many words is prose, not a trail. */
const MAX_CRUMB_WORDS = 5;
/** Glued menus are short lines: "Defence NewsÖne Çıkan". */
const MAX_GLUED_MENU_WORDS = 6;
/** From this many glued joins on, the line is a flattened tag list (`related/glued-tags`), not a menu. */
const MIN_GLUED_LIST = 3;
/** Breadcrumb trails are short lines. */
const MAX_TRAIL_WORDS = 20;

const CRUMB_CHAR = /[›»>/|→·•:]/u;

function isBreadcrumb(text: string, startsAtHome: boolean): boolean {
  if (!CRUMB_CHAR.test(text)) return false;
  const crumbs = text.split(CRUMB_SEP);
  if (crumbs.length < 2) return false;
  if (crumbs.some((c) => c.trim() === '' || c.trim().split(/\s+/u).length > MAX_CRUMB_WORDS)) return false;
  return crumbs.length >= 3 || startsAtHome;
}

/** A glued menu is mostly capitalised words ("HomeNews Sport"): at least this share of them. */
const MIN_GLUED_CAPS_SHARE = 0.5;

export const navigationRules: readonly Rule[] = [
  { id: 'navigation/back-to-top', reason: 'navigation', test: (_, c) => backToTop(c.hits, c.features.words) },
  { id: 'navigation/label', reason: 'navigation', test: (_, c) => navLabel(c.hits, c.features.words) },
  {
    id: 'navigation/breadcrumb',
    reason: 'navigation',
    test: (b, c) =>
      !c.features.terminal &&
      c.features.words <= MAX_TRAIL_WORDS &&
      isBreadcrumb(b.text, c.hits.prefix.has('BREADCRUMB_HOME')),
  },
  {
    // Two menu items glued by textContent: a word runs into the next capitalised one.
    id: 'navigation/glued-menu',
    reason: 'navigation',
    weak: true,
    test: (_, c) => {
      const f = c.features;
      return f.glued >= 1 && f.glued < MIN_GLUED_LIST && f.words <= MAX_GLUED_MENU_WORDS && !f.terminal && f.capsShare >= MIN_GLUED_CAPS_SHARE;
    },
  },
];
