// The folder index: which C files of the workspace folders the analysis holds, read from disk. It owns
// the roots, the `.wsk-lint.json` files (the nearest one to a file applies, as in the CLI), each folder's
// `files.exclude`, the exclusion test made from them and the settings, the build files (where headers
// are), the files it read (`onDisk`), the size limit it read them with, and why each file it left out
// was left out or read not as written (logged once per file and reason). What it reads goes into the
// workspace through its host (the check scheduler, which tracks what a change may affect); it never
// analyses.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { FileEvent } from 'vscode-languageserver/node';
import { FileChangeType } from 'vscode-languageserver/node';
import type { Config } from '../analysis/config';
import { CONFIG_FILE, mergeConfigs, sizeFromEnvironment } from '../analysis/config';
import { ConfigFiles } from '../analysis/configFiles';
import type { PathMatcher } from '../analysis/globs';
import { globMatcher } from '../analysis/globs';
import type { Workspace } from '../analysis/workspace';
import { isBuildFile } from '../parse/sources/build';
import { SOURCE_FILE, SourceDiscovery, isSkippedFolder } from '../parse/sources/discovery';
import { RULE_IDS } from '../rules/index';
import type { ReadResult } from './files';
import { readBuildFiles, readSourceFile } from './files';
import type { Progress } from './progress';
import type { Settings } from './settings';
import { pathOfUri } from './uris';

/** Files read from disk at once while indexing; each batch is parsed before the server yields. */
const READ_BATCH = 16;

export interface IndexHost {
  /** Changes a file of the workspace (`undefined`: removes it). */
  setText(path: string, text: string | undefined): void;
  /** Whether an editor holds the file (its text, not the disk's, stands). */
  isOpen(path: string): boolean;
  settings(): Settings;
  /** Whether the server is shutting down (indexing stops). */
  stopping(): boolean;
  info(message: string): void;
  warn(message: string): void;
  /** A warning the user sees once (a bad `.wsk-lint.json`). */
  warnOnce(message: string): void;
}

export class FolderIndex {
  /** The `.wsk-lint.json` files, found for each file as the CLI finds them (the nearest one wins). */
  private readonly configFiles = new ConfigFiles({ exists: (file) => fs.existsSync(file), read: (file) => fs.readFileSync(file, 'utf8') }, RULE_IDS);
  /** Counts the times the configuration files were read again (their exclusions may have changed). */
  private configReads = 0;
  /** The build files the workspace was given, as text (to tell when they change). */
  private buildFilesKey = '';
  /** How each file read not as written was read, as logged (once per file). */
  private readonly notes = new Map<string, string>();
  /** Each workspace folder's `files.exclude` patterns that are on. */
  private readonly filesExcludes = new Map<string, string[]>();
  /** Each workspace folder's exclusion test, and what it was made from (to see when it changes). */
  private excluders = new Map<string, PathMatcher>();
  private exclusionKey = '';
  /** The C files of the workspace folders on disk (not excluded): closing one puts its disk text back. */
  private readonly onDisk = new Set<string>();
  /** The size limit the index was read with (another one: the files are read again). */
  private indexedLimit: number;
  /**
   * Why each file left out of the analysis (too large, binary, not UTF-8, unreadable) is, as logged: a
   * file is logged once per reason, however many edits or re-reads follow, until it is analysed again.
   */
  private readonly skipReasons = new Map<string, string>();
  /** The length of each file's text read from disk, for the size of what the server parses. */
  private readonly sizes = new Map<string, number>();
  /** Whether the user was told that the folders are large (once a session). */
  private warnedLarge = false;

  constructor(readonly roots: readonly string[], private readonly host: IndexHost) {
    this.indexedLimit = host.settings().maxFileSize;
  }

  /** How many files of the folders the index holds from disk. */
  get size(): number {
    return this.onDisk.size;
  }

  /** Changes a file of the workspace; a file analysed again has no skip reason any more (a later skip is news). */
  setText(path: string, text: string | undefined): void {
    if (text !== undefined) this.skipReasons.delete(path);
    if (text === undefined) this.sizes.delete(path);
    else this.sizes.set(path, text.length);
    this.host.setText(path, text);
  }

  // -------------------------------------------------------------------------------------------------
  // Configuration and exclusions

