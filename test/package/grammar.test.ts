// The injection grammar, run by VS Code's own TextMate engine (vscode-textmate + Oniguruma) on top of
// VS Code's C and C++ grammars, wired as package.json contributes it: WSK names are highlighted in
// plain and dispatch-table calls, not in comments or strings, and suppression comments are marked.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import * as onig from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { CONTROL_CODES, REQUEST_TYPES, SOCKET_LEVEL, WSK_FUNCTIONS } from '../../server/src/wsk/api';

const ROOT = path.resolve(__dirname, '..', '..');
const require = createRequire(__filename);

interface GrammarContribution {
  readonly scopeName: string;
  readonly path: string;
  readonly injectTo: readonly string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: GrammarContribution[] } };
const [injection] = manifest.contributes.grammars;
const injectionFile = path.join(ROOT, injection.path);
const injectionGrammar = JSON.parse(fs.readFileSync(injectionFile, 'utf8')) as { repository: Record<string, { match?: string; patterns?: { match: string }[] }> };

const HOST_GRAMMARS: Record<string, string> = {
  'source.c': require.resolve('tm-grammars/grammars/c.json'),
  'source.cpp': require.resolve('tm-grammars/grammars/cpp.json'),
};

let registry: textmate.Registry;

beforeAll(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new onig.OnigScanner(sources),
      createOnigString: (text) => new onig.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = scopeName === injection.scopeName ? injectionFile : HOST_GRAMMARS[scopeName];
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (injection.injectTo.includes(scopeName) ? [injection.scopeName] : undefined),
  });
});

interface Token {
  readonly text: string;
  readonly line: number;
  readonly scopes: readonly string[];
}

