/**
 * The error chaff throws for input or options it cannot take — never for a page it merely finds
 * odd (that page is cleaned, and anything surprising lands in `limits` or `dropped`).
 */

/**
 * Why the input or options were refused:
 * - `input-type`: the page is not a string, bytes or an `ArrayBuffer`;
 * - `binary`: the bytes are an executable, an image, an archive or other non-text data;
 * - `option`: an option has a value outside its type or range (`option` names it);
 * - `html-in-text-entry`: `chaff/text`, which loads no DOM, was given HTML;
 * - `site`: a site profile or the pages to learn one from are not what `learnSite()` takes.
 */
export type ChaffInputErrorCode = 'input-type' | 'binary' | 'option' | 'html-in-text-entry' | 'site';

/** The message prefix every chaff error carries once. */
const PREFIX = 'chaff: ';

/**
 * Bad input or options. Extends `TypeError`, so `catch (e) { if (e instanceof TypeError) … }`
 * written against earlier releases still catches it; `code` says which kind of refusal it is.
 */
export class ChaffInputError extends TypeError {
  override readonly name = 'ChaffInputError';
  /** Which kind of refusal (see {@link ChaffInputErrorCode}). */
  readonly code: ChaffInputErrorCode;
  /** The option that was refused, for `code: 'option'`. */
  readonly option?: string;

  /**
   * @param message - what was wrong and what to do instead; the `chaff: ` prefix is added once.
   * @param code - which kind of refusal.
   * @param option - the option refused, for `code: 'option'`.
   */
  constructor(message: string, code: ChaffInputErrorCode, option?: string) {
    super(withPrefix(message));
    this.code = code;
    if (option !== undefined) this.option = option;
  }
}

/** `message` without any leading `chaff: ` prefix (to quote it after a prefix of one's own). */
export function withoutPrefix(message: string): string {
  let bare = message;
  while (bare.startsWith(PREFIX)) bare = bare.slice(PREFIX.length);
  return bare;
}

/** `message` with the `chaff: ` prefix exactly once (never `chaff: chaff: …`). */
export function withPrefix(message: string): string {
  return PREFIX + withoutPrefix(message);
}
