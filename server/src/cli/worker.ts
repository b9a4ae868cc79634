// A worker thread of a parallel run (bundled to dist/cli-worker.js): analyses its part of the run (see
// analysis/split/) and tells the main thread how far it got. Messages follow parallel.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './analyse';
import type { FromWorker, ToWorker, WorkerInput } from './parallel';

const port = parentPort;
if (!port) throw new Error('cli-worker.js runs as a worker thread of wsk-lint');
const input = workerData as WorkerInput;
const post = (message: FromWorker) => port.postMessage(message);

void runJob(input.job, {
  parsed: () => post({ kind: 'parsed' }),
  analysed: () => post({ kind: 'analysed' }),
  part: {
    owned: input.owned,
    exchange: (released) => new Promise((resolve) => {
      port.once('message', (message: ToWorker) => resolve(new Set(message.released)));
      post({ kind: 'released', released });
    }),
  },
}).then((result) => post({ kind: 'done', result }));
