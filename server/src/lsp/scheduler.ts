// The check scheduler: what is owed a check and when it runs. It owns the open documents edited since
// their last answer, the files whose dependents are not collected yet (owed), the files whose findings
// may have changed and are not published (stale), the queue of work that changes the workspace, the
// debounce timer, and the progress of the check that follows indexing.
//
// An edit is answered in two steps. First the edited document itself, as soon as the debounce allows:
// its findings go out with its version, changed or not. Then the files whose findings the edit may
// change (`Workspace.dependents`: includers, callers through summaries, descriptor-wide facts) are
// checked a slice at a time, yielding to requests in between, and only those whose diagnostics differ
// from the last ones sent are published. Newer edits cancel what is left; it is carried into the next
// run, so that no file keeps a stale diagnostic.
//
// Work that changes the workspace (indexing, configuration, files changed on disk, analysis runs) goes
// through one queue, in order; hover and quick-fixes are answered between its steps.

import type { Config } from '../analysis/config';
import type { Finding, SkippedFunction, UnusedSuppression } from '../analysis/findings';
import type { Workspace } from '../analysis/workspace';
import { RULES } from '../rules/index';
import { yieldNow } from './folderIndex';
import type { Progress } from './progress';
import type { Publisher } from './publisher';

/** How long checking may hold the event loop before requests get their turn. */
const SLICE_MS = 30;
/** Files per analysis call within a slice. */
const CHECK_GROUP = 8;
/**
 * More changed files than this between two runs: re-check every file rather than follow each one's
 * dependents (in a large driver, one file's dependents cost about as much as checking everything).
 */
export const BULK_CHANGES = 8;

export interface SchedulerHost {
  /** The configuration a file is checked with, and a key shared by the files that share it. */
  configFor(path: string): Config;
  configKey(path: string): string;
  /** The version of the open document of a path (undefined: not open). */
  versionOf(path: string): number | undefined;
  /** Puts an open document's newest text into the workspace (or takes it out). */
  syncDocument(path: string): void;
  enabled(): boolean;
  /** Runs a step; a failure is logged, never thrown. */
  guard(name: string, run: () => Promise<void> | void): Promise<void>;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  trace(message: string): void;
}

export class CheckScheduler {
  /** How long edits must pause before a document is analysed again. */
  debounceMs = 150;
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
  /** The queue of work that changes the workspace, and how many steps wait in it. */
  private tasks: Promise<void> = Promise.resolve();
  private waiting = 0;
  private runQueued = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** The progress of indexing and of the check that follows it: when it began, and the files that check covers. */
  private progress: Progress | undefined;
  private progressStarted = 0;
  private checkTotal: number | undefined;
  /** The files checked since the progress began: the edited documents answered first count too. */
  private readonly checkedInProgress = new Set<string>();
  /** The analysis problems last logged for each file (the parser gave up on it): logged when they change. */
  private readonly loggedProblems = new Map<string, string>();

  /** The workspace, once the parser is loaded (`initialize`); until then nothing is checked. */
  private workspace: Workspace | undefined;

  constructor(private readonly publisher: Publisher, private readonly host: SchedulerHost) {}

  attach(workspace: Workspace): void {
    this.workspace = workspace;
  }

