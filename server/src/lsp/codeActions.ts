// Quick-fixes for the findings and unused suppressions under the requested range, each a `quickfix`
// code action that carries its diagnostic, so the editor shows it in the light bulb of that squiggle:
//   - each fix of a finding (`isPreferred` marks the one obvious fix, applied with a single keystroke);
//   - "Suppress WSK007 on this line" and "Suppress WSK007 in this file" for every finding, never
//     preferred (silencing is a decision, not a fix);
//   - for an unused suppression, taking its rule ID or the whole comment out (preferred: nothing is
//     lost).
// The suppression actions edit the document's comments, so they need its parsed text; without it
// (the workspace holds other text than the editor) only the fixes are offered.
//
// Asked for `source.fixAll` (VS Code's `editor.codeActionsOnSave`, or "Fix All" of the Source Action
// menu), one `source.fixAll.wskLint` action makes every safe fix of the whole document at once: the
// preferred fix of each finding of a rule whose fixes are safe, those whose edits would overlap another
// left for the next time (analysis/fixes.ts).

import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import { safeFixes } from '../analysis/fixes';
import { RULES } from '../rules/index';
import type { Finding, UnusedSuppression } from '../analysis/findings';
import type { ParsedFile } from '../parse/document';
import type { DiagnosticNames } from './diagnostics';
import { rangeOf, toDiagnostic, unusedSuppressionDiagnostic } from './diagnostics';
import type { OffsetEdit } from './suppressionComments';
import { readSuppressions } from '../analysis/suppressions';
import { removeUnused, suppressInFile, suppressOnLine } from './suppressionComments';

export interface CodeActionRequest {
  /** The document's published findings and unused suppressions. */
  readonly findings: readonly Finding[];
  readonly unused: readonly UnusedSuppression[];
  /** The document as analysed, for the suppression actions (undefined: fixes only); asked only when needed. */
  readonly parsed: () => ParsedFile | undefined;
  readonly uri: string;
  readonly range: Range;
  /** The kinds the client asked for (all when absent). */
  readonly only: readonly string[] | undefined;
  readonly names: DiagnosticNames;
}

/** The kind of the action that makes every safe fix of a document. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.wskLint`;

/** The rules whose fixes can be made without review. */
const SAFE_RULES: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.meta.fix === 'safe').map((rule) => rule.meta.id));

export function codeActions(request: CodeActionRequest): CodeAction[] {
  const { only } = request;
  // `source.fixAll` (or `source`) is asked for explicitly; the light bulb's requests get quick-fixes only.
  const all = only?.some((kind) => kind !== '' && kindIncludes(kind, FIX_ALL_KIND)) ? fixAll(request) : [];
  if (only && !only.some((kind) => kindIncludes(kind, CodeActionKind.QuickFix))) return all;
  return [...all, ...quickFixes(request)];
}

function quickFixes(request: CodeActionRequest): CodeAction[] {
  const { range, names } = request;
  const findings = request.findings.filter((finding) => touches(rangeOf(finding), range));
  const unused = request.unused.filter((item) => touches(rangeOf(item), range));
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const diagnostic = toDiagnostic(finding, names);
    for (const fix of finding.fixes) {
      const changes: Record<string, TextEdit[]> = {};
      for (const edit of fix.edits) (changes[names.uriOf(edit.file)] ??= []).push({ range: rangeOf(edit), newText: edit.newText });
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes } });
    }
  }
  if (findings.length === 0 && unused.length === 0) return actions;
  const parsed = request.parsed();
  if (!parsed) return actions;
  const suppressions = readSuppressions(parsed);
  const offered = new Set<string>();
  const offer = (key: string, title: string, diagnostic: Diagnostic, edit: OffsetEdit, isPreferred: boolean) => {
    if (offered.has(key)) return; // two findings of a rule on one line share one action
    offered.add(key);
    const textEdit: TextEdit = { range: { start: parsed.lines.position(edit.start), end: parsed.lines.position(edit.end) }, newText: edit.newText };
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [request.uri]: [textEdit] } } });
  };
  for (const finding of findings) {
    const diagnostic = toDiagnostic(finding, names);
    const line = finding.start.line;
    offer(`line:${finding.rule}:${line}`, `Suppress ${finding.rule} on this line`, diagnostic, suppressOnLine(parsed, suppressions, finding.rule, line), false);
    offer(`file:${finding.rule}`, `Suppress ${finding.rule} in this file`, diagnostic, suppressInFile(parsed, suppressions, finding.rule, line), false);
  }
  for (const item of unused) {
    const removal = removeUnused(parsed, suppressions, item, request.unused);
    if (removal) offer(`unused:${item.span.start}`, removal.title, unusedSuppressionDiagnostic(item), removal.edit, true);
  }
  return actions;
}

/** Every safe fix of the document as one action (none when there is nothing to fix). */
function fixAll(request: CodeActionRequest): CodeAction[] {
  const { edits, fixed } = safeFixes(request.findings, SAFE_RULES);
  if (edits.length === 0) return [];
  return [{
    title: `Fix ${fixed.length === 1 ? 'the safe wsk-lint problem' : `all ${fixed.length} safe wsk-lint problems`}`,
    kind: FIX_ALL_KIND,
    diagnostics: fixed.map((finding) => toDiagnostic(finding, request.names)),
    edit: { changes: { [request.uri]: edits.map((edit) => ({ range: rangeOf(edit), newText: edit.newText })) } },
  }];
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
