// Fuzzes the analysis: mutated fixtures, generated WSK programs and corpus drivers rewritten without
// changing their meaning (metamorphic inputs, whose findings must stay), checked in-process (one
// Workspace per input, in worker threads) against the properties of test/fuzz/properties.ts and a
// time budget.
//   npm run fuzz [-- --count N] [-- --seconds S] [-- --seed N] [-- --jobs N] [-- --first F] [-- --input I]
// --count: run inputs up to N (default 1000); --seconds: start no input after this long; --seed: the run's
// seed (default: random, printed; the same seed and count give the same inputs); --jobs: worker
// threads (default: one per CPU; results are handled in input order whatever the number);
// --first F: begin at input F instead of 0 (an input depends on the seed, its index and the fixtures, so a
// long run stopped by --seconds resumes where its summary says, and the parts cover the same inputs);
// --input I: run only input I of the seed and print its failures in full.
// Ctrl-C (SIGINT) starts no new input, lets those under way finish and prints the summary; a second
// one quits at once.
// A failing input is minimised (delta debugging, bounded in time) and kept under
// test/fuzz/regressions/ with a header naming the property and the seed; test/fuzz/regressions.test.ts
// runs them all. Each distinct failure (property and error, or kind of slow input) is minimised once;
// a slow one is also profiled. The last line is the summary .ci/run parses:
//   fuzz: 5000 inputs, 0 crashes, 0 hangs, 0 violations, slowest 0.41 s
// (`slowest >10.00 s` when an input was stopped.)
// crashes: inputs the analysis threw on (or that killed the worker); hangs: inputs over the time budget;
// violations: inputs breaking another property. Each input counts once, under the worst of the three.
// The budget is wall time, which a busy machine stretches: an input over it is run again with no other
// input in flight, and is a hang only if it is over it again (the summary counts those that were not).
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { bundleServer, root } from './load-server.mjs';
import { INCLUDE_ROOT, loadSeeds, makeInput } from './fuzz/inputs.mjs';
import { minimize } from './fuzz/minimize.mjs';
import { minimizeMetamorphic, replaySteps } from './fuzz/metamorphic.mjs';

/**
 * The time one input's analysis may take: 3 s, plus 4 s per MB of text (the parser itself may take
 * 1 s + 2 s/MB before it gives up on a file, see server/src/parse/document.ts). It was 2 s + 3 s/MB
 * for the twelve descriptor rules; with the whole client contract (20 rules, six kinds of object) a
 * generated program of a hundred kilobytes packed with WSK objects takes up to 2.8 s on 2 cores, its
 * work bounded per function by the path budget (server/src/analysis/paths/run.ts). The budget is
 * there to catch what grows beyond those bounds, not to time the bounded work.
 */
const BUDGET_MS = 3000;
const BUDGET_MS_PER_MB = 4000;
/** An input still running after this (or after 4 times its budget) is stopped and counted as a hang. */
const HARD_LIMIT_MS = 10_000;
/**
 * A slow input is minimised while it stays this much over the budget, so that the kept file is slow by
 * a margin and not by the noise of the moment.
 */
const MINIMIZE_SLOW_FACTOR = 1.5;
/** Time given to minimising one distinct failure. */
const MINIMIZE_MS = 90_000;
const REGRESSIONS = join(root, 'test/fuzz/regressions');

const { values: options } = parseArgs({
  options: { count: { type: 'string' }, seconds: { type: 'string' }, seed: { type: 'string' }, jobs: { type: 'string' }, input: { type: 'string' }, first: { type: 'string' } },
});
const count = options.count !== undefined ? positive(options.count, '--count') : 1000;
const seconds = options.seconds !== undefined ? positive(options.seconds, '--seconds') : Infinity;
const seed = options.seed !== undefined ? Number.parseInt(options.seed, 10) >>> 0 : randomInt(2 ** 31);
const jobs = options.jobs !== undefined ? positive(options.jobs, '--jobs') : availableParallelism();
const first = options.first !== undefined ? Number.parseInt(options.first, 10) : 0;
if (!(first >= 0 && first < count)) throw new Error(`--first must be at least 0 and below --count (${count})`);
const only = options.input !== undefined ? Number.parseInt(options.input, 10) : undefined;
const log = (line) => process.stdout.write(`${line}\n`);

