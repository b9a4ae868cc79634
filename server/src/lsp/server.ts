// The language server's wiring. One Workspace for the session holds every C file of the workspace
// folders (read from disk at start, with work-done progress, leaving out what `files.exclude`,
// `wskLint.exclude` and `.wsk-lint.json` exclude), their build files (where headers are) and the open
// documents' text. Diagnostics are published for every file, open or not, so the Problems panel shows
// the whole driver.
//
// An edit is answered in two steps. First the edited document itself, as soon as the debounce allows:
// its findings go out with its version, changed or not. Then the files whose findings the edit may
// change (`Workspace.dependents`: includers, callers through summaries, descriptor-wide facts) are
// checked a slice at a time, yielding to requests in between, and only those whose diagnostics differ
// from the last ones sent are published. Newer edits cancel what is left; it is carried into the next
// run, so that no file keeps a stale diagnostic.
//
// Work that changes the workspace (indexing, configuration, files changed on disk, analysis runs) goes
// through one queue, in order; hover and quick-fixes are answered between its steps. Every handler is
// guarded: an error is logged to the client's output and the server goes on.
//
// Beyond standard LSP (protocol.ts): the rules and their documentation on request, a request to read
// and check the whole workspace again, and status notifications for a client that shows its own.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { CodeAction, CodeActionParams, Connection, FileEvent, Hover, HoverParams, InitializeError, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import {
  CodeActionKind, DidChangeConfigurationNotification, ErrorCodes, FileChangeType, MarkupKind, MessageType, ResponseError,
  ShowMessageNotification, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../analysis/config';
import { CONFIG_FILE, mergeConfigs } from '../analysis/config';
import { ConfigFiles } from '../analysis/configFiles';
import { isBuildFile } from '../parse/sources/build';
import { SOURCE_FILE, SourceDiscovery, isSkippedFolder } from '../parse/sources/discovery';
import type { Finding, SkippedFunction, UnusedSuppression } from '../analysis/findings';
import type { FileAnalysis } from '../analysis/workspace';
import { Workspace } from '../analysis/workspace';
import { RULES, RULE_IDS, ruleById } from '../rules/index';
import { ruleMarkdown } from '../rules/render';
import { codeActions } from './codeActions';
import type { DiagnosticNames } from './diagnostics';
import { docUriMaker } from './diagnostics';
import type { ReadResult } from './files';
import { readBuildFiles, readSourceFile, textOverLimit } from './files';
import type { PathMatcher } from '../analysis/globs';
import { globMatcher } from '../analysis/globs';
import { hoverAt } from './hover';
import { Progress } from './progress';
import type { AnalyzeWorkspaceResult, InitializationOptions, RuleDocumentation, RuleDocumentationParams, RuleSummary } from './protocol';
import { ANALYZE_WORKSPACE_REQUEST, RULES_REQUEST, RULE_DOCUMENTATION_REQUEST } from './protocol';
import type { Published } from './publisher';
import { Publisher } from './publisher';
import { readSuppressions } from '../analysis/suppressions';
import { ruleIdAt } from './suppressionComments';
import type { Settings } from './settings';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, filesExcludePatterns, readSettings } from './settings';
import { pathOfUri, uriOfPath } from './uris';

/** How long edits must pause before a document is analysed again. */
const DEFAULT_DEBOUNCE_MS = 150;
/** VS Code's setting the index respects, besides its own. */
const FILES_EXCLUDE = 'files.exclude';
/** Files read from disk at once while indexing; each batch is parsed before the server yields. */
const READ_BATCH = 16;
/** How long checking may hold the event loop before requests get their turn. */
const SLICE_MS = 30;
/** Files per analysis call within a slice. */
const CHECK_GROUP = 8;
/**
 * More changed files than this between two runs: re-check every file rather than follow each one's
 * dependents (in a large driver, one file's dependents cost about as much as checking everything).
 */
