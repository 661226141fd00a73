import { parentPort } from 'node:worker_threads';
import { clean } from '../clean.js';
import { type ReplyMessage, resultLine, type TaskMessage } from './protocol.js';

/**
 * The pool's worker: cleans one page per message with the main entry's `clean()` and answers
 * with the result or the error it threw. Built as `dist/pool-worker.js`.
 */

function reply(task: TaskMessage): ReplyMessage {
  try {
    const result = clean(task.input, task.options);
    return task.line ? { id: task.id, ok: true, line: resultLine(task.line.url, result) } : { id: task.id, ok: true, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id: task.id, ok: false, name: e.name, message: e.message };
  }
}

parentPort?.on('message', (task: TaskMessage) => {
  parentPort?.postMessage(reply(task));
});