const bundle = await bundleServer([
  "export { checkInput } from './test/fuzz/properties';",
  "export { formatHeader, listRegressions, readRegression } from './test/fuzz/regression-files';",
  "export { PRESERVING } from './test/metamorphic/rewrites/index';",
], { sourcemap: true });
const { formatHeader, listRegressions, readRegression, PRESERVING } = createRequire(bundle)(bundle);
const rewrites = PRESERVING.map((kind) => kind.name);
const seeds = loadSeeds(root);
const warmup = { files: [...seeds.headers, ...seeds.groups[0].files], roots: [INCLUDE_ROOT] };
const runners = Array.from({ length: only !== undefined ? 1 : jobs }, () => new Runner(bundle, warmup));

log(only !== undefined
  ? `fuzz: seed ${seed}, input ${only}`
  : `fuzz: seed ${seed}, ${first > 0 ? `inputs ${first} to ${count - 1}` : `up to ${count} inputs`}${Number.isFinite(seconds) ? ` or ${seconds} s` : ''}, ${runners.length} worker(s) (npm run fuzz -- --seed ${seed} --count ${count}${first > 0 ? ` --first ${first}` : ''} runs the same inputs)`);
const started = performance.now();
const deadline = started + seconds * 1000;
const totals = { inputs: 0, crash: 0, hang: 0, violation: 0, findings: 0, fixes: 0 };
/** Inputs over the budget once but not when run again alone: the indexes, with the two times. */
const unconfirmed = [];
const byKind = new Map();
let slowest = { ms: 0, index: -1, label: '' };
/** Distinct failures by signature: the first input, how many inputs, where the repro was kept. */
const distinct = new Map();
let lastProgress = started;
/** While set, no new input starts (a failure is being minimised). */
let paused;
/** Wakes the consumer of inOrder when a result arrives. */
let wake = () => {};
let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  log('fuzz: interrupted: finishing the inputs under way (Ctrl-C again quits at once)');
});

for await (const result of inOrder(only ?? first, only !== undefined ? only + 1 : count)) {
  const { index, input } = result;
  let { outcome } = result;
  let failures = classify(outcome, input);
  if (failures.some((failure) => failure.category === 'hang')) {
    const again = await runAlone(input);
    const refailures = classify(again, input);
    if (!refailures.some((failure) => failure.category === 'hang')) {
      unconfirmed.push({ index, first: outcomeTime(outcome), again: outcomeTime(again) });
      log(`fuzz: input ${index} (${input.label}) took ${outcomeTime(outcome)}, ${outcomeTime(again)} when run again alone: not a hang`);
      outcome = again;
      failures = refailures;
    }
  }
  totals.inputs++;
  const kind = byKind.get(input.kind) ?? { inputs: 0, ms: 0, max: 0 };
  byKind.set(input.kind, kind);
  kind.inputs++;
  const ms = outcome.status === 'done' ? outcome.result.analysisMs : outcome.status === 'timeout' ? hardLimitMs(input) : 0;
  kind.ms += ms;
  kind.max = Math.max(kind.max, ms);
  if (outcome.status === 'timeout') kind.stopped = true;
  if (outcome.status === 'done') {
    totals.findings += outcome.result.findings;
    totals.fixes += outcome.result.fixesApplied;
  }
  if (ms > slowest.ms) slowest = { ms, index, label: input.label, stopped: outcome.status === 'timeout' };
  if (failures.length > 0) {
    const worst = ['crash', 'hang', 'violation'].find((category) => failures.some((f) => f.category === category));
    totals[worst]++;
    for (const failure of failures) {
      const known = distinct.get(failure.signature);
      if (known) {
        known.inputs++;
        // Every failing input of a long run, so each can be re-run (`--input I`) once the first is fixed.
        known.indexes.push(index);
        log(`fuzz: input ${index} ${failure.category} ${failure.property}, as input ${known.index}`);
        continue;
      }
      const entry = { ...failure, index, indexes: [index], label: input.label, inputs: 1, applied: outcome.result?.metamorphic?.applied };
      distinct.set(failure.signature, entry);
      log(`fuzz: input ${index} (${input.label}) ${failure.category.toUpperCase()} ${failure.property}: ${failure.message}`);
      if (only !== undefined && failure.stack) log(indent(failure.stack));
      await exclusively(() => keep(entry, input));
    }
  }
  if (performance.now() - lastProgress > 60_000) {
    lastProgress = performance.now();
    log(`fuzz: ${totals.inputs} inputs in ${((lastProgress - started) / 1000).toFixed(0)} s, ${totals.crash} crashes, ${totals.hang} hangs, ${totals.violation} violations, rss ${mb(process.memoryUsage().rss)}`);
  }
}
await Promise.all(runners.map((runner) => runner.stop()));

