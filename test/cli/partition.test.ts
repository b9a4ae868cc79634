// Splitting a run across workers: which files are relevant, what a worker must hold for its files'
// findings to be those of the whole run (headers, the first declaration of each name looked up, the
// registrations of accept callbacks, statements a macro may declare), which files stay together, and
// that every file is owned once with the load spread. The analysis itself is checked against a
// single-threaded run in parallel.test.ts.

import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { preprocess } from '../../server/src/parse/preprocess';
import type { PartitionFile } from '../../server/src/cli/partition';
import { DependencyGraph, partition } from '../../server/src/cli/partition';
import { scanSource } from '../../server/src/cli/scan';
import { WSK_NAMES } from '../../server/src/wsk/api';
import { IncludeResolver } from '../../server/src/parse/sources/includes';

const ROOT = path.resolve('/tree');

/** Files in the order the single workspace adds them; `context: true` for an included header that was not given. */
function filesOf(entries: Record<string, string>, context: readonly string[] = []): PartitionFile[] {
  const ordered = [...context, ...Object.keys(entries).filter((name) => !context.includes(name)).sort()];
  return ordered.map((name) => ({
    path: path.join(ROOT, name),
    text: entries[name],
    facts: scanSource(preprocess(entries[name])),
    analysed: !context.includes(name),
  }));
}

/** Includes resolved as the single workspace of these files resolves them. */
const includesOf = (files: readonly PartitionFile[]) => IncludeResolver.of(files.map((file) => file.path), [ROOT]);

function graphOf(files: readonly PartitionFile[], wrappers: readonly string[] = []): DependencyGraph {
  return new DependencyGraph(files, includesOf(files), new Set([...WSK_NAMES, 'WSK_CLIENT_LISTEN_DISPATCH', ...wrappers]));
}

const names = (files: readonly PartitionFile[], indexes: Iterable<number>) => [...indexes].map((index) => path.relative(ROOT, files[index].path)).sort();
const indexOf = (files: readonly PartitionFile[], name: string) => files.findIndex((file) => file.path === path.join(ROOT, name));
const closureOf = (files: readonly PartitionFile[], name: string, graph = graphOf(files)) => names(files, graph.closure([indexOf(files, name)]));

const SECURE = `((PWSK_PROVIDER_BASIC_DISPATCH)s->Dispatch)->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, irp)`;

describe('relevance', () => {
  test('naming a WSK name, calling a relevant function (in turn, through macros too), or naming a wrapper', () => {
    const files = filesOf({
      'secure.c': `NTSTATUS Secure(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { return ${SECURE}; }`,
      'caller.c': 'NTSTATUS Start(PVOID s) { return Secure(s, NULL, NULL); }',
      'outer.c': 'NTSTATUS Outer(PVOID s) { return Start(s); }',
      'macro.h': '#define START(s) Outer(s)',
      'viamacro.c': '#include "macro.h"\nVOID ViaMacro(PVOID s) { START(s); }',
      'wrapped.c': 'VOID Wrapped(PVOID s) { MyBind(s); }',
      'plain.c': 'VOID Plain(PVOID s) { Touch(s); }',
      'mentions.c': 'VOID Mentions(VOID) { PVOID p = (PVOID)Secure; }',
    });
    const graph = graphOf(files, ['MyBind']);
    // macro.h counts too: its macro calls a relevant function (erring on the safe side).
    expect(names(files, graph.relevant)).toEqual(['caller.c', 'macro.h', 'outer.c', 'secure.c', 'viamacro.c', 'wrapped.c']);
  });
});

