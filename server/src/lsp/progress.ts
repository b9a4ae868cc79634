// The progress of indexing the workspace and of its first check, shown by the editor: as work-done
// progress (`window/workDoneProgress/create` when the client supports it, then `$/progress` begin,
// reports with a percentage and an "N/M files" message, and end), or, for a client that asked for them
// (the VS Code client, which shows its own status-bar item), as `wskLint/status` notifications. Reports
// are thinned out (a large driver has thousands of files; the status bar needs a few updates a second,
// not one per file).

import type { Connection, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { Status } from './protocol';
import { STATUS_NOTIFICATION } from './protocol';

/** How long the client may take to accept a progress token before indexing goes on without one. */
const CREATE_TIMEOUT_MS = 2000;
/** The share of the bar for reading and parsing; checking takes the rest. */
const INDEX_SHARE = 60;
const REPORT_INTERVAL_MS = 100;
const FIRST_MESSAGE = 'looking for C files';

export type Stage = 'indexing' | 'checking';

/** Where the progress goes: the two ways share begin, report and end. */
interface Sink {
  report(percentage: number, message: string): void;
  done(): void;
}

export class Progress {
  private lastPercentage = -1;
  private lastReport = 0;
  private ended = false;

  private constructor(private readonly sink: Sink) {}

  /**
   * Begins a progress: as `wskLint/status` notifications when `statusNotifications`, else as work-done
   * progress (a silent one when the client cannot show it, refuses the token or never answers).
   */
  static async begin(connection: Connection, title: string, statusNotifications: boolean): Promise<Progress> {
    if (statusNotifications) {
      const send = (status: Status) => void connection.sendNotification(STATUS_NOTIFICATION, status);
      send({ busy: true, message: FIRST_MESSAGE, percentage: 0 });
      return new Progress({ report: (percentage, message) => send({ busy: true, message, percentage }), done: () => send({ busy: false }) });
    }
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
    reporter.begin(title, 0, FIRST_MESSAGE, false);
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
    this.sink.report(percentage, `${stage} ${done}/${total} files`);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.sink.done();
  }
}
