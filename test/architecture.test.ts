// The layering written in the README's code map, checked: each layer imports only what lies below it.
// And the rules' layout: one file per rule, named after it, and its fixture folder.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../server/src/rules/index';

const ROOT = path.resolve(__dirname, '..');

interface Layer {
  readonly folder: string;
  /** Folders under server/src (or client/src) this layer may import from, besides itself. */
  readonly may: readonly string[];
  /** Packages this layer may import (node: built-ins are always allowed). */
  readonly packages: readonly string[];
}

const LAYERS: readonly Layer[] = [
  { folder: 'server/src/wsk', may: [], packages: [] },
  { folder: 'server/src/parse', may: ['wsk'], packages: ['web-tree-sitter'] },
  { folder: 'server/src/analysis', may: ['wsk', 'parse'], packages: [] },
  { folder: 'server/src/rules', may: ['wsk', 'parse', 'analysis'], packages: [] },
  { folder: 'server/src/lsp', may: ['wsk', 'parse', 'analysis', 'rules'], packages: ['vscode-languageserver', 'vscode-languageserver-textdocument'] },
  // The CLI names no WSK API: what the analysis needs, split across workers included, is decided below it.
  { folder: 'server/src/cli', may: ['parse', 'analysis', 'rules'], packages: [] },
  { folder: 'client/src', may: [], packages: ['vscode', 'vscode-languageclient'] },
];

function sourceFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
}

test.each(LAYERS.map((layer) => [layer.folder, layer] as const))('%s imports only what lies below it', (_folder, layer) => {
  const folder = path.join(ROOT, layer.folder);
  const files = sourceFiles(folder);
  expect(files.length).toBeGreaterThan(0);
  const violations: string[] = [];
  for (const file of files) {
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        if (target.startsWith(folder + path.sep) || target === folder) continue;
        const sourceRoot = path.join(ROOT, layer.folder.startsWith('client') ? 'client/src' : 'server/src');
        const relative = path.relative(sourceRoot, target).split(path.sep)[0];
        if (!target.startsWith(sourceRoot) || !layer.may.includes(relative)) violations.push(`${path.relative(ROOT, file)} imports ${specifier}`);
        continue;
      }
      const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!layer.packages.includes(pkg)) violations.push(`${path.relative(ROOT, file)} imports package ${specifier}`);
    }
  }
  expect(violations).toEqual([]);
});

/** The files of server/src/rules that are not rules. */
const RULE_HELPERS = ['index.ts', 'render.ts', 'argument-contract.ts', 'path-support.ts', 'release-statement.ts', 'control-events.ts', 'control-order.ts'];

test('every rule has its file, named after it, and its fixture folder; nothing else is there', () => {
  const files = fs.readdirSync(path.join(ROOT, 'server/src/rules')).filter((name) => !RULE_HELPERS.includes(name)).sort();
  expect(files).toEqual(RULES.map((rule) => `${rule.meta.name}.ts`).sort());
  const folders = fs.readdirSync(path.join(ROOT, 'test/rules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  expect(folders).toEqual(RULES.map((rule) => rule.meta.name).sort());
  expect(RULES.map((rule) => rule.meta.id)).toEqual([...RULES.map((rule) => rule.meta.id)].sort());
  for (const rule of RULES) {
    const source = fs.readFileSync(path.join(ROOT, 'server/src/rules', `${rule.meta.name}.ts`), 'utf8');
    expect(source).toContain(`id: '${rule.meta.id}', name: '${rule.meta.name}'`);
  }
});
