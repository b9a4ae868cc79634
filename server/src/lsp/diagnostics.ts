// Finding -> LSP Diagnostic: the rule ID as code, `wsk-lint` as source, the severity the analysis
// settled (the rule's, or the one settings gave it), and the related locations of the path.

import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Finding, Location, Severity } from '../analysis/findings';

export const DIAGNOSTIC_SOURCE = 'wsk-lint';

/** `uriOf` names a file by the URI the client knows it by. */
export function toDiagnostic(finding: Finding, uriOf: (path: string) => string): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = finding.related.map((related) => ({
    location: { uri: uriOf(related.file), range: rangeOf(related) },
    message: related.message,
  }));
  return {
    range: rangeOf(finding),
    severity: severityOf(finding.severity),
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
  };
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