const elapsed = (performance.now() - started) / 1000;
for (const entry of distinct.values()) {
  log(`\n${entry.category} ${entry.property}: ${entry.message}`);
  log(`  ${entry.inputs} input(s), first: input ${entry.index} (${entry.label})`);
  if (entry.indexes.length > 1) log(`  inputs: ${entry.indexes.join(', ')}`);
  if (entry.kept) log(`  kept: ${entry.kept}`);
  if (entry.ms !== undefined) log(`  time: ${entry.ms === Infinity ? 'over the hard limit (stopped)' : `${(entry.ms / 1000).toFixed(2)} s`}`);
  if (entry.stack) log(indent(entry.stack.split('\n').slice(0, 14).join('\n')));
  if (entry.profile) log(`  profile of the kept input (${(entry.profile.ms / 1000).toFixed(2)} s):\n${indent(entry.profile.top.join('\n'))}\n  hottest frame:\n${indent(entry.profile.chain.join('\n'))}`);
}
log('');
for (const [kind, stats] of [...byKind].sort()) log(`fuzz: ${kind}: ${stats.inputs} inputs, mean ${(stats.ms / stats.inputs).toFixed(0)} ms, max ${(stats.max / 1000).toFixed(2)} s${stats.stopped ? ' (stopped)' : ''}`);
log(`fuzz: ${totals.findings} findings, ${totals.fixes} fixes applied; ${(totals.inputs / elapsed).toFixed(1)} inputs/s over ${elapsed.toFixed(0)} s (minimising included)`);
const slowestTime = `${slowest.stopped ? '>' : ''}${(slowest.ms / 1000).toFixed(2)} s`;
if (slowest.index >= 0) log(`fuzz: slowest input ${slowest.index} (${slowest.label}): ${slowest.stopped ? `stopped after ${slowestTime.slice(1)}` : slowestTime}`);
const resumeAt = first + totals.inputs;
if (only === undefined && resumeAt < count) log(`fuzz: inputs ${first} to ${resumeAt - 1} run; the rest of the run: npm run fuzz -- --seed ${seed} --count ${count} --first ${resumeAt}`);
if (unconfirmed.length > 0) log(`fuzz: ${unconfirmed.length} input(s) over the budget once but not when run again alone (machine load): ${unconfirmed.map((u) => `${u.index} (${u.first}, then ${u.again})`).join(', ')}`);
log(`fuzz: rss ${mb(process.memoryUsage().rss)} at the end, peak ${mb(process.resourceUsage().maxRSS * 1024)}`);
log(`fuzz: ${totals.inputs} inputs, ${totals.crash} crashes, ${totals.hang} hangs, ${totals.violation} violations, slowest ${slowestTime}`);
process.exitCode = totals.crash + totals.hang + totals.violation > 0 ? 1 : 0;

// ---------------------------------------------------------------------------------------------------
// Scheduling: every worker busy, results handed over in input order.

/** Runs inputs [first, end) on the workers, yielding { index, input, outcome } in index order. */
async function* inOrder(first, end) {
  const results = new Map();
  const free = [...runners];
  let next = first;
  const dispatch = () => {
    while (!paused && !interrupted && free.length > 0 && next < end && performance.now() < deadline && results.size < 16 * runners.length) {
      const runner = free.pop();
      const index = next++;
      const input = makeInput(seeds, seed, index, rewrites);
      results.set(index, undefined);
      runner.run(input, hardLimitMs(input)).then((outcome) => {
        results.set(index, { index, input, outcome });
        free.push(runner);
        dispatch();
        wake();
      });
    }
  };
  dispatch();
  for (let index = first; index < next; index++) {
    while (results.get(index) === undefined) await new Promise((resolve) => (wake = resolve));
    const result = results.get(index);
    results.delete(index);
    yield result;
    dispatch();
  }
}

