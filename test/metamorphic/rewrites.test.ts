// The rewrites themselves, on tiny inputs: what each writes, and where each refuses to go (a place
// where the rewrite would change the meaning is skipped, never forced). The metamorphic checks over the
// corpus (metamorphic.test.ts) trust these.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { INCLUDE_DIR } from '../support/fixtures';
import { checkRewrites, rewrite } from './check';
import { advance, compare, expectationsOf } from './expectations';
import { Program } from './program';
import type { SourceFile } from './program';
import { IDIOMS } from './rewrites/idioms';
import { KINDS } from './rewrites/index';
import type { Site } from './sites';
import { applyEdits, applySites, keyed } from './sites';

const DIR = '/mm/drv';
const loaded: Program[] = [];
afterEach(() => {
  for (const program of loaded.splice(0)) program.dispose();
});

function files(texts: Record<string, string>): SourceFile[] {
  return Object.entries(texts).map(([name, text]) => ({ path: `${DIR}/${name}`, text }));
}

async function load(texts: Record<string, string>): Promise<Program> {
  const program = await Program.load(files(texts), []);
  loaded.push(program);
  return program;
}

async function sites(kind: string, texts: Record<string, string>): Promise<Site[]> {
  const rewriteKind = KINDS.get(kind);
  if (!rewriteKind) throw new Error(kind);
  return keyed(kind, rewriteKind.sites(await load(texts)));
}

/** Every site of the kind applied: the texts by file name. */
async function rewritten(kind: string, texts: Record<string, string>): Promise<Record<string, string>> {
  const result = await rewrite(files(texts), [], [{ kind }]);
  return Object.fromEntries(result.files.map((file) => [path.basename(file.path), file.text]));
}

describe('applying sites', () => {
  const site = (edits: Site['edits'], line = 1): Site => ({ key: { kind: 'k', file: 'a.c', line, index: 0 }, description: '', edits, creates: [], moves: [], cures: [] });
  const file = { path: 'a.c', text: 'abc\ndef\n' };

  test('a site that overlaps one taken before is left out; insertions at one offset keep their order', () => {
    const a = site([{ file: 'a.c', start: 0, end: 3, text: 'ABC' }]);
    const b = site([{ file: 'a.c', start: 1, end: 2, text: 'x' }]);
    const c = site([{ file: 'a.c', start: 4, end: 4, text: '1' }]);
    const d = site([{ file: 'a.c', start: 4, end: 4, text: '2' }]);
    const result = applySites([file], [a, b, c, d]);
    expect(result.applied).toEqual([a, c, d]);
    expect(result.files[0].text).toBe('ABC\n12def\n');
  });

  test('a shared edit two sites make is made once; the same words as each site\'s own are made twice', () => {
    const shared = { file: 'a.c', start: 0, end: 0, text: 'P; ', shared: true };
    const own = { file: 'a.c', start: 0, end: 0, text: '{ ' };
    expect(applySites([file], [site([own]), site([own])]).files[0].text).toBe('{ { abc\ndef\n');
    const result = applySites([file], [site([shared, { file: 'a.c', start: 4, end: 5, text: 'D' }]), site([shared, { file: 'a.c', start: 5, end: 6, text: 'E' }])]);
    expect(result.files[0].text).toBe('P; abc\nDEf\n');
  });

  test('an edit that would move the lines after it is an error of the rewrite', () => {
    expect(() => applyEdits('a\nb\nc\n', [{ file: 'a.c', start: 0, end: 3, text: 'x' }])).toThrow(/changes the number of lines/);
    expect(applyEdits('a\nb\n', [{ file: 'a.c', start: 4, end: 4, text: 'c\nd\n' }])).toBe('a\nb\nc\nd\n');
  });

  test('a new file another site made with other text is a conflict; with the same text it is shared', () => {
    const create = (text: string) => ({ ...site([]), creates: [{ path: 'n.c', text }] });
    const [one, same, other] = [create('x'), create('x'), create('y')];
    const result = applySites([file], [one, same, other]);
    expect(result.applied).toEqual([one, same]);
    expect(result.files.map((f) => f.path)).toEqual(['a.c', 'n.c']);
  });
});

describe('steps', () => {
  const text = 'void F(void)\n{\n    A();\n    B();\n}\n';

  test('a pick chooses among the sites not skipped; sites named by key are applied whatever skip says', async () => {
    const skipA = (site: Site) => site.key.line === 3;
    const picked = await rewrite(files({ 'a.c': text }), [], [{ kind: 'wrap-do-while', pick: 0 }, { kind: 'wrap-do-while', pick: 0 }], { skip: skipA });
    expect(picked.applied.map((site) => site.key.line)).toEqual([4, 4]);
    const named = await rewrite(files({ 'a.c': text }), [], [{ kind: 'wrap-do-while', keys: [{ file: 'a.c', line: 3, index: 0 }] }], { skip: skipA });
    expect(named.applied.map((site) => site.description)).toEqual(['wrap the expression statement at line 3 of F in do { } while (0)']);
  });

  test('every site but those excepted, in one pass', async () => {
    const all = await rewrite(files({ 'a.c': text }), [], [{ kind: 'wrap-do-while', except: [{ file: 'a.c', line: 4, index: 0 }] }]);
    expect(all.applied.map((site) => `${site.key.line}#${site.key.index}`)).toEqual(['3#0', '3#1']);
  });
});

