// The channel the language client writes its trace of the LSP traffic to. vscode-languageclient traces
// only when that channel's log level is Trace, and then `trace.server` merely picks how much; this
// channel's level follows `wskLint.trace.server` instead, so the setting alone turns the trace on and
// off. The lines go to the one "wsk-lint" output, next to the server's own log.

import * as vscode from 'vscode';

export class TraceChannel implements vscode.LogOutputChannel {
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  readonly onDidChangeLogLevel = this.levelChanged.event;
  private level: vscode.LogLevel;

  constructor(private readonly output: vscode.LogOutputChannel, private readonly setting: () => string) {
    this.level = this.configuredLevel();
  }

  get name(): string {
    return this.output.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  /** The setting may have changed: the client hears of a new level and tells the server. */
  update(): void {
    const level = this.configuredLevel();
    if (level === this.level) return;
    this.level = level;
    this.levelChanged.fire(level);
  }

  // Trace lines are written at the info level, which the output shows by default.
  trace(message: string, ...args: unknown[]): void {
    this.output.info(message, ...args);
  }

  debug(message: string, ...args: unknown[]): void {
    this.output.debug(message, ...args);
  }

  info(message: string, ...args: unknown[]): void {
    this.output.info(message, ...args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.output.warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.output.error(error, ...args);
  }

  append(value: string): void {
    this.output.append(value);
  }

  appendLine(value: string): void {
    this.output.appendLine(value);
  }

  replace(value: string): void {
    this.output.replace(value);
  }

  clear(): void {
    this.output.clear();
  }

  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    this.output.show(typeof columnOrPreserveFocus === 'boolean' ? columnOrPreserveFocus : preserveFocus);
  }

  hide(): void {
    this.output.hide();
  }

  /** Disposes what this channel made; the output itself belongs to the extension. */
  dispose(): void {
    this.levelChanged.dispose();
  }

  private configuredLevel(): vscode.LogLevel {
    return this.setting() === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace;
  }
}
