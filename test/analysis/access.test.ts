// Access paths, the names the path engine follows objects by: what an expression names (casts and
// parentheses aside, `(*p).f` as `p->f`), what `&x` names, and how paths depend on one another.

import { afterAll, expect, test } from 'vitest';
import type { Node } from '../../server/src/parse/treeSitter';
import { Workspace } from '../../server/src/analysis/workspace';
import { accessPath, addressedPath, dependsOn, identifiersOf, isOutsideStorage, pointeePath, rootOf } from '../../server/src/analysis/access';

const workspaces: Workspace[] = [];
afterAll(() => {
  for (const workspace of workspaces) workspace.dispose();
});

/** The expressions of `f`'s statements, parsed. */
async function expressions(...texts: string[]): Promise<Node[]> {
  const workspace = await Workspace.create();
  workspaces.push(workspace);
  const file = '/virtual/access.c';
  workspace.setFile(file, `typedef struct _S { int f; } S, *PS;\nvoid f(void)\n{\n${texts.map((t) => `    ${t};`).join('\n')}\n}\n`);
  const body = workspace.file(file)!.parsed.tree.rootNode.descendantsOfType('compound_statement')[0]!;
  return body.namedChildren.map((statement) => statement!.namedChild(0)!);
}

const isTypeName = (name: string) => name === 'PVOID' || name === 'PS';

test('the path an expression names', async () => {
  const nodes = await expressions('sd', 'ctx->Sd', 'ctx->Endpoint.Sd', '(*p).f', '(&s)->f', '*Out', '**Out', 'Sockets[i]', 'Sockets[0]',
    '((PS)p)->f', '(ctx)->Sd', 'Sockets[i + 1]', 'f()', '*f()', 'a + b', '&sd', 'p->f[j].g');
  expect(nodes.map((node) => accessPath(node) ?? null)).toEqual(['sd', 'ctx->Sd', 'ctx->Endpoint.Sd', 'p->f', 's.f', '*Out', '**Out', 'Sockets[i]', 'Sockets[0]',
    'p->f', 'ctx->Sd', null, null, null, null, null, 'p->f[j].g']);
});

test('a chain of links is followed up to its bound, no further', async () => {
  const links = (count: number) => ['p', ...Array.from({ length: count }, (_, i) => `f${i}`)].join('->');
  const [short, long] = await expressions(links(24), links(25));
  expect(accessPath(short)).toBe(links(24));
  expect(accessPath(long)).toBeUndefined();
});

test('what an address names, a cast that parses as a bitwise and included; what a pointer points to', async () => {
  const nodes = await expressions('&sd', '&ctx->Sd', '(PVOID)&sd', '(PVOID)&ctx->Sd', '(Mask) & sd', 'sd', 'ctx->Sd');
  expect(nodes.map((node) => addressedPath(node, isTypeName) ?? null)).toEqual(['sd', 'ctx->Sd', 'sd', 'ctx->Sd', null, null, null]);
  expect(nodes.map((node) => pointeePath(node, isTypeName) ?? null)).toEqual(['sd', 'ctx->Sd', 'sd', 'ctx->Sd', null, '*sd', '*ctx->Sd']);
});

test('roots, identifiers and dependencies of paths', () => {
  expect(['ctx->Sd', '*Out', '**Out', 'Sockets[i]', 's.f', 'x'].map(rootOf)).toEqual(['ctx', 'Out', 'Out', 'Sockets', 's', 'x']);
  expect(identifiersOf('Sockets[i]->Sd')).toEqual(['Sockets', 'i', 'Sd']);
  expect(identifiersOf('a->b->a')).toEqual(['a', 'b']);
  const cases: [string, string, boolean][] = [
    ['ctx->Sd', 'ctx', true], ['ctx.Sd', 'ctx', true], ['Sockets[i]', 'Sockets', true], ['Sockets[i]', 'i', true], ['*Out', 'Out', true],
    ['**Out', 'Out', true], ['*ctx->Sd', 'ctx', true], ['ctx', 'ctx', false], ['ctxA->Sd', 'ctx', false], ['ctx->Sd', 'Sd', false], ['*Out', '*Out', false],
  ];
  expect(cases.map(([path, written]) => dependsOn(path, written))).toEqual(cases.map(([, , expected]) => expected));
  const locals = new Set(['local']);
  expect(['local', 'local.f', 'local->f', '*local', 'g_Global', 'g_Global.f'].map((path) => isOutsideStorage(path, (name) => locals.has(name))))
    .toEqual([false, false, true, true, true, true]);
});
