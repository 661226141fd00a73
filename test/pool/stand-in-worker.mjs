// A stand-in for dist/pool-worker.js that speaks the pool protocol and misbehaves on request:
// "loop" never answers, "oom" allocates until the heap limit, "exit" kills the thread,
// "throw" answers with an error, "slow:N" answers after N ms; anything else is echoed upper-cased.
// It says it is ready after $STAND_IN_WARM_UP_MS ms (default 0): a cold start of that length.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, input }) => {
  if (input === 'loop') for (;;);
  if (input === 'oom') {
    const hoard = [];
    for (;;) hoard.push(new Array(1e5).fill(hoard.length));
  }
  if (input === 'exit') process.exit(3);
  if (input === 'throw') {
    parentPort.postMessage({ id, ok: false, name: 'TypeError', message: 'bad page' });
    return;
  }
  const slow = /^slow:(\d+)$/.exec(input);
  const answer = () => parentPort.postMessage({ id, ok: true, result: { text: input.toUpperCase(), from: 'text', dropped: [] } });
  if (slow) setTimeout(answer, Number(slow[1]));
  else answer();
});

const warmUpMs = Number(process.env.STAND_IN_WARM_UP_MS ?? 0);
setTimeout(() => parentPort.postMessage({ ready: true }), warmUpMs);
