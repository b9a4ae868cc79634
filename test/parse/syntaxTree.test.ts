// The plain-JavaScript copy of a tree (parse/syntaxTree.ts) answers what web-tree-sitter's nodes answer:
// every node of a third of the C files under test/, of a generated WDK-style file, and of broken texts (cut short,
// braces dropped: ERROR and MISSING nodes) is compared, read by read, with web-tree-sitter's own.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import type { Node as WasmNode, Parser, Tree as WasmTree } from 'web-tree-sitter';
import { copyTree, loadParser } from '../../server/src/parse/treeSitter';
import type { Node } from '../../server/src/parse/treeSitter';
import { preprocess } from '../../server/src/parse/preprocess';
import { editRounds, generatedClient } from '../support/editRounds';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.join(here, '..');

function cFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cFiles(full);
    return /\.[ch]$/.test(entry.name) ? [full] : [];
  });
}

/** Texts with parse errors: the file cut in the middle, and with every third closing brace dropped. */
function broken(text: string): string[] {
  let count = 0;
  return [text.slice(0, Math.floor(text.length / 2)), text.replace(/\}/g, (brace) => (++count % 3 === 0 ? '' : brace)), `}${text}`];
}

function compare(parser: Parser, source: string): number {
  const wasm = parser.parse(source);
  if (!wasm) throw new Error('no tree');
  const copy = copyTree(wasm, source);
  const byId = new Map<number, Node>();
  const pairs: [WasmNode, Node][] = [[wasm.rootNode, copy.rootNode]];
  const mismatches: string[] = [];
  const check = (what: string, expected: unknown, actual: unknown, at: WasmNode) => {
    if (expected !== actual && mismatches.length < 5) mismatches.push(`${what} at ${at.startIndex} (${at.type}): expected ${String(expected)}, got ${String(actual)}`);
  };
  let nodes = 0;
  while (pairs.length > 0) {
    const [w, js] = pairs.pop() as [WasmNode, Node];
    nodes++;
    byId.set(w.id, js);
    check('type', w.type, js.type, w);
    check('isNamed', w.isNamed, js.isNamed, w);
    check('startIndex', w.startIndex, js.startIndex, w);
    check('endIndex', w.endIndex, js.endIndex, w);
    check('hasError', w.hasError, js.hasError, w);
    check('isMissing', w.isMissing, js.isMissing, w);
    check('text', source.slice(w.startIndex, w.endIndex), js.text, w);
    const children = w.children;
    check('childCount', children.length, js.children.length, w);
    check('namedChildCount', w.namedChildCount, js.namedChildCount, w);
    children.forEach((child, i) => {
      if (!child || !js.children[i]) return;
      check('field', w.fieldNameForChild(i), js.children[i].field, child);
      pairs.push([child, js.children[i]]);
    });
  }
  // Reads that return nodes: the same node (by web-tree-sitter's id) as the copy's.
  const same = (what: string, expected: WasmNode | null, actual: Node | null, at: WasmNode) => check(what, expected ? byId.get(expected.id) : null, actual, at);
  /** The fields the analysis asks for (every field of every node would take minutes; each child's own field is compared above). */
  const fields = ['alternative', 'argument', 'arguments', 'body', 'condition', 'consequence', 'declarator', 'designator', 'field', 'filter', 'function', 'index', 'initializer', 'label', 'left', 'name', 'operator', 'parameters', 'right', 'type', 'update', 'value'];
  const all: WasmNode[] = [wasm.rootNode];
  for (let i = 0; i < all.length; i++) for (const child of all[i].children) if (child) all.push(child);
  // The reads that return nodes are compared on every fifth node (on all of them the test takes minutes).
  for (const w of all.filter((_, i) => i % 5 === 0)) {
    const js = byId.get(w.id) as Node;
    same('parent', w.parent, js.parent, w);
    same('firstNamedChild', w.firstNamedChild, js.firstNamedChild, w);
    same('lastChild', w.lastChild, js.lastChild, w);
    same('previousSibling', w.previousSibling, js.previousSibling, w);
    same('namedChild(1)', w.namedChild(1), js.namedChild(1), w);
    check('namedChildren', w.namedChildren.map((n) => n && byId.get(n.id)).join(), js.namedChildren.join(), w);
    for (const field of w.namedChildCount > 0 ? fields : []) {
      same(`childForFieldName(${field})`, w.childForFieldName(field), js.childForFieldName(field), w);
      check(`childrenForFieldName(${field})`, w.childrenForFieldName(field).map((n) => n && byId.get(n.id)).join(), js.childrenForFieldName(field).join(), w);
    }
    if (w.childCount === 0) {
      // Asked for no width at the offset of a zero-width node (MISSING, in broken code), web-tree-sitter
      // may answer a neighbour: it walks the hidden nodes the copy leaves out, and one of them may end
      // there. The analysis asks only for words, which have a width.
      const zeroWidthAt = (node: Node | null, at: number) => node !== null && node.startIndex === at && node.endIndex === at;
      const whole = copy.rootNode.descendantForIndex(w.startIndex, w.endIndex);
      if (w.startIndex !== w.endIndex || !zeroWidthAt(whole, w.startIndex)) same('descendantForIndex', wasm.rootNode.descendantForIndex(w.startIndex, w.endIndex), whole, w);
      const atStart = copy.rootNode.descendantForIndex(w.startIndex);
      if (!zeroWidthAt(atStart, w.startIndex)) same('descendantForIndex (start)', wasm.rootNode.descendantForIndex(w.startIndex), atStart, w);
    }
    if (w.type === 'function_definition' || w.type === 'ERROR' || w.type === 'compound_statement') {
      const types = ['call_expression', 'identifier', 'ERROR', 'assignment_expression', w.type];
      check('descendantsOfType', w.descendantsOfType(types).map((n) => n && byId.get(n.id)).join(), js.descendantsOfType(types).join(), w);
    }
  }
  for (const types of [['call_expression'], ['function_definition', 'declaration'], ['ERROR', ';', 'identifier']]) {
    check(`descendantsOfType(${types})`, wasm.rootNode.descendantsOfType(types).map((n) => n && byId.get(n.id)).join(), copy.rootNode.descendantsOfType(types).join(), wasm.rootNode);
  }
  wasm.delete();
  expect(mismatches).toEqual([]);
  return nodes;
}

