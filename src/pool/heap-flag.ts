import { setFlagsFromString } from 'node:v8';

/**
 * A worker thread's `resourceLimits.maxOldGenerationSizeMb` loses to the process's own
 * `--max-old-space-size` (V8 reads the flag, which is process-wide, over the isolate's limits),
 * and batch jobs commonly set that flag (`node --max-old-space-size=8192`, or in NODE_OPTIONS):
 * a "128 MB" worker then grew to 2.5 GB. So while a pool's workers start, the flag is set to 0
 * (V8's "unset"), and put back to the host's value once they are online. The main isolate's heap
 * was sized at its start and is not affected; a worker thread the host starts elsewhere in the
 * same instants would get V8's default heap instead of the host's flag (documented in docs/security.md).
 */

/** The host's `--max-old-space-size` in MB, as V8 read it (the command line wins over NODE_OPTIONS). */
export function hostHeapFlag(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): number | undefined {
  let value: number | undefined;
  for (const arg of [...nodeOptions.split(/\s+/u), ...execArgv]) {
    const m = /^--max[-_]old[-_]space[-_]size=(\d+)$/u.exec(arg);
    if (m) value = Number(m[1]);
  }
  return value;
}

/**
 * Lift the host's flag while workers start: `lift()` before each `new Worker`, `release()` once
 * that worker is online or gone; the flag is put back when none is starting. One per pool.
 */
export class HeapFlagLift {
  private starting = 0;
  private readonly host = hostHeapFlag();

  lift(): void {
    if (this.host === undefined) return;
    if (this.starting === 0) setFlagsFromString('--max-old-space-size=0');
    this.starting += 1;
  }

  release(): void {
    if (this.host === undefined || this.starting === 0) return;
    this.starting -= 1;
    if (this.starting === 0) setFlagsFromString(`--max-old-space-size=${this.host}`);
  }
}
