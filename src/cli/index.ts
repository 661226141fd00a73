import { openSync, closeSync, createReadStream, fstatSync, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { clean } from '../clean.js';
import { withoutPrefix, withPrefix } from '../errors.js';
import type { CleanOptions } from '../types.js';
import { type CliArgs, parseCliArgs, UsageError } from './args.js';
import { runBatch } from './batch.js';
import { DEFAULT_WIDTH, explain } from './explain.js';
import { jsonWithoutControls, stripControls } from './terminal.js';
import { fileHeader, formatResult } from './format.js';
import { HELP } from './help.js';
import { ProgressBar } from './progress.js';
import { InputError, readFailure, readInput } from './read.js';

/**
 * The `chaff` command. Reads files, standard input or a JSONL batch; never the network. Exit
 * codes: 0 done, 1 an input could not be read or cleaned, 2 bad arguments.
 */

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** One line (or a usage hint after it) on stderr, prefixed `chaff: ` once. */
function fail(message: string): void {
  process.stderr.write(`${withPrefix(message)}\n`);
}

function cleanOptions(args: CliArgs): CleanOptions {
  return {
    ...(args.from !== undefined ? { from: args.from } : {}),
    to: args.to === 'json' ? 'text' : args.to,
    focus: args.focus,
    ...(args.lang !== undefined ? { lang: args.lang } : {}),
  };
}

/** Clean each file in turn; a file that fails is reported and the others still run. */
async function runFiles(files: readonly string[], args: CliArgs): Promise<number> {
  let code = EXIT_OK;
  const several = files.length > 1;
  const options = cleanOptions(args);
  for (const [n, name] of files.entries()) {
    let output: string;
    try {
      const input = await readInput(name, process.stdin);
      const result = clean(input, options);
      if (args.explain) {
        output = explain(result, { color: process.stdout.isTTY === true && !process.env.NO_COLOR, width: process.stdout.columns ?? DEFAULT_WIDTH });
      } else if (args.to === 'json' && several) {
        output = `${jsonWithoutControls(JSON.stringify({ file: name, ...result }))}\n`;
      } else {
        output = formatResult(result, args.to);
        // A page's own control sequences never reach a terminal (JSON output escapes them).
        if (process.stdout.isTTY === true && args.to !== 'json') output = stripControls(output);
      }
    } catch (error) {
      fail(error instanceof InputError ? error.message : `${name}: ${withoutPrefix((error as Error).message)}`);
      code = EXIT_FAILED;
      continue;
    }
    const header = several && !(args.to === 'json' && !args.explain) ? `${n > 0 ? '\n' : ''}${fileHeader(name)}` : '';
    process.stdout.write(header + output);
  }
  return code;
}

/** Open the JSONL source up front, so a missing file is one clear error before any work. */
function openJsonl(name: string): { stream: Readable; size: number | undefined } {
  if (name === '-') return { stream: process.stdin, size: undefined };
  let fd: number;
  try {
    fd = openSync(name, 'r');
  } catch (error) {
    throw readFailure(name, error);
  }
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw new InputError(`cannot read '${name}': is a directory`);
  }
  return { stream: createReadStream('', { fd }), size: stat.isFile() ? stat.size : undefined };
}

async function runJsonl(source: string, args: CliArgs): Promise<number> {
  const { stream, size } = openJsonl(source);
  await runBatch(stream, process.stdout, {
    jobs: args.jobs,
    timeoutMs: args.timeoutMs,
    base: cleanOptions(args),
    from: args.from,
    learnSite: args.learnSite,
    totalBytes: size,
    progress: new ProgressBar(process.stderr.isTTY ? process.stderr : undefined),
  });
  return EXIT_OK;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(`${error.message}\nTry 'chaff --help'.`);
    return EXIT_USAGE;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (args.version) {
    process.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  try {
    if (args.jsonl !== undefined) return await runJsonl(args.jsonl, args);
  } catch (error) {
    fail(error instanceof InputError ? error.message : (error as Error).message);
    return EXIT_FAILED;
  }
  if (args.files.length === 0 && process.stdin.isTTY) {
    fail("no input: give a FILE, '-' for standard input, or --jsonl\nTry 'chaff --help'.");
    return EXIT_USAGE;
  }
  return runFiles(args.files.length > 0 ? args.files : ['-'], args);
}

// A reader that stops early (`chaff … | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    fail(error instanceof Error ? error.message : String(error));
    process.exitCode = EXIT_FAILED;
  },
);