describe('what a worker must hold', () => {
  test('a file of no relevance: itself and its headers', () => {
    const files = filesOf({
      'plain.c': '#include "plain.h"\nVOID Plain(PCTX c) { Touch(c); }',
      'plain.h': '#include "types.h"\nVOID Touch(PCTX c);',
      'types.h': 'typedef struct _CTX { ULONG n; } CTX, *PCTX;',
      'touch.c': '#include "plain.h"\nVOID Touch(PCTX c) { c->n++; }',
    });
    expect(closureOf(files, 'plain.c')).toEqual(['plain.c', 'plain.h', 'types.h']);
  });

  test('a relevant file: the first definition of what it calls and the first declaration of its types, with their headers', () => {
    const files = filesOf({
      'a/first.c': '#include "first.h"\ntypedef struct _CTX { PWSK_SOCKET Socket; } CTX, *PCTX;\nVOID Unrelated(VOID) { }\nNTSTATUS Helper(PCTX c) { return Deeper(c); }',
      'a/first.h': '#define FIRST 1',
      'b/deeper.c': 'NTSTATUS Deeper(PVOID c) { return 0; }\nVOID Untouched(VOID) { Far(); }',
      'c/far.c': 'VOID Far(VOID) { }',
      'z/driver.c': `#include "driver.h"\nNTSTATUS Helper(PCTX c);\nNTSTATUS Go(PCTX c, PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { Helper(c); return ${SECURE}; }`,
      'z/driver.h': 'typedef struct _CTX { PVOID Other; } CTX, *PCTX;',
      'z/second.c': '#include "driver.h"\nNTSTATUS Helper(PCTX c) { return 1; }',
    });
    // Helper and CTX resolve to a/first.c (first in the run), which needs Deeper in turn; b/deeper.c's
    // other function, and c/far.c that only it calls, are not looked at.
    expect(closureOf(files, 'z/driver.c')).toEqual(['a/first.c', 'a/first.h', 'b/deeper.c', 'z/driver.c', 'z/driver.h']);
  });

  test('a file whose braces never close may declare anything before the first sure declaration', () => {
    const files = filesOf({
      'a/broken.c': '#ifdef X\nVOID Old(VOID) {\n#endif\nULONG g_Count;\n',
      'b/sure.c': 'ULONG g_Count;',
      'c/user.c': `VOID Use(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { g_Count++; ${SECURE}; }`,
      'd/own.c': `ULONG g_Count;\nVOID Own(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { g_Count++; ${SECURE}; }`,
    });
    expect(closureOf(files, 'c/user.c')).toEqual(['a/broken.c', 'b/sure.c', 'c/user.c']);
    // A file's own global comes first.
    expect(closureOf(files, 'd/own.c')).toEqual(['d/own.c']);
  });

  test('a function defined by a macro of the workspace, and one whose head a macro ends', () => {
    const files = filesOf({
      'm/define.h': `#define SECURE_HELPER(name) NTSTATUS name(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { return ${SECURE}; }\n#define PAGED_HELPER`,
      'm/helpers.c': '#include "define.h"\nSECURE_HELPER(MacroSecure)\nNTSTATUS Annotated(PVOID s) PAGED_HELPER\n{ return 0; }',
      'z/caller.c': 'NTSTATUS Go(PWSK_SOCKET s) { Annotated(s); return MacroSecure(s, NULL, NULL); }',
    });
    expect(closureOf(files, 'z/caller.c')).toEqual(['m/define.h', 'm/helpers.c', 'z/caller.c']);
  });

  test('the files registering an accept callback, for its definition', () => {
    const files = filesOf({
      'accept.c': `NTSTATUS OnAccept(PVOID ctx, ULONG f, PSOCKADDR l, PSOCKADDR r, PWSK_SOCKET s, PVOID *c, const WSK_CLIENT_CONNECTION_DISPATCH **d) { PSECURITY_DESCRIPTOR sd = ctx; PIRP irp = NULL; return ${SECURE}; }`,
      'dispatch.c': 'const WSK_CLIENT_LISTEN_DISPATCH g_Dispatch = { OnAccept, NULL, NULL };',
      'other.c': 'const WSK_CLIENT_LISTEN_DISPATCH g_Other = { OtherAccept, NULL, NULL };',
    });
    expect(closureOf(files, 'accept.c')).toEqual(['accept.c', 'dispatch.c']);
  });
});

describe('units and plans', () => {
  const drivers: Record<string, string> = {};
  for (let i = 0; i < 6; i++) {
    drivers[`d${i}/helper.c`] = `#include "d${i}.h"\nNTSTATUS Helper${i}(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { return ${SECURE}; }`;
    drivers[`d${i}/start.c`] = `#include "d${i}.h"\nNTSTATUS DriverEntry(PVOID d, PVOID r) { return Helper${i}(NULL, NULL, NULL); }`;
    drivers[`d${i}/d${i}.h`] = `NTSTATUS Helper${i}(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp);`;
  }
  for (let i = 0; i < 10; i++) drivers[`plain/p${i}.c`] = `VOID Plain${i}(PVOID p) { Touch(p); }\n/* ${'x'.repeat(200 * i)} */`;

  test('files calling each other stay together with their headers; a name defined in many files ties nothing', () => {
    const files = filesOf(drivers);
    const units = graphOf(files).units().map((unit) => names(files, unit));
    expect(units.filter((unit) => unit.some((name) => name.startsWith('d')))).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => [`d${i}/d${i}.h`, `d${i}/helper.c`, `d${i}/start.c`]),
    );
    expect(units.filter((unit) => unit[0].startsWith('plain/'))).toHaveLength(10);
  });

  test('every file owned once, held where owned, files in the order of the run, the load spread', () => {
    const files = filesOf(drivers, ['d0/d0.h']);
    for (const workers of [1, 2, 3, 8]) {
      const plans = partition(files, includesOf(files), [], workers);
      expect(plans).toHaveLength(workers);
      expect(plans.flatMap((plan) => plan.owned).sort((a, b) => a - b)).toEqual(files.map((_, index) => index));
      for (const plan of plans) {
        expect(plan.files).toEqual([...plan.files].sort((a, b) => a - b));
        for (const index of plan.owned) expect(plan.files).toContain(index);
      }
      const loads = plans.map((plan) => plan.files.reduce((sum, index) => sum + files[index].text.length, 0));
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(Math.max(...files.map((file) => file.text.length)));
    }
  });

  test('no more workers than units', () => {
    const files = filesOf({ 'a.c': 'VOID A(VOID) { }', 'b.c': 'VOID B(VOID) { }' });
    expect(partition(files, includesOf(files), [], 4)).toHaveLength(2);
  });
});
