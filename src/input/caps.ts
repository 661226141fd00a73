/**
 * The hard caps on what `clean()` reads, in one place (docs/security.md lists them with the
 * measurements behind them). Every cap degrades the result and says so in `result.limits`; none
 * throws.
 */

/** Longest input read, in bytes (trafilatura's MAX_FILE_SIZE): bytes past it are not decoded. */
export const MAX_INPUT_BYTES = 20_000_000;
/** Longest string read, in UTF-16 code units (the same cap for callers that pass a string). */
export const MAX_INPUT_CHARS = 20_000_000;