describe('expectations', () => {
  const key = (rule: string, line: number, fn = 'F', file = 'a.c') => ({ rule, file, function: fn, line });
  const site = (moves: Site['moves'], cures: Site['cures'] = []): Site => ({ key: { kind: 'k', file: 'a.c', line: 1, index: 0 }, description: '', edits: [], creates: [], moves, cures });

  test('findings of moved lines may be reported at the places the move names, and only there', () => {
    const expected = advance(expectationsOf([key('WSK001', 5), key('WSK007', 9)]), [site([{ file: 'a.c', function: 'F', from: 4, to: 6, places: [{ file: 'a.c', function: 'F', line: 4 }, { file: 'h.c', function: 'H' }] }])]);
    expect(compare(expected, [key('WSK001', 4), key('WSK007', 9)])).toEqual({ missing: [], unexpected: [] });
    expect(compare(expected, [key('WSK001', 12, 'H', 'h.c'), key('WSK007', 9)])).toEqual({ missing: [], unexpected: [] });
    const wrong = compare(expected, [key('WSK001', 5), key('WSK007', 9), key('WSK008', 9)]);
    expect(wrong.missing.map((e) => e.rule)).toEqual(['WSK001']);
    expect(wrong.unexpected).toEqual([key('WSK001', 5), key('WSK008', 9)]);
  });

  test('a cured finding is no longer expected, and a finding reported twice counts once', () => {
    const expected = advance(expectationsOf([key('WSK001', 5), key('WSK001', 5), key('WSK003', 6)]), [site([], [{ rule: 'WSK001', file: 'a.c', line: 5 }])]);
    expect(expected.map((e) => e.rule)).toEqual(['WSK003']);
    expect(compare(expected, [key('WSK003', 6), key('WSK003', 6)])).toEqual({ missing: [], unexpected: [] });
  });
});

describe('wrap a statement in a one-iteration loop or a __try', () => {
  const source = [
    'void F(int n)',
    '{',
    '    int x = 0;',
    '    while (n) { if (n > 2) break; n--; }',
    '    if (n) { x++; }',
    '    switch (n) { case 1: Go(); break; }',
    'Out:',
    '    Stop(x);',
    '}',
    '',
  ].join('\n');

  test('do { } while (0) around each statement, each two and the rest of a block, where no break leaves them and no declaration is among them', async () => {
    // Openings and closings read the same: however the sites nest, the words balance.
    expect((await rewritten('wrap-do-while', { 'a.c': source }))['a.c']).toBe([
      'void F(int n)',
      '{',
      '    int x = 0;',
      '    do { do { do { while (n) { if (n > 2) break; do { n--; } while (0); } } while (0);',
      '    do { do { if (n) { do { x++; } while (0); } } while (0); } while (0);',
      '    do { do { switch (n) { case 1: Go(); break; } } while (0); } while (0);',
      'do { Out:',
      '    Stop(x); } while (0); } while (0); } while (0);',
      '}',
      '',
    ].join('\n'));
  });

  test('__try { } __finally { } keeps away from a __leave of an outer __try and from labels', async () => {
    const text = 'void F(void)\n{\n    __try {\n        if (Fail()) __leave;\n        Work();\n    } __finally {\n        Done();\n    }\n    { Again: Work(); }\n}\n';
    expect((await rewritten('wrap-try-finally', { 'a.c': text }))['a.c']).toBe(
      'void F(void)\n{\n    __try { __try {\n        if (Fail()) __leave;\n        __try { Work(); } __finally { }\n    } __finally {\n        __try { Done(); } __finally { }\n    } } __finally { }\n    { Again: Work(); }\n}\n',
    );
  });
});

describe('split a declaration from its initialisation', () => {
  test('each initialised name is assigned after the declaration, values keeping their line breaks', async () => {
    const text = 'void F(void)\n{\n    PIRP irp = IoAllocateIrp(1,\n                             FALSE);\n    int a = 1, *b = &a, c;\n    static int once = 1;\n    const int fixed = 2;\n    char name[4] = "abc";\n    S s = { 0 };\n    for (int i = 0; i < 2; i++) { }\n}\n';
    expect((await rewritten('split-declaration', { 'a.c': text }))['a.c']).toBe(
      'void F(void)\n{\n    PIRP irp; irp = IoAllocateIrp(1,\n                             FALSE);\n    int a, *b, c; a = 1; b = &a;\n    static int once = 1;\n    const int fixed = 2;\n    char name[4] = "abc";\n    S s = { 0 };\n    for (int i = 0; i < 2; i++) { }\n}\n',
    );
  });
});

describe('rename a local or a parameter', () => {
  test('every use in the function, SAL and macro arguments included; fields, comments and strings are left alone', async () => {
    const text = 'NTSTATUS F(_In_reads_(len) PUCHAR buf, ULONG len)\n{\n    ULONG done = len; /* len */\n    CHECK(done);\n    s.len = Copy(buf, len, "len");\n    return done;\n}\n';
    const out = (await rewritten('rename-local', { 'a.c': text }))['a.c'];
    expect(out).toBe('NTSTATUS F(_In_reads_(mm_len) PUCHAR mm_buf, ULONG mm_len)\n{\n    ULONG mm_done = mm_len; /* len */\n    CHECK(mm_done);\n    s.len = Copy(mm_buf, mm_len, "len");\n    return mm_done;\n}\n');
  });

  test('not a name a macro body uses, one declared twice, or a local whose name a global had before it', async () => {
    const text = '#define RETRY() (status = Again())\nint F(int n)\n{\n    int status = 0;\n    g = x;\n    int x = 1;\n    { int n = 2; Use(n); }\n    RETRY();\n    return status + x;\n}\n';
    expect((await sites('rename-local', { 'a.c': text })).map((site) => site.description)).toEqual([]);
  });

  test('the new name is one no file uses', async () => {
    const text = 'int F(int n)\n{\n    return n + mm_n;\n}\n';
    expect((await rewritten('rename-local', { 'a.c': text }))['a.c']).toBe('int F(int mm_n2)\n{\n    return mm_n2 + mm_n;\n}\n');
  });

  test('a use after a comment that ends in `.` or `->` is the variable, not a member', async () => {
    const text = 'int F(int *p)\n{\n    *p = 1; /* set. */\n    p = 0; // next ->\n    p++;\n    return 0;\n}\n';
    expect((await rewritten('rename-local', { 'a.c': text }))['a.c']).toBe('int F(int *mm_p)\n{\n    *mm_p = 1; /* set. */\n    mm_p = 0; // next ->\n    mm_p++;\n    return 0;\n}\n');
  });
});

