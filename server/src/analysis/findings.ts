// A finding is plain data: where (offsets and 0-based line/column, UTF-16), which rule, what to say,
// the related locations that make a path visible, and fixes as text edits. The LSP server and the CLI
// only convert it.

import type { Position } from '../parse/lines';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Span {
  /** Offset of the first character (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** A span with its line and column positions (both 0-based). */
export interface Location {
  readonly file: string;
  readonly span: Span;
  readonly start: Position;
  readonly end: Position;
}

export interface Related extends Location {
  readonly message: string;
}

export interface TextEdit extends Location {
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one obvious fix: editors apply it with a single keystroke. */
  readonly preferred: boolean;
}

export interface Finding extends Location {
  readonly rule: string;
  readonly name: string;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly Related[];
  readonly fixes: readonly Fix[];
  /** Set on a finding a suppression comment silences (kept for the audit trail of SARIF). */
  readonly suppressed?: { readonly justification?: string };
}

/** A suppression comment that silenced nothing: reported as a hint so stale ones do not pile up. */
export interface UnusedSuppression extends Location {
  /** The rule ID it names, or undefined for a suppression of every rule. */
  readonly rule: string | undefined;
  readonly message: string;
}

/** A file the analysis could not use, and why (unreadable, binary, too large). */
export interface Problem {
  readonly file: string;
  readonly message: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.start - b.span.start || a.span.end - b.span.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * A function not fully analysed: `skipped`, its paths were too many or too long to follow within the
 * budget and its path rules stay silent; `partial`, some of its paths were left out and its findings
 * hold for those followed.
 */
export interface SkippedFunction extends Location {
  readonly function: string;
  readonly reason: 'skipped' | 'partial';
  readonly message: string;
}
