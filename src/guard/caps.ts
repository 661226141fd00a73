/**
 * The HTML guard's caps (docs/security.md has the measurements behind each figure).
 */

/**
 * Deepest element nesting below the body, as the tree builder builds it: start tags that would
 * open deeper are flattened (`guard/tree.ts`) and blanked before any DOM parses the page. Browsers
 * cap at 512 and DOMPurify at 255; Readability's cost grows faster than linearly with depth
 * (0.35 s at 100 levels, 46 s at 1,600; reliability.md), while real pages stay under ~60.
 */
export const MAX_DEPTH = 256;

/**
 * Most elements the tree builder may create (`guard/tree.ts`; reconstructed formatting elements
 * count, so 250 open `<b>`s reopened in each of 5,000 paragraphs pass it): a page with more is
 * read up to the token that passes this budget. jsdom builds about 30,000 elements a second here (1 MB of element-dense markup is ~48,000
 * elements and ~330 MB of RSS), and real pages hold a few thousand (AEB's largest: ~1,700 tags).
 */
export const MAX_ELEMENTS = 30_000;

/**
 * Deepest tree the standard's tree builder may build before the page is stopped there
 * (`guard/tree.ts`). Flattening bounds what start tags open; what the tree builder adds without
 * one (formatting elements reopened in a deep element, adoption-agency clones) is bounded here:
 * browsers' own cap (Blink, WebKit: 512); jsdom parses 2,000 levels in ~0.9 s (reliability.md).
 */
export const MAX_TREE_DEPTH = 512;

/**
 * The element budget grows with the page: ELEMENTS_FLOOR, plus ELEMENTS_PER_KB for each KB, up to
 * MAX_ELEMENTS. Real markup builds 5–50 elements a KB (AEB: ~10; the densest list pages ~48),
 * while a reopening bomb builds thousands a KB; jsdom builds ~30,000 a second here, so 60 a KB
 * keeps the DOM under ~2 s per MB of input.
 */
export const ELEMENTS_FLOOR = 5_000;
export const ELEMENTS_PER_KB = 60;

/** The element budget for a page of `length` characters. */
export function elementBudget(length: number): number {
  return Math.min(MAX_ELEMENTS, Math.ceil(ELEMENTS_FLOOR + (ELEMENTS_PER_KB * length) / 1024));
}

/**
 * Mean depth the element budget assumes: a DOM's cost per element grows with its depth (jsdom
 * walks the ancestors on each insertion), so the depths of all elements built may add up to the
 * element budget times this. Real pages average 10–25 levels (AEB); 250 reopened `<b>`s in each
 * paragraph average ~250: jsdom took 600 ms for 7,000 of those, 100–160 ms for 2,000.
 */
export const MEAN_DEPTH = 24;
