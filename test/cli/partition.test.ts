// Splitting a run across workers (analysis/split/): which functions and files are relevant, what a
// worker must hold for its files' findings to be those of the whole run (headers for their macros,
// the first declaration of each name looked up, the registrations of accept callbacks, statements a
// macro may declare), that every file is owned once with the load spread, that a run where
// everything needs everything is not split, and that the parts, each analysed in a workspace of its
// own, report exactly what one workspace reports.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { preprocess } from '../../server/src/parse/preprocess';
import { NeedGraph } from '../../server/src/analysis/split/graph';
import type { SplitFile } from '../../server/src/analysis/split/graph';
import { splitRun } from '../../server/src/analysis/split/partition';
import { scanSource } from '../../server/src/analysis/split/scan';
import { FOLLOWED_NAMES } from '../../server/src/analysis/program';
import { WSK_NAMES } from '../../server/src/wsk/api';
import { BuildIncludes } from '../../server/src/parse/sources/build';
import { IncludeResolver } from '../../server/src/parse/sources/includes';
import { analyseInParts } from './parts';
import { writeDriverTree } from './tree';

const ROOT = path.resolve('/tree');
const DISPATCH = 'WSK_CLIENT_LISTEN_DISPATCH';

/** Files in the order the single workspace adds them; `context`: included headers that were not given. */
function filesOf(entries: Record<string, string>, context: readonly string[] = []): SplitFile[] {
  const ordered = [...context, ...Object.keys(entries).filter((name) => !context.includes(name)).sort()];
  return ordered.map((name) => ({
    path: path.join(ROOT, name),
    size: entries[name].length,
    facts: scanSource(preprocess(entries[name])),
    analysed: !context.includes(name),
  }));
}

/** Includes resolved as the single workspace of these files resolves them. */
const includesOf = (files: readonly SplitFile[]) => IncludeResolver.of(files.map((file) => file.path), [ROOT]);

function graphOf(files: readonly SplitFile[], wrappers: readonly string[] = []): NeedGraph {
  return new NeedGraph(files, includesOf(files), { relevant: new Set([...WSK_NAMES, DISPATCH, ...wrappers]), summarised: new Set(FOLLOWED_NAMES), wrappers: new Set(wrappers), registering: [DISPATCH] });
}

const names = (files: readonly SplitFile[], indexes: Iterable<number>) => [...indexes].map((index) => path.relative(ROOT, files[index].path)).sort();
const indexOf = (files: readonly SplitFile[], name: string) => files.findIndex((file) => file.path === path.join(ROOT, name));
const closureOf = (files: readonly SplitFile[], name: string, graph = graphOf(files)) => {
  const { parsed, macros } = graph.closure([indexOf(files, name)]);
  return { parsed: names(files, parsed), macros: names(files, macros) };
};

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

  test('function by function: a file defining a relevant function does not make every caller of its other functions relevant', () => {
    const files = filesOf({
      'lib.c': `VOID Log(PCSTR m) { Print(m); }\nINT Query(SOCKET s, PINT v) { return getsockopt(s, SOL_SOCKET, 0, (PCHAR)v, NULL); }`,
      'user.c': 'VOID Use(VOID) { Log("x"); }',
      'asker.c': 'VOID Ask(SOCKET s) { INT v; Query(s, &v); }',
    });
    const graph = graphOf(files);
    expect(names(files, graph.relevant)).toEqual(['asker.c', 'lib.c']);
    // Only the relevant function of lib.c is followed: not Log, nor what it calls.
    expect(graph.startsOf(indexOf(files, 'lib.c'))).toHaveLength(1);
  });
});

