// Speed figures, measured in one run on the same inputs (the machines are noisy: compare the ratios).
//   npm run bench [-- --json] [-- --quick] [-- --editor] [-- --only file|tree|edit|repo]
//   (--editor: the language server's figures only; --only: one figure alone: that input's analysis ÷
//   parse, the edit → diagnostics latency, or the repository-shaped tree's figures)
// Inputs, generated from test/bench/generate-large.cjs (a WDK-style WSK client):
//   - one 2 MB file;
//   - a tree of the same code split into one .c file per chunk (300+ files) sharing a header of macros.
// For each: "bare parse" = driver-macro masking + a full tree-sitter parse of every file; "analysis" =
// everything from text to findings (parsing, macro views, declarations, CFGs, path engine, rules).
// Each figure is the best of several runs. Then a tree shaped like a large repository, generated from
// test/bench/generate-repo.cjs (2,400+ files, 30+ MB: hundreds of headers, sources including dozens):
// its analysis ÷ parse ratio as above, and as the CLI plans it (the files naming nothing of WSK left
// unparsed: the ratio of what a user of the CLI waits for, in one thread), the CLI's wall time with --jobs 1 and with the default jobs
// (one worker per processor) and their ratio (jobsSpeedup), and the share of the default run spent
// deciding the split (measured in a fresh process as the CLI does them: the scan of every file, which
// the CLI's planner thread does beside the collection, and the planning, which the main thread waits
// for once the collection is done: planningShare counts that wait). Then the language server, over stdio with debounce 0: the
// latency from a didChange of one function in a 200 KB file to the publishDiagnostics that follows (and,
// in this process, the incremental re-parse of the same edit: the floor an answer cannot go below); and
// its memory over a long editing session (10,000 edits, 1,000 with --quick): the resident memory at the
// start and at the end, which should stay within MEMORY_BOUND_MB of each other, and the peak (at most PEAK_BOUND_MB).
// `--json` prints the figures as one JSON object on the last line.
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleServer, loadServer, root } from './load-server.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const editorOnly = process.argv.includes('--editor');
/** `--only file|tree|edit|repo`: that input's analysis ÷ parse, the edit latency, or the repository-shaped tree's figures, nothing else (a quick look on a busy machine). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && !['file', 'tree', 'edit', 'repo'].includes(only)) throw new Error(`--only takes file, tree, edit or repo, not ${only}`);
const RUNS = quick ? 1 : 3;
const EDITS = quick ? 11 : 41;
const SESSION_EDITS = quick ? 1_000 : 10_000;
const SESSION_WARMUP = 1_000;
/**
 * The diagnostics of every SESSION_BATCH-th edit are awaited (waiting for each would take many minutes).
 * Not a multiple of the session's cycle of four edits: the awaited versions go through all its texts.
 */
const SESSION_BATCH = 5;
/**
 * How much the server's resident memory may grow over the session (the full one awaits 2,000 analyses:
 * 25 KB each). Keeping every version's parsed file alive (texts, line index, tree) adds 1.3 MB per
 * analysis. (A tree whose delete() is forgotten is freed anyway once its object is garbage-collected:
 * web-tree-sitter registers trees with a FinalizationRegistry. What leaks is what stays referenced.)
 */
const MEMORY_BOUND_MB = 20;
/** The most resident memory the server may reach over the session (issue #15). */
const PEAK_BOUND_MB = 200;
/** Edit → diagnostics targets (issue #15): median and 95th percentile. */
const LATENCY_TARGET_MS = { p50: 15, p95: 25 };
const log = (line) => process.stdout.write(`${line}\n`);
/** Runs of each measure on the repository-shaped tree (each takes many seconds: no warm-up run). */
const LARGE_RUNS = quick ? 1 : 2;

const { Workspace, RULES, preprocess, loadParser } = await loadServer([
  "export { Workspace } from './server/src/analysis/workspace';",
  "export { RULES } from './server/src/rules/index';",
  "export { preprocess } from './server/src/parse/preprocess';",
  "export { loadParser } from './server/src/parse/treeSitter';",
]);