describe('turn an early return into a goto', () => {
  test('a local of the return type carries the value; the label returns it before the closing brace', async () => {
    const text = 'NTSTATUS F(PIRP irp)\n{\n    NTSTATUS status;\n    if (irp == NULL)\n        return STATUS_INVALID_PARAMETER;\n    status = Go(irp);\n    if (!NT_SUCCESS(status)) {\n        return status;\n    }\n    return Done(irp);\n}\n';
    expect((await rewritten('return-to-goto', { 'a.c': text }))['a.c']).toBe(
      'NTSTATUS F(PIRP irp)\n{\n    NTSTATUS status;\n    if (irp == NULL)\n        { status = STATUS_INVALID_PARAMETER; goto MmExit; }\n    status = Go(irp);\n    if (!NT_SUCCESS(status)) {\n        goto MmExit;\n    }\n    return Done(irp);\nMmExit: return status; }\n',
    );
  });

  test('a new local when none fits; a void function gets a bare goto', async () => {
    const text = 'PVOID F(int n)\n{\n    if (n) return NULL;\n    return Get();\n}\nvoid G(int n)\n{\n    if (n) return;\n    Work();\n}\n';
    expect((await rewritten('return-to-goto', { 'a.c': text }))['a.c']).toBe(
      'PVOID F(int n)\n{ PVOID mmResult;\n    if (n) { mmResult = NULL; goto MmExit; }\n    return Get();\nMmExit: return mmResult; }\nvoid G(int n)\n{\n    if (n) goto MmExit;\n    Work();\nMmExit: return; }\n',
    );
  });

  test('not where a function may fall off its end, nor out of a __finally', async () => {
    const text = 'int F(int n)\n{\n    if (n) return 1;\n    Work();\n}\nint G(int n)\n{\n    __try { Work(); } __finally { if (n) return 2; }\n    return 0;\n}\n';
    expect(await sites('return-to-goto', { 'a.c': text })).toEqual([]);
  });
});

describe('route a status through a wait wrapper', () => {
  const text = [
    '#include "drv.h"',
    'NTSTATUS F(PCTX Ctx)',
    '{',
    '    NTSTATUS status = Ctx->Dispatch->WskBind(Ctx->Socket, NULL, 0, Ctx->Irp);',
    '    if (status == STATUS_PENDING) {',
    '        KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, NULL);',
    '        status = Ctx->Irp->IoStatus.Status;',
    '    }',
    '    if (STATUS_PENDING == status) {',
    '        KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, &timeout);',
    '        status = Ctx->Irp->IoStatus.Status;',
    '    }',
    '    return status;',
    '}',
    '',
  ].join('\n');

  test('a wrapper function in a new file, declared on the line of the function that uses it', async () => {
    const out = await rewritten('wait-function', { 'a.c': text, 'drv.h': '#pragma once\n' });
    expect(out['a.c'].split('\n').slice(1, 9)).toEqual([
      'NTSTATUS MmWaitIrp(PIRP Irp, PVOID Event, NTSTATUS Status); NTSTATUS F(PCTX Ctx)',
      '{',
      '    NTSTATUS status = Ctx->Dispatch->WskBind(Ctx->Socket, NULL, 0, Ctx->Irp);',
      '    status = MmWaitIrp(Ctx->Irp, &Ctx->Event, status);',
      '',
      '',
      '',
      '    if (STATUS_PENDING == status) {',
    ]);
    expect(out['mm_wait.c']).toContain('NTSTATUS\nMmWaitIrp(PIRP Irp, PVOID Event, NTSTATUS Status)\n{\n    if (Status == STATUS_PENDING) {\n        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);\n        Status = Irp->IoStatus.Status;\n    }\n    return Status;\n}\n');
  });

  test('a statement macro defined at the end of the driver header', async () => {
    const out = await rewritten('wait-macro', { 'a.c': text, 'drv.h': '#pragma once\n' });
    expect(out['a.c'].split('\n')[4]).toBe('    MM_WAIT_IRP(Ctx->Irp, &Ctx->Event, status);');
    expect(out['drv.h']).toBe('#pragma once\n#define MM_WAIT_IRP(_Irp, _Event, _Status) do { if ((_Status) == STATUS_PENDING) { KeWaitForSingleObject((_Event), Executive, KernelMode, FALSE, NULL); (_Status) = (_Irp)->IoStatus.Status; } } while (0)\n');
  });

  test('applied twice, the wrapper and the macro are shared', async () => {
    const three = `${text}${text.replace('NTSTATUS F(', 'NTSTATUS G(')}${text.replace('NTSTATUS F(', 'NTSTATUS H(')}`;
    const twice = await rewrite(files({ 'a.c': three, 'drv.h': '#pragma once\n' }), [], [{ kind: 'wait-function', pick: 0 }, { kind: 'wait-function', pick: 0 }, { kind: 'wait-macro', pick: 0 }]);
    expect(twice.applied.length).toBe(3);
    expect(twice.files.filter((file) => file.path.endsWith('mm_wait.c')).length).toBe(1);
    // Never the wrapper's own wait (it would call itself).
    expect(twice.applied.map((site) => site.key.file)).toEqual(['a.c', 'a.c', 'a.c']);
    expect((await sites('wait-function', Object.fromEntries(twice.files.map((file) => [path.basename(file.path), file.text])))).map((site) => site.key.file)).toEqual([]);
  });
});

