// What the server speaks beyond standard LSP: its initialization options, three requests and one
// notification. Any client may use them (the rule documentation and a full re-check are useful in every
// editor); the VS Code client keeps a copy of these names in client/src/protocol.ts (it never imports
// server code) and test/lsp/protocol.test.ts keeps the two equal.

/** The `initializationOptions` the server reads; each is optional. */
export interface InitializationOptions {
  /** How long edits must pause before a document is analysed again (milliseconds). */
  readonly debounceMs?: number;
  /**
   * A URI with `{rule}` in it, e.g. `command:wskLint.showRuleDocumentation?%5B%22{rule}%22%5D`: each
   * finding's `codeDescription.href`, with the rule ID put in. Without it, findings carry none (there is
   * no web page to point at; the text comes from the `wskLint/ruleDocumentation` request).
   */
  readonly ruleDocumentationUri?: string;
  /**
   * The client shows the state of indexing and checking from `wskLint/status` notifications, instead of
   * work-done progress.
   */
  readonly statusNotifications?: boolean;
}

/** `wskLint/rules` (no params): every rule, in ID order. */
export const RULES_REQUEST = 'wskLint/rules';

export interface RuleSummary {
  readonly id: string;
  readonly name: string;
  readonly severity: 'error' | 'warning';
  readonly summary: string;
}

/** `wskLint/ruleDocumentation` { rule }: the rule's documentation as Markdown; null for an unknown rule. */
export const RULE_DOCUMENTATION_REQUEST = 'wskLint/ruleDocumentation';

export interface RuleDocumentationParams {
  /** A rule ID, in any case: `WSK007`, `wsk007`. */
  readonly rule: string;
}

export interface RuleDocumentation {
  readonly rule: string;
  readonly markdown: string;
}

/**
 * `wskLint/analyzeWorkspace` (no params): reads the workspace folders again (files changed behind the
 * editor's back, `.wsk-lint.json`) and checks every file. Answered once the files are read, with their
 * count; the check goes on after the answer, with progress, and publishes what changed.
 */
export const ANALYZE_WORKSPACE_REQUEST = 'wskLint/analyzeWorkspace';

export interface AnalyzeWorkspaceResult {
  readonly files: number;
}

/** `wskLint/status` (server to client, when asked for by `statusNotifications`). */
export const STATUS_NOTIFICATION = 'wskLint/status';

export interface Status {
  /** Indexing or checking is under way. */
  readonly busy: boolean;
  /** What is being done: `indexing 120/1754 files`. */
  readonly message?: string;
  /** 0–100, for the whole of indexing and the check that follows. */
  readonly percentage?: number;
}

/** The diagnostic code of a suppression comment that silences nothing. */
export const UNUSED_SUPPRESSION_CODE = 'unused-suppression';

/** The code of the hint on a function whose paths were too many to follow. */
export const ANALYSIS_BUDGET_CODE = 'analysis-budget';