  /** The `.wsk-lint.json` files changed (or may have): they are found and read again, their problems said once. */
  async readConfigs(): Promise<void> {
    this.configFiles.forget();
    this.configReads++;
  }

  /** Warns (once each) of the problems of the configuration files read so far. */
  reportConfigProblems(): void {
    for (const { file, errors } of this.configFiles.files()) {
      for (const error of errors) this.host.warnOnce(`wsk-lint: ${file}${error.line === undefined ? '' : `:${error.line}:${error.column}`}: ${error.message}`);
    }
  }

  setFilesExclude(root: string, patterns: string[]): void {
    this.filesExcludes.set(root, patterns);
  }

  /**
   * The configuration of a path: the nearest `.wsk-lint.json` (as the CLI picks it), overridden by the
   * settings; the wrappers of every configuration file apply everywhere (as in the CLI).
   */
  configFor(path: string): Config {
    const file = this.rootOf(path) === undefined ? undefined : this.configFiles.fileFor(path);
    const settings = this.host.settings().config;
    const { rules } = mergeConfigs(file?.config ?? { rules: {} }, settings);
    const { wrappers } = mergeConfigs({ rules: {}, wrappers: this.configFiles.wrappers() }, settings);
    this.reportConfigProblems(); // a configuration file may have been read for the first time
    return wrappers ? { rules, wrappers } : { rules };
  }

  /** The configuration file a path follows (`''`: none), for grouping paths that share a configuration. */
  configKey(path: string): string {
    return this.rootOf(path) === undefined ? '' : this.configFiles.fileFor(path)?.file ?? '';
  }

  /** Rebuilds each folder's exclusion test; says whether any changed (configuration files read again count). */
  updateExclusion(): boolean {
    const settings = this.host.settings();
    const patterns = this.roots.map((root) => [root, [
      ...(settings.config.exclude ?? []),
      ...(this.filesExcludes.get(root) ?? []),
    ]] as const);
    const key = JSON.stringify([patterns, this.configReads]);
    if (key === this.exclusionKey) return false;
    this.exclusionKey = key;
    this.excluders = new Map(patterns.map(([root, globs]) => [root, globMatcher(globs)]));
    return true;
  }

  /** Whether the settings' size limit differs from the one the index was read with. */
  limitChanged(): boolean {
    return this.host.settings().maxFileSize !== this.indexedLimit;
  }

  /** Left out by the settings (relative to its workspace folder) or by its `.wsk-lint.json`. */
  isExcluded(path: string): boolean {
    const root = this.rootOf(path);
    const test = root === undefined ? undefined : this.excluders.get(root);
    if (test !== undefined && test(nodePath.relative(root as string, path).split(nodePath.sep).join('/'))) return true;
    return root !== undefined && this.configFiles.isExcluded(path);
  }

  /** The innermost workspace folder holding a path. */
  rootOf(path: string): string | undefined {
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
  // Reading the folders

  /**
   * Brings the index in line with the folders and the exclusions: files now excluded leave it, files not
   * yet in it are read and parsed, a batch at a time. `reread`: every file is read again and those gone
   * from disk leave (changes the file watcher did not report). Returns how many files it found.
   */
  async index(workspace: Workspace, progress: Progress, reread: boolean): Promise<number> {
    const started = Date.now();
    const limit = this.host.settings().maxFileSize;
    this.indexedLimit = limit;
    for (const path of [...this.onDisk]) if (this.isExcluded(path)) this.leaveIndex(path);
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
    for (let from = 0; from < found.length && !this.host.stopping(); from += READ_BATCH) {
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
        if (this.host.isOpen(path)) continue; // the editor's text stands
        this.setText(path, result.text);
        parse ??= path;
      }
      // Parsing here, a batch at a time, keeps a hover between batches from parsing the rest at once.
      if (parse) workspace.file(parse);
      progress.report('indexing', Math.min(from + READ_BATCH, found.length), found.length);
      await yieldNow();
    }
    this.host.info(`wsk-lint: ${reread ? 'read' : 'indexed'} ${found.length} C files of ${this.roots.length} folder(s) in ${Date.now() - started} ms`);
    this.warnIfLarge();
    return found.length;
  }

