// Rule documentation inside VS Code. The text comes from the server (`wskLint/ruleDocumentation`, the
// same Markdown `wsk-lint --explain` prints), rendered by VS Code's own Markdown renderer into one page
// of ours beside the code: every rule's link shows its documentation in that same page, which keeps its
// place (and the focus stays where the link was clicked). A diagnostic's code links here through a
// `command:` URI the server is given at start-up; the command without an argument asks which rule, from
// the server's list. Without the built-in Markdown extension, the Markdown source is shown instead, as a
// read-only `wsk-lint-doc:/WSK007.md` document.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { RuleDocumentation, RuleDocumentationParams, RuleSummary } from './protocol';
import { RULES_REQUEST, RULE_DOCUMENTATION_REQUEST } from './protocol';

export const DOC_SCHEME = 'wsk-lint-doc';

/** The page's view type (VS Code keeps it with the panel). */
const PAGE_VIEW_TYPE = 'wskLint.ruleDocumentation';

export class RuleDocs implements vscode.TextDocumentContentProvider, vscode.Disposable {
  /** Documentation already fetched, by rule ID (it does not change while the extension runs). */
  private readonly fetched = new Map<string, string>();
  /** The one page that shows a rule's documentation, while it is open. */
  private page: vscode.WebviewPanel | undefined;

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
    const markdown = await this.fetch(id);
    if (markdown === undefined) {
      void vscode.window.showWarningMessage(`wsk-lint has no rule "${id}".`);
      return true;
    }
    await this.showPage(id, markdown);
    return true;
  }

  dispose(): void {
    this.page?.dispose();
  }

  /** The page, rendered: in the open page wherever it is, else in a new one beside the code. */
  private async showPage(id: string, markdown: string): Promise<void> {
    let html: string;
    try {
      html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    } catch {
      // The built-in Markdown extension is disabled: the Markdown source, then.
      await vscode.window.showTextDocument(vscode.Uri.from({ scheme: DOC_SCHEME, path: `/${id}.md` }), { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      return;
    }
    if (this.page) {
      this.page.reveal(this.page.viewColumn, true);
    } else {
      this.page = vscode.window.createWebviewPanel(PAGE_VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableFindWidget: true });
      this.page.onDidDispose(() => { this.page = undefined; });
    }
    this.page.title = `${id} (wsk-lint)`;
    this.page.webview.html = pageHtml(id, html);
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
 * The page around the rendered Markdown: no script, nothing loaded (the policy allows inline styles
 * only), the editor's theme colours and fonts.
 */
function pageHtml(id: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${id}</title>
<style>
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); line-height: 1.5; max-width: 60em; padding: 0 1.5em 2em; }
  code, pre { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
  pre { background: var(--vscode-textCodeBlock-background); padding: 0.75em 1em; overflow-x: auto; }
  h1, h2 { font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: 0.2em; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** `wsk-lint-doc:/WSK007.md` -> `WSK007`. */
function ruleOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/i, '').toUpperCase();
}
