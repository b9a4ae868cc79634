// Protocol robustness of the bundled server (`node dist/server.js --stdio`), driven over raw stdio: the
// bytes are written here, not by vscode-jsonrpc, so that they can be wrong. The server must survive
// malformed JSON-RPC, unknown methods, notifications out of order, a burst of 500 edits (only the last
// version published, nothing stale after it), cancellation and a client that never reads (bounded
// memory), and it must exit on `shutdown`/`exit`, at the end of its input and when its parent dies.
//
// The machine running these tests may be busy: every wait is generous and bounded, and no speed is
// asserted; what is asserted is what the server answers and in which order.

import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt, SERVER_JS } from '../support/build';

const FIXTURES = path.join(__dirname, 'fixtures');
const DRIVER = fs.readFileSync(path.join(FIXTURES, 'driver.c'), 'utf8');
const HEADER = fs.readFileSync(path.join(FIXTURES, 'wskdefs.h'), 'utf8');
/** The same driver with its code blanked out by `#if 0`: no findings. */
const CLEAN = `#if 0\n${DRIVER}#endif\n`;
/** The driver's findings with wskdefs.h beside it (no .wsk-lint.json: every rule at its default). */
const DRIVER_CODES = ['WSK003', 'WSK001', 'WSK002', 'WSK001', 'WSK005'];

const JSONRPC = { InvalidRequest: -32600, MethodNotFound: -32601, InvalidParams: -32602, InternalError: -32603, RequestCancelled: -32800 };

let folder: string;
const servers: RawServer[] = [];
const others: { kill(signal?: NodeJS.Signals): boolean }[] = [];

beforeAll(async () => {
  await ensureBuilt();
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-robust-')));
  fs.writeFileSync(path.join(folder, 'wskdefs.h'), HEADER);
});

afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
  for (const other of others.splice(0)) other.kill('SIGKILL');
});

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** A document of the workspace folder that is not on disk (only the editor has it). */
function uriOf(name: string): string {
  return pathToFileURL(path.join(folder, name)).href;
}

