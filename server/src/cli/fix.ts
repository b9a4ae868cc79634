// `wsk-lint --fix` and `--fix-dry-run`: the safe fixes of every reported file, made in rounds. Each
// round analyses the workspace, takes each file's safe fixes that do not overlap (analysis/fixes.ts) and
// makes them, unless the file would then parse worse (a fix never corrupts); the next round sees the
// fixed text, so fixes that overlapped or that a fix made possible follow, until nothing is left to fix
// or MAX_ROUNDS have run. What is left is reported as a run without --fix would report it. One thread:
// the rounds share one workspace, whose files re-parse incrementally.

import type { Config } from '../analysis/config';
import { compareFindings } from '../analysis/findings';
import { applyEdits, parseErrors, safeFixes } from '../analysis/fixes';
import type { AnalysisResult } from '../analysis/workspace';
import { Workspace } from '../analysis/workspace';
import { RULES } from '../rules/index';
import type { SourceFile } from './files';
import { appendAll } from '../parse/arrays';

/** Rounds of analysis and fixes at most (a fix that makes another possible needs a second). */
export const MAX_ROUNDS = 10;

const SAFE_RULES: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.meta.fix === 'safe').map((rule) => rule.meta.id));

export interface FixJob {
  readonly roots: readonly string[];
  /** Every file of the workspace: the headers that lend macros and types first, then the reported ones. */
  readonly files: readonly SourceFile[];
  /** The files reported on (and fixed), each with its configuration. */
  readonly reported: readonly { readonly path: string; readonly config: Config }[];
}

export interface FixOutcome {
  /** The analysis of the fixed files: what is left. */
  readonly result: AnalysisResult;
  /** The fixed text of each file a fix changed. */
  readonly fixed: ReadonlyMap<string, string>;
  /** How many findings the fixes removed. */
  readonly fixedFindings: number;
  /** The rounds that made fixes. */
  readonly rounds: number;
  /** Files whose fixes were not made because the file would have parsed worse. */
  readonly refused: readonly string[];
}

export async function fixFiles(job: FixJob): Promise<FixOutcome> {
  const workspace = await Workspace.create(job.roots);
  try {
    for (const file of job.files) workspace.setFile(file.path, file.text);
    const original = new Map(job.files.map((file) => [file.path, file.text]));
    const refused = new Set<string>();
    let fixedFindings = 0;
    let rounds = 0;
    let result = analyse(workspace, job);
    while (rounds < MAX_ROUNDS) {
      let changed = false;
      for (const { path } of job.reported) {
        const { edits, fixed } = safeFixes(result.findings.filter((finding) => finding.file === path), SAFE_RULES);
        if (edits.length === 0) continue;
        const before = workspace.text(path) as string;
        const errorsBefore = errorsOf(workspace, path);
        const eol = before.includes('\r\n') ? '\r\n' : '\n';
        workspace.setFile(path, applyEdits(before, edits.map((edit) => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, eol) }))));
        if (errorsOf(workspace, path) > errorsBefore) {
          workspace.setFile(path, before);
          refused.add(path);
          continue;
        }
        fixedFindings += fixed.length;
        changed = true;
      }
      if (!changed) break;
      rounds++;
      result = analyse(workspace, job);
    }
    const fixed = new Map<string, string>();
    for (const { path } of job.reported) {
      const text = workspace.text(path);
      if (text !== undefined && text !== original.get(path)) fixed.set(path, text);
    }
    return { result, fixed, fixedFindings, rounds, refused: [...refused] };
  } finally {
    workspace.dispose();
  }
}

function errorsOf(workspace: Workspace, path: string): number {
  const analysis = workspace.file(path);
  return analysis ? parseErrors(analysis.parsed) : 0;
}

/** The reported files analysed, each with its configuration, as one result in report order. */
function analyse(workspace: Workspace, job: FixJob): AnalysisResult {
  const result: AnalysisResult = { findings: [], suppressed: [], unusedSuppressions: [], skippedFunctions: [], problems: [] };
  for (const { path, config } of job.reported) {
    const one = workspace.analyze(RULES, config, [path]);
    appendAll(result.findings, one.findings);
    appendAll(result.suppressed, one.suppressed);
    appendAll(result.unusedSuppressions, one.unusedSuppressions);
    appendAll(result.skippedFunctions, one.skippedFunctions);
    appendAll(result.problems, one.problems);
  }
  result.findings.sort(compareFindings);
  result.suppressed.sort(compareFindings);
  return result;
}
