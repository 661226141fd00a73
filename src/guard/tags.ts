/**
 * A minimal, linear HTML tag reader for the guard pass: where a tag ends (quotes in attribute
 * values respected), its lowercased name, whether it is self-closing, and where a raw-text
 * element's content ends. No regex runs over unbounded input except the per-name end-tag search,
 * which is a literal scan.
 */

/** A tag found at some `<`. */
export interface TagAt {
  /** Lowercased tag name ('' for comments, doctypes and processing instructions). */
  readonly name: string;
  /** Offset just past the tag's `>` (the input's length when unterminated). */
  readonly end: number;
  readonly closing: boolean;
  /** Written `<name … />`. */
  readonly selfClosing: boolean;
}

export function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** HTML's ASCII white space (tab, LF, FF, CR, space). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** Offset just past a comment starting at `i` (`<!--`): `<!-->` and `<!--->` close at once. */
function commentEnd(input: string, i: number): number {
  if (input.startsWith('>', i + 4)) return i + 5;
  if (input.startsWith('->', i + 4)) return i + 6;
  const close = input.indexOf('-->', i + 4);
  return close < 0 ? input.length : close + 3;
}

/** Offset just past the next `>` from `from` (the input's length when there is none). */
function pastGt(input: string, from: number): number {
  const gt = input.indexOf('>', from);
  return gt < 0 ? input.length : gt + 1;
}

/** End of a start tag's attributes: the `>` outside quotes. Linear in the tag's length. */
function startTagEnd(input: string, p0: number): { end: number; selfClosing: boolean } {
  const n = input.length;
  let p = p0;
  while (p < n) {
    const c = input.charCodeAt(p);
    if (c === 62 /* > */) return { end: p + 1, selfClosing: input.charCodeAt(p - 1) === 47 };
    if (c === 61 /* = */) {
      p += 1;
      while (p < n && isSpace(input.charCodeAt(p))) p += 1;
      const q = input.charCodeAt(p);
      if (q === 34 || q === 39) {
        const close = input.indexOf(q === 34 ? '"' : "'", p + 1);
        if (close < 0) return { end: n, selfClosing: false };
        p = close + 1;
        continue;
      }
      continue;
    }
    p += 1;
  }
  return { end: n, selfClosing: false };
}

/**
 * The tag at `i` (`input[i] === '<'`), or undefined when this `<` is text. Comments, doctypes
 * and `<?…>` come back with an empty name.
 */
export function readTag(input: string, i: number): TagAt | undefined {
  const next = input.charCodeAt(i + 1);
  if (next === 33 /* ! */) {
    const end = input.startsWith('<!--', i) ? commentEnd(input, i) : pastGt(input, i + 2);
    return { name: '', end, closing: false, selfClosing: false };
  }
  if (next === 63 /* ? */) return { name: '', end: pastGt(input, i + 2), closing: false, selfClosing: false };
  const closing = next === 47; /* / */
  const from = closing ? i + 2 : i + 1;
  if (!isLetter(input.charCodeAt(from))) {
    // `</>` is dropped by the tokenizer, `</ x>` is a bogus comment; both end at the next `>`.
    return closing ? { name: '', end: pastGt(input, from), closing: false, selfClosing: false } : undefined;
  }
  let p = from + 1;
  const n = input.length;
  while (p < n) {
    const c = input.charCodeAt(p);
    if (isSpace(c) || c === 47 || c === 62) break;
    p += 1;
  }
  const name = input.slice(from, p).toLowerCase();
  if (closing) return { name, end: pastGt(input, p), closing, selfClosing: false };
  return { name, closing, ...startTagEnd(input, p) };
}

/** Offset of the `</name` that ends a raw-text element whose content starts at `from`; -1 if none. */
export function rawTextClose(input: string, name: string, from: number): number {
  const upper = name.toUpperCase();
  let at = from;
  for (;;) {
    const lt = input.indexOf('</', at);
    if (lt < 0) return -1;
    let match = true;
    for (let k = 0; k < name.length && match; k += 1) {
      const c = input[lt + 2 + k];
      match = c === name[k] || c === upper[k];
    }
    const after = input.charCodeAt(lt + 2 + name.length);
    if (match && (isSpace(after) || after === 47 || after === 62 || Number.isNaN(after))) return lt;
    at = lt + 2;
  }
}
