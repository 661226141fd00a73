import { bomEncoding } from './decode.js';

/**
 * What a byte input is before it is decoded: a gzip stream (decompressed first), text (decoded),
 * text in UTF-16 without a byte-order mark, or binary data that is not a page at all — an
 * executable, an image, an archive — which is refused at once instead of being "cleaned" into
 * garbage (issue 16: the node executable took 47 s and came out as ELF bytes). Only the first
 * `SNIFF_BYTES` are read, so refusing 100 MB takes microseconds.
 */

/** What the sniffer found. */
export type Sniffed =
  | { readonly kind: 'text' }
  | { readonly kind: 'gzip' }
  | { readonly kind: 'utf-16le' | 'utf-16be' }
  | { readonly kind: 'binary'; readonly what: string };

/**
 * File signatures of data that is never a page (magic numbers as `file(1)` and the WHATWG
 * MIME-sniffing standard list them). gzip is not here: it is decompressed, not refused.
 */
const SIGNATURES: readonly (readonly [what: string, offset: number, bytes: readonly number[]])[] = [
  ['an ELF executable', 0, [0x7f, 0x45, 0x4c, 0x46]],
  ['a Windows executable', 0, [0x4d, 0x5a, 0x90, 0x00]],
  ['a Mach-O executable', 0, [0xcf, 0xfa, 0xed, 0xfe]],
  ['a Mach-O executable', 0, [0xfe, 0xed, 0xfa, 0xcf]],
  ['a Mach-O universal binary', 0, [0xca, 0xfe, 0xba, 0xbe]],
  ['a WebAssembly module', 0, [0x00, 0x61, 0x73, 0x6d]],
  ['a PNG image', 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', 0, [0xff, 0xd8, 0xff]],
  ['a GIF image', 0, [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image', 8, [0x57, 0x45, 0x42, 0x50]],
  ['a PDF document', 0, [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive', 0, [0x50, 0x4b, 0x03, 0x04]],
  ['a 7-Zip archive', 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a bzip2 stream', 0, [0x42, 0x5a, 0x68]],
  ['an xz stream', 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a zstd stream', 0, [0x28, 0xb5, 0x2f, 0xfd]],
  ['an MP4 or QuickTime file', 4, [0x66, 0x74, 0x79, 0x70]],
  ['an Ogg stream', 0, [0x4f, 0x67, 0x67, 0x53]],
  ['an MP3 file', 0, [0x49, 0x44, 0x33]],
  ['a SQLite database', 0, [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/** The bytes sniffed: git reads 8,000 to call a file binary; one more page of memory is free. */
const SNIFF_BYTES = 8192;
/**
 * Share of control bytes (C0 other than tab, newlines, form feed and escape, and DEL) above which
 * the bytes are binary. Text of any encoding chaff decodes has none outside a stray one; random
 * data has 11%; executables 20–40%. 2% leaves room for a page with a few stray controls.
 */
const BINARY_CONTROL_SHARE = 0.02;
/** Fewest bytes the control share is judged on (a handful of bytes says nothing). */
const MIN_SNIFF_BYTES = 64;
/** Share of NULs at odd (LE) or even (BE) positions that marks BOM-less UTF-16 of mostly ASCII/Latin text. */
const UTF16_NUL_SHARE = 0.3;
/** …while the other positions stay nearly free of NULs. */
const UTF16_OTHER_NUL_SHARE = 0.02;

function startsWith(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i += 1) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f;
}

/** Sniff the first bytes of an input (its byte-order mark, if any, is the decoder's business). */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08) return { kind: 'gzip' };
  if (bomEncoding(bytes)) return { kind: 'text' };
  for (const [what, offset, signature] of SIGNATURES) if (startsWith(bytes, offset, signature)) return { kind: 'binary', what };
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n < MIN_SNIFF_BYTES) return { kind: 'text' };
  let controls = 0;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] as number;
    if (b === 0) {
      if (i % 2 === 0) evenNuls += 1;
      else oddNuls += 1;
    } else if (isControl(b)) controls += 1;
  }
  const half = n / 2;
  if (oddNuls / half >= UTF16_NUL_SHARE && evenNuls / half <= UTF16_OTHER_NUL_SHARE) return { kind: 'utf-16le' };
  if (evenNuls / half >= UTF16_NUL_SHARE && oddNuls / half <= UTF16_OTHER_NUL_SHARE) return { kind: 'utf-16be' };
  if ((controls + evenNuls + oddNuls) / n > BINARY_CONTROL_SHARE) return { kind: 'binary', what: 'binary data (control bytes where text has none)' };
  return { kind: 'text' };
}