const splitBundle = await bundleServer([
  "export { collectFiles } from './server/src/cli/files';",
  "export { scanSource } from './server/src/analysis/split/scan';",
  "export { planJobs } from './server/src/cli/jobs';",
  "export { runJob } from './server/src/cli/analyse';",
  "export { Configurations } from './server/src/cli/configFiles';",
  "export { RULE_IDS } from './server/src/rules/index';",
]);

const work = mkdtempSync(join(tmpdir(), 'wsk-lint-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const large = generate(2 * 1024 * 1024, 'large.c');
const tree = splitIntoTree(large);
const parser = await loadParser();

const results = {};
const inputs = [['file', [{ path: join(work, 'large.c'), text: large }]], ['tree', tree]];
for (const [name, files] of editorOnly || only === 'edit' || only === 'repo' ? [] : inputs.filter(([name]) => !only || name === only)) {
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const parseMs = best(() => {
    for (const file of files) parser.parse(preprocess(file.text).masked).delete();
  });
  let findings = 0;
  const analysisMs = best(async () => {
    const workspace = await Workspace.create([join(work, 'tree')]);
    for (const file of files) workspace.setFile(file.path, file.text);
    findings = workspace.analyze(RULES).findings.length;
    workspace.dispose();
  });
  results[name] = { files: files.length, bytes, parseMs: await parseMs, analysisMs: await analysisMs, findings };
}

const largeTree = editorOnly || (only && only !== 'repo') ? undefined : await repositoryTree();
const latency = only && only !== 'edit' ? undefined : await editLatency();
const session = only ? undefined : await editingSession();

for (const [name, r] of Object.entries(results)) {
  const mb = r.bytes / 1e6;
  log(`${name === 'file' ? 'one 2 MB file' : `tree of ${r.files} files`}: ${mb.toFixed(2)} MB, ${r.findings} findings`);
  log(`  bare parse ${r.parseMs.toFixed(0)} ms (${(mb / (r.parseMs / 1000)).toFixed(2)} MB/s), analysis ${r.analysisMs.toFixed(0)} ms (${(mb / (r.analysisMs / 1000)).toFixed(2)} MB/s per core), analysis ÷ parse = ${(r.analysisMs / r.parseMs).toFixed(2)}`);
}
if (largeTree) {
  const r = largeTree;
  const mb = r.bytes / 1e6;
  log(`repository-shaped tree of ${r.files} files: ${mb.toFixed(2)} MB, ${r.findings} findings`);
  log(`  bare parse ${r.parseMs.toFixed(0)} ms (${(mb / (r.parseMs / 1000)).toFixed(2)} MB/s), analysis ${r.analysisMs.toFixed(0)} ms (${(mb / (r.analysisMs / 1000)).toFixed(2)} MB/s per core), analysis ÷ parse = ${(r.analysisMs / r.parseMs).toFixed(2)}`);
  log(`  as the CLI plans it (scan each file, plan, parse what the relevant files need, rules; one thread): ${r.plannedMs.toFixed(0)} ms, ÷ parse = ${(r.plannedMs / r.parseMs).toFixed(2)}, ${r.plannedParsedFiles} files parsed`);
  log(`  CLI --jobs 1 ${r.jobs1Ms.toFixed(0)} ms, default (--jobs ${r.jobs}) ${r.jobsDefaultMs.toFixed(0)} ms: ${(r.jobs1Ms / r.jobsDefaultMs).toFixed(2)}× faster; deciding the split: scan ${r.scanMs.toFixed(0)} ms (beside the collection), planning ${r.planMs.toFixed(0)} ms (waited for: ${((100 * r.planMs) / r.jobsDefaultMs).toFixed(1)}% of the default run), ${r.parts} parts`);
}
if (latency) log(`edit of one function in a ${(latency.bytes / 1024).toFixed(0)} KB file → publishDiagnostics (${latency.samples} edits, debounce 0): median ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms (targets ${LATENCY_TARGET_MS.p50} and ${LATENCY_TARGET_MS.p95} ms); its incremental re-parse: median ${latency.reparseP50.toFixed(1)} ms (${(latency.p50 / latency.reparseP50).toFixed(1)}× that)`);
if (session) {
  const growth = session.afterMB - session.beforeMB;
  const mb = (n) => `${n.toFixed(0)} MB`;
  log(`memory: ${session.edits} edits of a ${session.kb.toFixed(0)} KB file (${session.seconds.toFixed(0)} s): RSS ${mb(session.beforeMB)} before, ${mb(session.afterMB)} after (${growth >= 0 ? '+' : ''}${mb(growth)}), peak ${mb(session.peakMB)}; growth ${growth <= MEMORY_BOUND_MB ? 'within' : 'OVER'} the bound of ${MEMORY_BOUND_MB} MB, peak ${session.peakMB <= PEAK_BOUND_MB ? 'within' : 'OVER'} the bound of ${PEAK_BOUND_MB} MB`);
  log('  (the server process; before and after: the lowest readings over the first and last tenth of the edits)');
} else if (!only) {
  log('memory: not measured (no /proc to read the server\'s resident memory from)');
}

if (json && only === 'edit') {
  log(JSON.stringify({ editLatencyP50Ms: round(latency.p50), editLatencyP95Ms: round(latency.p95), editReparseP50Ms: round(latency.reparseP50) }));
} else if (json && only === 'repo') {
  log(JSON.stringify({ jobsSpeedup: round(largeTree.jobs1Ms / largeTree.jobsDefaultMs), largeTreeAnalysisToParseRatio: round(largeTree.analysisMs / largeTree.parseMs), largeTreePlannedToParseRatio: round(largeTree.plannedMs / largeTree.parseMs), largeTree }));
} else if (json && only) {
  const r = results[only];
  log(JSON.stringify({ analysisToParseRatio: round(r.analysisMs / r.parseMs), datasets: results }));
} else if (json && editorOnly) {
  log(JSON.stringify({
    editLatencyP50Ms: round(latency.p50),
    editLatencyP95Ms: round(latency.p95),
    editReparseP50Ms: round(latency.reparseP50),
    editLatencyToReparseRatio: round(latency.p50 / latency.reparseP50),
    ...(session && { rssBeforeMB: round(session.beforeMB), rssAfterMB: round(session.afterMB), rssPeakMB: round(session.peakMB), sessionEdits: session.edits }),
  }));
} else if (json) {
  const all = Object.values(results);
  const bytes = all.reduce((s, r) => s + r.bytes, 0);
  const parseMs = all.reduce((s, r) => s + r.parseMs, 0);
  const analysisMs = all.reduce((s, r) => s + r.analysisMs, 0);
  log(JSON.stringify({
    bytes,
    files: all.reduce((s, r) => s + r.files, 0),
    parseMBps: round(bytes / 1e6 / (parseMs / 1000)),
    analysisMBps: round(bytes / 1e6 / (analysisMs / 1000)),
    analysisToParseRatio: round(analysisMs / parseMs),
    editLatencyP50Ms: round(latency.p50),
    editLatencyP95Ms: round(latency.p95),
    editReparseP50Ms: round(latency.reparseP50),
    editLatencyToReparseRatio: round(latency.p50 / latency.reparseP50),
    ...(session && { rssBeforeMB: round(session.beforeMB), rssAfterMB: round(session.afterMB), rssPeakMB: round(session.peakMB), sessionEdits: session.edits }),
    jobsSpeedup: round(largeTree.jobs1Ms / largeTree.jobsDefaultMs),
    planningShare: round(largeTree.planMs / largeTree.jobsDefaultMs),
    largeTreeAnalysisToParseRatio: round(largeTree.analysisMs / largeTree.parseMs),
    largeTreePlannedToParseRatio: round(largeTree.plannedMs / largeTree.parseMs),
    datasets: results,
    largeTree,
  }));
}

// ---------------------------------------------------------------------------------------------------

function round(n) {
  return Math.round(n * 100) / 100;
}

/**
 * The repository-shaped tree: analysis ÷ bare parse in this process (as for the other inputs), the
 * CLI's wall time with --jobs 1 and with the default jobs, and what deciding the split costs.
 */
async function repositoryTree() {
  const dir = join(work, 'repository');
  const { generateRepo } = createRequire(import.meta.url)(join(root, 'test/bench/generate-repo.cjs'));
  generateRepo(dir);
  const { collectFiles } = await loadServer(["export { collectFiles } from './server/src/cli/files';"]);
  const collected = collectFiles([dir], dir, { maxFileSize: 5 * 1024 * 1024 });
  const files = [...collected.headers, ...collected.files];
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const parseMs = await bestOf(LARGE_RUNS, () => {
    for (const file of files) parser.parse(preprocess(file.text).masked).delete();
  });
  let findings = 0;
  const analysisMs = await bestOf(LARGE_RUNS, async () => {
    const workspace = await Workspace.create(collected.roots);
    for (const file of files) workspace.setFile(file.path, file.text);
    findings = workspace.analyze(RULES).findings.length;
    workspace.dispose();
  });
  // What the CLI does from the texts to the findings in one thread (--jobs 1, the reading included).
  const { collectFiles: collect, scanSource, planJobs, runJob, Configurations, RULE_IDS } = createRequire(import.meta.url)(splitBundle);
  const configurations = new Configurations({ rules: {} }, RULE_IDS);
  configurations.readIn(dir);
  let plannedParsedFiles = 0;
  const plannedMs = await bestOf(LARGE_RUNS, async () => {
    const facts = new Map();
    const run = collect([dir], dir, { maxFileSize: 5 * 1024 * 1024, inspect: (file, pre) => facts.set(file.path, scanSource(pre)) });
    const { single } = planJobs(run, configurations, { workers: 1, cores: 1, facts });
    plannedParsedFiles = single.files.filter((file) => !file.macrosOnly).length;
    if ((await runJob(single)).findings.length !== findings) throw new Error('the planned workspace reports differently from one holding every file');
  });
  const cli = join(root, 'bin/wsk-lint.js');
  const lint = (args) => {
    const run = spawnSync(process.execPath, [cli, ...args, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`wsk-lint ${args.join(' ')} failed: ${run.stderr}`);
    return run.stdout;
  };
  // Taken in turns, so that a change in the machine's load weighs on both alike.
  let jobs1Ms = Infinity;
  let jobsDefaultMs = Infinity;
  for (let i = 0; i < LARGE_RUNS; i++) {
    let t0 = performance.now();
    const one = lint(['--jobs', '1']);
    jobs1Ms = Math.min(jobs1Ms, performance.now() - t0);
    t0 = performance.now();
    const all = lint([]);
    jobsDefaultMs = Math.min(jobsDefaultMs, performance.now() - t0);
    if (one !== all) throw new Error('the default jobs and --jobs 1 report differently on the repository-shaped tree');
  }
  const split = measureSplit(dir);
  return { files: files.length, bytes, findings, parseMs, analysisMs, plannedMs, plannedParsedFiles, jobs: availableParallelism(), jobs1Ms, jobsDefaultMs, ...split };
}

/**
 * What the CLI spends deciding the split, in a fresh process (as cold as the CLI's): the scan of every
 * file (during collection) and the planning.
 */
function measureSplit(dir) {
  const script = `
    const { collectFiles, scanSource, planJobs, Configurations, RULE_IDS } = require(process.argv[1]);
    const dir = process.argv[2];
    const now = () => performance.now();
    const configurations = new Configurations({ rules: {} }, RULE_IDS);
    configurations.readIn(dir);
    const facts = new Map();
    let scanMs = 0;
    const collected = collectFiles([dir], dir, { maxFileSize: 5 * 1024 * 1024, inspect: (file, pre) => {
      const t = now();
      facts.set(file.path, scanSource(pre));
      scanMs += now() - t;
    } });
    const cores = require('node:os').availableParallelism();
    const t = now();
    const planned = planJobs(collected, configurations, { workers: cores, cores, facts });
    const planMs = now() - t;
    process.stdout.write(JSON.stringify({ scanMs, planMs, parts: 'parts' in planned ? planned.parts.length : 1 }));
  `;
  const run = spawnSync(process.execPath, ['-e', script, splitBundle, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`measuring the split failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The best time of `runs` runs (no warm-up run). */
async function bestOf(runs, run) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** The best time of RUNS runs (after one warm-up run). */
async function best(run) {
  await run();
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function generate(bytes, name) {
  const out = join(work, name);
  execFileSync(process.execPath, [join(root, 'test/bench/generate-large.cjs'), String(bytes), out], { stdio: 'ignore' });
  return readFileSync(out, 'utf8');
}

/** One .c file per generated chunk, the shared preamble (macros, includes) as a header they include. */
function splitIntoTree(text) {
  const dir = join(work, 'tree');
  mkdirSync(dir, { recursive: true });
  const parts = text.split(/(?=\ntypedef struct _WSK_CLIENT_CONTEXT_\d+ \{)/);
  const preamble = parts.shift();
  const files = [{ path: join(dir, 'wskclient.h'), text: preamble }];
  parts.forEach((chunk, i) => files.push({ path: join(dir, `client${i}.c`), text: `#include "wskclient.h"\n${chunk}` }));
  for (const file of files) writeFileSync(file.path, file.text);
  return files;
}

/**
 * The real server (dist/server.js over stdio, debounce 0), initialized on `folder`: `open` and `change`
 * send the notifications, `waitFor(uri, version)` resolves with the time the diagnostics of that version
 * of the document arrived.
 */
async function startServer(folder) {
  const server = join(root, 'dist/server.js');
  if (!existsSync(server)) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map();
  let notify = () => {};
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.set(`${params.version} ${params.uri}`, performance.now());
    notify();
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const folderUri = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'bench' }], initializationOptions: { debounceMs: 0 }, capabilities: {} });
  connection.sendNotification('initialized', {});
  return {
    pid: child.pid,
    open: (uri, text) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'c', version: 1, text } }),
    change: (uri, version, change) => connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }),
    waitFor: (uri, version) => new Promise((resolve) => {
      const key = `${version} ${uri}`;
      const check = () => (published.has(key) ? resolve(published.get(key)) : (notify = check));
      check();
    }),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}