describe('move a WSK call into a helper in a new file', () => {
  test('locals by value, or by address where the call takes their address or stores into them', async () => {
    const text = [
      '#include "drv.h"',
      '#define SD_SIZE sizeof(PSECURITY_DESCRIPTOR)',
      'NTSTATUS F(PWSK_SOCKET Socket, PIRP Irp)',
      '{',
      '    PSECURITY_DESCRIPTOR sd = NULL;',
      '    SOCKADDR_IN local;',
      '    NTSTATUS status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,',
      '        0, NULL, SD_SIZE, &sd, NULL, Irp);',
      '    status = g_Dispatch->WskBind(Socket, (PSOCKADDR)&local, 0, Irp);',
      '    return status;',
      '}',
      '',
    ].join('\n');
    const out = await rewritten('extract-call', { 'a.c': text, 'drv.h': 'extern PWSK_PROVIDER_CONNECTION_DISPATCH g_Dispatch;\n' });
    expect(out['a.c'].split('\n').slice(2, 9)).toEqual([
      'NTSTATUS FMm7(PWSK_SOCKET Socket, PIRP Irp, PSECURITY_DESCRIPTOR *sd); NTSTATUS FMm9(PWSK_SOCKET Socket, PIRP Irp, SOCKADDR_IN *local); NTSTATUS F(PWSK_SOCKET Socket, PIRP Irp)',
      '{',
      '    PSECURITY_DESCRIPTOR sd = NULL;',
      '    SOCKADDR_IN local;',
      '    NTSTATUS status = FMm7(Socket, Irp, &sd)',
      ';',
      '    status = FMm9(Socket, Irp, &local);',
    ]);
    expect(out['FMm7.c']).toBe([
      '/* metamorphic rewrite: the WskControlSocket call of F (line 7), moved into a helper */',
      '#include "drv.h"',
      '#define SD_SIZE sizeof(PSECURITY_DESCRIPTOR)',
      '',
      'NTSTATUS',
      'FMm7(PWSK_SOCKET Socket, PIRP Irp, PSECURITY_DESCRIPTOR *sd)',
      '{',
      '    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,',
      '        0, NULL, SD_SIZE, sd, NULL, Irp);',
      '}',
      '',
    ].join('\n'));
    // (PSOCKADDR)&local reads as a bitwise and to tree-sitter: (*local) is right either way.
    expect(out['FMm9.c']).toContain('    return g_Dispatch->WskBind(Socket, (PSOCKADDR)&(*local), 0, Irp);');
  });

  test('a static of the caller\'s file, a local array or a macro that names a local keeps the call where it is', async () => {
    const text = [
      'static PWSK_PROVIDER_CONNECTION_DISPATCH s_Dispatch;',
      'PWSK_PROVIDER_CONNECTION_DISPATCH g_Dispatch;',
      '#define MY_IRP (irp)',
      'VOID F(PWSK_SOCKET Socket, PIRP irp)',
      '{',
      '    UCHAR buffer[16];',
      '    s_Dispatch->WskBind(Socket, NULL, 0, irp);',
      '    g_Dispatch->WskBind(Socket, (PSOCKADDR)buffer, 0, irp);',
      '    g_Dispatch->WskBind(Socket, NULL, 0, MY_IRP);',
      '    g_Dispatch->WskBind(Socket, NULL, 0, irp);',
      '}',
      '',
    ].join('\n');
    const found = await sites('extract-call', { 'a.c': text });
    expect(found.map((site) => site.key.line)).toEqual([10]);
    // A non-static global of the caller's file is declared extern in the new file.
    expect(found[0].creates[0].text).toContain('\nextern PWSK_PROVIDER_CONNECTION_DISPATCH g_Dispatch;\n');
  });
});

describe('move an IRP allocation into a helper that returns it', () => {
  test('the allocator call renamed to the helper, declared on the function\'s first line; never a StackSize below 1 or a use inside a macro', async () => {
    const text = [
      '#include "drv.h"',
      '#define ALLOCATE(_irp) ((_irp) = IoAllocateIrp(1, FALSE))',
      'NTSTATUS F(PWSK_SOCKET Socket)',
      '{',
      '    PIRP irp = IoAllocateIrp(1, FALSE);',
      '    PIRP none = IoAllocateIrp(0, FALSE);',
      '    PIRP other;',
      '    ALLOCATE(other);',
      '    return STATUS_SUCCESS;',
      '}',
      '',
    ].join('\n');
    const found = await sites('extract-allocation', { 'a.c': text, 'drv.h': '' });
    expect(found.map((site) => site.key.line)).toEqual([5]);
    const out = await rewritten('extract-allocation', { 'a.c': text, 'drv.h': '' });
    expect(out['a.c'].split('\n').slice(2, 5)).toEqual([
      'PIRP FMm5(CCHAR StackSize, BOOLEAN ChargeQuota); NTSTATUS F(PWSK_SOCKET Socket)',
      '{',
      '    PIRP irp = FMm5(1, FALSE);',
    ]);
    expect(out['FMm5.c']).toBe([
      '/* metamorphic rewrite: the IoAllocateIrp call of F (line 5), moved into a helper that returns the IRP */',
      '#include "drv.h"',
      '#define ALLOCATE(_irp) ((_irp) = IoAllocateIrp(1, FALSE))',
      '',
      'PIRP',
      'FMm5(CCHAR StackSize, BOOLEAN ChargeQuota)',
      '{',
      '    return IoAllocateIrp(StackSize, ChargeQuota);',
      '}',
      '',
    ].join('\n'));
  });
});

