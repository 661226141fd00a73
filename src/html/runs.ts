import type { DomNode } from './dom-types.js';

/**
 * Text accumulated for one block while the walk is inside it: lines (split at `<br>`), the
 * characters inside links, and the first and last top-level nodes the text came from (for
 * offsets when the block is only part of its element).
 */

const SPACE_RUN = /\s+/gu;
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** A node and its number in document order (see `ParsedPage.locate`). */
export interface Placed {
  readonly node: DomNode;
  readonly seq: number;
}

export class Run {
  private readonly lines: string[][] = [[]];
  private chars = 0;
  private linked = 0;
  /** Top-level nodes (children of the owner element) holding the first and last text. */
  first: Placed | undefined;
  private lastNode: DomNode | undefined;
  private lastSeq = -1;
  /** `<br>`s since the last text: two in a row end the block. */
  breaks = 0;
  /** A link edge since the last text: words on both sides of it are two words. */
  private edge = false;
  private lastText = '';

  /** Add a text node's value; `inLink` when inside an `<a href>`; `raw` inside `<pre>`. */
  add(value: string, node: DomNode | undefined, seq: number, inLink: boolean, raw: boolean): void {
    const text = raw ? value : value.replace(SPACE_RUN, ' ');
    if (text.length === 0) return;
    const line = this.lines[this.lines.length - 1] as string[];
    // "<a>Sign in</a><a>Register</a>" shows two links, not "Sign inRegister".
    if (this.edge && WORD_END.test(this.lastText) && WORD_START.test(text)) line.push(' ');
    this.edge = false;
    this.lastText = text;
    line.push(text);
    if (text === ' ') return;
    this.chars += text.length;
    if (inLink) this.linked += text.length;
    this.breaks = 0;
    if (node) {
      this.first ??= { node, seq };
      this.lastNode = node;
      this.lastSeq = seq;
    }
  }

  /** A link starts or ends here. */
  linkEdge(): void {
    this.edge = true;
  }

  /** A separator that is not a line break (between table cells). */
  separate(separator: string): void {
    if (this.chars > 0) (this.lines[this.lines.length - 1] as string[]).push(separator);
  }

  /** A `<br>`: the next text starts a new line. */
  lineBreak(): void {
    this.breaks += 1;
    this.lines.push([]);
  }

  /** The top-level node holding the last text. */
  get last(): Placed | undefined {
    if (!this.lastNode) return undefined;
    return this.lastNode === this.first?.node ? this.first : { node: this.lastNode, seq: this.lastSeq };
  }

  get hasText(): boolean {
    return this.chars > 0;
  }

  /** The block's text: each line's white space collapsed and trimmed (`raw`: kept as written). */
  text(raw: boolean): string {
    if (raw) return this.lines.map((l) => l.join('')).join('\n').replace(/^\s*\n/u, '').trimEnd(); // trimEnd, not /\s+$/: linear on long blank runs
    const out: string[] = [];
    for (const parts of this.lines) {
      const line = parts.join('').replace(SPACE_RUN, ' ').trim();
      if (line.length > 0) out.push(line);
    }
    return out.join('\n');
  }

  /** Characters of `text` inside links, scaled from the raw counts. */
  linkChars(textLength: number): number {
    if (this.linked === 0 || this.chars === 0) return 0;
    return Math.min(textLength, Math.round((this.linked * textLength) / this.chars));
  }
}
