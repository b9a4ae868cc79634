// The language server's wiring: one Workspace for the session, fed the workspace folders' sources from
// disk at start and the open documents' text on every edit; diagnostics for the open documents a change
// can affect (the file and the files including it), debounced; quick-fixes and hover from the same
// analysis. Every handler is guarded: an error is logged to the client's output and the server goes on.

import * as fs from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { CodeAction, CodeActionParams, Connection, FileEvent, Hover, HoverParams, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { CodeActionKind, DidChangeConfigurationNotification, FileChangeType, MessageType, ShowMessageNotification, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../analysis/config';
import { CONFIG_FILE, EMPTY_CONFIG, mergeConfigs, parseConfig } from '../analysis/config';
import type { Finding } from '../analysis/findings';
import { Workspace } from '../analysis/workspace';
import { RULES, RULE_IDS } from '../rules/index';
import { quickFixes } from './codeActions';
import { toDiagnostic } from './diagnostics';
import type { ReadResult } from './files';
import { MAX_FILE_BYTES, SOURCE_FILE, isSkippedFolder, readSourceFile, sourceFiles } from './files';
import { hoverAt } from './hover';
import type { Settings } from './settings';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, readSettings } from './settings';
import { pathOfUri, uriOfPath } from './uris';

/** How long edits must pause before a document is analysed again. */
const DEFAULT_DEBOUNCE_MS = 150;

export function startServer(connection: Connection): void {
  new WskLintServer(connection).listen();
}

class WskLintServer {
  private readonly documents = new TextDocuments(TextDocument);
  /** Set once the workspace folders are indexed; until then edits only wait in `documents`. */
  private workspace: Workspace | undefined;
  private ready: Promise<void> = Promise.resolve();
  private roots: string[] = [];
  /** Each workspace folder's `.wsk-lint.json`, by folder. */
  private readonly folderConfigs = new Map<string, Config>();
  private settings: Settings = DEFAULT_SETTINGS;
  private debounceMs = DEFAULT_DEBOUNCE_MS;
  private pullsConfiguration = false;
  private registersConfigurationChange = false;
  /** The open documents' URIs by path: diagnostics go to the URI the client used. */
  private readonly openUris = new Map<string, string>();
  /** Files on disk that the index read: closing their document restores the disk text. */
  private readonly indexed = new Set<string>();
  /** The last findings published for each open document, with the version they are for. */
  private readonly published = new Map<string, { version: number; findings: Finding[] }>();
  private readonly justOpened = new Set<string>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly shownMessages = new Set<string>();
  private resolveSettings: () => void = () => undefined;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.guard('initialized', undefined, () => this.initialized()));
    connection.onDidChangeConfiguration((params) => void this.guard('didChangeConfiguration', undefined, () => this.configurationChanged(params.settings)));
    connection.onDidChangeWatchedFiles((params) => void this.guard('didChangeWatchedFiles', undefined, () => this.filesChanged(params.changes)));
    connection.onHover((params) => this.guard('hover', null, () => this.hover(params)));
    connection.onCodeAction((params) => this.guard('codeAction', [], () => this.codeActions(params)));
    documents.onDidOpen((event) => void this.guard('didOpen', undefined, () => this.justOpened.add(event.document.uri)));
    documents.onDidChangeContent((event) => void this.guard('didChange', undefined, () => this.changed(event.document)));
    documents.onDidClose((event) => void this.guard('didClose', undefined, () => this.closed(event.document)));
    documents.listen(connection);
    connection.listen();
  }

  // -------------------------------------------------------------------------------------------------
  // Life cycle

  private initialize(params: InitializeParams): InitializeResult {
    const options = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof options?.debounceMs === 'number' && Number.isFinite(options.debounceMs) && options.debounceMs >= 0) this.debounceMs = options.debounceMs;
    this.roots = workspaceRoots(params);
    this.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    this.registersConfigurationChange = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const settingsLoaded = new Promise<void>((resolve) => { this.resolveSettings = resolve; });
    // Indexing runs after the reply, so the editor is not kept waiting; analyses wait for it.
    this.ready = Promise.all([this.prepareWorkspace(), settingsLoaded]).then(() => undefined, (error: unknown) => {
      this.logError('start-up', error);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: 'wsk-lint could not start its analysis; see its output for the reason.' });
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'wsk-lint' },
    };
  }

  private async initialized(): Promise<void> {
    try {
      if (this.pullsConfiguration) this.applySettings(await this.connection.workspace.getConfiguration(SETTINGS_SECTION));
    } finally {
      // Analyses wait for the settings; without them (a client error) the defaults apply.
      this.resolveSettings();
    }
    if (this.registersConfigurationChange) await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }

  /** Reads the folders' sources and configuration files, then takes in the documents opened meanwhile. */
  private async prepareWorkspace(): Promise<void> {
    const workspace = await Workspace.create(this.roots);
    const started = Date.now();
    const files: { path: string; text: string }[] = [];
    for (const root of this.roots) {
      await this.readFolderConfig(root);
      for await (const path of sourceFiles(root)) {
        const read = await readSourceFile(path);
        if ('problem' in read) this.connection.console.warn(`${path}: ${read.problem}`);
        else files.push({ path, text: read.text });
      }
    }
    // Headers first: adding a header re-checks the files already present that may include it, so
    // adding them while there are few files keeps the start-up time down.
    files.sort((a, b) => Number(isHeader(b.path)) - Number(isHeader(a.path)));
    for (const file of files) {
      workspace.setFile(file.path, file.text);
      this.indexed.add(file.path);
    }
    this.connection.console.info(`wsk-lint: indexed ${files.length} C files of ${this.roots.length} folder(s) in ${Date.now() - started} ms`);
    this.workspace = workspace;
    for (const document of this.documents.all()) this.sync(document);
  }

  private async readFolderConfig(root: string): Promise<void> {
    const file = nodePath.join(root, CONFIG_FILE);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      this.folderConfigs.delete(root); // No configuration file: the defaults apply.
      return;
    }
    const { config, errors } = parseConfig(text, RULE_IDS);
    this.folderConfigs.set(root, config);
    for (const error of errors) this.warnOnce(`wsk-lint: ${file}: ${error}`);
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    if (this.pullsConfiguration) {
      this.applySettings(await this.connection.workspace.getConfiguration(SETTINGS_SECTION));
    } else {
      this.applySettings((pushed as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION]);
    }
    await this.ready;
    if (!this.settings.enable) {
      this.clearTimer();
      this.pending.clear();
      for (const uri of this.openUris.values()) this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.published.clear();
      return;
    }
    this.schedule(this.openUris.keys(), 0);
  }

  private applySettings(section: unknown): void {
    const { settings, errors } = readSettings(section, RULE_IDS);
    this.settings = settings;
    for (const error of errors) this.warnOnce(`wsk-lint: ${error}`);
  }

  // -------------------------------------------------------------------------------------------------
  // Documents

  private changed(document: TextDocument): void {
    const path = pathOfUri(document.uri);
    this.openUris.set(path, document.uri);
    this.sync(document);
    const opened = this.justOpened.delete(document.uri);
    this.schedule([path], opened ? 0 : this.debounceMs);
  }

  /** Hands an open document's text to the workspace (re-parsed incrementally when analysed). */
  private sync(document: TextDocument): void {
    if (!this.workspace) return;
    const path = pathOfUri(document.uri);
    const text = document.getText();
    if (text.length > MAX_FILE_BYTES) {
      this.workspace.deleteFile(path);
      this.warnOnce(`wsk-lint: ${path} is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB and is not analysed.`);
      return;
    }
    this.workspace.setFile(path, text);
  }

  private async closed(document: TextDocument): Promise<void> {
    const path = pathOfUri(document.uri);
    this.openUris.delete(path);
    this.published.delete(document.uri);
    this.justOpened.delete(document.uri);
    this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    await this.ready;
    const workspace = this.workspace;
    if (!workspace) return;
    // The analysis goes on with what is on disk: an unsaved edit is gone with its editor.
    const read: ReadResult = this.indexed.has(path) ? await readSourceFile(path) : { problem: 'not in a workspace folder' };
    if (this.openUris.has(path)) return; // Opened again meanwhile: the editor's text stands.
    this.updateClosedFile(workspace, path, read);
  }

  /**
   * Files changed on disk (the client watches `.c`, `.h` and `.wsk-lint.json`): closed files are read
   * again, since their macros and types count for the open ones; open files keep the editor's text.
   */
  private async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    await this.ready;
    const workspace = this.workspace;
    if (!workspace) return;
    let configChanged = false;
    for (const change of changes) {
      const path = pathOfUri(change.uri);
      if (nodePath.basename(path) === CONFIG_FILE) {
        const root = this.roots.find((folder) => nodePath.join(folder, CONFIG_FILE) === path);
        if (root) {
          await this.readFolderConfig(root);
          configChanged = true;
        }
        continue;
      }
      if (!this.isIndexable(path) || this.openUris.has(path)) continue;
      const read: ReadResult = change.type === FileChangeType.Deleted ? { problem: 'deleted' } : await readSourceFile(path);
      if (this.openUris.has(path)) continue; // Opened while it was read: the editor's text stands.
      this.updateClosedFile(workspace, path, read);
    }
    if (configChanged) this.schedule(this.openUris.keys(), 0);
  }

  /** Puts a closed file's disk text (or its absence) into the workspace; re-analyses what it affects. */
  private updateClosedFile(workspace: Workspace, path: string, read: ReadResult): void {
    // The files including it are known before a deletion and only after a creation: take both.
    const affected = new Set(workspace.dependents(path));
    if ('text' in read) {
      workspace.setFile(path, read.text);
      this.indexed.add(path);
    } else {
      workspace.deleteFile(path);
      this.indexed.delete(path);
    }
    for (const dependent of workspace.dependents(path)) affected.add(dependent);
    this.schedule(affected, this.debounceMs);
  }

  // -------------------------------------------------------------------------------------------------
  // Diagnostics

  private schedule(paths: Iterable<string>, delay: number): void {
    for (const path of paths) this.pending.add(path);
    this.clearTimer();
    this.timer = setTimeout(() => void this.guard('analysis', undefined, () => this.flush()), delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    await this.ready;
    const workspace = this.workspace;
    const changed = [...this.pending];
    this.pending.clear();
    if (!workspace || !this.settings.enable) return;
    const targets = new Set<string>();
    for (const path of changed) {
      for (const dependent of workspace.dependents(path)) if (this.openUris.has(dependent)) targets.add(dependent);
    }
    this.publish(workspace, [...targets]);
  }

  /** Analyses open documents and publishes their diagnostics; returns the findings by path. */
  private publish(workspace: Workspace, paths: readonly string[]): Map<string, Finding[]> {
    const byPath = new Map<string, Finding[]>(paths.map((path) => [path, []]));
    const versions = new Map(paths.map((path) => [path, this.documentOf(path)?.version]));
    for (const [config, group] of this.groupByConfig(paths)) {
      const result = workspace.analyze(RULES, config, group);
      for (const finding of result.findings) byPath.get(finding.file)?.push(finding);
      for (const problem of result.problems) this.connection.console.error(`${problem.file}: ${problem.message}`);
    }
    for (const [path, findings] of byPath) {
      const document = this.documentOf(path);
      // A newer version or a close arrived meanwhile: these results are stale, a newer run follows.
      if (!document || document.version !== versions.get(path)) continue;
      this.published.set(document.uri, { version: document.version, findings });
      this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((finding) => toDiagnostic(finding, this.uriOf)) });
    }
    return byPath;
  }

  /** The configuration of each path: its folder's `.wsk-lint.json`, overridden by the settings. */
  private groupByConfig(paths: readonly string[]): Map<Config, string[]> {
    const groups = new Map<Config, string[]>();
    const merged = new Map<string, Config>();
    for (const path of paths) {
      const root = this.rootOf(path);
      const key = root ?? '';
      let config = merged.get(key);
      if (!config) {
        config = mergeConfigs(root ? this.folderConfigs.get(root) ?? EMPTY_CONFIG : EMPTY_CONFIG, this.settings.rules);
        merged.set(key, config);
      }
      const group = groups.get(config);
      if (group) group.push(path);
      else groups.set(config, [path]);
    }
    return groups;
  }

  /** A `.c`/`.h` file the index would read: in a workspace folder, outside skipped folders. */
  private isIndexable(path: string): boolean {
    const root = this.rootOf(path);
    if (!root || !SOURCE_FILE.test(path)) return false;
    return !nodePath.relative(root, nodePath.dirname(path)).split(nodePath.sep).some((folder) => folder !== '' && isSkippedFolder(folder));
  }

  /** The innermost workspace folder holding a path. */
  private rootOf(path: string): string | undefined {
    if (!nodePath.isAbsolute(path)) return undefined; // `untitled:` and other non-file documents
    let best: string | undefined;
    for (const root of this.roots) {
      const relative = nodePath.relative(root, path);
      if (relative.startsWith('..') || nodePath.isAbsolute(relative)) continue;
      if (!best || root.length > best.length) best = root;
    }
    return best;
  }

  // -------------------------------------------------------------------------------------------------
  // Requests

  private async hover(params: HoverParams): Promise<Hover | null> {
    await this.ready;
    const document = this.documents.get(params.textDocument.uri);
    if (!this.workspace || !document || !this.settings.enable) return null;
    const path = pathOfUri(document.uri);
    const analysis = this.workspace.file(path);
    // The workspace holds no text for a document it refused (too large): nothing to say.
    if (!analysis || analysis.parsed.text !== document.getText()) return null;
    return hoverAt(analysis, document.offsetAt(params.position));
  }

  private async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    await this.ready;
    const document = this.documents.get(params.textDocument.uri);
    if (!this.workspace || !document || !this.settings.enable) return [];
    let findings = this.published.get(document.uri);
    if (!findings || findings.version !== document.version) {
      // Asked before the debounced run: analyse now, so fixes match the text the editor shows.
      const path = pathOfUri(document.uri);
      findings = { version: document.version, findings: this.publish(this.workspace, [path]).get(path) ?? [] };
    }
    return quickFixes(findings.findings, params.range, params.context.only, this.uriOf);
  }

  // -------------------------------------------------------------------------------------------------
  // Helpers

  private documentOf(path: string): TextDocument | undefined {
    const uri = this.openUris.get(path);
    return uri === undefined ? undefined : this.documents.get(uri);
  }

  private readonly uriOf = (path: string): string => this.openUris.get(path) ?? uriOfPath(path);

  private warnOnce(message: string): void {
    if (this.shownMessages.has(message)) return;
    this.shownMessages.add(message);
    this.connection.console.warn(message);
    // A notification, not a request: nothing waits for the user to dismiss it.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }

  /** Runs a handler; a failure is logged and answered with `fallback`, never thrown at the client. */
  private async guard<T>(name: string, fallback: T, run: () => T | Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.logError(name, error);
      return fallback;
    }
  }

  private logError(name: string, error: unknown): void {
    this.connection.console.error(`wsk-lint: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}

function isHeader(path: string): boolean {
  return /\.h$/i.test(path);
}

/** The workspace folders as paths (only `file:` folders can be read from disk). */
function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => nodePath.resolve(pathOfUri(uri)));
}