/** Runs an input again with no other input in flight. */
async function runAlone(input) {
  let outcome;
  await exclusively(async () => {
    outcome = await runners[0].run(input, hardLimitMs(input));
  });
  return outcome;
}

function outcomeTime(outcome) {
  return outcome.status === 'done' ? `${(outcome.result.analysisMs / 1000).toFixed(2)} s` : outcome.status === 'timeout' ? 'over the hard limit' : 'no time (the worker died)';
}

/** Runs `task` with no input in flight (minimising uses the first worker). */
async function exclusively(task) {
  let resume;
  paused = new Promise((resolve) => (resume = resolve));
  while (runners.some((runner) => runner.busy)) await new Promise((resolve) => setTimeout(resolve, 50));
  try {
    await task();
  } finally {
    paused = undefined;
    resume();
  }
}

// ---------------------------------------------------------------------------------------------------
// Failures

/** The failures of one outcome, each with the signature that tells distinct problems apart. */
function classify(outcome, input, slowMs = budgetMs(input)) {
  if (outcome.status === 'timeout') return [{ category: 'hang', property: 'budget', signature: `hang:${input.kind}`, message: `still running after ${(hardLimitMs(input) / 1000).toFixed(1)} s (${input.kind})`, ms: Infinity }];
  if (outcome.status === 'died') return [{ category: 'crash', property: 'throws', signature: `died:${normalize(outcome.message)}`, message: `the worker died: ${outcome.message}`, stack: outcome.stack }];
  const { result } = outcome;
  const failures = [];
  if (result.analysisMs > slowMs) failures.push({ category: 'hang', property: 'budget', signature: `hang:${input.kind}`, message: `analysis took ${(result.analysisMs / 1000).toFixed(2)} s, over the budget of ${(slowMs / 1000).toFixed(2)} s for ${mb(inputBytes(input), 2)} (${input.kind})`, ms: result.analysisMs });
  for (const violation of result.violations) {
    const crash = violation.property === 'throws';
    failures.push({
      category: crash ? 'crash' : 'violation',
      property: violation.property,
      // Positions go wrong the same way whatever the rule (line breaks): one problem, not one per rule.
      signature: crash ? `throws:${normalize(violation.message)}:${topFrame(violation.stack)}` : violation.property === 'positions' ? 'positions'
        // A finding lost or new, of one rule, whatever the rewrites: one problem to minimise.
        : violation.property === 'metamorphic' ? `metamorphic:${violation.message.split(' ')[0]}-${violation.rule}` : `${violation.property}:${violation.rule ?? ''}`,
      message: violation.message,
      stack: violation.stack,
    });
  }
  return failures;
}

/** The UTF-8 size of an input's texts. */
function inputBytes(input) {
  return input.files.reduce((sum, file) => sum + Buffer.byteLength(file.text, 'utf8'), 0);
}

function budgetMs(input) {
  return BUDGET_MS + (BUDGET_MS_PER_MB * inputBytes(input)) / (1024 * 1024);
}

/** The checker also re-parses the files of up to 8 fixes: the hard limit leaves it room for that. */
function hardLimitMs(input) {
  return Math.max(HARD_LIMIT_MS, 4 * budgetMs(input));
}

function normalize(message) {
  return message.replace(/\/fuzz\/\S+/g, '<file>').replace(/\d+/g, 'N').slice(0, 200);
}

function topFrame(stack = '') {
  return /\n\s+at (.*)/.exec(stack)?.[1].replace(/:\d+\)?$/, '') ?? '';
}

