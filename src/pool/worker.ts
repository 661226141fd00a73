import { parentPort, workerData } from 'node:worker_threads';
import { clean } from '../clean.js';
import { ChaffInputError } from '../errors.js';
import { kindOf } from '../site/segment.js';
import { segmentAnyKind } from '../site/segment-html.js';
import type { CleanOptions } from '../types.js';
import { type ReadyMessage, type ReplyMessage, resultLine, type TaskMessage, type WarmUp } from './protocol.js';

/**
 * The pool's worker: warms up, says it is ready, then cleans one page per message with the main
 * entry's `clean()` (or segments it for the site learner) and answers with the result or the error
 * it threw. Built as `dist/pool-worker.js`.
 */

/**
 * What a cold worker does once before its first page: a first HTML page loads jsdom (or linkedom),
 * Readability and DOMPurify and compiles the HTML path — 0.4–5 s on a busy machine, measured
 * (issue 16) — which a page's deadline must not count. A small page in every input kind, on both
 * DOMs and to every output, takes that cost here instead.
 */
const WARM_UP_PAGE =
  '<!doctype html><html lang="en"><head><title>Warm-up</title></head><body><nav><a href="/">Home</a></nav>' +
  '<article><h1>Warm-up</h1><p>The ferries that had been diverted to the south pier returned to their usual berths before noon, the port authority said on Tuesday.</p>' +
  '<p>Traders on the quay said the closure had cost them three days of custom.</p></article><footer>Subscribe</footer></body></html>';
const WARM_UP_RUNS: readonly CleanOptions[] = [
  { from: 'text' },
  { from: 'markdown' },
  { from: 'html', dom: 'linkedom', to: 'markdown' },
  { from: 'html', dom: 'jsdom', to: 'html' },
];

function warmUp(level: WarmUp): void {
  if (level === 'modules-only') return;
  for (const options of WARM_UP_RUNS) {
    try {
      clean(WARM_UP_PAGE, options);
    } catch {
      // Warming only: a page that fails here fails again, with its error, when it is a task.
    }
  }
}

/** The page's block texts for the site learner (`TaskMessage.blocks`). */
function blocksOf(task: TaskMessage): readonly string[] {
  if (typeof task.input !== 'string') throw new ChaffInputError('a site page must be a string', 'site');
  const input = task.input;
  return segmentAnyKind(kindOf(input, task.options?.from ?? 'auto'))(input, task.options?.dom ?? 'jsdom');
}

function reply(task: TaskMessage): ReplyMessage {
  try {
    if (task.blocks) return { id: task.id, ok: true, blocks: blocksOf(task) };
    const result = clean(task.input, task.options);
    return task.line ? { id: task.id, ok: true, line: resultLine(task.line.url, result) } : { id: task.id, ok: true, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const input = e instanceof ChaffInputError ? { code: e.code, ...(e.option !== undefined ? { option: e.option } : {}) } : undefined;
    return { id: task.id, ok: false, name: e.name, message: e.message, ...(input ? { input } : {}) };
  }
}

if (parentPort) {
  const port = parentPort;
  warmUp((workerData as { warmUp?: WarmUp } | null)?.warmUp ?? 'every-kind');
  port.on('message', (task: TaskMessage) => {
    port.postMessage(reply(task));
  });
  port.postMessage({ ready: true } satisfies ReadyMessage);
}
