import type { GuardedHtml } from '../guard/html.js';
import type { Settings } from '../options.js';
import type { Page } from '../page/page.js';
import { withHtmlPage } from './page.js';

/**
 * The DOM ladder every HTML reader climbs: the page read with `settings.dom`; a DOM that throws on
 * a page (jsdom 29 with node locations throws on text inside a `<table>` that is not preceded by
 * text, e.g. `<div><table>x`) is replaced by linkedom; if that throws too the page is read as
 * text. `clean()` and the site learner climb the same ladder, so a profile is learned from the
 * very blocks the page is later cleaned from.
 */

/** Which rung read the page: the DOM asked for (no fallback), linkedom, or text. */
export interface LadderOutcome<T> {
  readonly value: T;
  readonly fallback?: 'linkedom' | 'text';
}

/**
 * Read a guarded page with `onPage` on its DOM, falling back as the module comment says; `onText`
 * reads the page as text on the last rung and must not throw.
 */
export function climbHtmlLadder<T>(
  guarded: GuardedHtml,
  settings: Settings,
  onPage: (page: Page, settings: Settings) => T,
  onText: (html: string, settings: Settings) => T,
): LadderOutcome<T> {
  const { html } = guarded;
  try {
    return { value: withHtmlPage(html, settings, guarded, (page) => onPage(page, settings)) };
  } catch {
    // fall through to the other DOM
  }
  if (settings.dom === 'jsdom') {
    const linkedom: Settings = { ...settings, dom: 'linkedom' };
    try {
      return { value: withHtmlPage(html, linkedom, guarded, (page) => onPage(page, linkedom)), fallback: 'linkedom' };
    } catch {
      // fall through to text
    }
  }
  return { value: onText(html, settings), fallback: 'text' };
}
