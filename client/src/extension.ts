// The VS Code face of wsk-lint: starts the bundled language server (dist/server.js) over stdio and
// keeps it in step with the `wskLint.*` settings; its commands (rule documentation, restart, analyse
// the workspace), a status-bar item and the "wsk-lint" output. Everything that needs analysis or rule
// docs asks the server over LSP (protocol.ts); this file never imports server code.
//
// Failures are told once, in words, with a Restart action: the server failing to start (its reason,
// e.g. the C parser not loading, comes from `initialize`), or stopping again and again (restarted up
// to MAX_RESTARTS times in RESTART_WINDOW_MS first). The details stay in the output.

import * as vscode from 'vscode';
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind } from 'vscode-languageclient/node';
import { COMMANDS, RULE_DOCUMENTATION_URI } from './commands';
import { DOC_SCHEME, RuleDocs } from './docs';
import type { AnalyzeWorkspaceResult, InitializationOptions, Status } from './protocol';
import { ANALYZE_WORKSPACE_REQUEST, STATUS_NOTIFICATION } from './protocol';
import { StatusItem } from './status';
import { TraceChannel } from './trace';

/** Also the prefix of the settings: vscode-languageclient reads `wskLint.trace.server` by this ID. */
const CLIENT_ID = 'wskLint';
const CLIENT_NAME = 'wsk-lint';

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** The running server and what was made for it (the client does not dispose the file watchers it is given). */
let session: { client: WskLanguageClient; watchers: vscode.FileSystemWatcher[] } | undefined;
/** One log for the whole session, so that it survives a failed start and later restarts. */
let output: vscode.LogOutputChannel;
let trace: TraceChannel;
let status: StatusItem;
/** Start and stop in order, however fast the setting is toggled or the commands are run. */
let transition: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  trace = new TraceChannel(output, () => vscode.workspace.getConfiguration(CLIENT_ID).get<string>('trace.server', 'off'));
  status = new StatusItem(COMMANDS);
  const docs = new RuleDocs(runningClient);
  context.subscriptions.push(
    output,
    trace,
    status,
    docs,
    vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, docs),
    vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, (rule?: unknown) => command('show the rule documentation', async () => {
      if (!(await docs.show(rule))) notRunning();
    })),
    vscode.commands.registerCommand(COMMANDS.restart, () => enqueue(async () => {
      await stopClient();
      if (isEnabled()) await startClient(context);
      else void vscode.window.showInformationMessage('wsk-lint is turned off: set "wskLint.enable" to true to start it.');
    })),
    vscode.commands.registerCommand(COMMANDS.analyzeWorkspace, () => command('analyse the workspace', async () => {
      const client = await runningClient();
      if (!client) return notRunning();
      const result = await client.sendRequest<AnalyzeWorkspaceResult>(ANALYZE_WORKSPACE_REQUEST);
      if (result.files === 0) void vscode.window.showInformationMessage('wsk-lint found no .c or .h file in the workspace folders.');
    })),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${CLIENT_ID}.trace.server`)) trace.update();
      if (event.affectsConfiguration(`${CLIENT_ID}.enable`)) void applyEnablement(context);
    }),
  );
  return applyEnablement(context);
}

export function deactivate(): Promise<void> {
  return enqueue(stopClient);
}

/** `wskLint.enable: false` stops the server, which clears its diagnostics; `true` starts it again. */
function applyEnablement(context: vscode.ExtensionContext): Promise<void> {
  return enqueue(async () => {
    const enabled = isEnabled();
    if (enabled && !session) await startClient(context);
    else if (!enabled && session) await stopClient();
    if (!enabled) status.hide();
  });
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // Closed files count too: headers define macros and types, .wsk-lint.json sets the rules, and the
  // build files say where the headers are.
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.{c,h}'),
    vscode.workspace.createFileSystemWatcher('**/.wsk-lint.json'),
    vscode.workspace.createFileSystemWatcher('**/{*.vcxproj,*.props,*.sln,compile_commands.json}'),
  ];
  const initializationOptions: InitializationOptions = { ruleDocumentationUri: RULE_DOCUMENTATION_URI, statusNotifications: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'c' },
      // VS Code gives .h files the language cpp: take headers by pattern, and no other C++ file.
      { scheme: 'file', language: 'cpp', pattern: '**/*.h' },
      { scheme: 'untitled', language: 'c' },
    ],
    synchronize: { configurationSection: CLIENT_ID, fileEvents: watchers },
    outputChannel: output,
    traceOutputChannel: trace,
    initializationOptions,
    // The reason of a failed `initialize` is told by startClient, with a Restart action.
    initializationFailedHandler: () => false,
    errorHandler: new RestartLimit(() => ran, (reason) => void enqueue(async () => {
      if (session?.client !== client) return; // already stopped or replaced
      await stopClient();
      reportFailure(reason);
    })),
  };
  let ran = false;
  const client = new WskLanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  client.onNotification(STATUS_NOTIFICATION, (params: Status) => status.update(params));
  // Whatever stops the server (a crash it is restarted after, a stop) ends the busy state it reported.
  client.onDidChangeState((event) => {
    if (event.newState === State.Running) ran = true;
    else status.hide();
  });
  session = { client, watchers };
  status.hide();
  try {
    await client.start();
  } catch (error) {
    await stopClient();
    reportFailure(startFailure(error));
  }
}

async function stopClient(): Promise<void> {
  const running = session;
  session = undefined;
  if (!running) return;
  for (const watcher of running.watchers) watcher.dispose();
  // A client that failed to start rejects here too; there is nothing more to stop.
  await running.client.dispose().catch(() => undefined);
}

/** The client once it is running (after any start or stop under way), or undefined. */
async function runningClient(): Promise<WskLanguageClient | undefined> {
  await transition;
  return session?.client.state === State.Running ? session.client : undefined;
}

/** Tells the user the server is not running (and why it may be so), with a way to start it. */
function notRunning(): void {
  if (!isEnabled()) {
    void vscode.window.showInformationMessage('wsk-lint is turned off: set "wskLint.enable" to true to use it.');
    return;
  }
  void vscode.window.showWarningMessage("wsk-lint's language server is not running.", 'Restart', 'Show Log').then(act);
}

/** `failure`: a sentence that starts with what failed ("wsk-lint could not load its C parser …"). */
function reportFailure(failure: string): void {
  output.error(failure);
  status.failed(failure);
  void vscode.window.showErrorMessage(failure, 'Restart', 'Show Log').then(act);
}

function act(choice: string | undefined): void {
  if (choice === 'Restart') void vscode.commands.executeCommand(COMMANDS.restart);
  else if (choice === 'Show Log') output.show();
}

/** Runs a command; a failure (the server went away mid-request) is told in one line and logged. */
async function command(what: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    output.error(`wsk-lint: could not ${what}: ${errorMessage(error)}`);
    void vscode.window.showErrorMessage(`wsk-lint could not ${what}: ${errorMessage(error)}`, 'Show Log').then(act);
  }
}

/**
 * Why a start failed, in a sentence: the server's own reason when `initialize` was refused, else the
 * process ended before it answered (a missing or broken bundle, an unusable Node.js).
 */
function startFailure(error: unknown): string {
  const message = firstLine(errorMessage(error));
  if (isResponseError(error)) return sentence(message);
  return sentence(`wsk-lint's language server stopped while starting (${message}); its log has the details`);
}

