import { readFileSync } from 'node:fs';

/** Reading the pages named on the command line, with one-line errors a person can act on. */

/** A page that could not be read: the message names it. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'name too long',
};

/** Why a read failed, in a few words. */
export function readFailure(name: string, error: unknown): InputError {
  const code = (error as { code?: string }).code;
  const why = (code && REASONS[code]) ?? (error as Error).message ?? String(error);
  return new InputError(`cannot read '${name}': ${why}`);
}

/** All of standard input, as bytes. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * A file's bytes (`-`: standard input), for `clean()` to decode (BOM, UTF-8, `<meta charset>`,
 * windows-1252): a `windows-1251` page read as a UTF-8 string was mojibake. Throws {@link InputError}.
 */
export async function readInput(name: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  try {
    return name === '-' ? await readStdin(stdin) : readFileSync(name);
  } catch (error) {
    throw readFailure(name === '-' ? 'standard input' : name, error);
  }
}
