// The language server's protocol side: it speaks LSP and holds what the client told it — the open
// documents, the settings, the client's capabilities — and hands the rest to the modules that own it,
// split by state as clangd splits its server:
//   - folderIndex.ts: the workspace folders' files on disk, their build files (where headers are), the
//     `.wsk-lint.json` files and exclusions;
//   - scheduler.ts: what is edited, owed a check and stale, and the runs that check it;
//   - the analysis Workspace (one for the session): every C file's text, parsed, analysed on request.
// Diagnostics are published for every file, open or not, so the Problems panel shows the whole driver.
//
// Every handler is guarded: an error is logged to the client's output and the server goes on. Beyond
// standard LSP (protocol.ts): the rules and their documentation on request, a request to read and check
// the whole workspace again, and status notifications for a client that shows its own.

import * as nodePath from 'node:path';
import type { CodeAction, CodeActionParams, Connection, FileEvent, Hover, HoverParams, InitializeError, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import {
  CodeActionKind, DidChangeConfigurationNotification, ErrorCodes, MessageType, ResponseError, ShowMessageNotification,
  TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../analysis/workspace';
import { RULE_IDS } from '../rules/index';
import { FIX_ALL_KIND, codeActions } from './codeActions';
import type { DiagnosticNames } from './diagnostics';
import { docUriMaker } from './diagnostics';
import { textOverLimit } from './files';
import { BULK_CHANGES, CheckScheduler } from './scheduler';
import { FolderIndex } from './folderIndex';
import { hoverAt } from './hover';
import { Progress } from './progress';
import type { AnalyzeWorkspaceResult, InitializationOptions, RuleDocumentationParams } from './protocol';
import { ANALYZE_WORKSPACE_REQUEST, RULES_REQUEST, RULE_DOCUMENTATION_REQUEST } from './protocol';
import type { Published } from './publisher';
import { Publisher } from './publisher';
import { invalidParams, isCodeActionParams, isPositionParams, ruleDocumentation, ruleIdHover, ruleSummaries } from './requests';
import type { Settings } from './settings';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, filesExcludePatterns, readSettings } from './settings';
import { pathOfUri, uriOfPath } from './uris';

/** VS Code's setting the index respects, besides its own. */
const FILES_EXCLUDE = 'files.exclude';

export function startServer(connection: Connection): void {
  new WskLintServer(connection).listen();
}

class WskLintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private workspace: Workspace | undefined;
  private workspaceCreated: Promise<Workspace | undefined> = Promise.resolve(undefined);
  /** Resolved when the first indexing is over (quick-fixes wait for it). */
  private readonly started: Promise<void>;
  private markStarted: () => void = () => undefined;
  private index: FolderIndex;
  private readonly scheduler: CheckScheduler;
  private settings: Settings = DEFAULT_SETTINGS;
  private statusNotifications = false;
  private pullsConfiguration = false;
  private registersConfigurationChange = false;
  /** The open documents' URIs by path: diagnostics go to the URI the client used. */
  private readonly openUris = new Map<string, string>();
  private readonly justOpened = new Set<string>();
  /** How diagnostics name files and link to rule documentation (the link as `initialize` asked). */
  private readonly names: { -readonly [key in keyof DiagnosticNames]: DiagnosticNames[key] };
  private readonly publisher: Publisher;
  private shuttingDown = false;
  private readonly shownMessages = new Set<string>();

  constructor(private readonly connection: Connection) {
    this.started = new Promise((resolve) => { this.markStarted = resolve; });
    this.names = { uriOf: this.uriOf };
    this.publisher = new Publisher((params) => void connection.sendDiagnostics(params), this.names);
    const log = connection.console;
    this.scheduler = new CheckScheduler(this.publisher, {
      configFor: (path) => this.index.configFor(path),
      configKey: (path) => this.index.configKey(path),
      versionOf: (path) => this.documentOf(path)?.version,
      syncDocument: (path) => this.syncDocument(path),
      enabled: () => this.settings.enable,
      guard: (name, run) => this.guard(name, undefined, run),
      info: (message) => log.info(message),
      warn: (message) => log.warn(message),
      error: (message) => log.error(message),
      trace: (message) => connection.tracer.log(message),
    });
    this.index = this.folderIndex([]);
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.scheduler.enqueue('start', () => this.start()));
    connection.onShutdown(() => {
      this.shuttingDown = true;
      this.scheduler.stop();
    });
    connection.onDidChangeConfiguration((params) => void this.scheduler.enqueue('didChangeConfiguration', () => this.configurationChanged(params.settings)));
    connection.onDidChangeWatchedFiles((params) => void this.scheduler.enqueue('didChangeWatchedFiles', () => this.filesChanged(params.changes)));
    connection.onHover((params) => (isPositionParams(params) ? this.answer('hover', null, () => this.hover(params)) : invalidParams('hover', 'textDocument.uri and position')));
    connection.onCodeAction((params) => (isCodeActionParams(params) ? this.answer('codeAction', [], () => this.codeActions(params)) : invalidParams('codeAction', 'textDocument.uri, range and context')));
    connection.onRequest(RULES_REQUEST, () => this.answer('rules', [], () => ruleSummaries()));
    connection.onRequest(RULE_DOCUMENTATION_REQUEST, (params: RuleDocumentationParams) => this.answer('ruleDocumentation', null, () => ruleDocumentation(params)));
    connection.onRequest(ANALYZE_WORKSPACE_REQUEST, () => this.answer('analyzeWorkspace', { files: 0 }, () => this.analyzeWorkspace()));
    documents.onDidOpen((event) => void this.guard('didOpen', undefined, () => this.justOpened.add(event.document.uri)));
    documents.onDidChangeContent((event) => void this.guard('didChange', undefined, () => this.changed(event.document)));
    documents.onDidClose((event) => void this.guard('didClose', undefined, () => this.closed(event.document)));
    documents.listen(connection);
    connection.listen();
  }

  // -------------------------------------------------------------------------------------------------
  // Life cycle

  /**
   * Loads the parser before answering: a server that cannot analyse says so by failing `initialize`
   * (a readable reason; the stack goes to the log), which every client reports to its user.
   */
  private async initialize(params: InitializeParams): Promise<InitializeResult | ResponseError<InitializeError>> {
    this.connection.console.info(`wsk-lint ${WSK_LINT_VERSION} (language server, Node.js ${process.versions.node})`);
    const options = (params.initializationOptions ?? {}) as { [key in keyof InitializationOptions]?: unknown };
    if (typeof options.debounceMs === 'number' && Number.isFinite(options.debounceMs) && options.debounceMs >= 0) this.scheduler.debounceMs = options.debounceMs;
    this.statusNotifications = options.statusNotifications === true;
    const docUriOf = docUriMaker(options.ruleDocumentationUri);
    if (docUriOf) this.names.docUriOf = docUriOf;
    const roots = workspaceRoots(params);
    this.index = this.folderIndex(roots);
    this.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    this.registersConfigurationChange = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    let failure = '';
    this.workspaceCreated = Workspace.create(roots).then((workspace) => {
      this.workspace = workspace;
      this.scheduler.attach(workspace);
      return workspace;
    }, (error: unknown) => {
      this.logError('loading the C parser', error);
      failure = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);
      return undefined;
    });
    const workspace = await this.workspaceCreated;
    if (!workspace) return new ResponseError(ErrorCodes.InternalError, `wsk-lint could not load its C parser (${failure}); its log has the details.`, { retry: false });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'wsk-lint', version: WSK_LINT_VERSION },
    };
  }

  private folderIndex(roots: readonly string[]): FolderIndex {
    const log = this.connection.console;
    return new FolderIndex(roots, {
      setText: (path, text) => this.scheduler.setText(path, text),
      isOpen: (path) => this.openUris.has(path),
      settings: () => this.settings,
      stopping: () => this.shuttingDown,
      info: (message) => log.info(message),
      warn: (message) => log.warn(message),
      warnOnce: (message) => this.warnOnce(message),
    });
  }

  /** After `initialized`: the settings, the folders' configuration files, then the index. */
  private async start(): Promise<void> {
    try {
      if (this.pullsConfiguration) await this.loadSettings(undefined);
      if (this.registersConfigurationChange) {
        await this.connection.client.register(DidChangeConfigurationNotification.type, { section: [SETTINGS_SECTION, FILES_EXCLUDE] });
      }
    } catch (error) {
      // Without them (a client error) the defaults apply.
      this.logError('reading the settings', error);
    }
    try {
      await this.index.readConfigs();
      this.index.updateExclusion();
      const workspace = await this.workspaceCreated;
      if (workspace) await this.reindex(workspace, false);
    } finally {
      this.markStarted();
      this.scheduler.schedule(0);
    }
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    await this.loadSettings(pushed);
    await this.configurationUpdated();
  }

  /** The settings, pulled from the client when it can be asked, else as pushed. */
  private async loadSettings(pushed: unknown): Promise<void> {
    const { roots } = this.index;
    if (this.pullsConfiguration) {
      const items = [{ section: SETTINGS_SECTION }, ...roots.map((root) => ({ scopeUri: uriOfPath(root), section: FILES_EXCLUDE }))];
      const values = (await this.connection.workspace.getConfiguration(items)) as unknown[];
      this.applySettings(values[0]);
      roots.forEach((root, i) => this.index.setFilesExclude(root, filesExcludePatterns(values[i + 1])));
      return;
    }
    const sections = pushed as { [SETTINGS_SECTION]?: unknown; files?: { exclude?: unknown } } | null | undefined;
    this.applySettings(sections?.[SETTINGS_SECTION]);
    for (const root of roots) this.index.setFilesExclude(root, filesExcludePatterns(sections?.files?.exclude));
  }

  private applySettings(section: unknown): void {
    const { settings, errors } = readSettings(section, RULE_IDS);
    this.settings = settings;
    for (const error of errors) this.warnOnce(`wsk-lint: ${error}`);
  }

  /** Settings or a `.wsk-lint.json` changed: the index follows the exclusions, every file is checked again. */
  private async configurationUpdated(): Promise<void> {
    const workspace = this.workspace;
    if (!workspace) return;
    const exclusionChanged = this.index.updateExclusion();
    // Another size limit: every file is read again, to take in those it now allows and drop the others.
    const limitChanged = this.index.limitChanged();
    if (exclusionChanged || limitChanged) await this.reindex(workspace, limitChanged);
    if (!this.settings.enable) {
      this.publisher.clearAll();
      this.scheduler.clear();
      return;
    }
    this.scheduler.checkEverything();
    // Open documents are answered with their version, whatever changed.
    for (const path of this.openUris.keys()) this.scheduler.edit(path);
    this.scheduler.schedule(0);
  }

  /**
   * Reads the folders into the workspace (`reread`: every file again), with progress that lasts until the
   * check that follows is over; every file is to be checked again.
   */
  private async reindex(workspace: Workspace, reread: boolean): Promise<number> {
    this.scheduler.checkEverything();
    // The next run syncs the open documents: out when excluded, their editor text when not.
    for (const path of this.openUris.keys()) this.scheduler.edit(path);
    this.scheduler.endProgress();
    const progress = await Progress.begin(this.connection, 'wsk-lint', this.statusNotifications);
    this.scheduler.beginProgress(progress);
    return this.index.index(workspace, progress, reread);
  }

  // -------------------------------------------------------------------------------------------------
  // Documents and files

  private changed(document: TextDocument): void {
    const path = pathOfUri(document.uri);
    this.openUris.set(path, document.uri);
    this.scheduler.edit(path);
    const opened = this.justOpened.delete(document.uri);
    this.scheduler.schedule(opened ? 0 : this.scheduler.debounceMs);
  }

  private closed(document: TextDocument): void {
    const path = pathOfUri(document.uri);
    this.openUris.delete(path);
    this.scheduler.forget(path);
    this.justOpened.delete(document.uri);
    this.publisher.forgetVersion(path);
    void this.scheduler.enqueue('didClose', async () => {
      await this.index.closed(path);
      this.scheduler.schedule(this.scheduler.debounceMs);
    });
  }

  private async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    if (!this.workspace) return;
    if (changes.length > BULK_CHANGES) this.scheduler.checkEverything();
    const changed = await this.index.filesChanged(changes);
    if (changed.config) await this.configurationUpdated();
    else if (changed.build) await this.reindex(this.workspace, false); // where headers are may have changed
    this.scheduler.schedule(this.scheduler.debounceMs);
  }

  /** Puts an open document's newest text into the workspace (or takes it out: excluded, too large). */
  private syncDocument(path: string): void {
    const document = this.documentOf(path);
    if (!document) return;
    const text = document.getText();
    const tooLarge = textOverLimit(text, this.settings.maxFileSize);
    if (this.index.isExcluded(path)) {
      this.index.setText(path, undefined);
    } else if (tooLarge) {
      // The user opened it and sees no diagnostics: besides the log line, a message says why (once).
      this.index.logSkipped(path, tooLarge);
      this.showOnce(`wsk-lint: ${nodePath.basename(path)} is not analysed: ${tooLarge.replace(/^skipped: /, '')}.`);
      this.index.setText(path, undefined);
    } else {
      this.index.setText(path, text);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Requests

  /** Answered at once, during indexing too (the workspace is parsed between batches). */
  private async hover(params: HoverParams): Promise<Hover | null> {
    const workspace = await this.workspaceCreated;
    const document = this.documents.get(params.textDocument.uri);
    if (!workspace || !document || !this.settings.enable) return null;
    const path = pathOfUri(document.uri);
    this.syncDocument(path);
    const analysis = workspace.file(path);
    // The workspace holds no text for a document it refused (excluded, too large): nothing to say.
    if (!analysis || analysis.parsed.text !== document.getText()) return null;
    const offset = document.offsetAt(params.position);
    return ruleIdHover(analysis, offset) ?? hoverAt(analysis, offset);
  }

  private async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    await this.started;
    const workspace = this.workspace;
    const document = this.documents.get(params.textDocument.uri);
    if (!workspace || !document || !this.settings.enable) return [];
    const path = pathOfUri(document.uri);
    let published: Published | undefined = this.scheduler.isEdited(path) ? undefined : this.publisher.publishedFor(path, document.version);
    if (!published) {
      // Asked before the debounced run: answer the document now, so fixes match the text the editor
      // shows; the files depending on it follow in the run.
      this.scheduler.answerNow(path);
      published = this.publisher.publishedFor(path, document.version) ?? { findings: [], unused: [] };
    }
    return codeActions({
      ...published,
      parsed: () => {
        const analysis = workspace.file(path);
        return analysis && analysis.parsed.text === document.getText() ? analysis.parsed : undefined;
      },
      uri: document.uri,
      range: params.range,
      only: params.context.only,
      names: this.names,
    });
  }

  /** Reads every folder again and checks every file (`wskLint/analyzeWorkspace`). */
  private async analyzeWorkspace(): Promise<AnalyzeWorkspaceResult> {
    let files = 0;
    await this.scheduler.enqueue('analyzeWorkspace', async () => {
      const workspace = this.workspace;
      if (!workspace || !this.settings.enable) return;
      await this.index.readConfigs();
      this.index.updateExclusion();
      await this.reindex(workspace, true);
      files = this.index.size;
      this.scheduler.schedule(0);
    });
    return { files };
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
    this.connection.console.warn(message);
    this.showOnce(message);
  }

  private showOnce(message: string): void {
    if (this.shownMessages.has(message)) return;
    this.shownMessages.add(message);
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

  /**
   * Answers a request through `guard`; after `shutdown`, with the InvalidRequest error LSP asks for (the
   * client is gone or going: nothing is worked out for it).
   */
  private answer<T>(name: string, fallback: T, run: () => T | Promise<T>): Promise<T> | ResponseError<void> {
    if (this.shuttingDown) return new ResponseError(ErrorCodes.InvalidRequest, `wsk-lint: ${name} after shutdown`);
    return this.guard(name, fallback, run);
  }

  private logError(name: string, error: unknown): void {
    this.connection.console.error(`wsk-lint: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}

/** The workspace folders as paths (only `file:` folders can be read from disk). */
function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => nodePath.resolve(pathOfUri(uri)));
}
