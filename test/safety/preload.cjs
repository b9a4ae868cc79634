// Loaded with `node --require` into the language server or the CLI under test (safety.test.ts), and into
// their worker threads. Every way Node has to reach the network (sockets, servers, UDP, DNS, TLS, HTTP,
// fetch) or to run a program (child_process) is replaced by a function that reports the attempt and
// throws. Every way to create, change or delete a file reports the path and goes on: the test compares
// the paths with those the run may write. Loading `net` (the stdio transport does) stays possible; so do
// stdin and stdout as pipes, which Node wraps in net.Socket objects without connecting anything.
//
// The report goes to the file named by WSK_SAFETY_REPORT, one JSON object a line: { kind: "loaded" }
// once per thread, { kind: "forbidden", what } per attempt, { kind: "write", what, path } per write.

'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { fileURLToPath } = require('node:url');
const { isMainThread } = require('node:worker_threads');

const REPORT = process.env.WSK_SAFETY_REPORT;
if (!REPORT) throw new Error('preload.cjs: WSK_SAFETY_REPORT (the report file) is not set');
// Opened before fs is patched, and written with writeSync (never patched): the report is not a write
// of the run, and reporting cannot recurse.
const reportFd = fs.openSync(REPORT, 'a');
const report = (entry) => fs.writeSync(reportFd, `${JSON.stringify({ pid: process.pid, thread: isMainThread ? 'main' : 'worker', ...entry })}\n`);
report({ kind: 'loaded' });

/** Replaces `object[name]` (when it is a function) by one that reports `what` and throws. */
function forbid(object, name, what) {
  if (typeof object[name] !== 'function') return;
  object[name] = function forbidden() {
    report({ kind: 'forbidden', what });
    throw new Error(`wsk-lint safety test: ${what} is forbidden`);
  };
}

const net = require('node:net');
forbid(net.Socket.prototype, 'connect', 'net.Socket#connect');
forbid(net, 'connect', 'net.connect');
forbid(net, 'createConnection', 'net.createConnection');
forbid(net.Server.prototype, 'listen', 'net.Server#listen');

const dgram = require('node:dgram');
for (const name of ['bind', 'send', 'connect']) forbid(dgram.Socket.prototype, name, `dgram.Socket#${name}`);

const dns = require('node:dns');
const isLookup = (name) => name === 'lookup' || name === 'lookupService' || name === 'reverse' || name.startsWith('resolve');
for (const [object, prefix] of [[dns, 'dns'], [dns.Resolver.prototype, 'dns.Resolver#'], [dns.promises, 'dns.promises'], [dns.promises.Resolver.prototype, 'dns.promises.Resolver#']]) {
  for (const name of new Set([...Object.keys(object), ...Object.getOwnPropertyNames(object)])) {
    if (isLookup(name)) forbid(object, name, prefix.endsWith('#') ? `${prefix}${name}` : `${prefix}.${name}`);
  }
}

forbid(require('node:tls'), 'connect', 'tls.connect');
for (const [module, name] of [[require('node:http'), 'http'], [require('node:https'), 'https']]) {
  forbid(module, 'request', `${name}.request`);
  forbid(module, 'get', `${name}.get`);
}
forbid(require('node:http2'), 'connect', 'http2.connect');
forbid(globalThis, 'fetch', 'fetch');

const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) forbid(childProcess, name, `child_process.${name}`);

/** A path argument as an absolute path; undefined for a file descriptor or a FileHandle. */
function pathOf(target) {
  if (typeof target === 'string') return path.resolve(target);
  if (Buffer.isBuffer(target)) return path.resolve(target.toString());
  if (target instanceof URL) return fileURLToPath(target);
  return undefined;
}

const WRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_TRUNC;
/** Whether open flags (`'r'`, `'w+'`, `fs.constants.O_RDWR`, …) allow changing the file. */
function writes(flags) {
  if (typeof flags === 'number') return (flags & WRITE_FLAGS) !== 0;
  if (typeof flags === 'string') return /[wa+]/.test(flags);
  return false; // omitted (a callback in its place): read-only
}

/** Wraps `object[name]` to report the path it writes (its first argument) when `isWrite(args)` holds. */
function watch(object, name, what, isWrite = () => true) {
  const original = object[name];
  if (typeof original !== 'function') return;
  object[name] = function watched(...args) {
    const target = pathOf(args[0]);
    if (target !== undefined && isWrite(args)) report({ kind: 'write', what, path: target });
    return original.apply(this, args);
  };
}

const CHANGES = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'symlink', 'link', 'truncate', 'chmod', 'utimes'];
for (const name of CHANGES) {
  watch(fs, name, `fs.${name}`);
  watch(fs, `${name}Sync`, `fs.${name}Sync`);
  watch(fs.promises, name, `fs.promises.${name}`);
}
watch(fs, 'createWriteStream', 'fs.createWriteStream');
watch(fs, 'open', 'fs.open', (args) => writes(args[1]));
watch(fs, 'openSync', 'fs.openSync', (args) => writes(args[1]));
watch(fs.promises, 'open', 'fs.promises.open', (args) => writes(args[1]));
