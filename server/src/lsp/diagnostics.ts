// Finding -> LSP Diagnostic: the rule ID as code (with a link to the rule's documentation when the
// client said how to make one), `wsk-lint` as source, the severity the analysis settled (the rule's, or
// the one settings gave it), and the related locations of the path. An unused suppression comment is a
// hint drawn as unnecessary code, as editors show unused imports.

import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { Finding, Location, Severity, SkippedFunction, UnusedSuppression } from '../analysis/findings';
import { ANALYSIS_BUDGET_CODE, UNUSED_SUPPRESSION_CODE } from './protocol';

const DIAGNOSTIC_SOURCE = 'wsk-lint';

/** The placeholder of `ruleDocumentationUri` that a rule ID replaces. */
const RULE_PLACEHOLDER = '{rule}';

/** How diagnostics name files and link to rule documentation. */
export interface DiagnosticNames {
  /** A file by the URI the client knows it by. */
  readonly uriOf: (path: string) => string;
  /** The documentation of a rule (undefined: no link). */
  readonly docUriOf?: (rule: string) => string;
}

export function toDiagnostic(finding: Finding, names: DiagnosticNames): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = finding.related.map((related) => ({
    location: { uri: names.uriOf(related.file), range: rangeOf(related) },
    message: related.message,
  }));
  const href = names.docUriOf?.(finding.rule);
  return {
    range: rangeOf(finding),
    severity: severityOf(finding.severity),
    code: finding.rule,
    ...(href !== undefined ? { codeDescription: { href } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
  };
}

export function unusedSuppressionDiagnostic(unused: UnusedSuppression): Diagnostic {
  return {
    range: rangeOf(unused),
    severity: DiagnosticSeverity.Hint,
    code: UNUSED_SUPPRESSION_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: unused.message,
    tags: [DiagnosticTag.Unnecessary],
  };
}

/** A function whose paths were too many to follow: a hint at its name, so the silence is explained. */
export function skippedFunctionDiagnostic(skipped: SkippedFunction): Diagnostic {
  return {
    range: rangeOf(skipped),
    severity: DiagnosticSeverity.Hint,
    code: ANALYSIS_BUDGET_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: skipped.message,
  };
}

/**
 * The documentation link maker of a `ruleDocumentationUri` template, or undefined when there is none or
 * it has no `{rule}` (a link that names no rule would send every finding to the same place).
 */
export function docUriMaker(template: unknown): ((rule: string) => string) | undefined {
  if (typeof template !== 'string' || !template.includes(RULE_PLACEHOLDER)) return undefined;
  return (rule) => template.split(RULE_PLACEHOLDER).join(encodeURIComponent(rule));
}

export function rangeOf(location: Location): Diagnostic['range'] {
  return { start: location.start, end: location.end };
}

function severityOf(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'info': return DiagnosticSeverity.Information;
    case 'hint': return DiagnosticSeverity.Hint;
  }
}
