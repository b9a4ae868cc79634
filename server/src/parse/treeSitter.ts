// The only module that loads web-tree-sitter. The two .wasm files sit next to the bundle when
// shipped (dist/), or in node_modules when the sources run under the tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { Edit, Language, Node as SyntaxNode, Parser } from 'web-tree-sitter';
import type { Node, Point, Tree } from 'web-tree-sitter';
export type { Parser };

export type { Node, Point, Tree };
export { Edit };

const WASM_FILES = { runtime: 'web-tree-sitter.wasm', c: 'tree-sitter-c.wasm' } as const;

let loading: Promise<Parser> | undefined;

/** The C parser, loaded once per process. */
export function loadParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init({ locateFile: () => locate(WASM_FILES.runtime, 'web-tree-sitter/web-tree-sitter.wasm') });
    const language = await Language.load(locate(WASM_FILES.c, 'tree-sitter-c/tree-sitter-c.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    rememberNodeReads();
    return parser;
  })();
  return loading;
}

/**
 * The numbers a node answers that rememberNodeReads keeps on it, each under its own property: they never
 * change while the node's tree lives.
 */
const REMEMBERED = [
  { read: 'typeId', kept: 'keptTypeId' },
  { read: 'endIndex', kept: 'keptEndIndex' },
] as const;

/**
 * Every read of a web-tree-sitter node crosses into WebAssembly (the node is written into its memory
 * first). The analysis asks the same node its type again and again (a switch, then a helper, then
 * another): the first answer is kept on the node (2.06M of the 2.41M type reads of the bench's 2 MB file
 * are answered so). Only numbers are kept: children, parents and texts kept on every node the analysis
 * holds would cost more memory than their reads cost time. A tree is never edited in place
 * (document.ts edits a copy), so what a node of it answers stays true.
 */
function rememberNodeReads(): void {
  const prototype = SyntaxNode.prototype as unknown as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(prototype, REMEMBERED_MARK)) return;
  Object.defineProperty(prototype, REMEMBERED_MARK, { value: true });
  for (const { read: name, kept } of REMEMBERED) {
    const read = Object.getOwnPropertyDescriptor(prototype, name)?.get;
    if (!read) continue;
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: Record<string, number | undefined>) {
        let answer = this[kept];
        if (answer === undefined) {
          answer = read.call(this) as number;
          this[kept] = answer;
        }
        return answer;
      },
    });
  }
}

const REMEMBERED_MARK = Symbol('wsk-lint remembers node reads');

function locate(file: string, packagePath: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  return createRequire(__filename).resolve(packagePath);
}