  /** Changes a file of the workspace (`undefined`: removes it), keeping track of what it may affect. */
  setText(path: string, text: string | undefined): void {
    const { workspace } = this;
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

  /** An open document changed (or must be answered again with its version). */
  edit(path: string): void {
    this.edited.add(path);
  }

  /** An open document was closed: it is no longer answered as edited. */
  forget(path: string): void {
    this.edited.delete(path);
  }

  /** Whether a document has edits not yet answered. */
  isEdited(path: string): boolean {
    return this.edited.has(path);
  }

  /** Every file is checked again by the next run. */
  checkEverything(): void {
    this.everything = true;
  }

  /** The analysis was turned off: nothing is owed a check, and no progress is shown. */
  clear(): void {
    this.stale.clear();
    this.endProgress();
  }

  /** The progress of an indexing, which ends when the check that follows it is over. */
  beginProgress(progress: Progress): void {
    this.endProgress();
    this.progress = progress;
    this.progressStarted = Date.now();
  }

  endProgress(): void {
    this.progress?.end();
    this.progress = undefined;
    this.checkTotal = undefined;
    this.checkedInProgress.clear();
  }

  /** Shutdown: no run starts any more, and the one running stops at its next slice. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Queues a step that changes the workspace; steps run one after another, never concurrently. */
  enqueue(name: string, task: () => Promise<void> | void): Promise<void> {
    this.waiting++;
    this.tasks = this.tasks.then(() => {
      this.waiting--;
      return this.host.guard(name, task);
    });
    return this.tasks;
  }

  /** A run, once `delay` ms pass with no newer call. */
  schedule(delay: number): void {
    if (this.stopped) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.enqueueRun();
    }, delay);
  }

  /**
   * Answers an open document now (a quick-fix asked before the debounced run): its findings match the
   * text the editor shows; the files depending on it follow in the run.
   */
  answerNow(path: string): void {
    if (!this.workspace) return;
    this.host.syncDocument(path);
    this.edited.delete(path);
    this.check(this.workspace, [path], true);
    this.schedule(this.debounceMs);
  }

  // -------------------------------------------------------------------------------------------------

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
    const { workspace } = this;
    if (!workspace || this.stopped) return;
    if (!this.host.enabled()) {
      this.stale.clear();
      return;
    }
    const runStart = Date.now();
    const checkedBefore = this.checkedCount;
    const traceRun = (outcome: string) => this.host.trace(`wsk-lint: analysis run ${outcome}: ${this.checkedCount - checkedBefore} files checked in ${Date.now() - runStart} ms`);
    const edited = [...this.edited];
    this.edited.clear();
    for (const path of edited) this.host.syncDocument(path);
    this.check(workspace, edited, true);
    const answeredAt = this.changes;
    await yieldNow();
    if (this.superseded()) return traceRun('superseded'); // what is left is carried into the next run
    this.collectDependents(workspace);
    // The edited documents are among their own dependents; their answer stands if nothing changed since.
    if (this.changes === answeredAt) for (const path of edited) this.stale.delete(path);
    this.checkTotal ??= this.progress ? this.checkedInProgress.size + this.stale.size : undefined;
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
      this.host.info(`wsk-lint: checked ${this.checkedInProgress.size} files; ${Date.now() - this.progressStarted} ms since indexing began`);
      this.endProgress();
    }
  }

  /** Newer work is waiting (an edit within its debounce, a queued step): it takes over. */
  private superseded(): boolean {
    return this.stopped || this.waiting > 0 || this.timer !== undefined;
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
    if (this.progress) for (const path of paths) this.checkedInProgress.add(path);
    // Only the findings no comment suppresses are shown; unused suppressions are shown as hints.
    const byPath = new Map<string, { findings: Finding[]; unused: UnusedSuppression[]; skipped: SkippedFunction[]; problems: string[] }>(paths.map((path) => [path, { findings: [], unused: [], skipped: [], problems: [] }]));
    for (const [config, group] of this.groupByConfig(paths)) {
      const result = workspace.analyze(RULES, config, group);
      for (const finding of result.findings) byPath.get(finding.file)?.findings.push(finding);
      for (const unused of result.unusedSuppressions) byPath.get(unused.file)?.unused.push(unused);
      for (const skipped of result.skippedFunctions) byPath.get(skipped.file)?.skipped.push(skipped);
      for (const problem of result.problems) byPath.get(problem.file)?.problems.push(problem.message);
    }
    for (const [path, published] of byPath) {
      this.logProblems(path, published.problems);
      this.stale.delete(path);
      const version = this.host.versionOf(path);
      if (version !== undefined && this.edited.has(path)) continue;
      this.publisher.publish(path, published, version, always);
    }
  }

  /** The paths grouped by the configuration they are checked with. */
  private groupByConfig(paths: readonly string[]): Map<Config, string[]> {
    const groups = new Map<Config, string[]>();
    const byKey = new Map<string, Config>();
    for (const path of paths) {
      const key = this.host.configKey(path);
      let config = byKey.get(key);
      if (!config) {
        config = this.host.configFor(path);
        byKey.set(key, config);
      }
      const group = groups.get(config);
      if (group) group.push(path);
      else groups.set(config, [path]);
    }
    return groups;
  }

  /** Logs a file's analysis problems when they differ from those last logged for it. */
  private logProblems(path: string, messages: readonly string[]): void {
    const key = messages.join('\n');
    if ((this.loggedProblems.get(path) ?? '') === key) return;
    if (key === '') this.loggedProblems.delete(path);
    else this.loggedProblems.set(path, key);
    for (const message of messages) {
      if (message.startsWith('skipped:')) this.host.warn(`${path}: ${message}`);
      else this.host.error(`${path}: ${message}`);
    }
  }
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