const BULK_CHANGES = 8;

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
  private roots: string[] = [];
  /** The `.wsk-lint.json` files, found for each file as the CLI finds them (the nearest one wins). */
  private readonly configFiles = new ConfigFiles({ exists: (file) => fs.existsSync(file), read: (file) => fs.readFileSync(file, 'utf8') }, RULE_IDS);
  /** Counts the times the configuration files were read again (their exclusions may have changed). */
  private configReads = 0;
  /** Each workspace folder's `files.exclude` patterns that are on. */
  private readonly filesExcludes = new Map<string, string[]>();
  /** Each workspace folder's exclusion test, and what it was made from (to see when it changes). */
  private excluders = new Map<string, PathMatcher>();
  private exclusionKey = '';
  private settings: Settings = DEFAULT_SETTINGS;
  /** The size limit the index was read with (another one: the files are read again). */
  private indexedLimit = DEFAULT_SETTINGS.maxFileSize;
  private debounceMs = DEFAULT_DEBOUNCE_MS;
  private statusNotifications = false;
  private pullsConfiguration = false;
  private registersConfigurationChange = false;
  /** The open documents' URIs by path: diagnostics go to the URI the client used. */
  private readonly openUris = new Map<string, string>();
  private readonly justOpened = new Set<string>();
  /** The C files of the workspace folders on disk (not excluded): closing one puts its disk text back. */
  private readonly onDisk = new Set<string>();
  /** Open documents changed since their diagnostics were last answered: the next run answers them. */
  private readonly edited = new Set<string>();
  /**
   * Files whose text the workspace took since their dependents were last collected. The workspace
   * remembers one change back, so the dependents are collected before a file changes a second time.
   */
  private readonly owed = new Set<string>();
  /** Files whose findings may have changed and are not published yet. */
  private readonly stale = new Set<string>();
  /** Every file is to be checked again (start-up, configuration, many files changed at once). */
  private everything = false;
  /** Counts the changes to the workspace's files, to tell whether an answer is still current. */
  private changes = 0;
  /** Files checked since the server started (the trace tells how many a run checked). */
  private checkedCount = 0;
  /** How diagnostics name files and link to rule documentation (the link as `initialize` asked). */
  private readonly names: { -readonly [key in keyof DiagnosticNames]: DiagnosticNames[key] };
  private readonly publisher: Publisher;
  /** The queue of work that changes the workspace, and how many steps wait in it. */
  private tasks: Promise<void> = Promise.resolve();
  private waiting = 0;
  private runQueued = false;
  private timer: NodeJS.Timeout | undefined;
  /** The progress of indexing and of the check that follows it, and that check's file count. */
  private progress: Progress | undefined;
  private checkTotal: number | undefined;
  private indexStarted = 0;
  private shuttingDown = false;
  private readonly shownMessages = new Set<string>();
  /**
   * Why each file left out of the analysis (too large, binary, unreadable) is, as logged: a
   * file is logged once per reason, however many edits or re-reads follow, until it is analysed again.
   */
  private readonly skipReasons = new Map<string, string>();
  /** How each file read not as written was read, as logged (once per file). */
  private readonly notes = new Map<string, string>();
  /** The build files the workspace was given, as text (to tell when they change). */
  private buildFilesKey = '';
  /** The analysis problems last logged for each file (the parser gave up on it): logged when they change. */
  private readonly loggedProblems = new Map<string, string>();

  constructor(private readonly connection: Connection) {
    this.started = new Promise((resolve) => { this.markStarted = resolve; });
    this.names = { uriOf: this.uriOf };
    this.publisher = new Publisher((params) => void connection.sendDiagnostics(params), this.names);
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.enqueue('start', () => this.start()));
    connection.onShutdown(() => {
      this.shuttingDown = true;
      this.clearTimer();
    });
    connection.onDidChangeConfiguration((params) => void this.enqueue('didChangeConfiguration', () => this.configurationChanged(params.settings)));
    connection.onDidChangeWatchedFiles((params) => void this.enqueue('didChangeWatchedFiles', () => this.filesChanged(params.changes)));
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
    const options = (params.initializationOptions ?? {}) as { [key in keyof InitializationOptions]?: unknown };
    if (typeof options.debounceMs === 'number' && Number.isFinite(options.debounceMs) && options.debounceMs >= 0) this.debounceMs = options.debounceMs;
    this.statusNotifications = options.statusNotifications === true;
    const docUriOf = docUriMaker(options.ruleDocumentationUri);
    if (docUriOf) this.names.docUriOf = docUriOf;
    this.roots = workspaceRoots(params);
    this.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    this.registersConfigurationChange = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    let failure = '';
    this.workspaceCreated = Workspace.create(this.roots).then((workspace) => {
      this.workspace = workspace;
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
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'wsk-lint' },
    };
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
      this.updateExclusion();
      const workspace = await this.workspaceCreated;
      if (workspace) await this.index(workspace);
    } finally {
      this.markStarted();
      this.schedule(0);
    }
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    await this.loadSettings(pushed);
    await this.configurationUpdated();
  }

  /** The settings, pulled from the client when it can be asked, else as pushed. */
  private async loadSettings(pushed: unknown): Promise<void> {
    if (this.pullsConfiguration) {
      const items = [{ section: SETTINGS_SECTION }, ...this.roots.map((root) => ({ scopeUri: uriOfPath(root), section: FILES_EXCLUDE }))];
      const values = (await this.connection.workspace.getConfiguration(items)) as unknown[];
      this.applySettings(values[0]);
      this.roots.forEach((root, i) => this.filesExcludes.set(root, filesExcludePatterns(values[i + 1])));
      return;
    }
    const sections = pushed as { [SETTINGS_SECTION]?: unknown; files?: { exclude?: unknown } } | null | undefined;
    this.applySettings(sections?.[SETTINGS_SECTION]);
    for (const root of this.roots) this.filesExcludes.set(root, filesExcludePatterns(sections?.files?.exclude));
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
    const exclusionChanged = this.updateExclusion();
    // Another size limit: every file is read again, to take in those it now allows and drop the others.
    const limitChanged = this.settings.maxFileSize !== this.indexedLimit;
    if (exclusionChanged || limitChanged) await this.index(workspace, limitChanged);
    if (!this.settings.enable) {
      this.publisher.clearAll();
      this.stale.clear();
      this.endProgress();
      return;
    }
    this.everything = true;
    // Open documents are answered with their version, whatever changed.
    for (const path of this.openUris.keys()) this.edited.add(path);
    this.schedule(0);
  }

  /** The `.wsk-lint.json` files changed: they are found and read again, and their problems said once. */
  private rereadConfigFiles(): void {
    this.configFiles.forget();
    this.configReads++;
  }

  /** Warns (once each) of the problems of the configuration files read so far. */
  private reportConfigProblems(): void {
    for (const { file, errors } of this.configFiles.files()) for (const error of errors) this.warnOnce(`wsk-lint: ${file}: ${error}`);
  }

  // -------------------------------------------------------------------------------------------------
  // The index

  /**
   * Brings the index in line with the folders and the exclusions: files now excluded leave it, files not
   * yet in it are read and parsed, a batch at a time, and every file is to be checked again. `reread`:
   * every file is read again and those gone from disk leave (changes the file watcher did not report).
   */
  private async index(workspace: Workspace, reread = false): Promise<void> {
    this.everything = true;
    const limit = this.settings.maxFileSize;
    this.indexedLimit = limit;
    for (const path of [...this.onDisk]) if (this.isExcluded(path)) this.leaveIndex(path);
    // The next run syncs the open documents: out when excluded, their editor text when not.
    for (const path of this.openUris.keys()) this.edited.add(path);

    this.endProgress();
    this.indexStarted = Date.now();
    const progress = await Progress.begin(this.connection, 'wsk-lint', this.statusNotifications);
    this.progress = progress;
    this.checkTotal = undefined;
    const found: string[] = [];
    const buildPaths: string[] = [];
    const discovery = new SourceDiscovery(fs, (file) => this.isExcluded(file));
    let walked = 0;
    for (const root of this.roots) {
      for (const item of discovery.folder(root)) {
        if (item.kind === 'unreadable' || item.again) continue;
        if (item.kind === 'source' && (reread || !this.onDisk.has(item.path))) found.push(item.path);
        else if (item.kind === 'build') buildPaths.push(item.path);
        if (++walked % 1000 === 0) await yieldNow();
      }
    }
    await this.readBuildFiles(workspace, buildPaths);
    this.reportConfigProblems();
    if (reread) {
      const present = new Set(found);
      for (const path of [...this.onDisk]) if (!present.has(path)) this.leaveIndex(path);
    }
    // Headers first: a file parsed before a header it includes is there is parsed again when it comes.
    found.sort((a, b) => Number(isHeader(b)) - Number(isHeader(a)));
    const read = (from: number) => Promise.all(found.slice(from, from + READ_BATCH).map(async (path) => ({ path, read: await readSourceFile(path, limit) })));
    let next = read(0);
    for (let from = 0; from < found.length && !this.shuttingDown; from += READ_BATCH) {
      const batch = await next;
      next = read(from + READ_BATCH); // read the next batch while this one is parsed
      let parse: string | undefined;
      for (const { path, read: result } of batch) {
        if ('problem' in result) {
          this.logSkipped(path, result.problem);
          this.leaveIndex(path); // read before (a rereading), unusable now
          continue;
        }
        this.onDisk.add(path);
        if (result.note !== undefined) this.logNote(path, result.note);
        if (this.openUris.has(path)) continue; // the editor's text stands
        this.setText(path, result.text);
        parse ??= path;
      }
      // Parsing here, a batch at a time, keeps a hover between batches from parsing the rest at once.
      if (parse) workspace.file(parse);
      progress.report('indexing', Math.min(from + READ_BATCH, found.length), found.length);
      await yieldNow();
    }
    this.connection.console.info(`wsk-lint: ${reread ? 'read' : 'indexed'} ${found.length} C files of ${this.roots.length} folder(s) in ${Date.now() - this.indexStarted} ms`);
  }

  /** Hands the workspace the build files (where the headers are) when they differ from those it has. */
  private async readBuildFiles(workspace: Workspace, paths: readonly string[]): Promise<void> {
    const files = await readBuildFiles([...paths].sort());
    const key = JSON.stringify(files);
    if (key === this.buildFilesKey) return;
    this.buildFilesKey = key;
    workspace.setBuildFiles(files);
  }

  /** A file of the index is gone from disk (or unusable): its text leaves unless an editor holds it. */
  private leaveIndex(path: string): void {
    if (!this.onDisk.delete(path)) return;
    if (!this.openUris.has(path)) this.setText(path, undefined);
  }

  /** A `.c`/`.h` file the index would read: in a workspace folder, outside skipped folders, not excluded. */
  private isIndexable(path: string): boolean {
    const root = this.rootOf(path);
    if (!root || !SOURCE_FILE.test(path) || this.isExcluded(path)) return false;
    return !nodePath.relative(root, nodePath.dirname(path)).split(nodePath.sep).some((folder) => folder !== '' && isSkippedFolder(folder));
  }

  /** Left out by the settings (relative to its workspace folder) or by its `.wsk-lint.json`. */
  private isExcluded(path: string): boolean {
    const root = this.rootOf(path);
    const test = root === undefined ? undefined : this.excluders.get(root);
    if (test !== undefined && test(nodePath.relative(root as string, path).split(nodePath.sep).join('/'))) return true;
    return root !== undefined && this.configFiles.isExcluded(path);
  }

  /** Rebuilds each folder's exclusion test; says whether any changed (configuration files read again count). */
  private updateExclusion(): boolean {
    const patterns = this.roots.map((root) => [root, [
      ...(this.settings.config.exclude ?? []),
      ...(this.filesExcludes.get(root) ?? []),
    ]] as const);
    const key = JSON.stringify([patterns, this.configReads]);
    if (key === this.exclusionKey) return false;
    this.exclusionKey = key;
    this.excluders = new Map(patterns.map(([root, globs]) => [root, globMatcher(globs)]));
    return true;
  }

  // -------------------------------------------------------------------------------------------------
  // Documents and files

  private changed(document: TextDocument): void {
    const path = pathOfUri(document.uri);
    this.openUris.set(path, document.uri);
    this.edited.add(path);
    const opened = this.justOpened.delete(document.uri);
    this.schedule(opened ? 0 : this.debounceMs);
  }

  private closed(document: TextDocument): void {
    const path = pathOfUri(document.uri);
    this.openUris.delete(path);
    this.edited.delete(path);
    this.justOpened.delete(document.uri);
    this.publisher.forgetVersion(path);
    void this.enqueue('didClose', async () => {
      // The analysis goes on with what is on disk: an unsaved edit is gone with its editor. A file that
      // is not in the index (outside the folders, excluded, untitled) leaves the workspace.
      const read: ReadResult | undefined = this.onDisk.has(path) ? await readSourceFile(path, this.settings.maxFileSize) : undefined;
      if (this.openUris.has(path)) return; // Opened again meanwhile: the editor's text stands.
      if (read && 'problem' in read) this.logSkipped(path, read.problem);
      if (read && 'note' in read && read.note !== undefined) this.logNote(path, read.note);
      this.setText(path, read && 'text' in read ? read.text : undefined);
      this.schedule(this.debounceMs);
    });
  }

  /**
   * Files changed on disk (the client watches `.c`, `.h`, `.wsk-lint.json` and build files; a rename is a
   * deletion and a creation): closed files are read again; open files keep the editor's text.
   */
  private async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    if (!this.workspace) return;
    if (changes.length > BULK_CHANGES) this.everything = true;
    let configChanged = false;
    let buildChanged = false;
    for (const change of changes) {
      const path = pathOfUri(change.uri);
      if (nodePath.basename(path) === CONFIG_FILE) {
        configChanged = true;
        continue;
      }
      if (isBuildFile(nodePath.basename(path))) {
        buildChanged = true;
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        // A deleted folder takes its files with it.
        const inside = (file: string) => file === path || file.startsWith(path + nodePath.sep);
        for (const file of [...this.onDisk].filter(inside)) this.leaveIndex(file);
        // A skipped file that comes back is logged again.
        for (const file of [...this.skipReasons.keys()].filter(inside)) this.skipReasons.delete(file);
        continue;
      }
      if (!this.isIndexable(path)) continue;
      this.onDisk.add(path);
      if (this.openUris.has(path)) continue;
      const read = await readSourceFile(path, this.settings.maxFileSize);
      if (this.openUris.has(path)) continue; // Opened while it was read: the editor's text stands.
      if ('problem' in read) {
        this.logSkipped(path, read.problem);
        this.onDisk.delete(path);
      } else if (read.note !== undefined) {
        this.logNote(path, read.note);
      }
      this.setText(path, 'text' in read ? read.text : undefined);
    }
    if (buildChanged && !configChanged) await this.index(this.workspace);
    if (configChanged) {
      this.rereadConfigFiles();
      await this.configurationUpdated();
    }
    this.schedule(this.debounceMs);
  }

  /** Puts an open document's newest text into the workspace (or takes it out: excluded, too large). */
  private syncDocument(path: string): void {
    const document = this.documentOf(path);
    if (!document) return;
    const text = document.getText();
    const tooLarge = textOverLimit(text, this.settings.maxFileSize);
    if (this.isExcluded(path)) {
      this.setText(path, undefined);
    } else if (tooLarge) {
      // The user opened it and sees no diagnostics: besides the log line, a message says why (once).
      this.logSkipped(path, tooLarge);
      this.showOnce(`wsk-lint: ${nodePath.basename(path)} is not analysed: ${tooLarge.replace(/^skipped: /, '')}.`);
      this.setText(path, undefined);
    } else {
      this.setText(path, text);
    }
  }

  /**
   * Logs why a file is not analysed, once per file and reason: an edit of a document over the size
   * limit, or a re-read of a binary file, does not repeat it.
   */
  private logSkipped(path: string, reason: string): void {
    if (this.skipReasons.get(path) === reason) return;
    this.skipReasons.set(path, reason);
    this.connection.console.warn(`${path}: ${reason}`);
  }

  /** Logs how a file was read when not as written (not UTF-8: as Windows-1252), once per file and note. */
  private logNote(path: string, note: string): void {
    if (this.notes.get(path) === note) return;
    this.notes.set(path, note);
    this.connection.console.info(`${path}: ${note}`);
  }

  /** Logs a file's analysis problems when they differ from those last logged for it. */
  private logProblems(path: string, messages: readonly string[]): void {
    const key = messages.join('\n');
    if ((this.loggedProblems.get(path) ?? '') === key) return;
    if (key === '') this.loggedProblems.delete(path);
    else this.loggedProblems.set(path, key);
    for (const message of messages) {
      if (message.startsWith('skipped:')) this.connection.console.warn(`${path}: ${message}`);
      else this.connection.console.error(`${path}: ${message}`);
    }
  }

  /** Changes a file of the workspace (`undefined`: removes it), keeping track of what it may affect. */
  private setText(path: string, text: string | undefined): void {
    const workspace = this.workspace;
    if (text !== undefined) this.skipReasons.delete(path); // analysed again: a later skip is news
    if (!workspace || workspace.text(path) === text) return;
    // Dependents of a removed file are only known before; those of an earlier change before the next.
    if (!this.everything && (text === undefined || this.owed.has(path))) this.markStale(workspace.dependents(path));
    this.owed.delete(path);
    this.changes++;
    if (text === undefined) {
      workspace.deleteFile(path);
      this.stale.add(path);
    } else {
      workspace.setFile(path, text);
      this.owed.add(path);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Analysis runs

  private schedule(delay: number): void {
    if (this.shuttingDown) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.enqueueRun();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private enqueueRun(): void {
    if (this.runQueued) return;
    this.runQueued = true;
    void this.enqueue('analysis', () => {
      this.runQueued = false;
      return this.run();
    });
  }

  /** Answers the edited documents, then checks the files that may have changed, a slice at a time. */
  private async run(): Promise<void> {
    const workspace = this.workspace;
    if (!workspace || this.shuttingDown) return;
    if (!this.settings.enable) {
      this.stale.clear();
      return;
    }
    const runStart = Date.now();
    const checkedBefore = this.checkedCount;
    const traceRun = (outcome: string) => this.connection.tracer.log(`wsk-lint: analysis run ${outcome}: ${this.checkedCount - checkedBefore} files checked in ${Date.now() - runStart} ms`);
    const edited = [...this.edited];
    this.edited.clear();
    for (const path of edited) this.syncDocument(path);
    this.check(workspace, edited, true);
    const answeredAt = this.changes;
    await yieldNow();
    if (this.superseded()) return traceRun('superseded'); // what is left is carried into the next run
    this.collectDependents(workspace);
    // The edited documents are among their own dependents; their answer stands if nothing changed since.
    if (this.changes === answeredAt) for (const path of edited) this.stale.delete(path);
    this.checkTotal ??= this.progress ? this.stale.size : undefined;
    while (this.stale.size > 0) {
      const sliceStart = Date.now();
      do {
        this.check(workspace, first(this.stale, CHECK_GROUP), false);
      } while (this.stale.size > 0 && Date.now() - sliceStart < SLICE_MS);
      if (this.checkTotal !== undefined) this.progress?.report('checking', Math.max(0, this.checkTotal - this.stale.size), this.checkTotal);
      await yieldNow();
      if (this.superseded()) return traceRun('superseded');
    }
    traceRun('done');
    if (this.progress) {
      this.connection.console.info(`wsk-lint: checked ${this.checkTotal ?? 0} files; ${Date.now() - this.indexStarted} ms since indexing began`);
      this.endProgress();
    }
  }

  /** Newer work is waiting (an edit within its debounce, a queued step): it takes over. */
  private superseded(): boolean {
    return this.shuttingDown || this.waiting > 0 || this.timer !== undefined;
  }

  /** The files the changes since the last run may affect become stale. */
  private collectDependents(workspace: Workspace): void {
    if (this.everything || this.owed.size > BULK_CHANGES) {
      this.markStale(workspace.paths());
      this.markStale(this.publisher.paths()); // files that left the workspace lose their diagnostics
      this.everything = false;
    } else {
      for (const path of this.owed) this.markStale(workspace.dependents(path));
    }
    this.owed.clear();
  }

  private markStale(paths: Iterable<string>): void {
    for (const path of paths) this.stale.add(path);
  }

  /**
   * Analyses files and publishes their diagnostics: when they changed, or always (`always`, the edited
   * documents). An open document with newer edits waits for the run they scheduled.
   */
  private check(workspace: Workspace, paths: readonly string[], always: boolean): void {
    if (paths.length === 0) return;
    this.checkedCount += paths.length;
    // Only the findings no comment suppresses are shown; unused suppressions are shown as hints.
    const byPath = new Map<string, { findings: Finding[]; unused: UnusedSuppression[]; skipped: SkippedFunction[]; problems: string[] }>(paths.map((path) => [path, { findings: [], unused: [], skipped: [], problems: [] }]));
    const groups = this.groupByConfig(paths);
    this.reportConfigProblems(); // a configuration file may have been read for the first time
    for (const [config, group] of groups) {
      const result = workspace.analyze(RULES, config, group);
      for (const finding of result.findings) byPath.get(finding.file)?.findings.push(finding);
      for (const unused of result.unusedSuppressions) byPath.get(unused.file)?.unused.push(unused);
      for (const skipped of result.skippedFunctions) byPath.get(skipped.file)?.skipped.push(skipped);
      for (const problem of result.problems) byPath.get(problem.file)?.problems.push(problem.message);
    }
    for (const [path, published] of byPath) {
      this.logProblems(path, published.problems);
      this.stale.delete(path);
      const document = this.documentOf(path);
      if (document && this.edited.has(path)) continue;
      this.publisher.publish(path, published, document?.version, always);
    }
  }

  /**
   * The configuration of each path: the nearest `.wsk-lint.json` (as the CLI picks it), overridden by the
   * settings; the wrappers of every configuration file apply everywhere (as in the CLI).
   */
  private groupByConfig(paths: readonly string[]): Map<Config, string[]> {
    const groups = new Map<Config, string[]>();
    const merged = new Map<string, Config>();
    for (const path of paths) {
      const file = this.rootOf(path) === undefined ? undefined : this.configFiles.fileFor(path);
      const key = file?.file ?? '';
      let config = merged.get(key);
      if (!config) {
        const { rules } = mergeConfigs(file?.config ?? { rules: {} }, this.settings.config);
        const { wrappers } = mergeConfigs({ rules: {}, wrappers: this.configFiles.wrappers() }, this.settings.config);
        config = wrappers ? { rules, wrappers } : { rules };
        merged.set(key, config);
      }
      const group = groups.get(config);
      if (group) group.push(path);
      else groups.set(config, [path]);
    }
    return groups;
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
    let published: Published | undefined = this.edited.has(path) ? undefined : this.publisher.publishedFor(path, document.version);
    if (!published) {
      // Asked before the debounced run: answer the document now, so fixes match the text the editor
      // shows; the files depending on it follow in the run.
      this.syncDocument(path);
      this.edited.delete(path);
      this.check(workspace, [path], true);
      published = this.publisher.publishedFor(path, document.version) ?? { findings: [], unused: [] };
      this.schedule(this.debounceMs);
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
    await this.enqueue('analyzeWorkspace', async () => {
      const workspace = this.workspace;
      if (!workspace || !this.settings.enable) return;
      this.rereadConfigFiles();
      this.updateExclusion();
      await this.index(workspace, true);
      files = this.onDisk.size;
      this.schedule(0);
    });
    return { files };
  }

  // -------------------------------------------------------------------------------------------------
  // Helpers

  /** Queues a step that changes the workspace; steps run one after another, never concurrently. */
  private enqueue(name: string, task: () => Promise<void> | void): Promise<void> {
    this.waiting++;
    this.tasks = this.tasks.then(() => {
      this.waiting--;
      return this.guard(name, undefined, task);
    });
    return this.tasks;
  }

  private endProgress(): void {
    this.progress?.end();
    this.progress = undefined;
    this.checkTotal = undefined;
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

/** A request whose params are not what the method takes: InvalidParams, nothing worked out or logged. */
function invalidParams(name: string, expected: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `wsk-lint: ${name} needs ${expected}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function hasDocument(params: unknown): boolean {
  return isObject(params) && isObject(params.textDocument) && typeof params.textDocument.uri === 'string';
}

function isPosition(value: unknown): boolean {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}

function isPositionParams(params: unknown): params is HoverParams {
  return hasDocument(params) && isPosition((params as Record<string, unknown>).position);
}

function isCodeActionParams(params: unknown): params is CodeActionParams {
  if (!hasDocument(params)) return false;
  const { range, context } = params as Record<string, unknown>;
  return isObject(range) && isPosition(range.start) && isPosition(range.end) && isObject(context);
}

function ruleSummaries(): RuleSummary[] {
  return RULES.map((rule) => ({ id: rule.meta.id, name: rule.meta.name, severity: rule.meta.severity, summary: rule.docs.summary }));
}

/** A rule's documentation, the text `wsk-lint --explain` prints. */
function ruleDocumentation(params: RuleDocumentationParams | undefined): RuleDocumentation | null {
  const rule = typeof params?.rule === 'string' ? ruleById(params.rule) : undefined;
  return rule ? { rule: rule.meta.id, markdown: ruleMarkdown(rule) } : null;
}

/** Hover on a rule ID in a suppression comment: that rule's documentation. */
function ruleIdHover(analysis: FileAnalysis, offset: number): Hover | null {
  const { parsed } = analysis;
  // A directive and its IDs share a line: most hovers are on lines without one.
  const { line } = parsed.lines.position(offset);
  const lineEnd = line + 1 < parsed.lines.lineCount ? parsed.lines.lineStart(line + 1) : parsed.text.length;
  if (!parsed.text.slice(parsed.lines.lineStart(line), lineEnd).includes('wsk-lint-disable')) return null;
  const at = ruleIdAt(readSuppressions(parsed), offset);
  const rule = at ? ruleById(at.rule) : undefined;
  if (!at || !rule) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: ruleMarkdown(rule) },
    range: { start: parsed.lines.position(at.span.start), end: parsed.lines.position(at.span.end) },
  };
}

function isHeader(path: string): boolean {
  return /\.h$/i.test(path);
}

/** The first `count` members of a set, in insertion order. */
function first<T>(set: ReadonlySet<T>, count: number): T[] {
  const result: T[] = [];
  for (const item of set) {
    if (result.length === count) break;
    result.push(item);
  }
  return result;
}

/** Lets the event loop serve what arrived (requests, notifications) before going on. */
function yieldNow(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The workspace folders as paths (only `file:` folders can be read from disk). */
function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => nodePath.resolve(pathOfUri(uri)));
}
