// The machine-readable reports: JSON and SARIF from the built CLI (exact fields, 1-based UTF-16
// positions), the formatters on a finding with related locations and a fix spanning two files (no rule
// of this slice produces one yet), suppression comments in every format, and Microsoft's SARIF
// validator run over all of them.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Finding } from '../../server/src/analysis/findings';
import { formatJson } from '../../server/src/cli/format/json';
import { formatSarif } from '../../server/src/cli/format/sarif';
import { formatText } from '../../server/src/cli/format/text';
import { RULES } from '../../server/src/rules/index';
import { ruleMarkdown } from '../../server/src/rules/render';
import { ensureBuilt } from '../support/build';
import { ROOT } from '../support/build';
import { removeScratchFolders, scratch, wskLint, write } from './run';

beforeAll(() => ensureBuilt());
afterAll(removeScratchFolders);

const { version: VERSION, homepage: HOMEPAGE } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string; homepage: string };

const RELEASE_WITH_IRP = {
  file: 'driver/client.c',
  line: 9,
  column: 63,
  endLine: 9,
  endColumn: 66,
  rule: 'WSK012',
  name: 'client-control-params',
  severity: 'error',
  message: 'Irp must be NULL for WSK_RELEASE_SD, not Irp.\nWSK_RELEASE_SD completes synchronously and takes no IRP.',
  related: [],
  fixes: [{ title: 'Replace Irp with NULL', edits: [{ file: 'driver/client.c', line: 9, column: 63, endLine: 9, endColumn: 66, newText: 'NULL' }] }],
};
const SET_WITHOUT_IRP = {
  file: 'driver/client.c',
  line: 17,
  column: 65,
  endLine: 17,
  endColumn: 69,
  rule: 'WSK005',
  name: 'null-irp',
  severity: 'error',
  message: 'Irp must not be NULL for an SO_WSK_SECURITY set.\nSO_WSK_SECURITY completes through an IRP. Allocate one with IoAllocateIrp and check it for NULL.',
  related: [],
  fixes: [],
};

describe('JSON', () => {
  test('an array of findings with 1-based lines, UTF-16 columns and exclusive end columns', () => {
    const run = wskLint(['--format', 'json', 'driver/client.c', 'driver/socket.c'], scratch());
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { version: number; findings: unknown[]; notifications: unknown[] };
    expect(report.version).toBe(2);
    expect(report.notifications).toEqual([]);
    const { findings } = report;
    expect(findings).toHaveLength(6);
    expect(findings.slice(0, 2)).toEqual([RELEASE_WITH_IRP, SET_WITHOUT_IRP]);
    // After `/* größe 🔒 */` on the same line: 🔒 is two UTF-16 code units.
    expect(findings[2]).toEqual({
      file: 'driver/socket.c',
      line: 11,
      column: 24,
      endLine: 11,
      endColumn: 51,
      rule: 'WSK001',
      name: 'security-option-size',
      severity: 'error',
      message: 'InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set.\nsizeof(SECURITY_DESCRIPTOR) is the size of the descriptor itself; the call takes a pointer to it.',
      related: [],
      fixes: [{
        title: 'Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)',
        edits: [{ file: 'driver/socket.c', line: 11, column: 24, endLine: 11, endColumn: 51, newText: 'sizeof(PSECURITY_DESCRIPTOR)' }],
      }],
    });
  });

  test('no findings: an empty list, and no notifications', () => {
    expect(JSON.parse(wskLint(['-f', 'json', 'clean'], scratch()).stdout)).toEqual({ version: 2, findings: [], notifications: [] });
  });
});

