/**
 * Bytes → string, the way a scraper must decode a page it fetched (the HTML standard's sniffing,
 * reduced to what needs no transport layer): a byte-order mark, else valid UTF-8, else the
 * charset a `<meta>` in the first few KB declares, else windows-1252. Only `TextDecoder`, a web
 * global, is used, so `chaff/text` can decode too.
 */

/** Bytes searched for a `<meta charset>`: the standard prescans 1,024; real pages put long comments and scripts first. */
const META_SCAN_BYTES = 4096;
/** The HTML standard's fallback for pages that declare nothing (what jsdom and browsers use here). */
const FALLBACK = 'windows-1252';
/** Encodings a `<meta>` may not select: the standard reads them as UTF-8 (they would change how the meta itself was read). */
const META_AS_UTF8 = new Set(['utf-16', 'utf-16le', 'utf-16be', 'x-user-defined']);

/** Longest `<meta>` tag read for a charset. */
const MAX_META_TAG = 1024;
/** `charset=` and its label, inside one meta tag (bounded input: linear). */
const CHARSET_LABEL = /charset\s{0,16}=\s{0,16}["']?([\w.:-]{1,40})/iu;

/** What decoding did. */
export interface Decoded {
  readonly text: string;
  /** The encoding used, as `TextDecoder` names it (`'utf-8'`, `'windows-1251'`…). */
  readonly encoding: string;
}

/** The encoding a byte-order mark names, and its length; undefined without one. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return undefined;
}

/** A decoder for `label`, or undefined when this runtime does not know it. */
function decoderFor(label: string, fatal = false): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    return undefined;
  }
}

/** The label a `<meta>` in the head declares, when this runtime can decode it. */
function metaEncoding(bytes: Uint8Array): string | undefined {
  let head = '';
  const n = Math.min(bytes.length, META_SCAN_BYTES);
  for (let i = 0; i < n; i += 1) head += String.fromCharCode(bytes[i] as number);
  const lower = head.toLowerCase();
  let label: string | undefined;
  // Each `<meta` is read up to its `>` by hand: a regex spanning tags was polynomial (ReDoS).
  for (let at = lower.indexOf('<meta'); at >= 0 && label === undefined; at = lower.indexOf('<meta', at + 5)) {
    const gt = lower.indexOf('>', at);
    const tag = head.slice(at, gt < 0 ? Math.min(head.length, at + MAX_META_TAG) : Math.min(gt, at + MAX_META_TAG));
    label = CHARSET_LABEL.exec(tag)?.[1];
  }
  if (label === undefined) return undefined;
  const encoding = decoderFor(label)?.encoding;
  if (encoding === undefined) return undefined;
  return META_AS_UTF8.has(encoding) ? 'utf-8' : encoding;
}

/** Latin-1 by hand: the last resort when a runtime ships no windows-1252 decoder. */
function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192; // fromCharCode's argument list must stay small
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return parts.join('');
}

/**
 * Decode a fetched page's bytes (BOM, valid UTF-8, `<meta charset>`, windows-1252), or with
 * `forced` when the sniffer recognised BOM-less UTF-16. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, forced?: 'utf-16le' | 'utf-16be'): Decoded {
  const sniffed = forced ? decoderFor(forced) : undefined;
  if (sniffed) return { text: sniffed.decode(bytes), encoding: sniffed.encoding };
  const bom = bomEncoding(bytes);
  if (bom) {
    const d = decoderFor(bom.encoding);
    if (d) return { text: d.decode(bytes.subarray(bom.skip)), encoding: d.encoding };
  }
  const utf8 = decoderFor('utf-8', true);
  if (utf8) {
    try {
      return { text: utf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      // not valid UTF-8: the page's own declaration, or the standard's fallback
    }
  }
  const declared = metaEncoding(bytes);
  const d = decoderFor(declared ?? FALLBACK);
  if (d) return { text: d.decode(bytes), encoding: d.encoding };
  return { text: latin1(bytes), encoding: 'latin1' };
}