async function tokenize(scopeName: string, source: string): Promise<Token[]> {
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar ${scopeName}`);
  const tokens: Token[] = [];
  let stack = textmate.INITIAL;
  source.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const text = line.slice(token.startIndex, token.endIndex).trim();
      if (text) tokens.push({ text, line: index, scopes: token.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** The most specific scope of every token spelled `text` (in order). */
function scopesOf(tokens: readonly Token[], text: string): string[] {
  return tokens.filter((token) => token.text === text).map((token) => token.scopes[token.scopes.length - 1]);
}

/** The names a rule's regular expression alternates between: `\b(?:A|B)\b` -> [A, B]. */
function alternatives(pattern: string | undefined): string[] {
  const group = /\((?:\?:)?([A-Za-z_|]+)\)\\b$/.exec(pattern ?? '');
  return group ? group[1].split('|') : [];
}

const FUNCTIONS = WSK_FUNCTIONS.map((fn) => fn.name);
const CONSTANTS = [...CONTROL_CODES, ...REQUEST_TYPES, SOCKET_LEVEL].map((constant) => constant.name);

describe('the WSK injection grammar', () => {
  it('lists exactly the names of the WSK API table', () => {
    const { functions, constants } = injectionGrammar.repository;
    expect(alternatives(functions.match).sort()).toEqual([...FUNCTIONS].sort());
    expect(alternatives(injectionGrammar.repository['member-call'].match).sort()).toEqual([...FUNCTIONS].sort());
    expect((constants.patterns ?? []).flatMap((pattern) => alternatives(pattern.match)).sort()).toEqual([...CONSTANTS].sort());
  });

  for (const host of ['source.c', 'source.cpp']) {
    describe(host, () => {
      it('highlights every WSK function called by name, through a dispatch table, or on a continued line', async () => {
        const calls = FUNCTIONS.flatMap((name) => [
          `    status = ${name}(a, b);`,
          `    status = dispatch->${name}(a, b);`,
          `    status = Npi.Dispatch->${name}(a, b);`,
          `    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->${name}(a, b);`,
          '    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)',
          `        ->${name}(a, b);`,
        ]);
        const tokens = await tokenize(host, `void f(void)\n{\n${calls.join('\n')}\n}\n`);
        for (const name of FUNCTIONS) expect(scopesOf(tokens, name), name).toEqual(Array(5).fill('support.function.wsk.c'));
      });

      it('highlights control codes, request types and SOL_SOCKET in arguments and macros', async () => {
        const source = [
          'void f(void)',
          '{',
          '    d->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, 0, NULL, NULL, irp);',
          '    n.Dispatch->WskControlClient(n.Client, WSK_CACHE_SD, 0, NULL, 0, NULL, NULL, NULL);',
          '    n.Dispatch->WskControlClient(n.Client, WSK_RELEASE_SD, 0, NULL, 0, NULL, NULL, NULL);',
          '    x = WskGetOption + WskIoctl;',
          '}',
          '#define SET(s) (s)->WskControlSocket((s), WskSetOption, SO_WSK_SECURITY, SOL_SOCKET)',
        ].join('\n');
        const tokens = await tokenize(host, source);
        const expected = (name: string): string[] => [
          REQUEST_TYPES.some((type) => type.name === name) ? 'support.constant.request-type.wsk.c' : CONTROL_CODES.some((c) => c.name === name) ? 'support.constant.control-code.wsk.c' : 'support.constant.level.wsk.c',
          REQUEST_TYPES.some((type) => type.name === name) ? 'variable.other.enummember.wsk.c' : 'variable.other.constant.wsk.c',
        ];
        for (const name of CONSTANTS) {
          const found = tokens.filter((token) => token.text === name);
          expect(found.length, name).toBeGreaterThan(0);
          for (const token of found) expect(token.scopes.slice(-2), name).toEqual(expected(name));
        }
        expect(scopesOf(tokens, 'WskControlSocket')).toEqual(['support.function.wsk.c', 'support.function.wsk.c']);
      });

      it('leaves WSK names in comments and strings alone', async () => {
        const tokens = await tokenize(host, [
          '// WskControlSocket with SO_WSK_SECURITY',
          '/* WskBind SOL_SOCKET */',
          'const char *s = "WskSocket WSK_CACHE_SD";',
        ].join('\n'));
        const highlighted = tokens.filter((token) => token.scopes.some((scope) => scope.endsWith('.wsk.c')));
        expect(highlighted).toEqual([]);
      });

      it('marks wsk-lint suppression comments: the directive and the rule IDs, not the reason', async () => {
        const tokens = await tokenize(host, [
          'void f(void)',
          '{',
          '    // wsk-lint-disable-next-line WSK007, WSK008 -- reason naming WSK009',
          '    g(); /* wsk-lint-disable WSK010 */',
          '    // wsk-lint-disabled WSK011 is not a directive',
          '    /* see wsk-lint-disable WSK012 (not a directive: text comes first) */',
          '}',
        ].join('\n'));
        expect(scopesOf(tokens, 'wsk-lint-disable-next-line')).toEqual(['keyword.other.directive.wsk-lint.c']);
        expect(scopesOf(tokens, 'wsk-lint-disable')).toEqual(['keyword.other.directive.wsk-lint.c']);
        for (const id of ['WSK007', 'WSK008', 'WSK010']) expect(scopesOf(tokens, id), id).toEqual(['constant.other.rule-id.wsk-lint.c']);
        const plain = tokens.filter((token) => /WSK009|WSK011|WSK012/.test(token.text));
        expect(plain.length).toBe(3);
        for (const token of plain) expect(token.scopes.some((scope) => scope.includes('wsk-lint')), token.text).toBe(false);
        // Still comments, as far as themes and comment-aware features are concerned.
        const commentLines = new Set(tokens.filter((token) => token.scopes.some((scope) => scope.startsWith('comment.'))).map((token) => token.line));
        expect([...commentLines].sort()).toEqual([2, 3, 4, 5]);
        for (const token of tokens.filter((t) => t.line === 2)) expect(token.scopes.some((scope) => scope.startsWith('comment.')), token.text).toBe(true);
      });
    });
  }
});
