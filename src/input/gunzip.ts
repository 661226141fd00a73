import { Gunzip } from 'fflate';

/**
 * gzip → bytes, synchronously and in any runtime (fflate: pure JS, no `node:zlib`, so `chaff/text`
 * decompresses too), stopping once the output passes `cap` so that a decompression bomb (20 MB of
 * output per 20 KB of input) costs no more than an ordinary page. Concatenated gzip members are
 * read as one stream, as `gunzip` does.
 */

/** Compressed bytes fed per step: the output can pass the cap by at most ~1,032× this (deflate's ratio limit). */
const STEP_BYTES = 16 * 1024;

/** What decompression gave. */
export interface Gunzipped {
  readonly bytes: Uint8Array;
  /** The output was cut at `cap` (the rest was never inflated). */
  readonly truncated: boolean;
  /** The stream was cut short or corrupt: what inflated before the damage is kept. */
  readonly damaged: boolean;
}

/** The ISIZE field that ends a gzip stream (its last member's length mod 2^32), or -1 when too short. */
function trailerSize(input: Uint8Array): number {
  const n = input.length;
  if (n < 18) return -1;
  return ((input[n - 4] as number) | ((input[n - 3] as number) << 8) | ((input[n - 2] as number) << 16)) + (input[n - 1] as number) * 2 ** 24;
}

/** Decompress `input` (a gzip stream) up to `cap` bytes of output. */
export function gunzipCapped(input: Uint8Array, cap: number): Gunzipped {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const stream = new Gunzip((chunk, final) => {
    chunks.push(chunk);
    size += chunk.length;
    if (final) done = true;
  });
  // fflate ends a stream cut at a block boundary without an error, so the last member's length is
  // checked against its trailer (ISIZE: the last 4 bytes, the length mod 2^32), as `gzip -t` does.
  let memberStart = 0;
  stream.onmember = () => {
    memberStart = size;
  };
  let damaged = false;
  try {
    for (let at = 0; at < input.length && size <= cap; at += STEP_BYTES) {
      const end = Math.min(input.length, at + STEP_BYTES);
      stream.push(input.subarray(at, end), end === input.length);
    }
  } catch {
    damaged = true;
  }
  const truncated = size > cap;
  if (!truncated && (!done || trailerSize(input) !== (size - memberStart) % 2 ** 32)) damaged = true;
  const out = new Uint8Array(Math.min(size, cap));
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= out.length) break;
    const part = chunk.subarray(0, out.length - offset);
    out.set(part, offset);
    offset += part.length;
  }
  return { bytes: out, truncated, damaged };
}
