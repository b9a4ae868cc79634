// Copies of variables that never change after they are set (copies.ts): which locals are one, of what,
// and which are not because the copy or its source may hold another value somewhere.

import { afterAll, expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import { copiesIn, throughCopies } from '../../server/src/analysis/copies';

const workspaces: Workspace[] = [];
afterAll(() => {
  for (const workspace of workspaces) workspace.dispose();
});

/** The copies of the one function a text defines, as `copy=source`, sorted. */
async function copiesOf(text: string): Promise<string[]> {
  const workspace = await Workspace.create();
  workspaces.push(workspace);
  const file = '/virtual/copies.c';
  workspace.setFile(file, `typedef struct _C { void *Socket; } C, *PC;\ntypedef void *PIRP;\n${text}\n`);
  const definition = workspace.file(file)!.parsed.tree.rootNode.descendantsOfType('function_definition')[0]!;
  return [...copiesIn(definition)].map(([copy, source]) => `${copy}=${source}`).sort();
}

test('a local initialised or assigned once from a parameter never assigned is a copy of it, as it is or cast from an untyped pointer, through copies of copies', async () => {
  expect(await copiesOf('void f(PIRP Irp, void *Context) { PIRP irp = Irp; PC ctx = (PC)Context; PC again; again = (ctx); use(irp, again); }'))
    .toEqual(['again=Context', 'ctx=Context', 'irp=Irp']);
});

test('a copy declared in several blocks, each time from the same name, is one copy; from two names, none', async () => {
  expect(await copiesOf('void f(PIRP Irp) { { PIRP mm = Irp; a(mm); } { PIRP mm = Irp; b(mm); } }')).toEqual(['mm=Irp']);
  expect(await copiesOf('void f(PIRP Irp, PIRP Other) { { PIRP mm = Irp; a(mm); } { PIRP mm = Other; b(mm); } }')).toEqual([]);
});

test('no copy where the copy or its source may hold another value', async () => {
  // The parameter is assigned, or its address taken: it is not the same value throughout.
  expect(await copiesOf('void f(PIRP Irp) { PIRP irp = Irp; Irp = 0; use(irp); }')).toEqual([]);
  expect(await copiesOf('void f(PIRP Irp) { PIRP irp = Irp; take(&Irp); use(irp); }')).toEqual([]);
  // The copy is written again, incremented, or its address taken; or it is static (it outlives the call).
  expect(await copiesOf('void f(PIRP Irp, PIRP Other) { PIRP irp = Irp; if (x) irp = Other; use(irp); }')).toEqual([]);
  expect(await copiesOf('void f(char *Buffer) { char *p = Buffer; p++; use(p); }')).toEqual([]);
  expect(await copiesOf('void f(PIRP Irp) { PIRP irp = Irp; take(&irp); }')).toEqual([]);
  expect(await copiesOf('void f(PIRP Irp) { static PIRP irp; irp = Irp; use(irp); }')).toEqual([]);
  // A cast between typed pointers is a view of other fields, not the same storage under another name.
  expect(await copiesOf('void f(PC Conn) { PIRP view = (PIRP)Conn; use(view); }')).toEqual([]);
  expect(await copiesOf('void f(void *Buffer, PVOID Context) { PC a = (PC)Buffer; PC b = Context; use(a, b); }')).toEqual(['a=Buffer', 'b=Context']);
  // Not a name: a field, a call.
  expect(await copiesOf('void f(PC Conn) { void *s = Conn->Socket; PIRP irp = make(Conn); use(s, irp); }')).toEqual([]);
});

test('a write through a copy (its fields, what it points to) leaves it a copy; a write of a field of a structure copy does not', async () => {
  expect(await copiesOf('void f(PC Conn) { PC c = Conn; c->Socket = 0; *c = *Conn; use(c); }')).toEqual(['c=Conn']);
  expect(await copiesOf('void f(C Conn) { C c = Conn; c.Socket = 0; use(c); }')).toEqual([]);
});

test('a local source counts only when set once per call: initialised at the top of the body, with no label before it', async () => {
  expect(await copiesOf('void f(void) { PC dev = g_Dev; if (dev) { PC mm = dev; use(mm); } }')).toEqual(['mm=dev']);
  // In a loop, or after a label a goto may come back to, the source is set again while the copy keeps last round's value.
  expect(await copiesOf('void f(void) { PC mm; for (;;) { PC dev = next(); use(mm); mm = dev; } }')).toEqual([]);
  expect(await copiesOf('void f(void) { PC mm; again: ; PC dev = next(); use(mm); mm = dev; goto again; }')).toEqual([]);
  // A global is no source: other code may change it between two reads.
  expect(await copiesOf('void f(void) { PC mm = g_Dev; use(mm); }')).toEqual([]);
});

test('a path through a copy is named by its source; the copy itself stays a name of its own', () => {
  const copies = new Map([['ctx', 'Context']]);
  expect(['ctx->Socket', '*ctx', '**ctx', 'ctx', 'ctxt->Socket', 'other->Socket'].map((path) => throughCopies(path, copies)))
    .toEqual(['Context->Socket', '*Context', '**Context', 'Context', 'ctxt->Socket', 'other->Socket']);
});
