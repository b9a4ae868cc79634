// copyTree walks web-tree-sitter's tree through its WebAssembly exports (parse/treeWalk.ts), not its
// TreeCursor: the two walks copy the same trees, node for node, on every C file under test/ (the corpus
// included), whole, masked as the server parses them, and broken; on odd texts (errors, MISSING nodes,
// a directive ended by a hidden newline, surrogate pairs, an empty file); and on copies after edits that
// take nodes from the copy before them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import type { Parser, Tree as WasmTree } from 'web-tree-sitter';
import { CHECKED_AGAINST, copyTree, exportsWalkAvailable, loadParser } from '../../server/src/parse/treeSitter';
import type { Donor, Node, Tree } from '../../server/src/parse/treeSitter';
import { preprocess } from '../../server/src/parse/preprocess';
import { editRounds, generatedClient } from '../support/editRounds';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.join(here, '..');

function cFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : cFiles(full);
    return /\.[ch]$/.test(entry.name) ? [full] : [];
  });
}

/** Every node of a copy, in document order, as one line each (all but its id). */
function lines(tree: Tree): string[] {
  expect(tree.nodes[0]).toBe(tree.rootNode);
  const out: string[] = [];
  const stack: Node[] = [tree.rootNode];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    out.push(`${n.order}-${n.last} ${n.field ?? '-'}:${n.type}${n.isNamed ? '' : '(anon)'} ${n.startIndex}-${n.endIndex}${n.hasError ? ' error' : ''}${n.isMissing ? ' missing' : ''} children ${n.children.length} parent ${n.parent?.order ?? '-'}${n.tree === tree ? '' : ' OTHER TREE'}${tree.nodes[n.order] === n ? '' : ' NOT AT ITS ORDER'}`);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  expect(out.length).toBe(tree.nodes.length);
  return out;
}

/** Copies `source` both ways and compares them; returns how many nodes, and how many with errors. */
function compare(parser: Parser, source: string): { nodes: number; errors: number; missing: number } {
  const wasm = parser.parse(source) as WasmTree;
  const fast = lines(copyTree(wasm, source));
  const slow = lines(copyTree(wasm, source, undefined, { cursorWalk: true }));
  wasm.delete();
  expect(fast).toEqual(slow);
  return { nodes: fast.length, errors: fast.filter((line) => line.includes(' error')).length, missing: fast.filter((line) => line.includes(' missing')).length };
}

test('the walk through the exports is the one taken, on the web-tree-sitter version it was checked against', async () => {
  await loadParser();
  const entry = createRequire(path.join(root, '..', 'package.json')).resolve('web-tree-sitter');
  const installed = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), 'package.json'), 'utf8')) as { version: string };
  // A new web-tree-sitter: read its lib/tree-sitter.c (in web-tree-sitter.wasm.map) and web-tree-sitter.js
  // again against what treeWalk.ts assumes, then change CHECKED_AGAINST.
  expect(installed.version, 'web-tree-sitter changed: check parse/treeWalk.ts against it').toBe(CHECKED_AGAINST);
  expect(exportsWalkAvailable()).toBe(true);
});

test('both walks copy the same trees of the C files under test/, whole, masked and broken', async () => {
  const parser = await loadParser();
  const files = cFiles(root);
  expect(files.length).toBeGreaterThan(300);
  expect(files.some((file) => file.includes(`${path.sep}corpus${path.sep}`))).toBe(true);
  let totals = { nodes: 0, errors: 0, missing: 0 };
  const add = (counts: typeof totals) => (totals = { nodes: totals.nodes + counts.nodes, errors: totals.errors + counts.errors, missing: totals.missing + counts.missing });
  files.forEach((file, i) => {
    const text = fs.readFileSync(file, 'utf8');
    const masked = preprocess(text).masked;
    add(compare(parser, masked));
    if (masked !== text) add(compare(parser, text));
    if (i % 4 === 0) {
      let count = 0;
      add(compare(parser, masked.slice(0, Math.floor(masked.length / 2))));
      add(compare(parser, masked.replace(/\}/g, (brace) => (++count % 3 === 0 ? '' : brace))));
    }
  });
  expect(totals.nodes).toBeGreaterThan(200_000);
  // Walks that never met an error or a MISSING node would pass vacuously on those reads.
  expect(totals.errors).toBeGreaterThan(1_000);
  expect(totals.missing).toBeGreaterThan(10);
}, 600_000);

test('both walks copy the same trees of odd texts', async () => {
  const parser = await loadParser();
  const texts = [
    '',
    ' ',
    '\n',
    '}',
    'int',
    'x = ;',
    'int f(void) { return (1 + ; }',
    'int f(void) { if (x) { y();',
    'int f(void) { return 1 }',
    'int x = (1 + 2;\nint y = f(3;\nstruct s { int a }',
    // Directives ended by the hidden newline tree-sitter adds (MISSING) at the end of the file.
    '#define X 1',
    '#include <ntddk.h>',
    '#if A\nint x;\n',
    '#ifdef X\nint f(void) {\n',
    'int a;\n#pragma once',
    // Text past the Basic Multilingual Plane: offsets count UTF-16 code units.
    '\u00e9\u{1F600} int a; // \u{1F600}\nint b = "\u{1F600}";\n',
    'char *s = "\u{1F600}\u{1F600}"; int \u00e9t\u00e9 = 1; wchar_t w = L\'\u{10FFFF}\';\n',
    '/* \u4e2d\u6587 */ int f(void) { return "\u{1F4A9}" [0] }',
    '('.repeat(3000),
    '{'.repeat(500) + '}'.repeat(400),
    'int f(void) {\n  status = d->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,\n',
  ];
  let totals = { errors: 0, missing: 0 };
  for (const text of texts) {
    const counts = compare(parser, text);
    totals = { errors: totals.errors + counts.errors, missing: totals.missing + counts.missing };
  }
  expect(totals.errors).toBeGreaterThan(10);
  expect(totals.missing).toBeGreaterThan(4);
  // A generated WDK-style client, as in the bench.
  expect(compare(parser, generatedClient(200000)).nodes).toBeGreaterThan(20_000);
}, 600_000);

test('both walks copy the same trees after edits, taking the same nodes from the copy before', async () => {
  const parser = await loadParser();
  const text = generatedClient(60000);
  const wasm = parser.parse(text) as WasmTree;
  let fast = copyTree(wasm, text);
  let slow = copyTree(wasm, text, undefined, { cursorWalk: true });
  let lent = 0;
  for (const { after, edited, edit } of editRounds(parser, text, wasm, 7, ['', ' ', 'x', '{', '}', '/*', ';', '\n', 'int y = 0;\n', '(', '\u{1F600}', '#define Z 1\n'])) {
    const donor = (tree: Tree): Donor => ({ tree, start: edit.startIndex, oldEnd: edit.oldEndIndex, newEnd: edit.newEndIndex });
    const fastBefore = new Set(fast.rootNode.children);
    const slowBefore = new Set(slow.rootNode.children);
    const nextFast = copyTree(edited, after, donor(fast));
    const nextSlow = copyTree(edited, after, donor(slow), { cursorWalk: true });
    expect(lines(nextFast)).toEqual(lines(nextSlow));
    // The same top-level nodes were taken from the copy before.
    const taken = nextFast.rootNode.children.map((n) => fastBefore.has(n));
    expect(taken).toEqual(nextSlow.rootNode.children.map((n) => slowBefore.has(n)));
    lent += taken.filter(Boolean).length;
    fast = nextFast;
    slow = nextSlow;
  }
  expect(lent).toBeGreaterThan(30 * 20);
}, 600_000);
