/**
 * The one table of HTML elements whose start tag changes how the source reads: void elements
 * (a start tag opens nothing) and raw-text elements (content is text up to the end tag). The
 * guard's flattening (`tree.ts`, which never flattens these) and the linkedom range reader read
 * it from here.
 */

/** Void elements in the HTML standard's tree builder (parse5, jsdom): a start tag opens nothing. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * Void elements as htmlparser2 (linkedom's parser) reads them: the standard's, less `bgsound` and
 * `image`, plus the obsolete `command` and `isindex`. Used only to mirror that parser's events.
 */
export const HTMLPARSER2_VOID_ELEMENTS: ReadonlySet<string> = new Set(
  [...VOID_ELEMENTS].filter((name) => name !== 'bgsound' && name !== 'image').concat(['command', 'isindex']),
);

/** Elements whose content is text up to their end tag (never markup). */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
