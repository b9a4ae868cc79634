// A worker thread of a parallel run (bundled to dist/cli-worker.js), in one of two roles (parallel.ts):
// the planner, which scans each file it is handed and then decides the split; or a part's worker,
// which analyses its part of the run (see analysis/split/) and tells the main thread how far it got.
// Progress is counted and told at most every PROGRESS_MS, and only when the main thread shows it (a
// message per file cost the busiest worker about a second on a large tree).

import type { MessagePort } from 'node:worker_threads';
import { parentPort, workerData } from 'node:worker_threads';
import { scanSource } from '../analysis/split/scan';
import type { SourceFacts } from '../analysis/split/scan';
import { runJob } from './analyse';
import { decideSplit } from './jobs';
import { PROGRESS_MS } from './parallel';
import type { FromWorker, ToPlanner, ToWorker, WorkerData, WorkerInput } from './parallel';

const port = parentPort;
if (!port) throw new Error('cli-worker.js runs as a worker thread of wsk-lint');
const data = workerData as WorkerData;
if (data.plan) plan(port);
else analyse(port, data);

function plan(port: MessagePort): void {
  const facts = new Map<string, SourceFacts>();
  port.on('message', (message: ToPlanner) => {
    if (message.kind === 'scan') {
      facts.set(message.path, scanSource(message.pre));
    } else {
      port.postMessage(decideSplit(message.request, facts));
    }
  });
}

function analyse(port: MessagePort, input: WorkerInput): void {
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
}
