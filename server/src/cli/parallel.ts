// The main thread's side of a parallel run. First a planner thread scans each file as the collection
// reads it and, once all are read, decides the split (see analysis/split/): the scan and most of the
// planning run beside the collection, not after it. Then one worker thread per part, each with the
// files its workspace holds. The workers parse, then each says what its own files release; once all
// have, every worker gets the union (whether a descriptor field is released anywhere is a fact about
// the whole program) and runs the rules. Any worker failing fails the run.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Split } from '../analysis/split/partition';
import type { ScanInput } from '../analysis/split/scan';
import type { AnalysisResult } from '../analysis/workspace';
import type { AnalysisJob } from './analyse';
import type { Scanner, SplitRequest } from './jobs';

/** What a worker is started with: a part to analyse, or (`{ plan: true }`) the planner's role. */
export type WorkerData = (WorkerInput & { readonly plan?: undefined }) | { readonly plan: true };

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

/** To the planner: each file to scan, then the request for the split (its answer: the Split). */
export type ToPlanner = { readonly kind: 'scan'; readonly path: string; readonly pre: ScanInput } | { readonly kind: 'split'; readonly request: SplitRequest };

/** The bundled worker, next to the bundled CLI. */
const WORKER_SCRIPT = path.join(__dirname, 'cli-worker.js');

export interface Progress {
  parsed(count?: number): void;
  analysed(count?: number): void;
}

/** How often a worker tells its progress, at most. */
export const PROGRESS_MS = 100;

/**
 * The planner thread (see the top), stopped once it answered or when the split is not wanted (the
 * caller closes it whatever happens); its failure fails the run when the split is asked for.
 */
export function startPlanner(): Scanner {
  const worker = new Worker(WORKER_SCRIPT, { workerData: { plan: true } satisfies WorkerData });
  let failure: Error | undefined;
  let answer: ((split: Split) => void) | undefined;
  let fail: ((error: Error) => void) | undefined;
  const stop = (error: Error) => {
    failure ??= error;
    fail?.(failure);
  };
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`the planner thread stopped (exit code ${code}) before it answered`)));
  worker.on('message', (split: Split) => answer?.(split));
  const post = (message: ToPlanner) => worker.postMessage(message);
  return {
    scan: (path, pre) => post({ kind: 'scan', path, pre }),
    split: (request) => new Promise<Split>((resolve, reject) => {
      if (failure) return reject(failure);
      answer = (split) => {
        void worker.terminate();
        resolve(split);
      };
      fail = reject;
      post({ kind: 'split', request });
    }),
    close: () => void worker.terminate(),
  };
}

/** `progress`: none when there is no terminal to show it on. */
export function runInWorkers(inputs: readonly WorkerInput[], progress?: Progress): Promise<AnalysisResult[]> {
  return new Promise((resolve, reject) => {
    const workers = inputs.map((input) => new Worker(WORKER_SCRIPT, { workerData: { ...input, progress: progress !== undefined } satisfies WorkerData }));
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
