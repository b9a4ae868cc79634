// The only module that loads web-tree-sitter. The two .wasm files sit next to the bundle when
// shipped (dist/), or in node_modules when the sources run under the tests. The analysis reads the
// plain-JavaScript copy of each tree (syntaxTree.ts), never web-tree-sitter's nodes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { Edit, Language, Parser } from 'web-tree-sitter';
import type { Point, Tree as WasmTree } from 'web-tree-sitter';
import { useModule } from './treeWalk';
export type { Parser };

export type { Point, WasmTree };
export { Edit };
export { Node, Tree, copyTree } from './syntaxTree';
export type { CopyOptions, Donor } from './syntaxTree';
export { CHECKED_AGAINST, exportsWalkAvailable } from './treeWalk';

const WASM_FILES = { runtime: 'web-tree-sitter.wasm', c: 'tree-sitter-c.wasm' } as const;

let loading: Promise<Parser> | undefined;

/** The C parser, loaded once per process. */
export function loadParser(): Promise<Parser> {
  loading ??= (async () => {
    // Emscripten fills the options object with web-tree-sitter's module (its exports): copies walk
    // through them (treeWalk.ts).
    const emscripten: Record<string, unknown> = { locateFile: () => locate(WASM_FILES.runtime, 'web-tree-sitter/web-tree-sitter.wasm') };
    await Parser.init(emscripten);
    useModule(emscripten);
    const language = await Language.load(locate(WASM_FILES.c, 'tree-sitter-c/tree-sitter-c.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return loading;
}

function locate(file: string, packagePath: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  return createRequire(__filename).resolve(packagePath);
}
