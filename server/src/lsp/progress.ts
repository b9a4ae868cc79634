// Work-done progress for indexing the workspace and its first check, as the editor's status bar shows
// it: `window/workDoneProgress/create` when the client supports it, then `$/progress` begin, reports
// with a percentage and an "N/M files" message, and end. Reports are thinned out (a large driver has
// thousands of files; the status bar needs a few updates a second, not one per file).

import type { Connection, WorkDoneProgressReporter } from 'vscode-languageserver/node';

/** How long the client may take to accept a progress token before indexing goes on without one. */
const CREATE_TIMEOUT_MS = 2000;
/** The share of the bar for reading and parsing; checking takes the rest. */
const INDEX_SHARE = 60;
const REPORT_INTERVAL_MS = 100;

export type Stage = 'indexing' | 'checking';

export class Progress {
  private lastPercentage = -1;
  private lastReport = 0;
  private ended = false;

  private constructor(private readonly reporter: WorkDoneProgressReporter) {}

  /** Begins a progress (a silent one when the client cannot show it, refuses the token or never answers). */
  static async begin(connection: Connection, title: string): Promise<Progress> {
    const silent = connection.window.attachWorkDoneProgress(undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<WorkDoneProgressReporter>((resolve) => { timer = setTimeout(() => resolve(silent), CREATE_TIMEOUT_MS); });
    let reporter: WorkDoneProgressReporter;
    try {
      reporter = await Promise.race([connection.window.createWorkDoneProgress(), timeout]);
    } catch {
      reporter = silent;
    } finally {
      clearTimeout(timer);
    }
    reporter.begin(title, 0, 'looking for C files', false);
    return new Progress(reporter);
  }

  /** `done` of `total` files went through `stage`. */
  report(stage: Stage, done: number, total: number): void {
    if (this.ended) return;
    const share = total === 0 ? 1 : done / total;
    const percentage = Math.floor(stage === 'indexing' ? INDEX_SHARE * share : INDEX_SHARE + (100 - INDEX_SHARE) * share);
    const now = Date.now();
    // The last report of a stage always goes out ("indexing 1754/1754 files"); the others when they say more.
    if (done < total && (percentage === this.lastPercentage || now - this.lastReport < REPORT_INTERVAL_MS)) return;
    this.lastPercentage = percentage;
    this.lastReport = now;
    this.reporter.report(percentage, `${stage} ${done}/${total} files`);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.reporter.done();
  }
}
