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
}

/** A file the analysis could not use, and why (unreadable, binary, too large). */
export interface Problem {
  readonly file: string;
  readonly message: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.start - b.span.start || a.span.end - b.span.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