function isResponseError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}

function isEnabled(): boolean {
  return vscode.workspace.getConfiguration(CLIENT_ID).get<boolean>('enable', true);
}

function enqueue(step: () => Promise<void>): Promise<void> {
  transition = transition.then(step, step);
  return transition;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The language client, telling failures only through this extension: its own pop-ups ("couldn't create
 * connection to server", "the server crashed 5 times") would say the same in other words, without the
 * Restart action. Everything is still logged to the output.
 */
class WskLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown): void {
    super.error(message, data, false);
  }
}

/**
 * A server that stops is started again, up to MAX_RESTARTS times within RESTART_WINDOW_MS; then, or
 * when it stops before it ever ran (a start failure, told by startClient), it is left stopped.
 */
class RestartLimit implements ErrorHandler {
  private restarts: number[] = [];

  constructor(private readonly ran: () => boolean, private readonly gaveUp: (reason: string) => void) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
    this.gaveUp("wsk-lint's language server could not be reached; it is stopped.");
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    if (!this.ran()) return { action: CloseAction.DoNotRestart, handled: true };
    const now = Date.now();
    this.restarts = [...this.restarts.filter((time) => now - time < RESTART_WINDOW_MS), now];
    if (this.restarts.length <= MAX_RESTARTS) {
      return { action: CloseAction.Restart, message: 'wsk-lint: the language server stopped unexpectedly; starting it again.', handled: true };
    }
    this.gaveUp(`wsk-lint's language server stopped unexpectedly ${this.restarts.length} times in ${RESTART_WINDOW_MS / 60_000} minutes; it is not started again.`);
    return { action: CloseAction.DoNotRestart, message: 'wsk-lint: the language server keeps stopping; it is not started again.', handled: true };
  }
}