describe('negate a condition', () => {
  test('an if without else gets the negated test and its body under an else, on the same line; an if with an else, or a test in a macro, is left alone', async () => {
    const text = [
      '#define CHECK(_s) if (!NT_SUCCESS(_s)) return _s',
      'NTSTATUS F(PIRP irp, NTSTATUS status)',
      '{',
      '    if (irp == NULL) return STATUS_INSUFFICIENT_RESOURCES;',
      '    if (status == STATUS_PENDING) { status = STATUS_SUCCESS; } else { status = STATUS_UNSUCCESSFUL; }',
      '    CHECK(status);',
      '    if (NT_SUCCESS(status) && irp->Cancel)',
      '        status = STATUS_CANCELLED;',
      '    return status;',
      '}',
      '',
    ].join('\n');
    const found = await sites('negate-condition', { 'a.c': text });
    expect(found.map((site) => site.key.line)).toEqual([4, 7]);
    const out = await rewritten('negate-condition', { 'a.c': text });
    expect(out['a.c'].split('\n')).toEqual([
      '#define CHECK(_s) if (!NT_SUCCESS(_s)) return _s',
      'NTSTATUS F(PIRP irp, NTSTATUS status)',
      '{',
      '    if (!(irp == NULL)) { } else return STATUS_INSUFFICIENT_RESOURCES;',
      '    if (status == STATUS_PENDING) { status = STATUS_SUCCESS; } else { status = STATUS_UNSUCCESSFUL; }',
      '    CHECK(status);',
      '    if (!(NT_SUCCESS(status) && irp->Cancel)) { } else',
      '        status = STATUS_CANCELLED;',
      '    return status;',
      '}',
      '',
    ]);
  });
});

describe('flip a comparison', () => {
  test('a test with a constant side is written constant first, and against NULL or 0 as a negation; never a test of two variables, on two lines, or in a macro', async () => {
    const text = [
      '#define FAILED(_s) ((_s) != STATUS_SUCCESS)',
      'NTSTATUS F(PIRP irp, NTSTATUS status, NTSTATUS other)',
      '{',
      '    if (irp == NULL || status != STATUS_PENDING) return status;',
      '    if (status == other || FAILED(status)) return other;',
      '    return status ==',
      '        0;',
      '}',
      '',
    ].join('\n');
    const found = await sites('flip-comparison', { 'a.c': text });
    expect(found.map((site) => site.description.replace(/ at line.*? (with|as)/, ' $1'))).toEqual([
      'write irp == NULL with the constant first',
      'write irp == NULL as a negation',
      'write status != STATUS_PENDING with the constant first',
    ]);
    const out = await rewritten('flip-comparison', { 'a.c': text });
    expect(out['a.c'].split('\n')[3]).toMatch(/^    if \((NULL == irp|!\(irp\)) \|\| STATUS_PENDING != status\) return status;$/);
  });
});

describe('pass a copy of an argument', () => {
  test('a whole-name argument of a call statement becomes a copy declared around it with the name\'s type; never an array, a qualified or static name, or a statement that writes the name', async () => {
    const text = [
      'NTSTATUS F(PCONN Conn, PIRP Irp)',
      '{',
      '    PWSK_SOCKET sockets[2];',
      '    const ULONG size = 4;',
      '    NTSTATUS status = Start(Conn);',
      '    status = Send(Conn, Irp, sockets, size);',
      '    Irp = Next(Irp);',
      '    return Finish(Conn->Socket, status);',
      '}',
      '',
    ].join('\n');
    const found = await sites('alias-argument', { 'a.c': text });
    expect(found.map((site) => site.description.replace(/ to the call.*/, ''))).toEqual([
      'pass a copy of Conn (mm_Conn_alias)',
      'pass a copy of Irp (mm_Irp_alias)',
      'pass a copy of status (mm_status_alias)',
    ]);
    const out = await rewritten('alias-argument', { 'a.c': text });
    expect(out['a.c'].split('\n').slice(5, 8)).toEqual([
      '    { PCONN mm_Conn_alias = Conn; { PIRP mm_Irp_alias = Irp; status = Send(mm_Conn_alias, mm_Irp_alias, sockets, size); } }',
      '    Irp = Next(Irp);',
      '    { NTSTATUS mm_status_alias = status; return Finish(Conn->Socket, mm_status_alias); }',
    ]);
  });
});

describe('take a parameter as an untyped context', () => {
  test('a pointer parameter the function never writes becomes a PVOID, cast back first in the body; never one written, a PVOID, or a function with a prototype', async () => {
    const text = [
      'NTSTATUS Proto(PCONN Conn);',
      'NTSTATUS F(PCONN Conn, PVOID Context, PIRP Irp, ULONG Count)',
      '{',
      '    Irp = NULL;',
      '    return Send(Conn->Socket, Context, Irp, Count);',
      '}',
      'NTSTATUS Proto(PCONN Conn) { return Send(Conn->Socket, NULL, NULL, 0); }',
      '',
    ].join('\n');
    const found = await sites('context-parameter', { 'a.c': text });
    expect(found.map((site) => site.description)).toEqual(['take Conn of F as an untyped context (mm_Conn_ctx)']);
    const out = await rewritten('context-parameter', { 'a.c': text });
    expect(out['a.c'].split('\n').slice(1, 3)).toEqual([
      'NTSTATUS F(PVOID mm_Conn_ctx, PVOID Context, PIRP Irp, ULONG Count)',
      '{ PCONN Conn = (PCONN)mm_Conn_ctx;',
    ]);
  });
});

describe('return a call through a local', () => {
  test('`return f(…);` standing in a block becomes a local of the return type and its return; never in a function returning void or a pointer declarator', async () => {
    const text = [
      'NTSTATUS F(PIRP Irp)',
      '{',
      '    if (Irp == NULL) return Fail(Irp);',
      '    return Send(Irp);',
      '}',
      'VOID G(PIRP Irp) { return Free(Irp); }',
      'PIRP *H(PIRP Irp) { return Slot(Irp); }',
      '',
    ].join('\n');
    const found = await sites('return-through-local', { 'a.c': text });
    expect(found.map((site) => site.key.line)).toEqual([4]);
    const out = await rewritten('return-through-local', { 'a.c': text });
    expect(out['a.c'].split('\n')[3]).toBe('    { NTSTATUS mm_result = Send(Irp); return mm_result; }');
  });
});