describe('what a worker must hold', () => {
  test('a file of no relevance: itself, and its headers for their macros', () => {
    const files = filesOf({
      'plain.c': '#include "plain.h"\nVOID Plain(PCTX c) { Touch(c); }',
      'plain.h': '#include "types.h"\nVOID Touch(PCTX c);',
      'types.h': 'typedef struct _CTX { ULONG n; } CTX, *PCTX;',
      'touch.c': '#include "plain.h"\nVOID Touch(PCTX c) { c->n++; }',
    });
    expect(closureOf(files, 'plain.c')).toEqual({ parsed: ['plain.c'], macros: ['plain.h', 'types.h'] });
  });

  test('a header that was not given, of no relevance: for its macros only, even where owned', () => {
    const files = filesOf({ 'a.c': '#include "ctx.h"\nVOID A(VOID) { }', 'ctx.h': '#define N 1' }, ['ctx.h']);
    expect(closureOf(files, 'ctx.h')).toEqual({ parsed: [], macros: ['ctx.h'] });
  });

  test('a relevant file: the first definition of what it calls and the first declaration of its types, parsed', () => {
    const files = filesOf({
      'a/first.c': '#include "first.h"\ntypedef struct _CTX { PWSK_SOCKET Socket; } CTX, *PCTX;\nVOID Unrelated(VOID) { }\nNTSTATUS Helper(PCTX c) { return Deeper(c); }',
      'a/first.h': '#define FIRST 1',
      'b/deeper.c': 'NTSTATUS Deeper(PVOID c) { return KeWaitForSingleObject(c, 0, 0, FALSE, NULL); }\nVOID Untouched(VOID) { Far(); }',
      'c/far.c': 'VOID Far(VOID) { }',
      'z/driver.c': `#include "driver.h"\nNTSTATUS Helper(PCTX c);\nNTSTATUS Go(PCTX c, PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { Helper(c); return ${SECURE}; }`,
      'z/driver.h': 'typedef struct _CTX { PVOID Other; } CTX, *PCTX;',
      'z/second.c': '#include "driver.h"\nNTSTATUS Helper(PCTX c) { return 1; }',
    });
    // Helper and CTX resolve to a/first.c (first in the run), which needs Deeper in turn; b/deeper.c's
    // other function, and c/far.c that only it calls, are not looked at; z/driver.h's CTX comes second.
    expect(closureOf(files, 'z/driver.c')).toEqual({ parsed: ['a/first.c', 'b/deeper.c', 'z/driver.c'], macros: ['a/first.h', 'z/driver.h'] });
  });

  test('a call is followed only to a function that may be summarised: it, or what it calls, names WSK or a tracked kernel routine (comments count), or it is a wrapper', () => {
    const files = filesOf({
      'a/plain.c': 'VOID Log(PCSTR m) { Print(m); }\nVOID Print(PCSTR m) { }',
      'b/waits.c': 'VOID Wait(PVOID e) { /* KeWaitForSingleObject is called by Inner */ Inner(e); }\nVOID Inner(PVOID e) { }',
      'c/wrap.c': 'VOID MyBind(PVOID s) { }',
      'z/driver.c': `VOID Go(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { Log("go"); Wait(irp); MyBind(s); ${SECURE}; }`,
    });
    expect(closureOf(files, 'z/driver.c', graphOf(files, ['MyBind'])).parsed).toEqual(['b/waits.c', 'c/wrap.c', 'z/driver.c']);
  });

  test('a file whose braces never close may declare anything before the first sure declaration', () => {
    const files = filesOf({
      'a/broken.c': '#ifdef X\nVOID Old(VOID) {\n#endif\nULONG g_Count;\n',
      'b/sure.c': 'ULONG g_Count;',
      'c/user.c': `VOID Use(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { g_Count++; ${SECURE}; }`,
      'd/own.c': `ULONG g_Count;\nVOID Own(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { g_Count++; ${SECURE}; }`,
    });
    expect(closureOf(files, 'c/user.c').parsed).toEqual(['a/broken.c', 'b/sure.c', 'c/user.c']);
    // A file's own global comes first.
    expect(closureOf(files, 'd/own.c').parsed).toEqual(['d/own.c']);
  });

  test('a function defined by a macro of the workspace, and one whose head a macro ends', () => {
    const files = filesOf({
      'm/define.h': `#define SECURE_HELPER(name) NTSTATUS name(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { return ${SECURE}; }\n#define PAGED_HELPER`,
      'm/helpers.c': '#include "define.h"\nSECURE_HELPER(MacroSecure)\nNTSTATUS Annotated(PVOID s) PAGED_HELPER\n{ return 0; }',
      'z/caller.c': 'NTSTATUS Go(PWSK_SOCKET s) { Annotated(s); return MacroSecure(s, NULL, NULL); }',
    });
    expect(closureOf(files, 'z/caller.c')).toEqual({ parsed: ['m/helpers.c', 'z/caller.c'], macros: ['m/define.h'] });
  });

  test('the files registering an accept callback, for its definition', () => {
    const files = filesOf({
      'accept.c': `NTSTATUS OnAccept(PVOID ctx, ULONG f, PSOCKADDR l, PSOCKADDR r, PWSK_SOCKET s, PVOID *c, const WSK_CLIENT_CONNECTION_DISPATCH **d) { PSECURITY_DESCRIPTOR sd = ctx; PIRP irp = NULL; return ${SECURE}; }`,
      'dispatch.c': 'const WSK_CLIENT_LISTEN_DISPATCH g_Dispatch = { OnAccept, NULL, NULL };',
      'other.c': 'const WSK_CLIENT_LISTEN_DISPATCH g_Other = { OtherAccept, NULL, NULL };',
    });
    expect(closureOf(files, 'accept.c').parsed).toEqual(['accept.c', 'dispatch.c']);
  });
});

