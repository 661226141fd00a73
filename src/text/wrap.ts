/**
 * Hard-wrapped text: `html2text`, `lynx -dump`, `w3m -dump` and mail clients wrap paragraphs at a
 * fixed width (72–80 columns), so one paragraph arrives as several lines. Read line by line, each
 * piece of a sentence is judged alone and most do not look like prose. No maintained library
 * tells a wrapped paragraph from lines that are short by nature (a menu, a list), so this is done
 * here: find the width the page was wrapped at — the one where a greedy wrapper would have had
 * to break many long lines, because the next line's first word does not fit, with those breaks
 * cutting sentences (the next line goes on in lowercase) and making paragraphs of three lines —
 * and join each line to the next where that holds. A page without such a width is not touched.
 */

/** A non-blank line as the segmenter sees it: its trimmed text's length and its first word's. */
export interface WrapLine {
  /** Trimmed length. */
  readonly length: number;
  /** The next line of the array is the next line of the input (no blank line between them). */
  readonly nextAdjacent: boolean;
  /** Length of the first word (up to the first space) of the trimmed line. */
  readonly firstWord: number;
  /** The line opens a list item ("- ", "* ", "• ", "3. ", "b) "): it starts afresh whatever the width. */
  readonly opensItem: boolean;
  /** The line opens with a lowercase letter: the middle of a sentence, in a script with case. */
  readonly opensLower: boolean;
}

/** Narrowest and widest wrap widths looked for: mail's 66–72, html2text's 78, a few wider dumps. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** A greedy wrapper's line is at most this much shorter than its width (a long word moved down). */
const SLACK = 25;
/** Forced breaks a page needs before it counts as wrapped (a short note is read as it is). */
const MIN_BREAKS = 10;
/**
 * Of the long lines followed by another line, this share must be forced breaks. Not all: a
 * wrapped article still has its menus and lists of mid-length lines. The shares below were set
 * on the corpora in ../shared/bench: only the one wrapped page (WCXB-dev 0086) passes all three.
 */
const MIN_FORCED_SHARE = 0.3;
/** Of the forced breaks, this share must go on in lowercase: a wrapper breaks sentences, a list of similar items does not. */
const MIN_LOWER_SHARE = 0.4;
/** Paragraphs of three lines or more (two forced breaks in a row) the page needs: wrapped prose has many. */
const MIN_PARAGRAPHS = 3;
/** Lines longer than the width allowed, as a share of the page's lines (a URL the wrapper could not break). */
const MAX_OVER_SHARE = 0.03;

/**
 * A test on the lines' lengths alone, before any line is shaped: a page with many lines past the
 * widest width (scraped text, one paragraph per line) or too few lines long enough to be a
 * wrapper's cannot be wrapped. Most pages stop here.
 */
export function mayBeWrapped(lengths: readonly number[]): boolean {
  let over = 0;
  let long = 0;
  for (const length of lengths) {
    if (length > MAX_WIDTH) over += 1;
    else if (length > MIN_WIDTH - SLACK) long += 1;
  }
  return over <= MAX_OVER_SHARE * lengths.length && long >= MIN_BREAKS;
}

/** The width a page's lines were wrapped at, or undefined when they were not. Linear in the lines (times the widths tried). */
export function wrapWidth(lines: readonly WrapLine[]): number | undefined {
  const filled = lines.length;
  if (filled < MIN_BREAKS) return undefined;
  // Lines longer than each width, from a histogram of lengths: most widths fail this test at once.
  const longer = new Int32Array(MAX_WIDTH + 2);
  for (const l of lines) {
    const at = Math.min(l.length, MAX_WIDTH + 1);
    longer[at] = (longer[at] ?? 0) + 1;
  }
  for (let w = MAX_WIDTH; w >= 0; w -= 1) longer[w] = (longer[w] ?? 0) + (longer[w + 1] ?? 0);
  let best: { width: number; breaks: number } | undefined;
  for (let width = MIN_WIDTH; width <= MAX_WIDTH; width += 1) {
    if ((longer[width + 1] ?? 0) > MAX_OVER_SHARE * filled) continue;
    const found = breaksAt(lines, width);
    const wrapped = found.forced >= MIN_BREAKS && found.forced >= MIN_FORCED_SHARE * found.long &&
      found.lower >= MIN_LOWER_SHARE * found.forced && found.paragraphs >= MIN_PARAGRAPHS;
    if (wrapped && (best === undefined || found.forced > best.breaks)) best = { width, breaks: found.forced };
  }
  return best?.width;
}

/** At one width: long lines followed by a line, forced breaks among them, those going on in lowercase, and runs of two. */
function breaksAt(lines: readonly WrapLine[], width: number): { long: number; forced: number; lower: number; paragraphs: number } {
  let long = 0;
  let forced = 0;
  let lower = 0;
  let paragraphs = 0;
  let run = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i] as WrapLine;
    const next = lines[i + 1] as WrapLine;
    const candidate = line.nextAdjacent && !next.opensItem && line.length > width - SLACK && line.length <= width;
    if (candidate) long += 1;
    if (candidate && forcedBreak(line, next, width)) {
      forced += 1;
      if (next.opensLower) lower += 1;
      run += 1;
      if (run === 2) paragraphs += 1;
    } else {
      run = 0;
    }
  }
  return { long, forced, lower, paragraphs };
}

/** Whether a wrapper at `width` had to move the next line's first word down: it did not fit. */
function forcedBreak(line: WrapLine, next: WrapLine, width: number): boolean {
  return line.length + 1 + next.firstWord > width;
}

/** Whether line `i` continues on line `i + 1`: no blank line between, the break forced, the next line no new item. */
export function continues(lines: readonly WrapLine[], i: number, width: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || !line.nextAdjacent || next.opensItem) return false;
  return line.length > width - SLACK && line.length <= width && forcedBreak(line, next, width);
}
