// Quick-fixes: each fix of a finding under the requested range becomes a `quickfix` code action that
// carries its diagnostic, so the editor shows it in the light bulb of that squiggle. `isPreferred`
// marks the one obvious fix (applied with a single keystroke).

import type { CodeAction, Range, TextEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import type { Finding } from '../analysis/findings';
import { rangeOf, toDiagnostic } from './diagnostics';

/**
 * The quick-fixes of the findings that touch `range`. `only`: the kinds the client asked for (all when
 * absent); `uriOf` names the files the edits change.
 */
export function quickFixes(findings: readonly Finding[], range: Range, only: readonly string[] | undefined, uriOf: (path: string) => string): CodeAction[] {
  if (only && !only.some((kind) => kindIncludes(kind, CodeActionKind.QuickFix))) return [];
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (!touches(rangeOf(finding), range)) continue;
    const diagnostic = toDiagnostic(finding, uriOf);
    for (const fix of finding.fixes) {
      const changes: Record<string, TextEdit[]> = {};
      for (const edit of fix.edits) {
        (changes[uriOf(edit.file)] ??= []).push({ range: rangeOf(edit), newText: edit.newText });
      }
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes } });
    }
  }
  return actions;
}

/** Code action kinds are hierarchical: `quickfix` includes `quickfix.x`; the empty kind includes all. */
function kindIncludes(requested: string, kind: string): boolean {
  return requested === '' || kind === requested || kind.startsWith(`${requested}.`);
}

function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}
