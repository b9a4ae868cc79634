// The properties every input must hold, whatever its text: the analysis does not throw; every finding,
// related location and fix edit lies inside the text it names, with start <= end and line/column
// positions that agree with the offsets under LSP's line breaks (\n, \r\n and \r); the edits of one
// fix do not overlap; and applying a fix to a file that parses without errors adds no ERROR or MISSING
// node. A metamorphic input (test/metamorphic/) is rewritten first, and the rewritten program must
// hold these properties too, and yield the original's findings (moved where the rewrites moved their
// lines, less those a cure removed). The CLI's planned workspace must report the same findings as the
// one holding every file (planned.ts). The fuzzer (scripts/fuzz.mjs, through a bundle) and the
// regression test both check inputs with `checkInput`.
// Time is measured here but judged by the fuzzer: speed is never asserted in a unit test.

import { Workspace } from '../../server/src/analysis/workspace';
import type { AnalysisResult } from '../../server/src/analysis/workspace';
import type { Config } from '../../server/src/analysis/config';
import { DEFAULT_MAX_FILE_SIZE, EMPTY_CONFIG } from '../../server/src/analysis/config';
import type { Finding, Fix, Location } from '../../server/src/analysis/findings';
import type { Rule } from '../../server/src/analysis/rule';
import { RULES } from '../../server/src/rules/index';
import { errorCount } from '../support/fixtures';
import { applyEdits } from '../support/fixes';
import type { Step } from '../metamorphic/check';
import { rewrite } from '../metamorphic/check';
import { compare } from '../metamorphic/expectations';
import { isKnownFailure } from '../metamorphic/known-failures';
import { Program, formatKey } from '../metamorphic/program';
import type { FindingKey } from '../metamorphic/program';
import { formatSiteKey } from '../metamorphic/sites';
import type { SiteKey } from '../metamorphic/sites';
import { plannedViolations } from './planned';

/**
 * Inputs analysed within this long are analysed again as the CLI plans them (planned.ts): the fuzzer's
 * hard limit counts the whole check, and a slow input is the rarer one (mutations take tens of
 * milliseconds, generated programs a few hundred).
 */
const PLANNED_CHECK_MS = 1000;

export interface FuzzFile {
  readonly path: string;
  readonly text: string;
}

export interface FuzzInput {
  readonly files: readonly FuzzFile[];
  /** The workspace roots (where `#include "wsk.h"` finds the test header). */
  readonly roots: readonly string[];
  readonly config?: Config;
  /** Rewrites to apply before the checks (test/metamorphic/check.ts says how steps read). */
  readonly metamorphic?: { readonly steps: readonly Step[] };
}

export type Property = 'throws' | 'span' | 'positions' | 'fix-edits' | 'fix-errors' | 'metamorphic' | 'planned';

export interface Violation {
  readonly property: Property;
  /** The rule whose finding breaks the property (none for `throws`). */
  readonly rule?: string;
  readonly message: string;
  readonly stack?: string;
}

export interface CheckResult {
  readonly violations: Violation[];
  /** From the first setFile to the end of analyze (fix checks excluded). */
  readonly analysisMs: number;
  readonly findings: number;
  readonly fixesApplied: number;
  /** For a metamorphic input: the sites applied, in order (their keys replay the same rewrites). */
  readonly metamorphic?: { readonly applied: readonly SiteKey[] };
}

/** Each applied fix re-parses the files it edits: the first few distinct fixes of an input are enough. */
const MAX_FIXES = 8;

const INTERNAL_ERROR = /^internal error/;

/** `rules`: the product's rules; the checker's own tests pass broken ones. */
export async function checkInput(input: FuzzInput, rules: readonly Rule[] = RULES): Promise<CheckResult> {
  return input.metamorphic ? checkRewritten(input, input.metamorphic.steps, rules) : checkFiles(input, rules);
}

/** The findings of unchanged programs, by their texts: a fuzzer's metamorphic inputs start from a few drivers. */
const originals = new Map<string, FindingKey[]>();

/** Rewrites the input, then checks the result: every property, and the findings the rewrites keep. */
async function checkRewritten(input: FuzzInput, steps: readonly Step[], rules: readonly Rule[]): Promise<CheckResult> {
  const key = JSON.stringify([input.roots, input.files.map((file) => [file.path, file.text])]);
  let rewritten;
  try {
    // Sites of the classes known to fail (test/metamorphic/known-failures.ts) are not drawn: a run
    // reports what is not known yet.
    rewritten = await rewrite(input.files, input.roots, steps, { known: originals.get(key), skip: isKnownFailure });
  } catch (error) {
    return { violations: [thrown(error, 'rewriting')], analysisMs: 0, findings: 0, fixesApplied: 0 };
  }
  if (originals.size > 64) originals.clear();
  originals.set(key, rewritten.original);
  const applied = rewritten.applied.map((site) => site.key);
  const what = rewritten.applied.length > 0 ? rewritten.applied.map((site) => formatSiteKey(site.key)).join(', ') : 'no rewrite';
  const result = await checkFiles({ ...input, files: rewritten.files }, rules, (workspace, findings, files) => {
    const found = Program.over(files, workspace, findings).findingKeys();
    const { missing, unexpected } = compare(rewritten.expected, found);
    return [
      ...missing.map((e): Violation => ({ property: 'metamorphic', rule: e.rule, message: `lost ${formatKey(e.origin)} after ${what}` })),
      ...unexpected.map((k): Violation => ({ property: 'metamorphic', rule: k.rule, message: `new ${formatKey(k)} after ${what}` })),
    ];
  });
  return { ...result, metamorphic: { applied } };
}

