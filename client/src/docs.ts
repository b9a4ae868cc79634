// Rule documentation inside VS Code. The text comes from the server (`wskLint/ruleDocumentation`, the
// same Markdown `wsk-lint --explain` prints) and is served as a read-only `wsk-lint-doc:/WSK007.md`
// document, which the built-in Markdown preview renders beside the code. A diagnostic's code links here
// through a `command:` URI the server is given at start-up; the command without an argument asks which
// rule, from the server's list.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { RuleDocumentation, RuleDocumentationParams, RuleSummary } from './protocol';
import { RULES_REQUEST, RULE_DOCUMENTATION_REQUEST } from './protocol';

export const DOC_SCHEME = 'wsk-lint-doc';

export class RuleDocs implements vscode.TextDocumentContentProvider {
  /** Documentation already fetched, by rule ID (it does not change while the extension runs). */
  private readonly fetched = new Map<string, string>();

  /** `client`: the running language client, if any. */
  constructor(private readonly client: () => Promise<BaseLanguageClient | undefined>) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const rule = ruleOf(uri);
    return this.fetched.get(rule) ?? (await this.fetch(rule)) ?? `# ${rule}\n\nNo documentation: the wsk-lint language server is not running, or has no rule ${rule}.\n`;
  }

  /** Shows a rule's documentation; asks which rule when none is given. False: the server is not running. */
  async show(rule: unknown): Promise<boolean> {
    const client = await this.client();
    if (!client) return false;
    let id = typeof rule === 'string' ? rule.trim().toUpperCase() : undefined;
    if (!id) {
      const rules = await client.sendRequest<RuleSummary[]>(RULES_REQUEST);
      const picked = await vscode.window.showQuickPick(
        rules.map((item) => ({ label: item.id, description: `${item.name} (${item.severity})`, detail: item.summary })),
        { title: 'wsk-lint: Show rule documentation', placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return true;
      id = picked.label;
    }
    if ((await this.fetch(id)) === undefined) {
      void vscode.window.showWarningMessage(`wsk-lint has no rule "${id}".`);
      return true;
    }
    await open(vscode.Uri.from({ scheme: DOC_SCHEME, path: `/${id}.md` }));
    return true;
  }

  private async fetch(rule: string): Promise<string | undefined> {
    const client = await this.client();
    if (!client) return undefined;
    const params: RuleDocumentationParams = { rule };
    const documentation = await client.sendRequest<RuleDocumentation | null>(RULE_DOCUMENTATION_REQUEST, params);
    if (!documentation) return undefined;
    this.fetched.set(documentation.rule, documentation.markdown);
    return documentation.markdown;
  }
}

/**
 * Shows a rule's page in the Markdown preview beside the code, or, when one of ours is open already, in
 * that preview: each click on a rule's link replaces the page instead of opening a new editor group
 * (`markdown.showPreviewToSide` opens beside the active group, which is the last preview's own after
 * the first click).
 */
async function open(uri: vscode.Uri): Promise<void> {
  const shown = groupShowing((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('markdown.preview') && PREVIEW_LABEL.test(tab.label));
  try {
    if (shown !== undefined && (await focusGroup(shown))) {
      // Not to the side: in the active group, where the open preview is taken over for this page.
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } else {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    }
  } catch {
    // The built-in Markdown extension is disabled: the Markdown source, then, where the last one was.
    const source = groupShowing((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === DOC_SCHEME);
    await vscode.window.showTextDocument(uri, { viewColumn: source ?? vscode.ViewColumn.Beside, preview: true });
  }
}

/** How the Markdown preview titles a page of ours: `Preview WSK007.md`. */
const PREVIEW_LABEL = /^Preview WSK\d{3}\.md$/;

/** The editor group with a tab that passes the test, if any. */
function groupShowing(test: (tab: vscode.Tab) => boolean): vscode.ViewColumn | undefined {
  return vscode.window.tabGroups.all.find((group) => group.tabs.some(test))?.viewColumn;
}

/** The commands that focus the first eight editor groups, by view column. */
const FOCUS_GROUP = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth'].map((nth) => `workbench.action.focus${nth}EditorGroup`);

/** Makes a group the active one; false when there is no command for it. */
async function focusGroup(column: vscode.ViewColumn): Promise<boolean> {
  const command = FOCUS_GROUP[column - 1];
  if (!command) return false;
  await vscode.commands.executeCommand(command);
  return vscode.window.tabGroups.activeTabGroup.viewColumn === column;
}

/** `wsk-lint-doc:/WSK007.md` -> `WSK007`. */
function ruleOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/i, '').toUpperCase();
}