/** Minimises a new failure and writes it under test/fuzz/regressions/ (unless a file of that name exists). */
async function keep(entry, input) {
  const runner = runners[0];
  let name = regressionName(entry);
  const existing = [join(REGRESSIONS, `${name}.c`), join(REGRESSIONS, `${name}.h`), join(REGRESSIONS, name)].find((path) => existsSync(path));
  const slow = entry.category === 'hang';
  if (existing) {
    // The kept input of the same kind of failure: if it still fails so, this is likely the same problem;
    // if it no longer does, this input is a new one and is kept beside it.
    const kept = listRegressions(REGRESSIONS).find((regression) => join(REGRESSIONS, regression.name) === existing);
    const keptInput = kept ? readRegression(kept, seeds.includeDir).input : undefined;
    const outcome = keptInput ? await runner.run(keptInput, hardLimitMs(keptInput), slow) : undefined;
    const stillFails = outcome && classify(outcome, { ...keptInput, kind: input.kind }).some((failure) => failure.signature === entry.signature);
    if (stillFails || !outcome) {
      entry.kept = `${relative(root, existing)} (already there)`;
      if (outcome?.profile) entry.profile = { ...outcome.profile, ms: outcome.result.analysisMs };
      return;
    }
    name = `${name}-${entry.index}`;
  }
  const isHeader = (file) => seeds.headers.some((header) => header.path === file.path && header.text === file.text);
  const fails = async (candidate) => {
    if (interrupted) return false;
    // A smaller candidate has a smaller budget: it must be slow for its own size.
    const limit = slow ? budgetMs(candidate) * MINIMIZE_SLOW_FACTOR : hardLimitMs(candidate);
    const outcome = await runner.run(candidate, slow ? limit + 1000 : limit);
    return classify(outcome, { ...input, files: candidate.files }, slow ? limit : budgetMs(candidate)).some((failure) => failure.signature === entry.signature);
  };
  const size = (candidate) => candidate.files.filter((file) => !isHeader(file)).reduce((sum, file) => sum + file.text.length, 0);
  const t0 = performance.now();
  const minimal = input.metamorphic
    // The sites the worker applied replay the same rewrites (a step that picked at random would not).
    ? await minimizeMetamorphic({ files: input.files, roots: input.roots, metamorphic: { steps: replaySteps(entry.applied ?? []) } }, fails, t0 + MINIMIZE_MS, isHeader)
    : await minimize({ files: input.files, roots: input.roots, config: input.config }, fails, t0 + MINIMIZE_MS, isHeader);
  const files = minimal.files.filter((file) => !isHeader(file));
  const header = (detail) => formatHeader({
    property: entry.property,
    detail,
    foundBy: `npm run fuzz -- --seed ${seed} --input ${entry.index} (${entry.label})`,
    ...(minimal.config ? { config: minimal.config } : {}),
    ...(minimal.metamorphic ? { metamorphic: minimal.metamorphic.steps } : {}),
  });
  mkdirSync(REGRESSIONS, { recursive: true });
  // The header shifts offsets: keep the first layout that still fails (header above, then below the
  // text; one file, then a folder), and say in the header how the kept file fails. Rewrites name their
  // sites by line: a metamorphic input keeps its header below.
  const layouts = [];
  if (files.length === 1) layouts.push({ dir: false, top: true }, { dir: false, top: false });
  layouts.push({ dir: true, top: true }, { dir: true, top: false });
  if (minimal.metamorphic) layouts.splice(0, layouts.length, ...layouts.filter((layout) => !layout.top));
  for (const layout of layouts) {
    const written = write(name, files, header(entry.message), layout);
    const { input: saved } = readRegression(written.entry, seeds.includeDir);
    const outcome = await runner.run(saved, hardLimitMs(saved), slow);
    const failure = classify(outcome, { ...input, files: saved.files }).find((f) => f.signature === entry.signature);
    if (failure) {
      write(name, files, header(failure.message), layout);
      entry.kept = `${relative(root, written.path)} (${size(minimal)} of ${size(input)} characters, minimised in ${((performance.now() - t0) / 1000).toFixed(0)} s)`;
      if (outcome.profile) entry.profile = { ...outcome.profile, ms: outcome.result.analysisMs };
      log(`fuzz: kept ${entry.kept}`);
      return;
    }
    rmSync(written.path, { recursive: true, force: true });
  }
  // A file that passes would be a regression test that cannot fail: keep none (the seed and input
  // above reproduce it). Slow inputs near the budget, and text that UTF-8 cannot hold (lone
  // surrogates), end here.
  entry.kept = `nothing: written to a file, the input no longer fails this way (minimised to ${size(minimal)} of ${size(input)} characters)`;
  log(`fuzz: kept ${entry.kept}`);
}

