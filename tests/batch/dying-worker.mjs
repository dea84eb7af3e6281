// A stand-in for the pool's worker in tests/batch/pool.test.ts: answers at once, and dies on the
// page named "dies", as a worker does when a page takes it past its heap.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (task) => {
  if (task.id === 'dies') process.exit(1);
  parentPort.postMessage({ seq: task.seq, out: `${task.id}\n`, log: [], failed: false });
});