interface Message {
  readonly jsonrpc?: string;
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

/**
 * The server as a child process, spoken to in raw bytes. What it writes is parsed strictly (its own
 * output must always be well framed) and recorded; requests it sends are answered with null.
 */
class RawServer {
  readonly messages: Message[] = [];
  /** Responses by request id. */
  readonly responses = new Map<number | string, Message>();
  /** Output that is not a well-framed JSON-RPC message (must stay empty). */
  readonly badOutput: string[] = [];
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private output: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiters: (() => void)[] = [];

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.take(chunk));
    child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    // Writing to a server that has exited (the exit tests) is not the test's failure.
    child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => {
      resolve({ code, signal });
      this.wake();
    }));
  }

  static start(): RawServer {
    const server = new RawServer(spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: 'pipe' }));
    servers.push(server);
    return server;
  }

  get pid(): number {
    return this.child.pid as number;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Writes bytes as they are; false when the child's input is backed up (as `stream.write`). */
  write(bytes: string | Buffer): boolean {
    return this.child.stdin.write(bytes);
  }

  send(message: Message): boolean {
    return this.write(frame(message));
  }

  /** Sends a request and returns its id (the response arrives in `responses`). */
  post(method: string, params?: unknown): number {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    return id;
  }

  async request(method: string, params?: unknown, timeoutMs = 20_000): Promise<Message> {
    return this.response(this.post(method, params), timeoutMs);
  }

  async response(id: number, timeoutMs = 20_000): Promise<Message> {
    await this.waitFor(() => this.responses.has(id), `the response to request ${id}`, timeoutMs);
    return this.responses.get(id) as Message;
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  async initialize(initializationOptions: Record<string, unknown> = { debounceMs: 0 }, processId: number | null = process.pid): Promise<void> {
    const uri = pathToFileURL(folder).href;
    const response = await this.request('initialize', {
      processId,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'ws' }],
      initializationOptions,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    expect(response.error).toBeUndefined();
    this.notify('initialized', {});
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'c', version, text } });
  }

  /** A didChange notification replacing the whole text. */
  replace(uri: string, text: string, version: number): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The hover on the first `WskControlSocket` of the driver: the server's answer about an open document. */
  async hoverCall(uri: string, text = DRIVER): Promise<Message> {
    const at = text.indexOf('WskControlSocket') + 3;
    const before = text.slice(0, at).split('\n');
    return this.request('textDocument/hover', { textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1].length } });
  }

  /** Every publishDiagnostics for `uri`, in order. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.messages.filter((message) => message.method === 'textDocument/publishDiagnostics').map((message) => message.params as PublishDiagnosticsParams).filter((params) => params.uri === uri);
  }

  async waitForVersion(uri: string, version: number, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const find = () => this.published(uri).find((params) => params.version === version);
    await this.waitFor(() => find() !== undefined, `diagnostics of ${uri} version ${version}`, timeoutMs);
    return find() as PublishDiagnosticsParams;
  }

  /** The window/logMessage lines. */
  logs(): string[] {
    return this.messages.filter((message) => message.method === 'window/logMessage').map((message) => (message.params as { message: string }).message);
  }

  /** Nothing escaped a handler, nothing was written to stderr, every byte of output was well framed. */
  expectClean(): void {
    expect(this.logs().filter((line) => /uncaught|unhandled|failed/i.test(line))).toEqual([]);
    expect(this.stderr).toBe('');
    expect(this.badOutput).toEqual([]);
  }

  /** Resident memory of the server process, in MB. */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
    if (!kb) throw new Error(`no VmRSS in /proc/${this.pid}/status`);
    return Number(kb[1]) / 1024;
  }

  async waitFor(accept: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!accept()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; running: ${this.running}; stderr: ${this.stderr}; log: ${this.logs().join('\n')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
  }

  /** The exit code, waiting at most `timeoutMs` for the process to end. */
  async exitCode(timeoutMs: number): Promise<number | null> {
    const timeout = new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), timeoutMs));
    const exit = await Promise.race([this.exited, timeout]);
    if (exit === 'running') throw new Error(`the server did not exit within ${timeoutMs} ms`);
    expect(exit.signal).toBeNull();
    return exit.code;
  }

  kill(): void {
    if (this.running) this.child.kill('SIGKILL');
  }

  private take(chunk: Buffer): void {
    this.output = this.output.length > 0 ? Buffer.concat([this.output, chunk]) : chunk;
    for (;;) {
      const end = this.output.indexOf('\r\n\r\n');
      if (end < 0) break;
      const header = this.output.toString('latin1', 0, end);
      const length = /^Content-Length: (\d+)$/im.exec(header);
      if (!length) {
        this.badOutput.push(header);
        this.output = Buffer.alloc(0);
        break;
      }
      const bodyEnd = end + 4 + Number(length[1]);
      if (this.output.length < bodyEnd) break;
      const body = this.output.toString('utf8', end + 4, bodyEnd);
      this.output = this.output.subarray(bodyEnd);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch {
        this.badOutput.push(body);
        continue;
      }
      this.messages.push(message);
      if (message.method === undefined && message.id !== undefined && message.id !== null) this.responses.set(message.id, message);
      // A request of the server's (none is expected with these capabilities): answered, so nothing waits.
      else if (message.method !== undefined && message.id !== undefined) this.send({ jsonrpc: '2.0', id: message.id, result: null });
    }
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Bytes from a fixed seed (a small LCG): the same "garbage" on every run. */
function garbage(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A server with the driver open as `uri`, its first diagnostics in. */
async function serverWithDriver(name: string): Promise<{ server: RawServer; uri: string }> {
  const server = RawServer.start();
  await server.initialize();
  const uri = uriOf(name);
  server.open(uri, DRIVER);
  expect(codes((await server.waitForVersion(uri, 1)).diagnostics)).toEqual(DRIVER_CODES);
  // The first check of the workspace is over (its last word is logged): what comes next is the test's.
  await server.waitFor(() => server.logs().some((line) => line.startsWith('wsk-lint: checked ')), 'the end of the first check');
  return { server, uri };
}

// Each test waits at most 20 s for any one answer; a busy machine may need several such waits.
describe('protocol robustness', { timeout: 90_000 }, () => {
  test('malformed JSON-RPC on stdin is skipped and the server goes on serving', async () => {
    const { server, uri } = await serverWithDriver('malformed.c');
    const hoverText = async (): Promise<string> => {
      const response = await server.hoverCall(uri);
      expect(response.error).toBeUndefined();
      return JSON.stringify(response.result);
    };
    const expected = await hoverText();
    expect(expected).toContain('WskControlSocket');
    const skippedLogs = () => server.logs().filter((line) => line.includes('skipped input that is not a JSON-RPC message')).length;
    const rulesRequest = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'wskLint/rules' });

    // Each bad input, then a valid request: answered as before, by a server still running.
    const cases: { name: string; bytes: Buffer | string; skipped: boolean }[] = [
      { name: 'a header without Content-Length', bytes: `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${rulesRequest(9001)}`, skipped: true },
      { name: 'a non-numeric Content-Length', bytes: `Content-Length: forty-two\r\n\r\n${rulesRequest(9002)}`, skipped: true },
      { name: 'a negative Content-Length', bytes: `Content-Length: -5\r\n\r\n${rulesRequest(9003)}`, skipped: true },
      { name: 'a header line without a colon', bytes: `Content-Length: 10\r\nnonsense\r\n\r\n${rulesRequest(9004)}`, skipped: true },
      { name: 'a header too long to be one', bytes: 'X'.repeat(20_000), skipped: true },
      { name: 'a body that is not JSON', bytes: 'Content-Length: 12\r\n\r\n{"jsonrpc":,', skipped: false },
      { name: 'a Content-Length shorter than its body', bytes: `Content-Length: 20\r\n\r\n${rulesRequest(9005)}`, skipped: true },
      { name: 'a JSON array', bytes: frame([1, 2, 3]), skipped: false },
      { name: 'a JSON number', bytes: frame(42), skipped: false },
      { name: 'JSON null', bytes: frame(null), skipped: false },
      { name: 'an object without method or result', bytes: frame({ jsonrpc: '2.0', id: 9006 }), skipped: false },
      { name: 'a response to no request', bytes: frame({ jsonrpc: '2.0', id: 9007, result: { x: 1 } }), skipped: false },
      { name: 'a method that is not a string', bytes: frame({ jsonrpc: '2.0', id: 9008, method: 17 }), skipped: false },
      { name: 'a notification with params null', bytes: frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: null }), skipped: false },
      { name: 'garbage bytes', bytes: garbage(3000, 7), skipped: true },
      { name: 'garbage with blank lines in it', bytes: Buffer.concat([garbage(500, 11), Buffer.from('\r\n\r\n:\r\n\r\ncontent-length\r\n\r\n'), garbage(500, 13)]), skipped: true },
    ];
    for (const bad of cases) {
      const before = skippedLogs();
      server.write(bad.bytes);
      expect(await hoverText(), bad.name).toBe(expected);
      expect(server.running, bad.name).toBe(true);
      if (bad.skipped) expect(skippedLogs(), bad.name).toBeGreaterThan(before);
      // What was skipped is not half-read as a request: no response to the ids inside it.
      for (const id of [9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008]) expect(server.responses.has(id), `${bad.name}: ${id}`).toBe(false);
    }

    // Garbage between two valid messages written at once: both answered.
    const first = frame({ jsonrpc: '2.0', id: 9100, method: 'wskLint/rules' });
    const second = frame({ jsonrpc: '2.0', id: 9101, method: 'wskLint/ruleDocumentation', params: { rule: 'WSK001' } });
    server.write(Buffer.concat([first, garbage(777, 3), Buffer.from('\r\n\r\n'), second]));
    expect(((await server.response(9100)).result as unknown[]).length).toBeGreaterThan(5);
    expect((await server.response(9101)).result).toMatchObject({ rule: 'WSK001' });

    // Requests with params that are not what the method takes: an error or an empty answer, never a crash.
    const nullParams = await server.request('textDocument/hover', null);
    expect([JSONRPC.InvalidParams, JSONRPC.InternalError]).toContain(nullParams.error?.code);
    expect((await server.request('textDocument/codeAction', { range: 7 })).error?.code).toBe(JSONRPC.InvalidParams);
    expect((await server.request('textDocument/hover', { textDocument: { uri: 'file:///x.c' }, position: { line: 'one' } })).error?.code).toBe(JSONRPC.InvalidParams);
    expect((await server.request('wskLint/ruleDocumentation', 'WSK001')).result ?? null).toBeNull();

    expect(await hoverText()).toBe(expected);
    expect(server.running).toBe(true);
    // None of wsk-lint's handlers failed (the library's own document sync logs a null-params didChange).
    expect(server.logs().filter((line) => /uncaught|unhandled|wsk-lint: \w+ failed/i.test(line))).toEqual([]);
    expect(server.stderr).toBe('');
    expect(server.badOutput).toEqual([]);
    const shutdown = await server.request('shutdown');
    expect(shutdown.error).toBeUndefined();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(0);
  });

  test('unknown methods: a request is answered MethodNotFound, a notification is ignored', async () => {
    const { server, uri } = await serverWithDriver('unknown.c');
    const unknown = await server.request('wskLint/noSuchRequest', { x: 1 });
    expect(unknown.error?.code).toBe(JSONRPC.MethodNotFound);
    expect(unknown.result).toBeUndefined();
    // `$/` requests the server does not know must be answered MethodNotFound too.
    expect((await server.request('$/noSuchRequest', {})).error?.code).toBe(JSONRPC.MethodNotFound);
    const before = server.messages.length;
    server.notify('wskLint/noSuchNotification', { x: 1 });
    server.notify('$/noSuchNotification', { x: 1 });
    const answered = await server.hoverCall(uri);
    expect(JSON.stringify(answered.result)).toContain('WskControlSocket');
    // Nothing answered, logged or shown for the notifications: the hover's response is all that came.
    expect(server.messages.slice(before)).toEqual([answered]);
    server.expectClean();
    expect((await server.request('shutdown')).error).toBeUndefined();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(0);
  });

  test('notifications out of order: no crash, empty answers, and a later open is right', async () => {
    const server = RawServer.start();
    await server.initialize();
    const uri = uriOf('order.c');
    // A change before the open: the server has no document to change, and ignores it.
    server.replace(uri, DRIVER, 5);
    // A close of a document never opened.
    server.close(uriOf('never-opened.c'));
    // Requests on documents never opened: one not on disk, one on disk (the index has it).
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    for (const other of [uriOf('never-opened.c'), uriOf('wskdefs.h')]) {
      const hover = await server.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 1, character: 10 } });
      expect(hover).toMatchObject({ result: null });
      const actions = await server.request('textDocument/codeAction', { textDocument: { uri: other }, range, context: { diagnostics: [] } });
      expect(actions).toMatchObject({ result: [] });
    }

    // Opened twice: the second open's text stands.
    server.open(uri, CLEAN, 1);
    expect((await server.waitForVersion(uri, 1)).diagnostics).toEqual([]);
    server.open(uri, DRIVER, 2);
    const reopened = await server.waitForVersion(uri, 2);
    expect(codes(reopened.diagnostics)).toEqual(DRIVER_CODES);
    // A change to an older version than the document's: taken as the client's text (the server does
    // not guess), published with the version the client gave, and the server goes on.
    const count = server.published(uri).length;
    server.replace(uri, CLEAN, 1);
    await server.waitFor(() => server.published(uri).length > count, 'diagnostics after the older version');
    expect(server.published(uri).slice(count)).toEqual([{ uri, version: 1, diagnostics: [] }]);
    const hover = await server.hoverCall(uri, CLEAN);
    expect(hover.error).toBeUndefined();
    // Closed and opened again as a client should: the diagnostics are those of a first open.
    server.close(uri);
    server.open(uri, DRIVER, 10);
    const fresh = await server.waitForVersion(uri, 10);
    expect(fresh.diagnostics).toEqual(reopened.diagnostics);
    expect(JSON.stringify((await server.hoverCall(uri)).result)).toContain('WskControlSocket');
    // The change sent before the open was never taken: no diagnostics ever carried its version.
    expect(server.published(uri).map((params) => params.version)).not.toContain(5);
    server.expectClean();
    expect((await server.request('shutdown')).error).toBeUndefined();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(0);
  });

  /**
   * 500 didChange notifications written at once: 499 edits of a comment in a document whose code is
   * blanked out by `#if 0`, then the 500th turns it into `#if 1` (the only version with findings).
   * Returns how many diagnostics the burst's versions got.
   */
  async function burst(initializationOptions: Record<string, unknown>): Promise<number> {
    const server = RawServer.start();
    await server.initialize(initializationOptions);
    const uri = uriOf('burst.c');
    const text = (edit: number) => `// edit ${edit}\n${CLEAN}`;
    server.open(uri, text(0), 1);
    expect((await server.waitForVersion(uri, 1)).diagnostics).toEqual([]);
    const edits: Buffer[] = [];
    const lineRange = (line: number, length: number) => ({ start: { line, character: 0 }, end: { line, character: length } });
    for (let version = 2; version <= 500; version++) {
      const change = { range: lineRange(0, `// edit ${version - 2}`.length), text: `// edit ${version - 1}` };
      edits.push(frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [change] } }));
    }
    edits.push(frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 501 }, contentChanges: [{ range: lineRange(1, 5), text: '#if 1' }] } }));
    expect(edits).toHaveLength(500);
    const before = server.published(uri).length;
    server.write(Buffer.concat(edits));

    const last = await server.waitForVersion(uri, 501);
    // Long enough for anything stale still queued to come out.
    await sleep(1500);
    const published = server.published(uri).slice(before);
    const versions = published.map((params) => params.version as number);
    // Versions only go up, each is published once at most, and the last version's diagnostics are the
    // last word.
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(501);
    expect(published.at(-1)).toEqual(last);
    // Every version before the last was clean; the last has the driver's findings.
    for (const params of published.slice(0, -1)) if (params.version !== 501) expect(params.diagnostics, `version ${params.version}`).toEqual([]);
    expect(codes(last.diagnostics)).toEqual(DRIVER_CODES);
    // The same text opened afresh gets the same diagnostics.
    server.close(uri);
    server.open(uri, `// edit 499\n${CLEAN.replace('#if 0', '#if 1')}`, 1000);
    expect((await server.waitForVersion(uri, 1000)).diagnostics).toEqual(last.diagnostics);
    server.expectClean();
    expect((await server.request('shutdown')).error).toBeUndefined();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(0);
    return published.length;
  }

  test('500 edits in a burst, default debounce: only the last version is published, nothing stale after it', async () => {
    const count = await burst({});
    console.log(`burst of 500 edits, default debounce: ${count} publications`);
    // The debounce (150 ms as shipped) folds the burst: a few publications at most, not one per edit.
    expect(count).toBeLessThan(50);
  });

  test('500 edits in a burst, debounce 0: the last version is published last and right', async () => {
    const count = await burst({ debounceMs: 0 });
    console.log(`burst of 500 edits, debounce 0: ${count} publications`);
    // Each run answers the version it finds, so some of the burst's versions get none.
    expect(count).toBeLessThan(500);
  });

  test('cancelled requests are answered once each (a result or RequestCancelled) and the server goes on', async () => {
    const { server, uri } = await serverWithDriver('cancel.c');
    const range = { start: { line: 0, character: 0 }, end: { line: DRIVER.split('\n').length, character: 0 } };
    const requests: { method: string; params: unknown }[] = [
      { method: 'textDocument/codeAction', params: { textDocument: { uri }, range, context: { diagnostics: [] } } },
      { method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 7, character: 30 } } },
      { method: 'wskLint/analyzeWorkspace', params: undefined },
      { method: 'wskLint/rules', params: undefined },
    ];
    // Each request followed at once by its cancellation, all in one write; and a cancellation of no request.
    const bytes: Buffer[] = [frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 424242 } })];
    const ids: number[] = [];
    for (let i = 0; i < 100; i++) {
      const { method, params } = requests[i % requests.length];
      const id = 5000 + i;
      ids.push(id);
      bytes.push(frame({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }));
      bytes.push(frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } }));
    }
    server.write(Buffer.concat(bytes));
    await server.waitFor(() => ids.every((id) => server.responses.has(id)), 'an answer to every cancelled request', 60_000);
    let cancelled = 0;
    for (const id of ids) {
      const response = server.responses.get(id) as Message;
      if (response.error) {
        expect(response.error.code, `request ${id}`).toBe(JSONRPC.RequestCancelled);
        cancelled++;
      } else {
        expect(response.result, `request ${id}`).not.toBeUndefined();
      }
    }
    console.log(`cancellation: ${cancelled} of ${ids.length} requests answered RequestCancelled, the others with their result`);
    // One answer per request: no duplicates, nothing for the unknown id.
    expect(server.messages.filter((message) => message.method === undefined && typeof message.id === 'number' && message.id >= 5000)).toHaveLength(ids.length);
    expect(server.responses.has(424242)).toBe(false);
    // Still serving, and the document's diagnostics unchanged by the re-check analyzeWorkspace started.
    expect(JSON.stringify((await server.hoverCall(uri)).result)).toContain('WskControlSocket');
    expect(codes((server.published(uri).at(-1) as PublishDiagnosticsParams).diagnostics)).toEqual(DRIVER_CODES);
    server.expectClean();
    expect((await server.request('shutdown')).error).toBeUndefined();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(0);
  });

  test('a client that never reads: the server stops reading its input and its memory stays bounded', async () => {
    const server = RawServer.start();
    await server.initialize();
    const rules = ((await server.request('wskLint/rules')).result as { id: string }[]).map((rule) => rule.id);
    for (const rule of rules) expect((await server.request('wskLint/ruleDocumentation', { rule })).result).toMatchObject({ rule });
    await server.waitFor(() => server.logs().some((line) => line.startsWith('wsk-lint: checked ')), 'the end of the first check');
    const baseline = server.rssMb();
    const bound = baseline + 150;

    // The client stops reading; each request (~100 bytes) asks for a rule's documentation (kilobytes).
    // A server that read on would take in all 50 MB and queue replies without end; this one stops
    // reading once 8 MB of replies wait, and the client's writes block.
    server.child.stdout.pause();
    const target = 50 * 1024 * 1024;
    const firstId = 100_000;
    let sent = 0;
    let written = 0;
    let peak = baseline;
    let stalled = false;
    const sample = () => {
      peak = Math.max(peak, server.rssMb());
      return peak <= bound;
    };
    while (written < target) {
      const bytes = frame({ jsonrpc: '2.0', id: firstId + sent, method: 'wskLint/ruleDocumentation', params: { rule: rules[sent % rules.length] } });
      sent++;
      written += bytes.length;
      const flowing = server.write(bytes);
      if (sent % 1000 === 0 && !sample()) break;
      if (flowing) continue;
      // Blocked: wait for the server to take more, or conclude that it stopped reading.
      const drained = await Promise.race([new Promise<boolean>((resolve) => server.child.stdin.once('drain', () => resolve(true))), sleep(5000).then(() => false)]);
      if (!sample()) break;
      if (!drained) {
        stalled = true;
        break;
      }
    }
    // Held there a while, the server's memory does not move.
    for (let i = 0; i < 4; i++) {
      await sleep(500);
      sample();
    }
    console.log(`never-reading client: wrote ${(written / 1024 / 1024).toFixed(1)} MB (${sent} requests) before its writes blocked; server RSS ${baseline.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB (bound ${bound.toFixed(0)} MB)`);
    expect(peak).toBeLessThanOrEqual(bound);
    expect(stalled).toBe(true);
    expect(written).toBeLessThan(target);
    expect(server.running).toBe(true);

    // The client reads again: every request is answered, in order, and the server is itself again.
    server.child.stdout.resume();
    await server.waitFor(() => server.responses.has(firstId + sent - 1), 'the answers to every request', 120_000);
    for (let i = 0; i < sent; i++) {
      const response = server.responses.get(firstId + i);
      if (response?.error !== undefined || (response?.result as { rule?: string } | undefined)?.rule !== rules[i % rules.length]) {
        throw new Error(`request ${firstId + i} (${rules[i % rules.length]}) was answered ${JSON.stringify(response)}`);
      }
    }
    expect((await server.request('wskLint/rules')).result).toHaveLength(rules.length);
    const after = server.rssMb();
    console.log(`never-reading client: after reading everything, server RSS ${after.toFixed(0)} MB`);
    expect(after).toBeLessThanOrEqual(bound);
    server.expectClean();
    expect((await server.request('shutdown')).error).toBeUndefined();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(0);
  }, 240_000);

  test('shutdown then exit: exit code 0; requests after shutdown are refused with InvalidRequest', async () => {
    const { server, uri } = await serverWithDriver('shutdown.c');
    const shutdown = await server.request('shutdown');
    expect(shutdown).toMatchObject({ result: null });
    expect(shutdown.error).toBeUndefined();
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 30 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }],
      ['wskLint/rules', undefined],
      ['wskLint/ruleDocumentation', { rule: 'WSK001' }],
      ['wskLint/analyzeWorkspace', undefined],
    ] as const) {
      expect((await server.request(method, params)).error?.code, method).toBe(JSONRPC.InvalidRequest);
    }
    // Notifications after shutdown change nothing (no analysis runs any more).
    const count = server.published(uri).length;
    server.replace(uri, CLEAN, 2);
    expect((await server.request('wskLint/rules')).error?.code).toBe(JSONRPC.InvalidRequest);
    await sleep(500);
    expect(server.published(uri)).toHaveLength(count);
    expect(server.running).toBe(true);
    server.expectClean();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(0);
  });

  test('exit without shutdown: exit code 1', async () => {
    const server = RawServer.start();
    await server.initialize();
    server.notify('exit');
    expect(await server.exitCode(15_000)).toBe(1);
    server.expectClean();
  });

  test('the end of its input ends the server: code 1 without shutdown, 0 after it', async () => {
    const plain = RawServer.start();
    await plain.initialize();
    const afterShutdown = RawServer.start();
    await afterShutdown.initialize();
    expect((await afterShutdown.request('shutdown')).error).toBeUndefined();
    plain.child.stdin.end();
    afterShutdown.child.stdin.end();
    expect(await plain.exitCode(15_000)).toBe(1);
    expect(await afterShutdown.exitCode(15_000)).toBe(0);
  });

  test('the process named by processId dies: the server exits (the library checks every 3 s)', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    others.push(parent);
    const parentGone = new Promise((resolve) => parent.on('exit', resolve));
    const server = RawServer.start();
    await server.initialize({ debounceMs: 0 }, parent.pid as number);
    expect((await server.request('wskLint/rules')).error).toBeUndefined();
    parent.kill('SIGKILL');
    await parentGone;
    // Our stdin stays open: only the check of the parent ends the server.
    expect(await server.exitCode(20_000)).toBe(1);
  });

  test('its parent dies (SIGKILL): the end of stdin ends the server', async () => {
    // A parent of our own that starts the server, initializes it (no processId: only stdin can tell),
    // prints its pid, and then is killed without a chance to close anything.
    const script = `
      const { spawn } = require('node:child_process');
      const server = spawn(process.execPath, [${JSON.stringify(SERVER_JS)}, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      server.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
      let output = '';
      server.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('"id":1,"result"')) console.log('server pid ' + server.pid);
      });
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    others.push(parent);
    let output = '';
    const pid = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no server pid from the parent: ${output}`)), 30_000);
      parent.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /server pid (\d+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      });
    });
    expect(alive(pid)).toBe(true);
    others.push({ kill: () => { if (alive(pid)) process.kill(pid, 'SIGKILL'); return true; } });
    parent.kill('SIGKILL');
    const deadline = Date.now() + 15_000;
    while (alive(pid) && Date.now() < deadline) await sleep(100);
    expect(alive(pid)).toBe(false);
  });
});

/** Whether a process runs (a zombie, ended but not yet reaped by its new parent, does not). */
function alive(pid: number): boolean {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // The state follows the command name in parentheses: `pid (comm) S ...`.
  return !/^\S+ \(.*\) [ZX]/.test(stat);
}