describe('the headers each file includes', () => {
  const project = (directories: string) => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup><ClCompile Include="main.c" /></ItemGroup>
  <ItemDefinitionGroup><ClCompile><AdditionalIncludeDirectories>${directories}</AdditionalIncludeDirectories></ClCompile></ItemDefinitionGroup>
</Project>`;

  test('as the resolver finds them for each file, each file\'s #includes resolved once per set of include directories', () => {
    // <config.h> in lib/wrap.h means inc/config.h for the project's files, nothing for the others (two
    // config.h); a.h and b.h, and inc's two headers, include each other.
    const files = filesOf({
      'drv/main.c': '#include "../lib/wrap.h"\n#include "../cycle/a.h"\nVOID Main(VOID) { }',
      'drv/util.c': '#include "../lib/wrap.h"\nVOID Util(VOID) { }',
      'other/use.c': '#include "../lib/wrap.h"\n#include "../cycle/b.h"\nVOID Use(VOID) { }',
      'lib/wrap.h': '#include <config.h>\n#include "../cycle/a.h"\n#define WRAP 1',
      'lib/config.h': '#define CONFIG 2',
      'inc/config.h': '#include "common.h"\n#define CONFIG 1',
      'inc/common.h': '#include "config.h"\n#define COMMON 1',
      'cycle/a.h': '#include "b.h"\n#define A 1',
      'cycle/b.h': '#include "a.h"\n#define B 1',
    });
    const includes = IncludeResolver.of(files.map((file) => file.path), [ROOT], BuildIncludes.read([{ path: path.join(ROOT, 'drv/drv.vcxproj'), text: project('..\\inc') }]));
    const resolve = includes.resolve.bind(includes);
    let resolved = 0;
    includes.resolve = (...args) => {
      resolved++;
      return resolve(...args);
    };
    const graph = new NeedGraph(files, includes, { relevant: new Set(WSK_NAMES), summarised: new Set(), wrappers: new Set(), registering: [] });
    const calls = resolved;
    const byPath = new Map(files.map((file) => [file.path, file.facts.includes]));
    files.forEach((file, index) => {
      const expected = includes.closure(file.path, (header) => byPath.get(header)).headers.map((header) => path.relative(ROOT, header)).sort();
      expect(names(files, graph.included[index]), path.relative(ROOT, file.path)).toEqual(expected);
    });
    expect(names(files, graph.included[indexOf(files, 'drv/util.c')])).toEqual(['cycle/a.h', 'cycle/b.h', 'inc/common.h', 'inc/config.h', 'lib/wrap.h']);
    expect(names(files, graph.included[indexOf(files, 'other/use.c')])).toEqual(['cycle/a.h', 'cycle/b.h', 'lib/wrap.h']);
    // Two sets of include directories (the project's files, the others): each #include resolved at most twice.
    const directives = files.reduce((sum, file) => sum + file.facts.includes.length, 0);
    expect(calls).toBeLessThanOrEqual(2 * directives);
  });
});

describe('plans', () => {
  const drivers: Record<string, string> = {};
  for (let i = 0; i < 6; i++) {
    drivers[`d${i}/helper.c`] = `#include "d${i}.h"\nNTSTATUS Helper${i}(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { return ${SECURE}; }`;
    drivers[`d${i}/start.c`] = `#include "d${i}.h"\nNTSTATUS DriverEntry(PVOID d, PVOID r) { return Helper${i}(NULL, NULL, NULL); }`;
    drivers[`d${i}/d${i}.h`] = `NTSTATUS Helper${i}(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp);`;
  }
  for (let i = 0; i < 10; i++) drivers[`plain/p${i}.c`] = `VOID Plain${i}(PVOID p) { Touch(p); }\n/* ${'x'.repeat(2000 * i)} */`;

  test('every file owned once, parsed where reported on unless it names nothing of WSK, files in the order of the run, the load spread', () => {
    const files = filesOf(drivers, ['d0/d0.h']);
    for (const workers of [2, 3, 8]) {
      const { plans } = splitRun(files, { includes: includesOf(files), wrappers: [], workers, cores: workers, workerCost: 0 });
      expect(plans.length, `${workers} workers`).toBeGreaterThanOrEqual(2);
      expect(plans.length).toBeLessThanOrEqual(workers);
      expect(plans.flatMap((plan) => plan.owned).sort((a, b) => a - b)).toEqual(files.map((_, index) => index));
      for (const plan of plans) {
        expect(plan.files).toEqual([...plan.files].sort((a, b) => a - b));
        for (const index of plan.macrosOnly) expect(plan.files).toContain(index);
        for (const index of plan.owned) {
          // A file of no relevance (a plain one, a header of prototypes) is reported on unparsed.
          const parsed = plan.files.includes(index) && !plan.macrosOnly.includes(index);
          const name = path.relative(ROOT, files[index].path).split(path.sep).join('/');
          expect(parsed, name).toBe(/^d\d\/(helper|start)\.c$/.test(name));
        }
      }
      const loads = plans.map((plan) => plan.files.reduce((sum, index) => sum + files[index].size, 0));
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2 * Math.max(...files.map((file) => file.size)));
    }
  });

  test('not split when a worker would cost more than it saves, or everything needs everything', () => {
    const files = filesOf(drivers);
    expect(splitRun(files, { includes: includesOf(files), wrappers: [], workers: 2, cores: 2 }).plans).toHaveLength(1);
    // A chain: each function reaches WSK through the next, so every part would need every file.
    const chain: Record<string, string> = {};
    for (let i = 0; i < 8; i++) chain[`c${i}.c`] = i === 7 ? `NTSTATUS F7(PWSK_SOCKET s, PSECURITY_DESCRIPTOR sd, PIRP irp) { return ${SECURE}; }` : `NTSTATUS F${i}(PVOID s) { return F${i + 1}(s, NULL, NULL); }`;
    const split = splitRun(filesOf(chain), { includes: includesOf(filesOf(chain)), wrappers: [], workers: 4, cores: 4, workerCost: 0 });
    expect(split.plans).toHaveLength(1);
    expect(split.cost).toBe(split.single);
  });
});

describe('the parts report what one workspace reports', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a generated tree of drivers sharing names, split in 2, 3 and 5', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-parts-'));
    folders.push(dir);
    writeDriverTree(dir);
    for (const workers of [2, 3, 5]) {
      const { single, split, parts } = await analyseInParts(dir, workers);
      expect(parts.length, `${workers} workers`).toBeGreaterThanOrEqual(2);
      expect(single.findings.length).toBeGreaterThan(10);
      expect(split).toEqual(single);
      // Some files are held only for their macros somewhere.
      expect(parts.some((part) => part.job.files.some((file) => file.macrosOnly))).toBe(true);
    }
  });
});