/** A generated file of `bytes` in a folder of its own, opened in a fresh server (diagnostics awaited). */
async function openGenerated(name, bytes) {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  const text = generate(bytes, `${name}/edited.c`);
  const uri = pathToFileURL(join(folder, 'edited.c')).href;
  const server = await startServer(folder);
  server.open(uri, text);
  await server.waitFor(uri, 1);
  // The edits go inside one function in the middle of the file: its `KeSetEvent(` line.
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('KeSetEvent('));
  const character = lines[line].indexOf('KeSetEvent(') + 'KeSetEvent('.length;
  return { server, uri, text, line, character };
}

/** Median and 95th percentile from didChange to publishDiagnostics, through the real server. */
async function editLatency() {
  const { server, uri, text, line, character } = await openGenerated('edit', 200 * 1024);
  const samples = [];
  for (let version = 2; version < 2 + EDITS; version++) {
    const sent = performance.now();
    server.change(uri, version, toggleSpace(version, line, character));
    const at = await server.waitFor(uri, version);
    if (version > 2) samples.push(at - sent); // the first edit warms the incremental path
  }
  await server.stop();
  samples.sort((a, b) => a - b);
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { bytes: Buffer.byteLength(text), samples: samples.length, p50: pick(0.5), p95: pick(0.95), reparseP50: await reparseTime(text, line, character) };
}

