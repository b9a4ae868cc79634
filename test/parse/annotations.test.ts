// The annotations only the workspace reveals: uses of the driver's own annotation macros (a calling
// convention or export decoration under its own name, a compiled-out macro) and, where no definition
// is in reach, the names that the shape of a function head shows are not its type. Blanking keeps
// every offset; real types and code are never touched.

import { describe, expect, test } from 'vitest';
import { MacroEnv } from '../../server/src/parse/macros';
import { preprocess } from '../../server/src/parse/preprocess';
import { blankAnnotationMacros, blankHeadAnnotations } from '../../server/src/parse/sources/annotations';
import { loadParser } from '../../server/src/parse/treeSitter';

const WDK_TYPES = new Set(['NTSTATUS', 'PVOID', 'BOOLEAN', 'ULONG', 'VOID']);

/** The text as the view-building blanks it, with `header` defining macros before it. */
function blanked(text: string, header = ''): string {
  const defines = preprocess(header).defines;
  const pre = preprocess(text);
  const env = new MacroEnv([
    ...defines.map((entry) => ({ offset: -1, entry })),
    ...[...pre.defines, ...pre.undefs].map((entry) => ({ offset: entry.offset, entry })),
  ]);
  const result = blankHeadAnnotations(blankAnnotationMacros(pre.masked, pre.nonCode, env), pre.nonCode, env, (name) => WDK_TYPES.has(name));
  expect(result).toHaveLength(text.length);
  return result;
}

/** `text` with the given words blanked (each of its occurrences). */
function without(text: string, ...words: string[]): string {
  return words.reduce((out, word) => out.replace(new RegExp(`\\b${word}\\b`, 'g'), ' '.repeat(word.length)), text);
}

describe('the workspace\'s annotation macros', () => {
  test('a calling convention, an export decoration, a specifier and a compiled-out macro are blanked where used', () => {
    const header = [
      '#define KPHAPI NTAPI',
      '#define EXPORTAPI __declspec(dllexport)',
      '#define FNAPI static __inline',
      '#define TRACE_ENTRY()',
      '#define LAYERED KPHAPI FNAPI',
    ].join('\n');
    const text = 'EXPORTAPI NTSTATUS KPHAPI Open(PVOID p) { TRACE_ENTRY(); return 0; }\nFNAPI ULONG LAYERED Count(VOID);\n';
    expect(blanked(text, header)).toBe(without(text, 'EXPORTAPI', 'KPHAPI', 'FNAPI', 'LAYERED').replace('TRACE_ENTRY()', ' '.repeat(13)));
  });

  test('a macro that stands for a type or for code is left alone, and so is a function-like one used without arguments', () => {
    const header = '#define DRV_STATUS NTSTATUS\n#define CHECK(x) if (!(x)) return\n#define NOTHING()\n';
    const text = 'DRV_STATUS Open(PVOID p) { CHECK(p); PVOID f = NOTHING; return 0; }\n';
    expect(blanked(text, header)).toBe(text);
  });

  test('the definition in force at the use counts: after #undef the name is code again', () => {
    const text = '#define API\nAPI int f(void);\n#undef API\nint API = 1;\n';
    const result = blanked(text);
    expect(result.split('\n')[1]).toBe('    int f(void);');
    expect(result.split('\n')[3]).toBe('int API = 1;');
  });

  test('uses in comments, strings and directives are not touched', () => {
    const text = '#define API\n/* API */ const char *s = "API"; API int f(void);\n';
    expect(blanked(text).split('\n')[1]).toBe('/* API */ const char *s = "API";     int f(void);');
  });
});