describe('MSBuild', () => {
  // MSBuild's canonical error format (what its Exec task, Visual Studio's Error List and Azure DevOps
  // recognise): `origin: [subcategory] category code: text`, the origin `file(line,col)`.
  const CANONICAL = /^\s*(?<origin>(?:[a-zA-Z]:)?[^:]*):\s*(?<category>error|warning)\s+(?<code>[^: ]+)\s*:(?<text>.*)$/;
  const ORIGIN = /^(?<file>.*)\((?<line>\d+),(?<column>\d+)\)$/;

  test('one canonical `file(line,col): error|warning CODE: message` line per finding, absolute paths; notes are not diagnostics', () => {
    const dir = scratch();
    const args = ['--rule', 'WSK005=warning', 'driver'];
    const run = wskLint(['--format', 'msbuild', ...args], dir);
    expect(run.code).toBe(1);
    const findings = (JSON.parse(wskLint(['--format', 'json', ...args], dir).stdout) as { findings: { file: string; line: number; column: number; severity: string; rule: string; message: string; related: unknown[] }[] }).findings;
    const lines = run.stdout.trimEnd().split('\n');
    const diagnostics = lines.map((line) => CANONICAL.exec(line)?.groups).filter((groups) => groups !== undefined);
    expect(diagnostics).toHaveLength(findings.length);
    // The other lines are the related locations, as notes.
    expect(lines.length - diagnostics.length).toBe(findings.reduce((sum, finding) => sum + finding.related.length, 0));
    diagnostics.forEach((groups, index) => {
      const finding = findings[index];
      const origin = ORIGIN.exec(groups.origin)?.groups;
      expect(origin, groups.origin).toBeDefined();
      expect(origin?.file).toBe(path.join(fs.realpathSync(dir), finding.file));
      expect([Number(origin?.line), Number(origin?.column)]).toEqual([finding.line, finding.column]);
      expect(groups.category).toBe(finding.severity);
      expect(groups.code).toBe(finding.rule);
      expect(groups.text.trim()).toBe(finding.message.replace(/\s*\n\s*/g, ' '));
    });
    expect(diagnostics.map((groups) => groups.category)).toContain('warning');
    for (const line of lines.filter((candidate) => !CANONICAL.test(candidate))) expect(line).toMatch(/^\s*\S.*\(\d+,\d+\): note: /);
  });

  test('no findings: no output', () => {
    expect(wskLint(['-f', 'msbuild', 'clean'], scratch())).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('SARIF', () => {
  test('rule metadata for every rule, results with regions, fixes and skipped files as notifications', () => {
    const dir = scratch();
    write(dir, 'driver/blob.h', Buffer.from([1, 0, 2]));
    const run = wskLint(['--format', 'sarif', '--rule', 'WSK005=warning', 'driver/client.c', 'driver/blob.h'], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver).toEqual({
      name: 'wsk-lint',
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: HOMEPAGE,
      rules: RULES.map((rule) => ({
        id: rule.meta.id,
        name: rule.meta.name.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase()),
        shortDescription: { text: rule.docs.summary },
        fullDescription: { text: rule.docs.why, markdown: rule.docs.why },
        defaultConfiguration: { level: rule.meta.severity },
        helpUri: `${HOMEPAGE}/blob/main/docs/rules/${rule.meta.id}.md`,
        help: { text: ruleMarkdown(rule), markdown: ruleMarkdown(rule) },
      })),
    });
    expect(sarifRun.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(fs.realpathSync(dir)).href}/` } });
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun.invocations).toEqual([{
      executionSuccessful: true,
      toolExecutionNotifications: [{
        level: 'warning',
        message: { text: 'Skipped: binary file (contains NUL bytes).' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'driver/blob.h', uriBaseId: '%SRCROOT%' } } }],
      }],
    }]);
    const artifactLocation = { uri: 'driver/client.c', uriBaseId: '%SRCROOT%' };
    expect(sarifRun.results).toEqual([
      {
        ruleId: 'WSK012',
        ruleIndex: RULES.findIndex((rule) => rule.meta.id === 'WSK012'),
        level: 'error',
        message: { text: RELEASE_WITH_IRP.message },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: 9, startColumn: 63, endLine: 9, endColumn: 66 } } }],
        fixes: [{
          description: { text: 'Replace Irp with NULL' },
          artifactChanges: [{
            artifactLocation,
            replacements: [{ deletedRegion: { startLine: 9, startColumn: 63, endLine: 9, endColumn: 66 }, insertedContent: { text: 'NULL' } }],
          }],
        }],
      },
      {
        ruleId: 'WSK005',
        ruleIndex: RULES.findIndex((rule) => rule.meta.id === 'WSK005'),
        level: 'warning',
        message: { text: SET_WITHOUT_IRP.message },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: 17, startColumn: 65, endLine: 17, endColumn: 69 } } }],
      },
    ]);
  });

  test('a file outside the current folder gets an absolute file: URI; names are percent-encoded', () => {
    const dir = scratch();
    fs.renameSync(path.join(dir, 'driver'), path.join(dir, 'my driver #1'));
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-cwd-'));
    try {
      const inside = JSON.parse(wskLint(['-f', 'sarif', 'my driver #1/client.c'], dir).stdout);
      expect(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'my%20driver%20%231/client.c', uriBaseId: '%SRCROOT%' });
      const file = path.join(dir, 'my driver #1/client.c');
      const outside = JSON.parse(wskLint(['-f', 'sarif', file], elsewhere).stdout);
      expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(file).href });
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('formatters on a finding with related locations and a fix across two files', () => {
  const cwd = path.join(os.tmpdir(), 'project');
  const at = (file: string, line: number, character: number, length: number) => ({
    file: path.join(cwd, file),
    span: { start: 0, end: length },
    start: { line, character },
    end: { line, character: character + length },
  });
  const finding: Finding = {
    ...at('src/socket.c', 41, 16, 16),
    rule: 'WSK001',
    name: 'security-option-size',
    severity: 'warning',
    message: 'InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set.',
    related: [
      { ...at('src/bind.c', 9, 4, 7), message: 'the socket is bound here' },
      { ...at('src/socket.c', 3, 0, 1), message: 'through this helper' },
    ],
    fixes: [{
      title: 'Use the pointer size',
      preferred: true,
      edits: [
        { ...at('src/socket.c', 41, 16, 16), newText: 'sizeof(PSECURITY_DESCRIPTOR)' },
        { ...at('include/sizes.h', 0, 0, 0), newText: '#include <wsk.h>\n' },
        { ...at('src/socket.c', 2, 0, 0), newText: '/* fixed */\n' },
      ],
    }],
  };

  test('text: related locations indented as notes', () => {
    expect(formatText([finding], cwd)).toBe([
      'src/socket.c:42:17: warning WSK001: InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set.',
      '  src/bind.c:10:5: note: the socket is bound here',
      '  src/socket.c:4:1: note: through this helper',
      '',
    ].join('\n'));
  });

  test('JSON: related locations and every edit, 1-based', () => {
    const [item] = JSON.parse(formatJson([finding], { skippedFiles: [], notes: [], functions: [] }, cwd)).findings;
    expect(item.related).toEqual([
      { file: 'src/bind.c', line: 10, column: 5, message: 'the socket is bound here' },
      { file: 'src/socket.c', line: 4, column: 1, message: 'through this helper' },
    ]);
    expect(item.fixes[0].edits.map((edit: { file: string; line: number; column: number; endColumn: number }) => [edit.file, edit.line, edit.column, edit.endColumn]))
      .toEqual([['src/socket.c', 42, 17, 33], ['include/sizes.h', 1, 1, 1], ['src/socket.c', 3, 1, 1]]);
  });

  test('SARIF: related locations with ids and messages; one artifact change per file', () => {
    const log = JSON.parse(formatSarif({ findings: [finding], problems: [], rules: RULES, version: VERSION, homepage: HOMEPAGE, cwd }));
    const [result] = log.runs[0].results;
    expect(result.level).toBe('warning');
    expect(result.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'src/bind.c', uriBaseId: '%SRCROOT%' }, region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 12 } }, message: { text: 'the socket is bound here' } },
      { id: 2, physicalLocation: { artifactLocation: { uri: 'src/socket.c', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 2 } }, message: { text: 'through this helper' } },
    ]);
    expect(result.fixes[0].artifactChanges.map((change: { artifactLocation: { uri: string }; replacements: unknown[] }) => [change.artifactLocation.uri, change.replacements.length]))
      .toEqual([['src/socket.c', 2], ['include/sizes.h', 1]]);
    expect(result.fixes[0].artifactChanges[1].replacements[0]).toEqual({
      deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      insertedContent: { text: '#include <wsk.h>\n' },
    });
  });
});

describe("Microsoft's SARIF validator (sarif-multitool validate)", () => {
  test('finds no error in the CLI\'s logs, and does find one in a broken log', () => {
    const dir = scratch();
    write(dir, 'driver/blob.c', Buffer.from([1, 0, 2]));
    const outside = path.join(scratch(), 'clean');
    expect(wskLint(['-f', 'sarif', '-o', 'driver.sarif', 'driver', outside], dir).code).toBe(1);
    expect(wskLint(['-f', 'sarif', '-o', 'clean.sarif', 'clean'], dir).code).toBe(0);
    const related = path.join(dir, 'related.sarif');
    fs.writeFileSync(related, formatSarif({
      findings: [{
        file: path.join(dir, 'driver/socket.c'), span: { start: 0, end: 6 }, start: { line: 10, character: 23 }, end: { line: 10, character: 50 },
        rule: 'WSK001', name: 'security-option-size', severity: 'error', message: 'InputSize must be sizeof(PSECURITY_DESCRIPTOR).',
        related: [{ file: path.join(dir, 'driver/client.c'), span: { start: 0, end: 1 }, start: { line: 8, character: 8 }, end: { line: 8, character: 9 }, message: 'Bound here.' }],
        fixes: [{ title: 'Fix both.', preferred: false, edits: [
          { file: path.join(dir, 'driver/socket.c'), span: { start: 0, end: 6 }, start: { line: 10, character: 23 }, end: { line: 10, character: 50 }, newText: 'sizeof(PVOID)' },
          { file: path.join(dir, 'driver/client.c'), span: { start: 0, end: 0 }, start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, newText: '// x\n' },
        ] }],
      }],
      problems: [],
      rules: RULES,
      version: VERSION,
      homepage: HOMEPAGE,
      cwd: dir,
    }));

    const good = validate(dir, ['driver.sarif', 'clean.sarif', 'related.sarif']);
    expect(good.code).toBe(0);
    expect(good.stdout.split('\n').filter((line) => /\berror\b/i.test(line))).toEqual([]);
    expect(good.results.filter((result) => result.level === 'error')).toEqual([]);
    expect(good.stdout).toContain('3 files scanned');

    // The harness must notice an error: a region starting on line 0 is one.
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'driver.sarif'), 'utf8'));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    fs.writeFileSync(path.join(dir, 'broken.sarif'), JSON.stringify(log));
    const bad = validate(dir, ['broken.sarif']);
    expect(bad.results.filter((result) => result.level === 'error').map((result) => result.ruleId)).toContain('JSON1008');
  });
});

describe("Microsoft's SARIF validator on the example driver", () => {
  /**
   * Notes that ask for what this tool deliberately does not write: messages built from argument
   * templates (SARIF2002), version-control details it does not know (SARIF2003), copies of the code
   * (SARIF2010) and of the lines around it (SARIF2011).
   */
  const NOT_FOR_THIS_TOOL = ['SARIF2002', 'SARIF2003', 'SARIF2010', 'SARIF2011'];

  test('reports no error and no warning on the SARIF of examples/, nor a note on the tool or rule metadata (informationUri, helpUri, names)', () => {
    const dir = scratch();
    fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
    expect(wskLint(['-f', 'sarif', '-o', 'examples.sarif', 'examples'], dir).code).toBe(1);
    const validation = validate(dir, ['examples.sarif'], ['--level', 'Error;Warning;Note']);
    expect(validation.code).toBe(0);
    const reported = validation.results.filter((result) => !NOT_FOR_THIS_TOOL.includes(result.ruleId));
    expect(reported.map((result) => `${result.level ?? 'warning'} ${result.ruleId}`)).toEqual([]);
  });
});

describe('suppression comments', () => {
  const CALL = '((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY';
  /** Line 8: WSK003 suppressed with a reason; line 10: WSK001 and WSK003, both silenced, WSK007 unused; line 11: WSK001 reported. */
  const SOURCE = `#include "wsk.h"

NTSTATUS
Secure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;
    // wsk-lint-disable-next-line WSK003 -- the test rig sets SOL_SOCKET elsewhere
    status = ${CALL}, IPPROTO_TCP, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    // wsk-lint-disable-next-line WSK001, WSK007, WSK003
    status = ${CALL}, IPPROTO_TCP, 4, &CachedSd, 0, NULL, NULL, Irp);
    status = ${CALL}, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, Irp);
    return status;
}
`;

  function folder(text = SOURCE): string {
    const dir = scratch();
    write(dir, 'sup/wsk.h', fs.readFileSync(path.join(ROOT, 'test/include/wsk.h')));
    write(dir, 'sup/secure.c', text);
    return dir;
  }

  const unusedColumn = SOURCE.split('\n')[8].indexOf('WSK007') + 1;
  const reportedColumn = SOURCE.split('\n')[10].indexOf(' 8,') + 2;

  test('text: suppressed findings are left out, an unused suppression is a note; the summary counts both', () => {
    const run = wskLint(['sup'], folder());
    expect(run.stdout).toBe([
      `sup/secure.c:9:${unusedColumn}: note: Unused suppression: WSK007 reports nothing here.`,
      `sup/secure.c:11:${reportedColumn}: error WSK001: InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set, not the literal 8. The literal is the size of a pointer on one target only.`,
      '',
    ].join('\n'));
    expect(run.stderr).toBe('wsk-lint: 1 finding (1 error) in 2 files; 3 suppressed; 1 unused suppression\n');
    expect(run.code).toBe(1);
  });

  test('everything suppressed: exit 0, whatever the notes say', () => {
    const run = wskLint(['sup'], folder(SOURCE.replace(/ {4}status = [^\n]*SOL_SOCKET, 8[^\n]*\n/, '')));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`sup/secure.c:9:${unusedColumn}: note: Unused suppression: WSK007 reports nothing here.\n`);
    expect(run.stderr).toBe('wsk-lint: no findings in 2 files; 3 suppressed; 1 unused suppression\n');
  });

  test('JSON: only what is reported', () => {
    const findings = (JSON.parse(wskLint(['-f', 'json', 'sup'], folder()).stdout) as { findings: { rule: string; line: number }[] }).findings;
    expect(findings.map((finding) => `${finding.rule}:${finding.line}`)).toEqual(['WSK001:11']);
  });

  test('SARIF: suppressed results stay, marked as suppressed in source with the reason; the validator accepts the log', () => {
    const dir = folder();
    expect(wskLint(['-f', 'sarif', '-o', 'suppressed.sarif', 'sup'], dir).code).toBe(1);
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'suppressed.sarif'), 'utf8'));
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: unknown }[];
    expect(results.map((result) => [result.ruleId, result.locations[0].physicalLocation.region.startLine, result.suppressions])).toEqual([
      ['WSK003', 8, [{ kind: 'inSource', status: 'accepted', justification: 'the test rig sets SOL_SOCKET elsewhere' }]],
      ['WSK003', 10, [{ kind: 'inSource', status: 'accepted' }]],
      ['WSK001', 10, [{ kind: 'inSource', status: 'accepted' }]],
      ['WSK001', 11, undefined],
    ]);
    const validation = validate(dir, ['suppressed.sarif']);
    expect(validation.code).toBe(0);
    expect(validation.results.filter((result) => result.level === 'error')).toEqual([]);
  });
});

/** Runs the validator's own binary (its npm wrapper goes through a shell), offline (see the policy file). */
function validate(cwd: string, files: readonly string[], options: readonly string[] = []): { code: number | null; stdout: string; results: { level?: string; ruleId: string; message?: { text?: string } }[] } {
  const binary = createRequire(__filename)('@microsoft/sarif-multitool') as string;
  const output = path.join(cwd, 'validation.sarif');
  const run = spawnSync(binary, ['validate', '--config', path.join(__dirname, 'sarif-validator.xml'), ...options, '--output', output, ...files], { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  const validation = JSON.parse(fs.readFileSync(output, 'utf8').replace(/^\uFEFF/, ''));
  fs.rmSync(output);
  return { code: run.status, stdout: run.stdout, results: validation.runs[0].results ?? [] };
}
