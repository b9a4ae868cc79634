// SARIF 2.1.0 (OASIS), the format code-scanning services read: the rules' metadata and documentation
// (from the rule files), each finding with its region, related locations and fixes, and the files that
// were skipped as tool notifications. Artifact URIs are relative to %SRCROOT%, the current folder, so
// the log stays valid when the checkout moves; a file outside it gets an absolute file: URI.
//
// A finding a `wsk-lint-disable` comment silences stays in the log, marked with an in-source
// suppression and the comment's reason as its justification: code scanning shows it as suppressed,
// and the log keeps the audit trail of what was silenced and why.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Location, Problem, Severity, SkippedFunction } from '../../analysis/findings';
import { compareFindings } from '../../analysis/findings';
import type { Rule } from '../../analysis/rule';
import { ruleMarkdown } from '../../rules/render';
import { region } from './location';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export interface SarifRun {
  readonly findings: readonly Finding[];
  /** Findings suppressed by comments (each with `suppressed` set). */
  readonly suppressed?: readonly Finding[];
  /** Files skipped and analysis problems (one line each), reported as tool notifications. */
  readonly problems: readonly Problem[];
  /** Files analysed but not as written (read as Windows-1252), reported as notifications of level note. */
  readonly notes?: readonly Problem[];
  /** Functions not fully analysed: notifications at their names (warning when skipped, note when partial). */
  readonly functions?: readonly SkippedFunction[];
  readonly rules: readonly Rule[];
  readonly version: string;
  /** The project's page: the tool's `informationUri`; each rule's `helpUri` is its page under docs/rules/. */
  readonly homepage: string;
  readonly cwd: string;
}

export function formatSarif(run: SarifRun): string {
  const ruleIndex = new Map(run.rules.map((rule, index) => [rule.meta.id, index]));
  const artifact = (file: string) => artifactLocation(file, run.cwd);
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'wsk-lint',
          version: run.version,
          semanticVersion: run.version,
          informationUri: run.homepage,
          rules: run.rules.map((rule) => ruleDescriptor(rule, run.homepage)),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: folderUri(run.cwd) } },
      columnKind: 'utf16CodeUnits',
      invocations: [{
        executionSuccessful: true,
        ...(run.problems.length + (run.notes?.length ?? 0) + (run.functions?.length ?? 0) > 0
          ? {
            toolExecutionNotifications: [
              ...[
                ...run.problems.map((problem) => ({ level: 'warning', problem })),
                ...(run.notes ?? []).map((problem) => ({ level: 'note', problem })),
              ].map(({ level: notificationLevel, problem }) => ({
                level: notificationLevel,
                message: { text: sentence(problem.message) },
                locations: [{ physicalLocation: { artifactLocation: artifact(problem.file) } }],
              })),
              ...(run.functions ?? []).map((skipped) => ({
                level: skipped.reason === 'skipped' ? 'warning' : 'note',
                descriptor: { id: skipped.reason === 'skipped' ? 'function-skipped' : 'function-partial' },
                message: { text: sentence(skipped.message.replace(/\n/g, ' ')) },
                locations: [physicalLocation(skipped, artifact)],
              })),
            ],
          }
          : {}),
      }],
      results: [...run.findings, ...(run.suppressed ?? [])].sort(compareFindings).map((finding) => ({
        ruleId: finding.rule,
        ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
        level: level(finding.severity),
        message: { text: finding.message },
        locations: [physicalLocation(finding, artifact)],
        ...(finding.related.length > 0
          ? { relatedLocations: finding.related.map((related, index) => ({ id: index + 1, ...physicalLocation(related, artifact), message: { text: related.message } })) }
          : {}),
        ...(finding.fixes.length > 0
          ? {
            fixes: finding.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: groupByFile(fix.edits).map(([file, edits]) => ({
                artifactLocation: artifact(file),
                replacements: edits.map((edit) => ({ deletedRegion: sarifRegion(edit), insertedContent: { text: edit.newText } })),
              })),
            })),
          }
          : {}),
        ...(finding.suppressed
          ? { suppressions: [{ kind: 'inSource', status: 'accepted', ...(finding.suppressed.justification ? { justification: finding.suppressed.justification } : {}) }] }
          : {}),
      })),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(rule: Rule, homepage: string) {
  const markdown = ruleMarkdown(rule);
  return {
    id: rule.meta.id,
    // SARIF's friendly names are Pascal case: set-after-bind is SetAfterBind.
    name: rule.meta.name.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(''),
    shortDescription: { text: rule.docs.summary },
    fullDescription: { text: rule.docs.why, markdown: rule.docs.why },
    defaultConfiguration: { level: level(rule.meta.severity) },
    helpUri: rulePageUri(homepage, rule.meta.id),
    help: { text: markdown, markdown },
  };
}

/** Where a rule's page is published: docs/rules/<ID>.md of the repository at the project's page. */
export function rulePageUri(homepage: string, id: string): string {
  return `${homepage.replace(/\/$/, '')}/blob/main/docs/rules/${id}.md`;
}

/** SARIF messages are sentences: capitalised and ending with a period. */
function sentence(text: string): string {
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function physicalLocation(location: Location, artifact: (file: string) => object) {
  return { physicalLocation: { artifactLocation: artifact(location.file), region: sarifRegion(location) } };
}

function sarifRegion(location: Location) {
  const at = region(location);
  return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** An absolute file: URI ending in `/`, as SARIF requires of a base URI. */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function groupByFile<T extends { readonly file: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.file);
    if (group) group.push(item);
    else groups.set(item.file, [item]);
  }
  return [...groups];
}
