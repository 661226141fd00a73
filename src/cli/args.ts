import { parseArgs } from 'node:util';
import type { Focus, From, To } from '../types.js';

/**
 * Command-line arguments → a checked request. Pure: no I/O, no process access; every mistake
 * is a {@link UsageError} with a one-line message.
 */

/** What `--to` may name: the library's outputs plus the whole result as JSON. */
export type CliTo = To | 'json';

/** A parsed command line. */
export interface CliArgs {
  /** Files to clean; `-` is standard input. Empty with `jsonl`. */
  readonly files: readonly string[];
  /** `--from`, when given (JSONL records otherwise take the kind of their content field). */
  readonly from: From | undefined;
  readonly to: CliTo;
  readonly focus: Focus;
  readonly lang: string | undefined;
  readonly explain: boolean;
  /** `--jsonl FILE|-`: batch mode. */
  readonly jsonl: string | undefined;
  /** `--learn-site`: learn each URL host's chrome from the batch before cleaning it. */
  readonly learnSite: boolean;
  /** Worker threads for JSONL batches. */
  readonly jobs: number;
  /** Per-record deadline in JSONL batches, in ms. */
  readonly timeoutMs: number;
  readonly help: boolean;
  readonly version: boolean;
}

/** A mistake on the command line: reported in one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FROM: readonly From[] = ['auto', 'html', 'text', 'markdown'];
const TO: readonly CliTo[] = ['text', 'markdown', 'html', 'json'];
const FOCUS: readonly Focus[] = ['precision', 'balanced', 'recall'];
/** Default per-record deadline in batches: far above any real page. */
const DEFAULT_TIMEOUT_MS = 30_000;
/** More threads than this buys nothing on any machine chaff targets, and a typo could fork-bomb. */
const MAX_JOBS = 64;

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  focus: { type: 'string' },
  lang: { type: 'string' },
  explain: { type: 'boolean' },
  jsonl: { type: 'string' },
  'learn-site': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got '${value}'`);
}

function count(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) throw new UsageError(`--${flag} must be a whole number from 1 to ${max}; got '${value}'`);
  return n;
}

/** Parse `process.argv.slice(2)`. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0] ?? 'invalid arguments');
  }
  const v = parsed.values;
  const args: CliArgs = {
    files: parsed.positionals,
    from: oneOf('from', v.from, FROM),
    to: oneOf('to', v.to, TO) ?? 'text',
    focus: oneOf('focus', v.focus, FOCUS) ?? 'balanced',
    lang: v.lang,
    explain: v.explain ?? false,
    jsonl: v.jsonl,
    learnSite: v['learn-site'] ?? false,
    jobs: count('jobs', v.jobs, 1, MAX_JOBS),
    timeoutMs: count('timeout', v.timeout, DEFAULT_TIMEOUT_MS, Number.MAX_SAFE_INTEGER),
    help: v.help ?? false,
    version: v.version ?? false,
  };
  if (args.help || args.version) return args;
  if (args.jsonl !== undefined && args.files.length > 0) throw new UsageError('--jsonl reads its records from one source; give no FILE arguments with it');
  if (args.learnSite && args.jsonl === undefined) throw new UsageError('--learn-site learns from a batch: use it with --jsonl');
  if (args.jsonl !== undefined && args.explain) throw new UsageError('--explain applies to FILE arguments; JSONL output carries the dropped list in each record');
  return args;
}
