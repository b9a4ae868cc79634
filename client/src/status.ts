// One status-bar item for the server's state, shown only when there is something to say: while the
// workspace is indexed and checked (from the server's `wskLint/status` notifications; a click shows the
// log), and when the server is not running because it failed (a click restarts it). Otherwise hidden.

import * as vscode from 'vscode';
import type { Status } from './protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor(private readonly commands: { readonly showOutput: string; readonly restart: string }) {
    this.item = vscode.window.createStatusBarItem('wskLint.status', vscode.StatusBarAlignment.Left, 0);
    this.item.name = 'wsk-lint';
  }

  /** The server reported its state. */
  update(status: Status): void {
    if (!status.busy) {
      this.hide();
      return;
    }
    const message = status.message ?? 'working';
    const percentage = status.percentage !== undefined ? `, ${status.percentage}%` : '';
    this.item.text = `$(sync~spin) wsk-lint: ${message}`;
    // What a screen reader says: the words, not the icon's `$(sync~spin)`.
    this.item.accessibilityInformation = { label: `wsk-lint: ${message}${percentage}` };
    this.item.tooltip = `wsk-lint is analysing the workspace (${message}${percentage}). Click to show its log.`;
    this.item.command = this.commands.showOutput;
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  /** The server could not start, or stopped and will not be started again (`failure`: why, a sentence). */
  failed(failure: string): void {
    this.item.text = '$(error) wsk-lint';
    this.item.accessibilityInformation = { label: `wsk-lint failed: ${failure} Activate to restart it.` };
    this.item.tooltip = `${failure} Click to restart wsk-lint.`;
    this.item.command = this.commands.restart;
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
