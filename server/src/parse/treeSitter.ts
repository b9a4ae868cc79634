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

/** The reads of a node that rememberNodeReads keeps on it: each answer never changes while its tree lives. */
const REMEMBERED = ['typeId', 'endIndex', 'hasError', 'parent', 'text'] as const;

/**
 * Every read of a web-tree-sitter node crosses into WebAssembly (the node is written into its memory
 * first), and every node it answers is a new object: the analysis reads the same few things of the
 * same nodes many times (its type above all), so the first answer is kept on the node. A tree is never
 * edited in place (document.ts edits a copy), so what a node of it answers stays true.
 */
function rememberNodeReads(): void {
  const prototype = SyntaxNode.prototype as unknown as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(prototype, REMEMBERED_MARK)) return;
  Object.defineProperty(prototype, REMEMBERED_MARK, { value: true });
  for (const name of REMEMBERED) {
    const read = Object.getOwnPropertyDescriptor(prototype, name)?.get;
    if (!read) continue;
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: { memo?: Record<string, unknown> }) {
        const memo = (this.memo ??= {});
        if (name in memo) return memo[name];
        const answer = read.call(this);
        memo[name] = answer;
        return answer;
      },
    });
  }
  const childForFieldName = prototype.childForFieldName as (this: SyntaxNode, field: string) => SyntaxNode | null;
  Object.defineProperty(prototype, 'childForFieldName', {
    configurable: true,
    writable: true,
    value(this: SyntaxNode & { fields?: Map<string, SyntaxNode | null> }, field: string) {
      const fields = (this.fields ??= new Map());
      let child = fields.get(field);
      if (child === undefined) {
        child = childForFieldName.call(this, field);
        fields.set(field, child);
      }
      return child;
    },
  });
}

const REMEMBERED_MARK = Symbol('wsk-lint remembers node reads');

function locate(file: string, packagePath: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  return createRequire(__filename).resolve(packagePath);
}