/** The properties of a set of files; `extra` adds checks of the analysed workspace and its findings. */
async function checkFiles(input: FuzzInput, rules: readonly Rule[], extra?: (workspace: Workspace, findings: readonly Finding[], files: readonly FuzzFile[]) => Violation[]): Promise<CheckResult> {
  const violations: Violation[] = [];
  const stacks = new Map<string, string>();
  const tracedRules = rules.map((rule) => traced(rule, stacks));
  const config = input.config ?? EMPTY_CONFIG;
  let workspace: Workspace | undefined;
  let analysisMs = 0;
  let result: AnalysisResult | undefined;
  // As the server and the CLI do, a file over the size limit is left out: the rest of the input must
  // not depend on it (a finding in it would break the span property).
  const analysed = input.files.filter((file) => Buffer.byteLength(file.text, 'utf8') <= DEFAULT_MAX_FILE_SIZE);
  try {
    workspace = await Workspace.create(input.roots);
    const start = performance.now();
    try {
      for (const file of analysed) workspace.setFile(file.path, file.text);
      result = workspace.analyze(tracedRules, config);
    } catch (error) {
      violations.push(thrown(error, 'analysing'));
    } finally {
      analysisMs = performance.now() - start;
    }
    if (!result) return { violations, analysisMs, findings: 0, fixesApplied: 0 };

    for (const problem of result.problems) {
      if (!INTERNAL_ERROR.test(problem.message)) continue;
      const message = problem.message.replace(/^internal error while analysing: /, '');
      violations.push({ property: 'throws', message: problem.message, stack: stacks.get(message) ?? rethrowStack(workspace, problem.file, config) });
    }
    const texts = new Map(analysed.map((file) => [file.path, file.text]));
    violations.push(...locationViolations(result.findings, texts));
    if (extra) violations.push(...extra(workspace, result.findings, analysed));
    // The plan is the CLI's, which never reads a file holding a NUL byte (parse/decode.ts: binary): in
    // one, tree-sitter ends a string literal at the NUL where the preprocessor reads on.
    if (rules === RULES && analysisMs <= PLANNED_CHECK_MS && !analysed.some((file) => file.text.includes('\0'))) {
      try {
        violations.push(...(await plannedViolations(analysed, input.roots, config, result.findings)));
      } catch (error) {
        violations.push(thrown(error, 'analysing as planned'));
      }
    }
    const fixesApplied = checkFixes(workspace, result.findings, texts, violations);
    return { violations, analysisMs, findings: result.findings.length, fixesApplied };
  } catch (error) {
    violations.push(thrown(error, 'setting up'));
    return { violations, analysisMs, findings: result?.findings.length ?? 0, fixesApplied: 0 };
  } finally {
    workspace?.dispose();
  }
}

/** Span, position and edit-overlap checks of findings (exported for the checker's own tests). */
export function locationViolations(findings: readonly Finding[], texts: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  const lines = new Map<string, number[]>();
  const check = (location: Location, what: string, rule: string, spanProperty: 'span' | 'fix-edits'): boolean => {
    const text = texts.get(location.file);
    const { start, end } = location.span;
    if (text === undefined) {
      violations.push({ property: spanProperty, rule, message: `${rule}: ${what} is in ${location.file}, which is not an analysed file` });
      return false;
    }
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
      violations.push({ property: spanProperty, rule, message: `${rule}: ${what} spans ${start}-${end} in a text of ${text.length}` });
      return false;
    }
    let starts = lines.get(location.file);
    if (!starts) lines.set(location.file, (starts = lspLineStarts(text)));
    for (const [offset, position, which] of [[start, location.start, 'start'], [end, location.end, 'end']] as const) {
      const expected = positionAt(starts, offset);
      if (expected.line !== position.line || expected.character !== position.character) {
        violations.push({ property: 'positions', rule, message: `${rule}: ${what} ${which} at offset ${offset} is ${position.line}:${position.character}, LSP counts ${expected.line}:${expected.character}` });
      }
    }
    return true;
  };
  for (const finding of findings) {
    check(finding, 'the finding', finding.rule, 'span');
    for (const related of finding.related) check(related, 'a related location', finding.rule, 'span');
    for (const fix of finding.fixes) {
      const valid = fix.edits.filter((edit) => check(edit, `an edit of "${fix.title}"`, finding.rule, 'fix-edits'));
      const overlap = overlappingEdits(valid);
      if (overlap) violations.push({ property: 'fix-edits', rule: finding.rule, message: `${finding.rule}: the edits of "${fix.title}" overlap (${overlap})` });
    }
  }
  return violations;
}