describe('measure a variable or its type', () => {
  test('sizeof(T) becomes sizeof(v) for a variable of type T declared before; sizeof(v) and sizeof v become sizeof(T); never an array', async () => {
    const text = [
      'NTSTATUS F(PSECURITY_DESCRIPTOR Sd)',
      '{',
      '    ULONG words[4];',
      '    SIZE_T a = sizeof(PSECURITY_DESCRIPTOR), b = sizeof Sd, c = sizeof(words), d = sizeof(ULONG);',
      '    return Use(a, b, c, d);',
      '}',
      '',
    ].join('\n');
    const variable = await rewritten('sizeof-variable', { 'a.c': text });
    expect(variable['a.c'].split('\n')[3]).toBe('    SIZE_T a = sizeof(Sd), b = sizeof Sd, c = sizeof(words), d = sizeof(ULONG);');
    const type = await rewritten('sizeof-type', { 'a.c': text });
    expect(type['a.c'].split('\n')[3]).toBe('    SIZE_T a = sizeof(PSECURITY_DESCRIPTOR), b = sizeof (PSECURITY_DESCRIPTOR), c = sizeof(words), d = sizeof(ULONG);');
  });
});

describe('make a call through a macro', () => {
  test('the call a statement makes as a whole goes through MM_CALL, defined once at the end of the driver\'s header; never a call on two lines (a macro use is a call too)', async () => {
    const text = [
      '#include "drv.h"',
      '#define CALL_TWICE(_f) (_f(), _f())',
      'NTSTATUS F(PIRP Irp)',
      '{',
      '    NTSTATUS status = Start(Irp);',
      '    status = Send(Irp);',
      '    Log(status,',
      '        Irp);',
      '    CALL_TWICE(Tick);',
      '    return Finish(Irp);',
      '}',
      '',
    ].join('\n');
    const found = await sites('macro-call', { 'a.c': text, 'drv.h': '#pragma once\n' });
    expect(found.map((site) => site.key.line)).toEqual([6, 9, 10]);
    const out = await rewritten('macro-call', { 'a.c': text, 'drv.h': '#pragma once\n' });
    expect(out['drv.h']).toBe('#pragma once\n#define MM_CALL(_x) (_x)\n');
    expect(out['a.c'].split('\n')[5]).toBe('    status = MM_CALL(Send(Irp));');
    expect(out['a.c'].split('\n')[9]).toBe('    return MM_CALL(Finish(Irp));');
  });
});

describe('cast an argument to its own type', () => {
  test('a local or parameter passed whole to any call is cast to its declared type, in place; never an array or a name declared twice', async () => {
    const text = [
      'NTSTATUS F(PCONN Conn, PIRP Irp)',
      '{',
      '    PWSK_SOCKET sockets[2];',
      '    if (Ready(Conn) && Send(Conn->Socket, Irp, sockets)) { ULONG n = 1; Log(n); }',
      '    { ULONG n = 2; Log(n); }',
      '    return STATUS_SUCCESS;',
      '}',
      '',
    ].join('\n');
    const found = await sites('cast-argument', { 'a.c': text });
    expect(found.map((site) => site.description.replace(/ in the call.*/, ''))).toEqual(['cast Conn to PCONN', 'cast Irp to PIRP']);
    const out = await rewritten('cast-argument', { 'a.c': text });
    expect(out['a.c'].split('\n')[3]).toBe('    if (Ready(((PCONN)Conn)) && Send(Conn->Socket, ((PIRP)Irp), sockets)) { ULONG n = 1; Log(n); }');
  });
});

describe('reach a field through a copy of the pointer', () => {
  test('a `P->F` of a parameter never written gets a copy of P declared first in the body; never a parameter the function writes or a local hides, nor a local', async () => {
    const text = [
      'NTSTATUS F(PCONN Conn, PIRP Irp, PCTX Ctx)',
      '{',
      '    PCONN local = Conn;',
      '    Irp->IoStatus.Status = STATUS_SUCCESS;',
      '    Conn->Socket = local->Socket;',
      '    Ctx = Ctx->Next;',
      '    return Conn->Status;',
      '}',
      '',
    ].join('\n');
    const found = await sites('alias-pointer', { 'a.c': text });
    expect(found.map((site) => site.description.replace(/ at line \d+ of F/, ''))).toEqual([
      'reach Irp->IoStatus through a copy of Irp (mm_Irp_1)',
      'reach Conn->Socket through a copy of Conn (mm_Conn_2)',
      'reach Conn->Status through a copy of Conn (mm_Conn_3)',
    ]);
    const out = await rewritten('alias-pointer', { 'a.c': text });
    const lines = out['a.c'].split('\n');
    // The three copies, declared on the body's first line (in whichever order the edits meet there).
    expect(lines[1].startsWith('{ ')).toBe(true);
    expect(lines[1].slice(2).split('; ').map((d) => d.replace(/;$/, '')).sort()).toEqual(['PCONN mm_Conn_2 = Conn', 'PCONN mm_Conn_3 = Conn', 'PIRP mm_Irp_1 = Irp']);
    expect(lines.slice(3, 7)).toEqual([
      '    mm_Irp_1->IoStatus.Status = STATUS_SUCCESS;',
      '    mm_Conn_2->Socket = local->Socket;',
      '    Ctx = Ctx->Next;',
      '    return mm_Conn_3->Status;',
    ]);
  });
});

