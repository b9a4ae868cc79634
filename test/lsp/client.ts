// A real LSP client for the tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC with it, as
// an editor does. It records what the server pushes (diagnostics, messages, log lines, work-done
// progress, wsk-lint's own notifications) and answers the server's requests (workspace/configuration,
// client/registerCapability, window/workDoneProgress/create).

import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, ProgressToken, PublishDiagnosticsParams, WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import {
  ConfigurationRequest, DidChangeConfigurationNotification, ExitNotification, InitializedNotification, InitializeRequest,
  LogMessageNotification, PublishDiagnosticsNotification, RegistrationRequest, ShowMessageNotification,
  ShutdownRequest, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol';
import { SERVER_JS } from '../support/build';

export interface ClientOptions {
  /** Workspace folder (a path). */
  readonly folder: string;
  /** Answer workspace/configuration (pull), or only push settings with didChangeConfiguration. */
  readonly pullConfiguration: boolean;
  /** The `wskLint` settings the client answers with. */
  settings?: unknown;
  /** VS Code's `files.exclude` the client answers with. */
  filesExclude?: Record<string, unknown>;
  /** Whether the client shows work-done progress (accepts `window/workDoneProgress/create`). */
  readonly workDoneProgress?: boolean;
}

export interface ProgressEvent {
  readonly token: ProgressToken;
  readonly value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
}

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly shownMessages: string[] = [];
  readonly logs: string[] = [];
  readonly stderr: string[] = [];
  /** Tokens the server created, and the `$/progress` notifications, in order. */
  readonly progressTokens: ProgressToken[] = [];
  readonly progress: ProgressEvent[] = [];
  /** Notifications no other list takes (`wskLint/status`), in order. */
  readonly notifications: { readonly method: string; readonly params: unknown }[] = [];
  private waiters: (() => void)[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(readonly process: ChildProcessWithoutNullStreams, readonly connection: MessageConnection, readonly options: ClientOptions) {
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(() => this.diagnostics.push(params)));
    connection.onNotification(ShowMessageNotification.type, (params) => this.record(() => this.shownMessages.push(params.message)));
    connection.onNotification(LogMessageNotification.type, (params) => this.record(() => this.logs.push(params.message)));
    // `$/progress` for a token nobody subscribed to: here, every work-done progress the server reports.
    connection.onUnhandledProgress((params) => this.record(() => this.progress.push(params as ProgressEvent)));
    connection.onNotification((method, params) => this.record(() => this.notifications.push({ method, params })));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => {
      if (item.section === 'wskLint') return this.options.settings ?? null;
      if (item.section === 'files.exclude') return this.options.filesExclude ?? null;
      return null;
    }));
    connection.onRequest(RegistrationRequest.method, () => null);
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressTokens.push(params.token);
    });
    connection.listen();
  }

  /**
   * `server`: the bundle to run (dist/server.js unless a test gives a copy); `node`: options for the node
   * process (`execArgv` before the script, `env`, `cwd`), by default those of this one.
   */
  static start(options: ClientOptions, server = SERVER_JS, node: { execArgv?: readonly string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {}): LspClient {
    const child = spawn(process.execPath, [...(node.execArgv ?? []), server, '--stdio'], { stdio: 'pipe', env: node.env, cwd: node.cwd });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspClient(child, connection, options);
  }

  async initialize(initializationOptions: Record<string, unknown> = { debounceMs: 0 }): Promise<InitializeResult> {
    const uri = pathToFileURL(this.options.folder).href;
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'ws' }],
      initializationOptions,
      capabilities: {
        window: { workDoneProgress: this.options.workDoneProgress ?? false },
        workspace: { configuration: this.options.pullConfiguration, didChangeConfiguration: { dynamicRegistration: this.options.pullConfiguration } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async changeSettings(settings: unknown, filesExclude?: Record<string, unknown>): Promise<void> {
    this.options.settings = settings;
    if (filesExclude) this.options.filesExclude = filesExclude;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { wskLint: settings, ...(filesExclude ? { files: { exclude: filesExclude } } : {}) } });
  }

  /** Resolves when `accept` holds for what was recorded (checked again on every notification). */
  async waitFor(accept: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!accept()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; published: ${this.publishedSummary()}; stderr: ${this.stderr.join('')}; log: ${this.logs.join('\n')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** The diagnostics published for version `version` of the open document `uri`. */
  async waitForVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    const find = () => this.diagnostics.find((params) => params.uri === uri && params.version === version);
    await this.waitFor(() => find() !== undefined, `diagnostics of ${uri} version ${version}`);
    return find() as PublishDiagnosticsParams;
  }

  /** What was published, one line per publication (the last 50), for failure messages. */
  publishedSummary(): string {
    return this.diagnostics.slice(-50).map((params) => `\n  ${params.uri} v${params.version ?? '-'}: ${params.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line + 1}`).join(' ')}`).join('');
  }

  /** The diagnostics last published for `uri` (undefined: never published). */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.diagnostics.length - 1; i >= 0; i--) if (this.diagnostics[i].uri === uri) return this.diagnostics[i];
    return undefined;
  }

  /** The next diagnostics published for `uri` (after the `after`-th publication) that satisfy `accept`. */
  async waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, after = 0, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.diagnostics.slice(after).find((params) => params.uri === uri && accept(params.diagnostics));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.diagnostics)}; stderr: ${this.stderr.join('')}; log: ${this.logs.join('\n')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** Sends shutdown and exit; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the process if a test failed before stop(). */
  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
    this.connection.dispose();
  }

  private record(push: () => void): void {
    push();
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
