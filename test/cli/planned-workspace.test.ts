// A large run is planned before it is parsed (cli/jobs.ts, analysis/split/): its one workspace, like
// each part of a split, parses only what its relevant files need, and reports on the files that name
// nothing of WSK without parsing them. Its findings must be those of one workspace holding every file:
// checked here on the generated driver tree, on a tree of functions whose role comes from elsewhere
// (pageable code reported for its role alone, WSK or not), on lock helpers in other files, with the files of no relevance (callers of
// those functions among them) left unparsed, and on every rule fixture folder, corpus driver and
// project of the tests (a client dispatch's initializer is reported with no WSK call near: WSK019).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { AnalysisResult } from '../../server/src/analysis/workspace';
import { scanSource } from '../../server/src/analysis/split/scan';
import type { SourceFacts } from '../../server/src/analysis/split/scan';
import { runJob } from '../../server/src/cli/analyse';
import type { AnalysisJob } from '../../server/src/cli/analyse';
import { Configurations } from '../../server/src/cli/configFiles';
import { collectFiles } from '../../server/src/cli/files';
import { planJobs } from '../../server/src/cli/jobs';
import { RULE_IDS } from '../../server/src/rules/index';
import { analyseInParts } from './parts';
import { writeDriverTree } from './tree';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function folder(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-planned-'));
  folders.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The run's one workspace holding every file, and the one planned from the files' facts. */
function jobsOf(dir: string): { whole: AnalysisJob; planned: AnalysisJob; parsed: string[] } {
  const configurations = new Configurations({ rules: {} }, RULE_IDS);
  configurations.readIn(dir);
  const facts = new Map<string, SourceFacts>();
  const collected = collectFiles([dir], dir, { maxFileSize: 5 << 20, inspect: (file, pre) => facts.set(file.path, scanSource(pre)) });
  const whole = planJobs(collected, configurations, { workers: 1, cores: 1 });
  const planned = planJobs(collected, configurations, { workers: 1, cores: 1, facts });
  if (!('single' in whole) || !('single' in planned)) throw new Error('one worker, one job');
  expect(whole.single.files).toHaveLength(collected.headers.length + collected.files.length);
  expect(planned.single.reported).toEqual(whole.single.reported);
  const parsed = planned.single.files.filter((file) => !file.macrosOnly).map((file) => path.relative(dir, file.path).split(path.sep).join('/'));
  return { whole: whole.single, planned: planned.single, parsed };
}

const placesOf = (result: AnalysisResult, dir: string) => result.findings.map((finding) => `${path.relative(dir, finding.file).split(path.sep).join('/')} ${finding.rule}`);

test('the generated driver tree: the files of no relevance unparsed (but one with a suppression comment), the same report', async () => {
  const dir = folder({
    'plain/quiet.c': '// wsk-lint-disable-next-line WSK007\nVOID Quiet(PVOID p) { Touch(p); }\n',
    'plain/broken.c': 'VOID Broken(PVOID p) { if (p) { Touch(p);\n',
  });
  writeDriverTree(dir);
  const { whole, planned, parsed } = jobsOf(dir);
  expect(parsed).toContain('plain/quiet.c');
  expect(parsed.filter((file) => file.startsWith('plain/'))).toEqual(['plain/quiet.c']);

  let told = 0;
  const all = await runJob(whole);
  const lazy = await runJob(planned, { parsed: () => told++ });
  expect(lazy).toEqual(all);
  expect(all.findings.length).toBeGreaterThan(10);
  expect(all.unusedSuppressions.map((unused) => path.relative(dir, unused.file).split(path.sep).join('/'))).toContain('plain/quiet.c');
  expect(told).toBe(planned.reported.length);
});

const ROLES: Record<string, string> = {
  // Annotated as running at DISPATCH_LEVEL on its prototype in a header; pageable where it is defined.
  'h/roles.h': '_IRQL_requires_(DISPATCH_LEVEL)\nVOID AtDispatch(PVOID Context);\n',
  'a/at-dispatch.c': '#include "../h/roles.h"\n\nVOID\nAtDispatch(PVOID Context)\n{\n    PAGED_CODE();\n    Touch(Context);\n}\n',
  // A DPC routine made so in another file.
  'b/arm.c': 'VOID\nArm(PKDPC Dpc, PVOID Context)\n{\n    KeInitializeDpc(Dpc, OnTimer, Context);\n}\n',
  'b/timer.c': 'VOID\nOnTimer(PKDPC Dpc, PVOID Context, PVOID A, PVOID B)\n{\n    PAGED_CODE();\n    Touch(Context);\n}\n',
  // A completion routine set in one file, made pageable by a pragma in a second, defined in a third.
  'c/set.c': 'VOID\nGo(PIRP Irp)\n{\n    IoSetCompletionRoutine(Irp, OnDone, NULL, TRUE, TRUE, TRUE);\n}\n',
  'c/pragmas.c': 'NTSTATUS OnDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);\n#pragma alloc_text(PAGE, OnDone)\n',
  'c/done.c': 'NTSTATUS\nOnDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)\n{\n    return STATUS_MORE_PROCESSING_REQUIRED;\n}\n',
};

test('functions whose role comes from another file (annotation, DPC initializer, completion setter, pragma): the same report, their callers unparsed', async () => {
  const files = { ...ROLES };
  for (let i = 0; i < 8; i++) files[`callers/c${i}.c`] = `VOID Caller${i}(PKDPC Dpc, PIRP Irp, PVOID p)\n{\n    AtDispatch(p);\n    OnTimer(Dpc, p, NULL, NULL);\n    Touch(p);\n}\n`;
  const dir = folder(files);
  const { whole, planned, parsed } = jobsOf(dir);
  expect(parsed.filter((file) => file.startsWith('callers/'))).toEqual([]);
  for (const file of ['a/at-dispatch.c', 'b/arm.c', 'b/timer.c', 'c/set.c', 'c/pragmas.c', 'c/done.c', 'h/roles.h']) expect(parsed).toContain(file);

  const all = await runJob(whole);
  expect(await runJob(planned)).toEqual(all);
  expect(placesOf(all, dir).sort()).toEqual(['a/at-dispatch.c WSK025', 'b/timer.c WSK025', 'c/pragmas.c WSK025']);
  // The parts of a split (forced) report the same.
  const { single, split, parts } = await analyseInParts(dir, 2);
  expect(parts.length).toBe(2);
  expect(split).toEqual(single);
  expect(single).toEqual(all);
});

test('a lock a helper of another file takes on a global, and an unlocker known by its body only: the same report', async () => {
  const dir = folder({
    'lock.c': 'KSPIN_LOCK g_Lock;\nKIRQL g_Irql;\n\nVOID\nQueueLock(VOID)\n{\n    KeAcquireSpinLock(&g_Lock, &g_Irql);\n}\n',
    'unlock.c': 'VOID\nUnlockQueue(VOID)\n{\n    CountCalls();\n}\n',
    'queue.c': 'VOID\nDrain(PWSK_REGISTRATION Registration)\n{\n    QueueLock();\n    UnlockQueue();\n    WskDeregister(Registration);\n}\n',
  });
  const { whole, planned, parsed } = jobsOf(dir);
  expect(parsed.sort()).toEqual(['lock.c', 'queue.c', 'unlock.c']);
  const all = await runJob(whole);
  expect(await runJob(planned)).toEqual(all);
  // UnlockQueue gives back no lock (its body says so): WskDeregister still runs under QueueLock's.
  expect(placesOf(all, dir)).toEqual(['queue.c WSK025']);
});

test('every rule fixture folder, corpus driver and test project: the planned workspace reports what one holding every file reports', async () => {
  const here = path.join(__dirname, '..');
  const folders = ['rules', 'corpus', 'projects', 'metamorphic'].flatMap((group) =>
    fs.readdirSync(path.join(here, group), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(here, group, entry.name)));
  expect(folders.length).toBeGreaterThan(40);
  let findings = 0;
  for (const dir of folders) {
    const { whole, planned } = jobsOf(dir);
    const all = await runJob(whole);
    expect(await runJob(planned), path.relative(here, dir)).toEqual(all);
    findings += all.findings.length;
  }
  expect(findings).toBeGreaterThan(500);
}, 300_000);