describe('the shape of a function head', () => {
  test.each([
    ['an export macro before the return type', 'EXPORTAPI RET_TYPE Name(int a) { return 0; }', ['EXPORTAPI']],
    ['a calling convention after a WDK type', 'PVOID KSIAPI Allocate(ULONG n) { return 0; }', ['KSIAPI']],
    ['a specifier macro before a keyword type', 'DRV_INLINE void\nReset(int a) { }', ['DRV_INLINE']],
    ['before a sized keyword type and a pointer', 'static DRV_INLINE unsigned long *Table(void) { return 0; }', ['DRV_INLINE']],
    ['before a struct', 'PAGED struct _CTX *Find(int id);', ['PAGED']],
    ['next to a lower-case type', 'DRV_INLINE uint32_t Hash(int a) { return 0; }\nDRV_INLINE my_t Other(int a) { return 0; }', ['DRV_INLINE']],
    ['of two unknown names, the one named like an annotation', 'MY_STATUS FNAPI Run(void) { return 0; }', ['FNAPI']],
    ['after a statement, inside an extern "C" block', 'extern "C" {\nint x;\nDRVAPI NTSTATUS Go(void);\n}', ['DRVAPI']],
  ])('%s', (_title, text, masked) => {
    expect(blanked(text)).toBe(without(text, ...masked));
  });

  test('a known type is kept, whatever its neighbour is named', () => {
    const text = 'NTSTATUS QUIC_API Start(void) { return 0; }\nBOOLEAN NONPAGED_API Check(void) { return 0; }\n';
    expect(blanked(text)).toBe(without(text, 'QUIC_API', 'NONPAGED_API'));
  });

  test('a macro of the workspace standing for a type is the type; the other name is blanked', () => {
    const text = 'FNMPAPI FNMPAPI_STATUS Load(void) { return 0; }\n';
    expect(blanked(text, '#define FNMPAPI_STATUS NTSTATUS\n')).toBe(without(text, 'FNMPAPI'));
  });

  test('when the shape cannot tell which name is the type, nothing is blanked', () => {
    for (const text of ['RET_TYPE CALLCONV Name(int a) { return 0; }', 'First Second Name(int a) { return 0; }', 'SHORT_NAME LONG_NAME Name(void);']) {
      expect(blanked(text)).toBe(text);
    }
  });

  test('a real type is never blanked, nor a name in lower case', () => {
    const text = 'ULONG Count(void) { return 0; }\nstatic my_type Make(void) { return 0; }\nvirtual void Run(void) { }\n';
    expect(blanked(text)).toBe(text);
  });

  test('code is no head: calls, expressions, statements and declarations with an initializer', () => {
    const text = [
      'void f(void) {',
      '  return FOO BAR(x);',
      '  x = A_B C_D(y);',
      '  if (a) MACRO_ONE MACRO_TWO(z);',
      '  else ULONG_MAX NAME(w);',
      '  case TAG_A: TAG_B(v);',
      '  ONE_NAME(u);',
      '  p = sizeof(int) * SCALE(t);',
      '}',
      'typedef NTSTATUS DRVAPI HANDLER(PVOID p);',
      'ULONG LIMIT_A LIMIT_B = VALUE(3);',
      '',
    ].join('\n');
    expect(blanked(text)).toBe(text);
  });

  test('a declaration in a body is a head too: `FOO int x(...)` cannot be code', () => {
    const text = 'void f(void) {\n  DRV_EXTERN int g(void);\n}\n';
    expect(blanked(text)).toBe(without(text, 'DRV_EXTERN'));
  });

  test('comments and directives between the words are read through', () => {
    const text = 'DRVAPI /* exported */\n#pragma warning(suppress: 4100)\nNTSTATUS\nGo(PVOID p) { return 0; }\n';
    expect(blanked(text)).toBe(without(text, 'DRVAPI'));
  });

  test('what is blanked makes the head parse, at the same offsets', async () => {
    const parser = await loadParser();
    const text = 'EXPORTAPI RET_TYPE\nSend(PVOID p)\n{\n    return Go(p);\n}\nPVOID KSIAPI Alloc(ULONG n) { return 0; }\n';
    const before = parser.parse(text);
    const after = parser.parse(blanked(text));
    try {
      expect(before?.rootNode.hasError).toBe(true);
      expect(after?.rootNode.hasError).toBe(false);
      const send = after?.rootNode.namedChildren[0];
      expect(send?.childForFieldName('type')?.text).toBe('RET_TYPE');
      expect(send?.childForFieldName('declarator')?.startIndex).toBe(text.indexOf('Send('));
      expect(after?.rootNode.namedChildren[1]?.childForFieldName('type')?.text).toBe('PVOID');
    } finally {
      before?.delete();
      after?.delete();
    }
  });
});