/** The median time of the same edits' incremental re-parse (macro view and tree-sitter, as the server does it), in this process. */
async function reparseTime(text, line, character) {
  const path = join(work, 'edit', 'reparsed.c');
  const workspace = await Workspace.create([join(work, 'edit')]);
  workspace.setFile(path, text);
  workspace.parse(path);
  const lines = text.split('\n');
  const offset = lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const samples = [];
  for (let version = 2; version < 2 + EDITS; version++) {
    workspace.setFile(path, version % 2 === 0 ? `${text.slice(0, offset)} ${text.slice(offset)}` : text);
    const t0 = performance.now();
    workspace.parse(path);
    if (version > 2) samples.push(performance.now() - t0);
  }
  workspace.dispose();
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Version `version`'s edit, typing a space after the call's `(` and deleting it by turns. */
function toggleSpace(version, line, character) {
  return version % 2 === 0
    ? { range: { start: { line, character }, end: { line, character } }, text: ' ' }
    : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
}

/**
 * A long editing session, for leaks: SESSION_EDITS incremental edits of one function in a 200 KB file
 * (the text returns to where it was every four edits), after SESSION_WARMUP edits that let the heap
 * settle. The diagnostics of every SESSION_BATCH-th version are awaited, so the server analyses at least
 * once per batch, and the server's resident memory (VmRSS) is read then. Between two garbage collections
 * it swings by 30 MB, so "before" and "after" are the lowest readings over the first and the last tenth
 * of the session (what stays allocated, which a leak raises); the peak is the process's high-water mark
 * (VmHWM).
 */
async function editingSession() {
  if (!existsSync('/proc/self/status')) return undefined;
  const { server, uri, text, line } = await openGenerated('session', 200 * 1024);
  // Typing an `if` block in two steps, and deleting it in two: while it is open, the function swallows
  // the rest of the file, so consecutive trees differ widely (what one keeps alive is not shared).
  const opening = '    if (Irp == NULL) {\n';
  const rest = '        return STATUS_INVALID_PARAMETER;\n    }\n';
  const at = (l) => ({ line: l, character: 0 });
  const edit = (version) => {
    switch (version % 4) {
      case 2: return { range: { start: at(line), end: at(line) }, text: opening };
      case 3: return { range: { start: at(line + 1), end: at(line + 1) }, text: rest };
      case 0: return { range: { start: at(line + 1), end: at(line + 3) }, text: '' };
      default: return { range: { start: at(line), end: at(line + 1) }, text: '' };
    }
  };
  let version = 1;
  /** Resident memory after each awaited batch, with the number of session edits made by then. */
  const readings = [];
  const run = async (edits, record) => {
    for (let i = 1; i <= edits; i++) {
      version++;
      server.change(uri, version, edit(version));
      if (i % SESSION_BATCH !== 0 && i !== edits) continue;
      await server.waitFor(uri, version);
      if (record) readings.push({ edits: i, mb: memoryOf(server.pid).rssMB });
    }
  };
  await run(SESSION_WARMUP, false);
  const t0 = performance.now();
  await run(SESSION_EDITS, true);
  const seconds = (performance.now() - t0) / 1000;
  const { peakMB } = memoryOf(server.pid);
  await server.stop();
  const tenth = SESSION_EDITS / 10;
  const lowest = (keep) => Math.min(...readings.filter(keep).map((reading) => reading.mb));
  return {
    edits: SESSION_EDITS,
    kb: Buffer.byteLength(text) / 1024,
    beforeMB: lowest((reading) => reading.edits <= tenth),
    afterMB: lowest((reading) => reading.edits > SESSION_EDITS - tenth),
    peakMB,
    seconds,
  };
}

/** A process's resident memory now (VmRSS) and at its highest (VmHWM), in MB, from /proc. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (field) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: kB('VmRSS') / 1024, peakMB: kB('VmHWM') / 1024 };
}