function write(name, files, header, { dir, top }) {
  const withHeader = (text, first) => (!first ? text : top ? `${header}${text}` : `${text}\n${header}`);
  if (!dir) {
    const path = join(REGRESSIONS, `${name}${/\.h$/i.test(files[0].path) ? '.h' : '.c'}`);
    writeFileSync(path, withHeader(files[0].text, true));
    return { path, entry: { name: basename(path), files: [path] } };
  }
  const path = join(REGRESSIONS, name);
  mkdirSync(path, { recursive: true });
  const paths = files.map((file, i) => {
    const target = join(path, basename(file.path));
    writeFileSync(target, withHeader(file.text, i === 0));
    return target;
  });
  return { path, entry: { name, files: paths.sort() } };
}

/** `throws-typeerror-cannot-read-properties-…-3fa2c1`, `hang-deep-nesting-…`, `fix-edits-wsk008-…`. */
function regressionName(entry) {
  const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '');
  const what = entry.category === 'hang' ? entry.signature.split(':')[1] : entry.property === 'throws' ? slug(entry.message.replace(/\(while .*\)$/, '')) : slug(entry.signature.split(':')[1] ?? '');
  return [entry.category === 'hang' ? 'hang' : entry.property, what, hash(entry.signature)].filter(Boolean).join('-');
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

function positive(text, name) {
  const value = Number(text);
  if (!(value > 0)) {
    console.error(`${name} must be a positive number`);
    process.exit(2);
  }
  return value;
}

function mb(bytes, digits = 0) {
  return `${(bytes / 1024 / 1024).toFixed(digits)} MB`;
}

function indent(text) {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

// ---------------------------------------------------------------------------------------------------

/**
 * One worker thread, replaced after a timeout or a death. Its stack is about as deep as a main
 * thread's (1 MB: the language server and the CLI run there), its heap as large as a default process's.
 */
function Runner(bundlePath, warmupInput) {
  let worker;
  let ready;
  let nextId = 0;
  this.busy = false;
  const start = () => {
    worker = new Worker(new URL('./fuzz/worker.mjs', import.meta.url), {
      workerData: { bundle: bundlePath, warmup: warmupInput },
      resourceLimits: { stackSizeMb: 1, maxOldGenerationSizeMb: 4096 },
      stdout: true,
      stderr: true,
    });
    // The analysis does not print; anything it does print would drown the fuzzer's own lines.
    worker.stdout.resume();
    worker.stderr.resume();
    const current = worker;
    ready = new Promise((resolve, reject) => {
      current.once('message', (message) => (message.type === 'ready' ? resolve() : reject(new Error('worker did not start'))));
      current.once('error', reject);
    });
    return ready;
  };
  const stopWorker = async () => {
    const current = worker;
    worker = undefined;
    if (current) await current.terminate();
  };
  this.stop = stopWorker;
  /** Resolves to { status: 'done', result, profile? } | { status: 'timeout' } | { status: 'died', message, stack }. */
  this.run = async (input, timeoutMs, profile = false) => {
    this.busy = true;
    try {
      if (!worker) await start();
      else await ready;
      const outcome = await once(worker, nextId++, input, timeoutMs, profile);
      if (outcome.restart) await stopWorker();
      return outcome;
    } catch (error) {
      await stopWorker();
      return { status: 'died', message: `the worker did not start: ${error.message}`, stack: error.stack };
    } finally {
      this.busy = false;
    }
  };
}

function once(worker, id, input, timeoutMs, profile) {
  return new Promise((resolve) => {
    const done = (value) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(value);
    };
    const onMessage = (message) => {
      if (message.id !== id) return;
      if (message.type === 'result') done({ status: 'done', result: message.result, profile: message.profile });
      else done({ status: 'died', message: `the checker failed: ${message.message}`, stack: message.stack, restart: true });
    };
    const onError = (error) => done({ status: 'died', message: `${error.code ? `${error.code}: ` : ''}${error.message}`, stack: error.stack, restart: true });
    const onExit = (code) => done({ status: 'died', message: `exited with ${code}`, restart: true });
    const timer = setTimeout(() => done({ status: 'timeout', restart: true }), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, input: { files: input.files, roots: input.roots, ...(input.config ? { config: input.config } : {}), ...(input.metamorphic ? { metamorphic: input.metamorphic } : {}) }, profile });
  });
}
