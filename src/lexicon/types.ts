import type { Reason, RuleId } from '../types.js';

/** Language code (BCP 47 primary subtag, e.g. 'en', 'tr') → lowercase phrases. */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

/**
 * Words without a language: proper names (photo agencies), currency codes and symbols. Matched
 * as written, whatever the page's language.
 */
export type Names = readonly string[];

/** One kind of chrome named by class or id words (HTML only). */
export interface TokenConcept {
  readonly reason: Reason;
  readonly rule: RuleId;
  /** Single words ("newsletter"), and word sequences written with spaces ("most read"). */
  readonly words: readonly string[];
  /**
   * This chrome never holds prose (a menu, a share bar): a block under such a class that reads as
   * paragraphs of sentences is not it — the class is a wrapper's ("content-nav-section").
   */
  readonly namesNoProse?: boolean;
}
