// Speed figures, measured in one run on the same inputs (the machines are noisy: compare the ratios).
//   npm run bench [-- --json] [-- --quick]
// Inputs, generated from test/bench/generate-large.cjs (a WDK-style WSK client):
//   - one 2 MB file;
//   - a tree of the same code split into one .c file per chunk (300+ files) sharing a header of macros.
// For each: "bare parse" = driver-macro masking + a full tree-sitter parse of every file; "analysis" =
// everything from text to findings (parsing, macro views, declarations, CFGs, path engine, rules).
// Each figure is the best of several runs. Then the language server, over stdio with debounce 0: the
// latency from a didChange of one function in a 200 KB file to the publishDiagnostics that follows.
// `--json` prints the figures as one JSON object on the last line.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadServer, root } from './load-server.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const EDITS = quick ? 11 : 41;
const log = (line) => process.stdout.write(`${line}\n`);

const { Workspace, RULES, preprocess, loadParser } = await loadServer([
  "export { Workspace } from './server/src/analysis/workspace';",
  "export { RULES } from './server/src/rules/index';",
  "export { preprocess } from './server/src/parse/preprocess';",
  "export { loadParser } from './server/src/parse/treeSitter';",
]);

const work = mkdtempSync(join(tmpdir(), 'wsk-lint-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const large = generate(2 * 1024 * 1024, 'large.c');
const tree = splitIntoTree(large);
const parser = await loadParser();

const results = {};
for (const [name, files] of [['file', [{ path: join(work, 'large.c'), text: large }]], ['tree', tree]]) {
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

const latency = await editLatency();

for (const [name, r] of Object.entries(results)) {
  const mb = r.bytes / 1e6;
  log(`${name === 'file' ? 'one 2 MB file' : `tree of ${r.files} files`}: ${mb.toFixed(2)} MB, ${r.findings} findings`);
  log(`  bare parse ${r.parseMs.toFixed(0)} ms (${(mb / (r.parseMs / 1000)).toFixed(2)} MB/s), analysis ${r.analysisMs.toFixed(0)} ms (${(mb / (r.analysisMs / 1000)).toFixed(2)} MB/s per core), analysis ÷ parse = ${(r.analysisMs / r.parseMs).toFixed(2)}`);
}
log(`edit of one function in a ${(latency.bytes / 1024).toFixed(0)} KB file → publishDiagnostics (${latency.samples} edits, debounce 0): median ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`);

if (json) {
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
    datasets: results,
  }));
}

// ---------------------------------------------------------------------------------------------------

function round(n) {
  return Math.round(n * 100) / 100;
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

/** Median and 95th percentile from didChange to publishDiagnostics, through the real server. */
async function editLatency() {
  const server = join(root, 'dist/server.js');
  if (!existsSync(server)) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-jsonrpc/node');
  const folder = join(work, 'edit');
  mkdirSync(folder, { recursive: true });
  const text = generate(200 * 1024, 'edit/edited.c');
  const uri = pathToFileURL(join(folder, 'edited.c')).href;
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map();
  let notify = () => {};
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri === uri) {
      published.set(params.version, performance.now());
      notify();
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const folderUri = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'bench' }], initializationOptions: { debounceMs: 0 }, capabilities: {} });
  connection.sendNotification('initialized', {});
  const waitFor = (version) => new Promise((resolve) => {
    const check = () => (published.has(version) ? resolve(published.get(version)) : (notify = check));
    check();
  });
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'c', version: 1, text } });
  await waitFor(1);
  // Edit inside one function in the middle of the file: toggle a space after a call's `(`.
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('KeSetEvent('));
  const character = lines[line].indexOf('KeSetEvent(') + 'KeSetEvent('.length;
  const samples = [];
  for (let version = 2; version < 2 + EDITS; version++) {
    const insert = version % 2 === 0;
    const range = insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
    const sent = performance.now();
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? ' ' : '' }] });
    const at = await waitFor(version);
    if (version > 2) samples.push(at - sent); // the first edit warms the incremental path
  }
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  child.kill();
  samples.sort((a, b) => a - b);
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { bytes: Buffer.byteLength(text), samples: samples.length, p50: pick(0.5), p95: pick(0.95) };
}