  /**
   * Tells the user, once, when the folders hold so much C that parsing all of it (which the analysis
   * across files does) makes the first findings wait long and the memory grow large: measured on a
   * 31 MB tree, 72 s and 1.9 GB. What helps is excluding what holds no driver code.
   */
  private warnIfLarge(): void {
    if (this.warnedLarge) return;
    let total = 0;
    for (const size of this.sizes.values()) total += size;
    if (total < largeFolders(process.env)) return;
    this.warnedLarge = true;
    this.host.warnOnce(
      `wsk-lint: the workspace folders hold ${(total / 1_000_000).toFixed(1)} MB of C sources in ${this.sizes.size} files, and the server parses all of them: ` +
      'the first findings wait for every file, and its memory grows by about 60 MB per MB of source. ' +
      'Exclude the folders that hold no driver code (the wskLint.exclude setting, or "exclude" in a .wsk-lint.json).',
    );
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
  leaveIndex(path: string): void {
    if (!this.onDisk.delete(path)) return;
    if (!this.host.isOpen(path)) this.setText(path, undefined);
  }

  /**
   * A document was closed: the analysis goes on with what is on disk (an unsaved edit is gone with its
   * editor). A file that is not in the index (outside the folders, excluded, untitled) leaves the
   * workspace.
   */
  async closed(path: string): Promise<void> {
    const read: ReadResult | undefined = this.onDisk.has(path) ? await readSourceFile(path, this.host.settings().maxFileSize) : undefined;
    if (this.host.isOpen(path)) return; // Opened again meanwhile: the editor's text stands.
    if (read && 'problem' in read) this.logSkipped(path, read.problem);
    if (read && 'note' in read && read.note !== undefined) this.logNote(path, read.note);
    this.setText(path, read && 'text' in read ? read.text : undefined);
  }

  /**
   * Files changed on disk (the client watches `.c`, `.h`, `.wsk-lint.json` and build files; a rename is a
   * deletion and a creation): closed files are read again; open files keep the editor's text. Says
   * whether a `.wsk-lint.json` changed (read again then), and whether a build file did.
   */
  async filesChanged(changes: readonly FileEvent[]): Promise<{ config: boolean; build: boolean }> {
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
      if (this.host.isOpen(path)) continue;
      const read = await readSourceFile(path, this.host.settings().maxFileSize);
      if (this.host.isOpen(path)) continue; // Opened while it was read: the editor's text stands.
      if ('problem' in read) {
        this.logSkipped(path, read.problem);
        this.onDisk.delete(path);
      } else if (read.note !== undefined) {
        this.logNote(path, read.note);
      }
      this.setText(path, 'text' in read ? read.text : undefined);
    }
    if (configChanged) await this.readConfigs();
    return { config: configChanged, build: buildChanged };
  }

  /** Logs how a file was read when not as written (not UTF-8: as Windows-1252), once per file and note. */
  private logNote(path: string, note: string): void {
    if (this.notes.get(path) === note) return;
    this.notes.set(path, note);
    this.host.info(`${path}: ${note}`);
  }

  /**
   * Logs why a file is not analysed, once per file and reason: an edit of a document over the size
   * limit, or a re-read of a binary file, does not repeat it.
   */
  logSkipped(path: string, reason: string): void {
    if (this.skipReasons.get(path) === reason) return;
    this.skipReasons.set(path, reason);
    this.host.warn(`${path}: ${reason}`);
  }

  // -------------------------------------------------------------------------------------------------

  /** A `.c`/`.h` file the index would read: in a workspace folder, outside skipped folders, not excluded. */
  private isIndexable(path: string): boolean {
    const root = this.rootOf(path);
    if (!root || !SOURCE_FILE.test(path) || this.isExcluded(path)) return false;
    return !nodePath.relative(root, nodePath.dirname(path)).split(nodePath.sep).some((folder) => folder !== '' && isSkippedFolder(folder));
  }
}

function isHeader(path: string): boolean {
  return /\.h$/i.test(path);
}

/** Lets the event loop serve what arrived (requests, notifications) before going on. */
export function yieldNow(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The size of the folders' C sources (in characters) from which the user is told they are large:
 * LARGE_FOLDERS, or WSK_LINT_LARGE_FOLDERS when set (for tests).
 */
function largeFolders(env: NodeJS.ProcessEnv): number {
  return sizeFromEnvironment(env, 'WSK_LINT_LARGE_FOLDERS', LARGE_FOLDERS);
}

/** 8 MB of C: about 20 s before the first findings and half a gigabyte of memory (see warnIfLarge). */
const LARGE_FOLDERS = 8_000_000;
