import type { Nodes, PhrasingContent } from 'mdast';

/**
 * Phrasing content → plain text, measured on the way: how much of the text sits inside links, and
 * whether the content is only images. This is mdast-util-to-string's reading (text, inline code,
 * image alt) plus the counts the structure rules need.
 */

/** The plain text of some inline content, with what the markup said about it. */
export interface InlineText {
  /** Plain text: soft line breaks read as spaces, hard breaks as newlines, runs of space folded. */
  readonly text: string;
  /** Characters of `text` that stand inside links or link references. */
  readonly linkChars: number;
  /** Images (or image references) seen. */
  readonly images: number;
  /** Characters of `text` that are not image alt text: 0 for an image-only paragraph. */
  readonly otherChars: number;
  /** Links seen (including those with empty text). */
  readonly links: number;
  /**
   * Offset in `text` of a `[` never closed (the opening half of a block link the parser could not
   * join, see links.ts), or -1.
   */
  readonly openAt: number;
  /** A closing half `](url)` of such a link was found (and removed from the text). */
  readonly closesLink: boolean;
  /** Characters of `text` after the last closing half: the rest was link text. */
  readonly afterClose: number;
}

/** Mutable tally used while walking one block; never escapes `inlineText`. */
interface Tally {
  parts: string[];
  linkChars: number;
  images: number;
  otherChars: number;
  links: number;
}

/** A soft line break with the indentation around it. */
const SOFT_BREAK = /(?<![ \t])[ \t]*\r?\n[ \t]*/g; // starts only where a blank run starts: linear (ReDoS)
/**
 * The closing half of a block link, `](url)` or `](url "title")`, left as text by the parser
 * (see links.ts). Prose does not write a bracket, a parenthesis and a URL glued together. Read on
 * the joined text, since GFM may have made the URL inside it a link of its own.
 */
const LINK_CLOSE = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/gu;
/** Offset of a bracket never closed — `[`, `[Headline`, `0[` (see links.ts): the first `[` after the last `]`; -1 if none. (Not `/\[[^\]]*$/`: quadratic on `[[[[…`.) */
function openBracketAt(s: string): number {
  return s.indexOf('[', s.lastIndexOf(']') + 1);
}
/** Horizontal space runs, folded to one space. */
const SPACE_RUN = /[ \t\u00a0]{2,}/g;

function add(t: Tally, text: string, inLink: boolean, isAlt: boolean): void {
  if (text === '') return;
  t.parts.push(text);
  if (inLink) t.linkChars += text.length;
  if (!isAlt) t.otherChars += text.replace(/\s+/g, '').length;
}

function walk(node: Nodes, t: Tally, inLink: boolean): void {
  switch (node.type) {
    case 'text':
      add(t, node.value.replace(SOFT_BREAK, ' '), inLink, false);
      return;
    case 'inlineCode':
      add(t, node.value, inLink, false);
      return;
    case 'break':
      t.parts.push('\n');
      return;
    case 'image':
    case 'imageReference':
      t.images += 1;
      add(t, (node.alt ?? '').replace(SOFT_BREAK, ' '), inLink, true);
      return;
    case 'link':
    case 'linkReference':
      t.links += 1;
      for (const child of node.children) walk(child, t, true);
      return;
    case 'html':
    case 'footnoteReference':
      // Inline HTML tags (`<br>`, `<span>`) and footnote marks carry no reading text.
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) walk(child, t, inLink);
      else if ('value' in node && typeof node.value === 'string') add(t, node.value, inLink, false);
  }
}

/** Read inline content (a paragraph's or heading's children) as plain text. */
export function inlineText(children: readonly (PhrasingContent | Nodes)[]): InlineText {
  const t: Tally = { parts: [], linkChars: 0, images: 0, otherChars: 0, links: 0 };
  for (const child of children) walk(child, t, false);
  const joined = t.parts.join('').replace(SPACE_RUN, ' ').replace(/(?<! ) *\n */g, '\n');
  // Take out closing halves of broken block links; what stood before them was link text.
  let closesLink = false;
  let afterClose = 0;
  let text = joined;
  if (joined.includes('](')) {
    const pieces: string[] = [];
    let from = 0;
    for (const m of joined.matchAll(LINK_CLOSE)) {
      pieces.push(joined.slice(from, m.index));
      from = m.index + m[0].length;
      closesLink = true;
    }
    const tail = joined.slice(from);
    pieces.push(tail);
    text = pieces.join('');
    afterClose = tail.trim().length;
  }
  const plain = text.trim();
  const open = openBracketAt(plain);
  return {
    text: plain,
    linkChars: Math.min(t.linkChars, plain.length),
    images: t.images,
    otherChars: t.otherChars,
    links: t.links,
    openAt: open,
    closesLink,
    afterClose: Math.min(afterClose, plain.length),
  };
}
