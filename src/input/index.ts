import { MAX_INPUT_BYTES, MAX_INPUT_CHARS } from './caps.js';
import { decodeBytes } from './decode.js';
import { ChaffInputError } from '../errors.js';
import { gunzipCapped } from './gunzip.js';
import { sniffBytes } from './sniff.js';

/**
 * What `clean()` accepts, turned into the string it cleans: bytes are decoded (decode.ts), input
 * over the caps is cut (caps.ts), and lone surrogates and NUL become U+FFFD, one code unit for
 * one, so every offset into the cleaned string is an offset into the caller's string too.
 * Portable: no Node built-ins, no DOM.
 */

/** The replacement character: what the HTML standard and `TextDecoder` put for what cannot be read. */
const REPLACEMENT = '\uFFFD';

/** The string to clean, and how it differs from what the caller passed. */
export interface PreparedInput {
  /** The string every offset refers to. */
  readonly text: string;
  /** True when `text` is not the caller's string (bytes decoded, characters replaced): `result.input` carries it. */
  readonly changed: boolean;
  /** The encoding the bytes were decoded with; absent for strings. */
  readonly encoding?: string;
  /** Set when the bytes were gzip and were decompressed first. */
  readonly compression?: 'gzip';
  /** Set when the input was over a cap (or its gzip stream was damaged): what was read ends here, and why. */
  readonly truncated?: { readonly at: number; readonly cap: 'bytes' | 'chars' | 'gzip' };
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'object') return `an object (${Object.prototype.toString.call(input).slice(8, -1)})`;
  return typeof input;
}

/** Throw the ChaffInputError callers get for anything but a string, bytes or an ArrayBuffer. */
export function assertInput(input: unknown): asserts input is string | Uint8Array | ArrayBuffer {
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) return;
  throw new ChaffInputError(`clean() expects the page as a string or bytes (Uint8Array, Buffer or ArrayBuffer); got ${describe(input)}`, 'input-type');
}

/** Lone surrogates and NUL → U+FFFD (length-preserving); the same string when there is none. */
export function wellFormed(s: string): string {
  let out = s;
  const native = out as { isWellFormed?: () => boolean; toWellFormed?: () => string };
  if (typeof native.isWellFormed === 'function' && typeof native.toWellFormed === 'function') {
    if (!native.isWellFormed()) out = native.toWellFormed();
  }
  else {
    let parts: string[] | undefined;
    let from = 0;
    for (let i = 0; i < out.length; i += 1) {
      const c = out.charCodeAt(i);
      if (c < 0xd800 || c > 0xdfff) continue;
      const next = out.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      (parts ??= []).push(out.slice(from, i), REPLACEMENT);
      from = i + 1;
    }
    if (parts) out = parts.join('') + out.slice(from);
  }
  return out.includes('\0') ? out.replaceAll('\0', REPLACEMENT) : out;
}

/** Cut bytes to `max` without splitting a UTF-8 sequence (or a UTF-16 code unit). */
function cutBytes(bytes: Uint8Array, max: number): Uint8Array {
  let end = max;
  let back = 0;
  while (back < 3 && end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) {
    end -= 1;
    back += 1;
  }
  if (end % 2 === 1 && (bytes[0] === 0xfe || bytes[0] === 0xff)) end -= 1;
  return bytes.subarray(0, end);
}

/** Cut a string to `max` code units without splitting a surrogate pair. */
function cutString(s: string, max: number): string {
  const last = s.charCodeAt(max - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * The caller's input as the string to clean. Bytes are sniffed first (`sniff.ts`): gzip is
 * decompressed (up to the byte cap), BOM-less UTF-16 is decoded as such, and binary data that is
 * not a page is refused.
 * @throws ChaffInputError when `input` is not a string, bytes or an ArrayBuffer (`input-type`), or
 *   is binary data such as an executable or an image (`binary`).
 */
export function prepareInput(input: unknown): PreparedInput {
  assertInput(input);
  if (typeof input === 'string') {
    const over = input.length > MAX_INPUT_CHARS;
    const cut = over ? cutString(input, MAX_INPUT_CHARS) : input;
    const text = wellFormed(cut);
    return { text, changed: text !== cut, ...(over ? { truncated: { at: text.length, cap: 'chars' as const } } : {}) };
  }
  let bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  let sniffed = sniffBytes(bytes);
  let gzip: { truncated: boolean; damaged: boolean } | undefined;
  if (sniffed.kind === 'gzip') {
    const out = gunzipCapped(bytes, MAX_INPUT_BYTES + 4); // past the cap, so the cut below finds a character boundary
    bytes = out.bytes;
    gzip = out;
    sniffed = sniffBytes(bytes);
    if (sniffed.kind === 'gzip') sniffed = { kind: 'binary', what: 'gzip inside gzip' };
  }
  if (sniffed.kind === 'binary') {
    throw new ChaffInputError(`the input is ${sniffed.what}${gzip ? ' (inside gzip)' : ''}, not a page; pass HTML, text or markdown (as a string or its bytes)`, 'binary');
  }
  const over = bytes.length > MAX_INPUT_BYTES;
  const forced = sniffed.kind === 'utf-16le' || sniffed.kind === 'utf-16be' ? sniffed.kind : undefined;
  const { text: raw, encoding } = decodeBytes(over ? cutBytes(bytes, MAX_INPUT_BYTES) : bytes, forced);
  const text = wellFormed(raw);
  const cap = over || gzip?.truncated ? ('bytes' as const) : gzip?.damaged ? ('gzip' as const) : undefined;
  return {
    text,
    changed: true,
    encoding,
    ...(gzip ? { compression: 'gzip' as const } : {}),
    ...(cap ? { truncated: { at: text.length, cap } } : {}),
  };
}