test('the copy answers as web-tree-sitter on the C files of the tests, whole and broken', async () => {
  const parser = await loadParser();
  let nodes = 0;
  const files = cFiles(root).filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`));
  expect(files.length).toBeGreaterThan(150);
  // One file in three, whole, and one in twelve broken as well (all of them would take many minutes).
  files.forEach((file, i) => {
    if (i % 3 !== 0) return;
    const text = preprocess(fs.readFileSync(file, 'utf8')).masked;
    for (const source of i % 12 === 0 ? [text, ...broken(text)] : [text]) nodes += compare(parser, source);
  });
  expect(nodes).toBeGreaterThan(30_000);
}, 600_000);

test('the copy answers as web-tree-sitter on a generated WDK-style client, and on empty and odd texts', async () => {
  const parser = await loadParser();
  const texts = ['', ' ', '}', 'int', 'x = ;', '\u00e9\u{1F600} int a; // \u{1F600}\nint b = "\u{1F600}";\n', '('.repeat(3000), generatedClient(150000)];
  for (const text of texts) compare(parser, text);
}, 600_000);

/** Two copies hold the same nodes (all but the ids), as a list of lines for a readable difference. */
function shape(node: Node): string[] {
  const lines: string[] = [];
  const stack: [Node, number][] = [[node, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop() as [Node, number];
    lines.push(`${depth} ${n.field ?? '-'}:${n.type}${n.isNamed ? '' : '(anon)'} ${n.startIndex}-${n.endIndex}${n.hasError ? ' error' : ''}${n.isMissing ? ' missing' : ''} ${n.parent?.type ?? ''}${n.tree === node.tree ? '' : ' OTHER TREE'} ${JSON.stringify(n.text.slice(0, 20))}`);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i], depth + 1]);
  }
  return lines;
}

test('a copy after an edit, taking the untouched top-level nodes of the copy before it, equals a fresh copy', async () => {
  const parser = await loadParser();
  const text = generatedClient(60000);
  const wasm = parser.parse(text) as WasmTree;
  let copy = copyTree(wasm, text);
  let lent = 0;
  for (const { round, after, edited, edit } of editRounds(parser, text, wasm, 15, ['', ' ', 'x', '{', '}', '/*', ';', '\n', 'int y = 0;\n', '(', 'Irp'])) {
    const before = new Set(copy.rootNode.children.map((n) => n.id));
    const incremental = copyTree(edited, after, { tree: copy, start: edit.startIndex, oldEnd: edit.oldEndIndex, newEnd: edit.newEndIndex });
    const fresh = copyTree(edited, after);
    expect(shape(incremental.rootNode)).toEqual(shape(fresh.rootNode));
    // The searches by type (answered from the tree's index of its nodes in order) find the same nodes
    // in both, in the subtrees taken from the copy before as in the others.
    const found = (node: Node) => node.descendantsOfType(['call_expression', 'identifier', 'ERROR']).map((n) => `${n.type}@${n.startIndex}`).join();
    expect([incremental.rootNode, ...incremental.rootNode.children].map(found)).toEqual([fresh.rootNode, ...fresh.rootNode.children].map(found));
    lent += incremental.rootNode.children.filter((n) => before.has(n.id)).length;
    copy = round % 7 === 6 ? fresh : incremental;
  }
  // Most top-level nodes were taken from the copy before (the test would pass vacuously otherwise).
  expect(lent).toBeGreaterThan(30 * 20);
}, 600_000);
