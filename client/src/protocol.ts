// The wsk-lint server's requests and notifications beyond standard LSP, as the client uses them. The
// client never imports server code: these names are a copy of server/src/lsp/protocol.ts (which
// documents them), and test/lsp/protocol.test.ts keeps the two equal.

/** The `initializationOptions` the client starts the server with. */
export interface InitializationOptions {
  readonly ruleDocumentationUri?: string;
  readonly statusNotifications?: boolean;
}

export const RULES_REQUEST = 'wskLint/rules';

export interface RuleSummary {
  readonly id: string;
  readonly name: string;
  readonly severity: 'error' | 'warning';
  readonly summary: string;
}

export const RULE_DOCUMENTATION_REQUEST = 'wskLint/ruleDocumentation';

export interface RuleDocumentationParams {
  readonly rule: string;
}

export interface RuleDocumentation {
  readonly rule: string;
  readonly markdown: string;
}

export const ANALYZE_WORKSPACE_REQUEST = 'wskLint/analyzeWorkspace';

export interface AnalyzeWorkspaceResult {
  readonly files: number;
}

export const STATUS_NOTIFICATION = 'wskLint/status';

export interface Status {
  readonly busy: boolean;
  readonly message?: string;
  readonly percentage?: number;
}
