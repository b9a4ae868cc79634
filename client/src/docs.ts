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
    const uri = vscode.Uri.from({ scheme: DOC_SCHEME, path: `/${id}.md` });
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      // The built-in Markdown extension is disabled: the Markdown source, then.
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
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

/** `wsk-lint-doc:/WSK007.md` -> `WSK007`. */
function ruleOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/i, '').toUpperCase();
}
