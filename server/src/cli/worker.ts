// A worker thread of a parallel run (bundled to dist/cli-worker.js): analyses its part of the run (see
// analysis/split/) and tells the main thread how far it got. Messages follow parallel.ts; progress is
// counted and told at most every PROGRESS_MS, and only when the main thread shows it (a message per
// file cost the busiest worker about a second on a large tree).

import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './analyse';
import { PROGRESS_MS } from './parallel';
import type { FromWorker, ToWorker, WorkerInput } from './parallel';

const port = parentPort;
if (!port) throw new Error('cli-worker.js runs as a worker thread of wsk-lint');
const input = workerData as WorkerInput;
const post = (message: FromWorker) => port.postMessage(message);

const untold = { parsed: 0, analysed: 0 };
let toldAt = 0;
const count = (what: keyof typeof untold) => {
  untold[what]++;
  const now = performance.now();
  if (now - toldAt < PROGRESS_MS) return;
  toldAt = now;
  post({ kind: 'progress', ...untold });
  untold.parsed = 0;
  untold.analysed = 0;
};

void runJob(input.job, {
  ...(input.progress && { parsed: () => count('parsed'), analysed: () => count('analysed') }),
  part: {
    owned: input.owned,
    exchange: (released) => new Promise((resolve) => {
      port.once('message', (message: ToWorker) => resolve(new Set(message.released)));
      post({ kind: 'released', released });
    }),
  },
}).then((result) => post({ kind: 'done', result }));