describe('move an IRP allocation into an init helper', () => {
  test('an assignment or a declaration of one name becomes the helper\'s call on its address; never a static or several declarators', async () => {
    const text = [
      '#include "drv.h"',
      'NTSTATUS F(PCTX Ctx)',
      '{',
      '    PIRP irp = IoAllocateIrp(1, FALSE);',
      '    Ctx->Irp = IoAllocateIrp(2, FALSE);',
      '    static PIRP kept = IoAllocateIrp(1, FALSE);',
      '    PIRP a = IoAllocateIrp(1, FALSE), b = NULL;',
      '    return STATUS_SUCCESS;',
      '}',
      '',
    ].join('\n');
    const found = await sites('init-allocation', { 'a.c': text, 'drv.h': '' });
    expect(found.map((site) => site.key.line)).toEqual([4, 5]);
    const out = await rewritten('init-allocation', { 'a.c': text, 'drv.h': '' });
    expect(out['a.c'].split('\n').slice(1, 5)).toEqual([
      'NTSTATUS FMm4(PIRP *Irp, CCHAR StackSize, BOOLEAN ChargeQuota); NTSTATUS FMm5(PIRP *Irp, CCHAR StackSize, BOOLEAN ChargeQuota); NTSTATUS F(PCTX Ctx)',
      '{',
      '    PIRP irp = NULL; FMm4(&(irp), 1, FALSE);',
      '    FMm5(&(Ctx->Irp), 2, FALSE);',
    ]);
    expect(out['FMm5.c']).toBe([
      '/* metamorphic rewrite: the IoAllocateIrp call of F (line 5), moved into an init helper */',
      '#include "drv.h"',
      '',
      'NTSTATUS',
      'FMm5(PIRP *Irp, CCHAR StackSize, BOOLEAN ChargeQuota)',
      '{',
      '    *Irp = IoAllocateIrp(StackSize, ChargeQuota);',
      '    if (*Irp == NULL) {',
      '        return STATUS_INSUFFICIENT_RESOURCES;',
      '    }',
      '    return STATUS_SUCCESS;',
      '}',
      '',
    ].join('\n'));
  });
});

describe('add a correct look-alike', () => {
  test('a copy of a function with no finding, under a new name; never of one with a finding', async () => {
    const text = [
      'NTSTATUS Good(PWSK_SOCKET s, PIRP irp)',
      '{',
      '    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskBind(s, NULL, 0, irp);',
      '}',
      'NTSTATUS Bad(PWSK_SOCKET s, PSECURITY_DESCRIPTOR *sd, PIRP irp)',
      '{',
      '    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, sd, 0, NULL, NULL, irp);',
      '}',
      '',
    ].join('\n');
    const found = await sites('copy-function', { 'a.c': text });
    expect(found.map((site) => site.description)).toEqual(['add GoodCopy, a copy of Good (line 1), which has no finding']);
    expect(found[0].edits[0].text).toBe('\nNTSTATUS GoodCopy(PWSK_SOCKET s, PIRP irp)\n{\n    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskBind(s, NULL, 0, irp);\n}\n');
  });

  test('each idiom alone, with the test header, has no finding', async () => {
    const header = { path: path.join(INCLUDE_DIR, 'wsk.h'), text: fs.readFileSync(path.join(INCLUDE_DIR, 'wsk.h'), 'utf8') };
    for (const idiom of IDIOMS) {
      const program = await Program.load([header, { path: `${DIR}/idiom.c`, text: `#include "wsk.h"\n\n${idiom.text}` }], [INCLUDE_DIR]);
      loaded.push(program);
      expect(program.findingKeys(), idiom.name).toEqual([]);
    }
  });

  test('an idiom in a driver with findings adds none', async () => {
    const text = 'NTSTATUS Bad(PWSK_SOCKET s, PSECURITY_DESCRIPTOR *sd, PIRP irp)\n{\n    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, sd, 0, NULL, NULL, irp);\n}\n';
    const { rewritten: result, differences } = await checkRewrites(files({ 'a.c': text }), [], [{ kind: 'add-idiom' }]);
    expect(result.applied.length).toBe(IDIOMS.length);
    expect(result.original.map((key) => key.rule)).toEqual(['WSK001']);
    expect(differences).toEqual({ missing: [], unexpected: [] });
  });
});