/** Two edits of one file overlap when one starts before the other ends (touching is fine). */
export function overlappingEdits(edits: readonly { file: string; span: { start: number; end: number } }[]): string | undefined {
  const sorted = [...edits].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.start - b.span.start || a.span.end - b.span.end));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (a.file === b.file && b.span.start < a.span.end) return `${a.span.start}-${a.span.end} and ${b.span.start}-${b.span.end}`;
  }
  return undefined;
}

/** Line starts as LSP splits lines: after \n, after \r\n, and after a \r not followed by \n. */
export function lspLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/**
 * Applies the first distinct fixes one at a time and counts ERROR/MISSING nodes of every file a fix
 * edits, before and after: a fix must not break a file that parsed cleanly. (In a file that is broken
 * already, any edit moves tree-sitter's error recovery, and the count goes up or down by chance.)
 * Files are re-parsed from scratch (deleted, then set), so that the counts compare two fresh parses
 * and not a fresh one with an incremental one.
 */
function checkFixes(workspace: Workspace, findings: readonly Finding[], texts: ReadonlyMap<string, string>, violations: Violation[]): number {
  const seen = new Set<string>();
  const fixes: { finding: Finding; fix: Fix }[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      const key = JSON.stringify(fix.edits.map((edit) => [edit.file, edit.span.start, edit.span.end, edit.newText]));
      if (seen.has(key) || fixes.length >= MAX_FIXES) continue;
      seen.add(key);
      if (fix.edits.every((edit) => texts.has(edit.file) && edit.span.start >= 0 && edit.span.end <= (texts.get(edit.file) ?? '').length) && !overlappingEdits(fix.edits)) fixes.push({ finding, fix });
    }
  }
  // Only files that parse without errors can be judged; the tree says so without a walk.
  const cleanBefore = new Map<string, boolean>();
  for (const { finding, fix } of fixes) {
    const files = [...new Set(fix.edits.map((edit) => edit.file))];
    try {
      for (const file of files) if (!cleanBefore.has(file)) cleanBefore.set(file, !hasErrors(workspace, file));
      for (const file of files) reparse(workspace, file, applyEdits(texts.get(file) as string, fix.edits.filter((edit) => edit.file === file)));
      for (const file of files) {
        if (!cleanBefore.get(file) || !hasErrors(workspace, file)) continue;
        violations.push({ property: 'fix-errors', rule: finding.rule, message: `${finding.rule}: "${fix.title}" (finding at ${finding.start.line + 1}:${finding.start.character + 1}) raises the ERROR/MISSING nodes of ${file} from 0 to ${errorCount(workspace, file)}` });
      }
    } catch (error) {
      violations.push(thrown(error, `applying "${fix.title}" of ${finding.rule}`));
    } finally {
      for (const file of files) reparse(workspace, file, texts.get(file) as string);
    }
  }
  return fixes.length;
}

function reparse(workspace: Workspace, path: string, text: string): void {
  workspace.deleteFile(path);
  workspace.setFile(path, text);
}

function hasErrors(workspace: Workspace, path: string): boolean {
  return workspace.file(path)?.parsed.tree.rootNode.hasError ?? false;
}

/** A rule whose callbacks record the stack of what they throw (the workspace keeps only the message). */
function traced(rule: Rule, stacks: Map<string, string>): Rule {
  const record = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    if (!stacks.has(message)) stacks.set(message, error instanceof Error ? (error.stack ?? message) : message);
  };
  // Every hook (onCall, onFunction, onDefinition, onFile…), whatever hooks rules gain: one left out
  // would silently drop a rule's findings from the fuzzer's analysis.
  const wrapped: Record<string, unknown> = { ...rule };
  for (const [key, hook] of Object.entries(rule)) {
    if (!key.startsWith('on') || typeof hook !== 'function') continue;
    wrapped[key] = (...args: unknown[]) => {
      try {
        return hook.apply(rule, args);
      } catch (error) {
        record(error);
        throw error;
      }
    };
  }
  return wrapped as unknown as Rule;
}

/** An error the workspace caught before any rule ran (building the program view): run that step again for its stack. */
function rethrowStack(workspace: Workspace, path: string, config: Config): string | undefined {
  try {
    const program = workspace.programView(config.wrappers);
    const analysis = workspace.file(path);
    if (analysis) program.functionsOf(analysis);
  } catch (error) {
    return error instanceof Error ? error.stack : String(error);
  }
  return undefined;
}

function thrown(error: unknown, phase: string): Violation {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { property: 'throws', message: `${message} (while ${phase})`, stack: error instanceof Error ? error.stack : undefined };
}
