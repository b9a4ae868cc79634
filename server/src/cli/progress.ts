// The progress line on a terminal: `wsk-lint: parsed 530/1740 files`, then `wsk-lint: analysed
// 120/1740 files`, redrawn in place (carriage return, padded over the previous text) at most ten times
// a second and erased at the end. Only when standard error is a terminal and the run is not in CI: a
// log or a pipe gets no progress at all.

import type { Progress } from './parallel';

export interface Terminal {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const REDRAW_MS = 100;

/** Whether to show progress: standard error is a terminal, and the CI variable (set by CI services) is not. */
export function showsProgress(stream: Terminal, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env.CI === undefined || env.CI === '');
}

export class ProgressLine implements Progress {
  private parsedCount = 0;
  private analysedCount = 0;
  private shown = '';
  private drawnAt = -Infinity;

  constructor(private readonly terminal: Terminal, private readonly total: number, private readonly now: () => number = () => performance.now()) {}

  parsed(count = 1): void {
    this.parsedCount += count;
    this.draw();
  }

  analysed(count = 1): void {
    this.analysedCount += count;
    this.draw();
  }

  /** Erases the line. */
  clear(): void {
    if (this.shown !== '') this.terminal.write(`\r${' '.repeat(this.shown.length)}\r`);
    this.shown = '';
  }

  private draw(): void {
    const time = this.now();
    if (time - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = time;
    const line = this.analysedCount > 0 || this.parsedCount === this.total
      ? `wsk-lint: analysed ${this.analysedCount}/${this.total} files`
      : `wsk-lint: parsed ${this.parsedCount}/${this.total} files`;
    this.terminal.write(`\r${line}${' '.repeat(Math.max(0, this.shown.length - line.length))}`);
    this.shown = line;
  }
}
