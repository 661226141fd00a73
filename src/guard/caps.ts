/**
 * The HTML guard's caps (docs/security.md has the measurements behind each figure).
 */

/**
 * Deepest element nesting read: start tags deeper than this are blanked before parsing. Browsers
 * cap at 512 and DOMPurify at 255; Readability's cost grows faster than linearly with depth
 * (0.35 s at 100 levels, 46 s at 1,600; reliability.md), while real pages stay under ~60.
 */
export const MAX_DEPTH = 256;

/**
 * Most elements handed to the DOM: a page with more is read up to the start tag that passes this
 * budget. jsdom builds about 30,000 elements a second here (1 MB of element-dense markup is ~48,000
 * elements and ~330 MB of RSS), and real pages hold a few thousand (AEB's largest: ~1,700 tags).
 */
export const MAX_ELEMENTS = 30_000;

/**
 * Levels searched down the open-element stack for an implied end (`<p>` closed by `<div>`):
 * bounds each lookup; a miss only overestimates depth, which is the safe side.
 */
export const IMPLIED_END_SEARCH = 64;
