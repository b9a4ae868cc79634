// The main thread's side of a parallel run: one worker thread per part (see analysis/split/), each with
// the files its workspace holds. The workers parse, then each says what its own files release; once all
// have, every worker gets the union (whether a descriptor field is released anywhere is a fact about
// the whole program) and runs the rules. Any worker failing fails the run.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../analysis/workspace';
import type { AnalysisJob } from './analyse';

/** What a worker is started with. */
export interface WorkerInput {
  readonly job: AnalysisJob;
  /** The files whose releases it vouches for (each file of the run is owned by one worker). */
  readonly owned: readonly string[];
  /** Whether the main thread shows progress (else the worker tells none). */
  readonly progress?: boolean;
}

export type FromWorker =
  /** Files parsed and analysed since the last message (told at most every PROGRESS_MS: a message costs). */
  | { readonly kind: 'progress'; readonly parsed: number; readonly analysed: number }
  | { readonly kind: 'released'; readonly released: readonly string[] }
  | { readonly kind: 'done'; readonly result: AnalysisResult };

export interface ToWorker {
  readonly released: readonly string[];
}

/** The bundled worker, next to the bundled CLI. */
const WORKER_SCRIPT = path.join(__dirname, 'cli-worker.js');

export interface Progress {
  parsed(count?: number): void;
  analysed(count?: number): void;
}

/** How often a worker tells its progress, at most. */
export const PROGRESS_MS = 100;

/** `progress`: none when there is no terminal to show it on. */
export function runInWorkers(inputs: readonly WorkerInput[], progress?: Progress): Promise<AnalysisResult[]> {
  return new Promise((resolve, reject) => {
    const workers = inputs.map((input) => new Worker(WORKER_SCRIPT, { workerData: { ...input, progress: progress !== undefined } satisfies WorkerInput }));
    const results: (AnalysisResult | undefined)[] = inputs.map(() => undefined);
    const released: (readonly string[] | undefined)[] = inputs.map(() => undefined);
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    workers.forEach((worker, index) => {
      worker.on('message', (message: FromWorker) => {
        switch (message.kind) {
          case 'progress':
            if (message.parsed > 0) progress?.parsed(message.parsed);
            if (message.analysed > 0) progress?.analysed(message.analysed);
            break;
          case 'released': {
            released[index] = message.released;
            if (released.some((part) => part === undefined)) break;
            const union = [...new Set(released.flatMap((part) => part ?? []))];
            for (const each of workers) each.postMessage({ released: union } satisfies ToWorker);
            break;
          }
          case 'done':
            results[index] = message.result;
            if (results.every((result) => result !== undefined)) resolve(results as AnalysisResult[]);
            break;
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (results[index] === undefined) fail(new Error(`worker ${index + 1} of ${workers.length} stopped (exit code ${code}) before it finished`));
      });
    });
  });
}