describe('cure a planted bug', () => {
  const client = 'g_Npi.Dispatch->WskControlClient(g_Npi.Client';
  test('a constant argument gets its right value, and the finding goes', async () => {
    const text = [
      'NTSTATUS F(PWSK_SOCKET s, PSECURITY_DESCRIPTOR *sd, PIRP irp)',
      '{',
      '    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY,',
      '        IPPROTO_TCP,   /* BUG WSK003 */',
      '        sizeof(SECURITY_DESCRIPTOR),   /* BUG WSK001 */',
      '        sd, 0, NULL, NULL, irp);',
      '}',
      '',
    ].join('\n');
    const { rewritten: result, differences, found } = await checkRewrites(files({ 'a.c': text }), [], [{ kind: 'cure' }]);
    expect(result.original.map((key) => key.rule).sort()).toEqual(['WSK001', 'WSK003']);
    expect(result.files[0].text).toContain('        SOL_SOCKET,   /* BUG WSK003 */\n        sizeof(PSECURITY_DESCRIPTOR),   /* BUG WSK001 */\n');
    expect(found).toEqual([]);
    expect(differences).toEqual({ missing: [], unexpected: [] });
  });

  test('a leak at a return: the copy is released there first, if still held (cleared after each release)', async () => {
    const text = [
      'NTSTATUS F(PSECURITY_DESCRIPTOR Template)',
      '{',
      '    NTSTATUS status;',
      '    PSECURITY_DESCRIPTOR sd = NULL;',
      '    PIRP irp;',
      `    status = ${client}, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Template, sizeof(PSECURITY_DESCRIPTOR), &sd, NULL, NULL);`,
      '    if (!NT_SUCCESS(status)) return status;',
      '    irp = IoAllocateIrp(1, FALSE);',
      '    if (irp == NULL) return STATUS_INSUFFICIENT_RESOURCES;   /* BUG WSK008 */',
      '    IoFreeIrp(irp);',
      `    ${client}, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);`,
      '    return STATUS_SUCCESS;',
      '}',
      '',
    ].join('\n');
    const { rewritten: result, differences, found } = await checkRewrites(files({ 'a.c': text }), [], [{ kind: 'cure' }]);
    expect(result.original.map((key) => key.rule)).toEqual(['WSK008']);
    expect(result.files[0].text.split('\n')[8]).toBe(`    if (irp == NULL) { if (sd != NULL) { ${client}, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL); } return STATUS_INSUFFICIENT_RESOURCES; }   /* BUG WSK008 */`);
    expect(result.files[0].text.split('\n')[10]).toBe(`    ${client}, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL); sd = NULL;`);
    expect(found).toEqual([]);
    expect(differences).toEqual({ missing: [], unexpected: [] });
  });

  test('not for a copy the function hands on (to a helper, a field): releasing it there may be wrong', async () => {
    const text = [
      'NTSTATUS F(PSECURITY_DESCRIPTOR Template, PSECURITY_DESCRIPTOR *Out)',
      '{',
      '    NTSTATUS status;',
      '    PSECURITY_DESCRIPTOR sd = NULL;',
      `    status = ${client}, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Template, sizeof(PSECURITY_DESCRIPTOR), &sd, NULL, NULL);`,
      '    if (!NT_SUCCESS(status)) return status;',
      '    if (Busy()) return STATUS_DEVICE_BUSY;   /* BUG WSK008 */',
      '    *Out = sd;',
      '    return STATUS_SUCCESS;',
      '}',
      '',
    ].join('\n');
    expect((await load({ 'a.c': text })).findingKeys().map((key) => key.rule)).toEqual(['WSK008']);
    expect(await sites('cure', { 'a.c': text })).toEqual([]);
  });

  test('a second release guarded by `if (sd != NULL)`: the copy is cleared after the first (a macro here)', async () => {
    const text = [
      `#define RELEASE_SD(_p) ${client}, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), (_p), 0, NULL, NULL, NULL)`,
      'NTSTATUS F(PSECURITY_DESCRIPTOR Template)',
      '{',
      '    NTSTATUS status;',
      '    PSECURITY_DESCRIPTOR sd = NULL;',
      `    status = ${client}, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Template, sizeof(PSECURITY_DESCRIPTOR), &sd, NULL, NULL);`,
      '    if (!NT_SUCCESS(status)) goto Exit;',
      '    RELEASE_SD(&sd);',
      'Exit:',
      '    if (sd != NULL) {',
      `        ${client}, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR),`,
      '            &sd, 0, NULL, NULL, NULL);   /* BUG WSK009 */',
      '    }',
      '    return status;',
      '}',
      '',
    ].join('\n');
    const { rewritten: result, differences, found } = await checkRewrites(files({ 'a.c': text }), [], [{ kind: 'cure' }]);
    expect(result.original.map((key) => key.rule)).toEqual(['WSK009']);
    expect(result.files[0].text.split('\n')[7]).toBe('    RELEASE_SD(&sd); sd = NULL;');
    expect(found).toEqual([]);
    expect(differences).toEqual({ missing: [], unexpected: [] });
  });

  test('a set after a bind of the same function: the bind goes; an unchecked IRP: the call is made only with one', async () => {
    const text = [
      'NTSTATUS F(PWSK_SOCKET s, PSOCKADDR local, PSECURITY_DESCRIPTOR *sd, PIRP bindIrp)',
      '{',
      '    NTSTATUS status;',
      '    PIRP irp = IoAllocateIrp(1, FALSE); IoSetCompletionRoutine(irp, Done, NULL, TRUE, TRUE, TRUE);',
      '    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskBind(s, local, 0, bindIrp);',
      '    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,   /* BUG WSK007 */',
      '                 sizeof(PSECURITY_DESCRIPTOR), sd, 0, NULL, NULL, irp);   /* BUG WSK006 */',
      '    return status;',
      '}',
      '',
    ].join('\n');
    const program = await load({ 'a.c': text });
    expect(program.findingKeys().map((key) => `${key.rule}:${key.line}`).sort()).toEqual(['WSK006:7', 'WSK007:6']);
    const cures = await sites('cure', { 'a.c': text });
    expect(cures.map((site) => site.description)).toEqual([
      'cure the WSK007 at line 6 of F: the WskBind call at line 5 is removed',
      'cure the WSK006 at line 7 of F: the call is made only when irp is not NULL',
    ]);
    for (const cure of cures) {
      const { differences, found } = await checkRewrites(files({ 'a.c': text }), [], [{ kind: 'cure', keys: [cure.key] }]);
      expect(differences, cure.description).toEqual({ missing: [], unexpected: [] });
      expect(found.map((key) => key.rule), cure.description).toEqual(cure.cures[0].rule === 'WSK007' ? ['WSK006'] : ['WSK007']);
    }
  });

  test('a release before the wait for the request that uses the copy moves after it', async () => {
    const text = [
      'NTSTATUS F(PWSK_SOCKET s, PSECURITY_DESCRIPTOR Template, PIRP irp, PKEVENT event)',
      '{',
      '    NTSTATUS status;',
      '    PSECURITY_DESCRIPTOR sd = NULL;',
      `    status = ${client}, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Template, sizeof(PSECURITY_DESCRIPTOR), &sd, NULL, NULL);`,
      '    if (!NT_SUCCESS(status)) return status;',
      '    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)s->Dispatch)->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, irp);',
      `    ${client}, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR),`,
      '        &sd, 0, NULL, NULL, NULL);   /* BUG WSK010 */',
      '    if (status == STATUS_PENDING) {',
      '        KeWaitForSingleObject(event, Executive, KernelMode, FALSE, NULL);',
      '        status = irp->IoStatus.Status;',
      '    }',
      '    return status;',
      '}',
      '',
    ].join('\n');
    const { rewritten: result, differences, found } = await checkRewrites(files({ 'a.c': text }), [], [{ kind: 'cure' }]);
    expect(result.original.map((key) => key.rule)).toEqual(['WSK010']);
    expect(result.files[0].text.split('\n').slice(7, 13)).toEqual(['    ', '   /* BUG WSK010 */', '    if (status == STATUS_PENDING) {', '        KeWaitForSingleObject(event, Executive, KernelMode, FALSE, NULL);', '        status = irp->IoStatus.Status;',
      `    } ${client}, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);`]);
    expect(found).toEqual([]);
    expect(differences).toEqual({ missing: [], unexpected: [] });
  });
});
