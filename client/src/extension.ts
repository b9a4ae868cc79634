// The VS Code face of wsk-lint: starts the bundled language server (dist/server.js) over stdio and
// keeps it in step with the `wskLint.*` settings. Everything that needs analysis or rule docs asks the
// server over LSP; this file never imports server code.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

/** Also the prefix of the settings: vscode-languageclient reads `wskLint.trace.server` by this ID. */
const CLIENT_ID = 'wskLint';
const CLIENT_NAME = 'wsk-lint';

/** The running server and what was made for it (the client does not dispose the file watchers it is given). */
let session: { client: LanguageClient; watchers: vscode.FileSystemWatcher[] } | undefined;
/** One log for the whole session, so that it survives a failed start and later restarts. */
let output: vscode.LogOutputChannel;
/** Start and stop in order, however fast the setting is toggled. */
let transition: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(
    output,
    vscode.workspace.onDidChangeConfiguration((event) => {
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
    const enabled = vscode.workspace.getConfiguration(CLIENT_ID).get<boolean>('enable', true);
    if (enabled && !session) await startClient(context);
    else if (!enabled && session) await stopClient();
  });
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // Closed files count too: headers define macros and types, and .wsk-lint.json sets the rules.
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.{c,h}'),
    vscode.workspace.createFileSystemWatcher('**/.wsk-lint.json'),
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'c' },
      // VS Code gives .h files the language cpp: take headers by pattern, and no other C++ file.
      { scheme: 'file', language: 'cpp', pattern: '**/*.h' },
      { scheme: 'untitled', language: 'c' },
    ],
    synchronize: { configurationSection: CLIENT_ID, fileEvents: watchers },
    outputChannel: output,
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  session = { client, watchers };
  try {
    await client.start();
  } catch (error) {
    await stopClient();
    // The client has already logged the details to the output channel.
    void vscode.window.showErrorMessage(`wsk-lint: the language server could not start (${errorMessage(error)}). See the "${CLIENT_NAME}" output.`);
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

function enqueue(step: () => Promise<void>): Promise<void> {
  transition = transition.then(step, step);
  return transition;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
