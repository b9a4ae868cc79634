// The requests the server answers from data it already has, and the shape checks of request params:
// the rules and their documentation (`wskLint/rules`, `wskLint/ruleDocumentation`), the hover on a rule
// ID in a suppression comment, and InvalidParams for a request whose params are not what its method takes.

import type { CodeActionParams, Hover, HoverParams } from 'vscode-languageserver/node';
import { ErrorCodes, MarkupKind, ResponseError } from 'vscode-languageserver/node';
import { readSuppressions } from '../analysis/suppressions';
import type { FileAnalysis } from '../analysis/workspace';
import { RULES, ruleById } from '../rules/index';
import { ruleMarkdown } from '../rules/render';
import type { RuleDocumentation, RuleDocumentationParams, RuleSummary } from './protocol';
import { ruleIdAt } from './suppressionComments';

/** A request whose params are not what the method takes: InvalidParams, nothing worked out or logged. */
export function invalidParams(name: string, expected: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `wsk-lint: ${name} needs ${expected}`);
}

export function isPositionParams(params: unknown): params is HoverParams {
  return hasDocument(params) && isPosition((params as Record<string, unknown>).position);
}

export function isCodeActionParams(params: unknown): params is CodeActionParams {
  if (!hasDocument(params)) return false;
  const { range, context } = params as Record<string, unknown>;
  return isObject(range) && isPosition(range.start) && isPosition(range.end) && isObject(context);
}

export function ruleSummaries(): RuleSummary[] {
  return RULES.map((rule) => ({ id: rule.meta.id, name: rule.meta.name, severity: rule.meta.severity, summary: rule.docs.summary }));
}

/** A rule's documentation, the text `wsk-lint --explain` prints. */
export function ruleDocumentation(params: RuleDocumentationParams | undefined): RuleDocumentation | null {
  const rule = typeof params?.rule === 'string' ? ruleById(params.rule) : undefined;
  return rule ? { rule: rule.meta.id, markdown: ruleMarkdown(rule) } : null;
}

/** Hover on a rule ID in a suppression comment: that rule's documentation. */
export function ruleIdHover(analysis: FileAnalysis, offset: number): Hover | null {
  const { parsed } = analysis;
  // A directive and its IDs share a line: most hovers are on lines without one.
  const { line } = parsed.lines.position(offset);
  const lineEnd = line + 1 < parsed.lines.lineCount ? parsed.lines.lineStart(line + 1) : parsed.text.length;
  if (!parsed.text.slice(parsed.lines.lineStart(line), lineEnd).includes('wsk-lint-disable')) return null;
  const at = ruleIdAt(readSuppressions(parsed), offset);
  const rule = at ? ruleById(at.rule) : undefined;
  if (!at || !rule) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: ruleMarkdown(rule) },
    range: { start: parsed.lines.position(at.span.start), end: parsed.lines.position(at.span.end) },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function hasDocument(params: unknown): boolean {
  return isObject(params) && isObject(params.textDocument) && typeof params.textDocument.uri === 'string';
}

function isPosition(value: unknown): boolean {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}
