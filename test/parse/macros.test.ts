// Macro expansion for the analysis: which uses are expanded, what they become, and how offsets in
// the expanded view map back to the source.

import { describe, expect, test } from 'vitest';
import { MacroEnv, expandMacros, splitArguments } from '../../server/src/parse/macros';
import type { ExpansionPolicy } from '../../server/src/parse/macros';
import { maskAnnotations, preprocess } from '../../server/src/parse/preprocess';

const POLICY: ExpansionPolicy = {
  neverExpand: (name) => name.startsWith('Wsk') || name === 'SO_WSK_SECURITY',
  interesting: (name) => name.startsWith('Wsk') || name === 'SO_WSK_SECURITY',
  argumentCallees: ['WskControlSocket'],
  mask: maskAnnotations,
};

function view(text: string, headerDefines = '') {
  const header = preprocess(headerDefines);
  const pre = preprocess(text);
  const env = new MacroEnv([
    ...header.defines.map((entry) => ({ offset: -1, entry })),
    ...pre.defines.map((entry) => ({ offset: entry.offset, entry })),
    ...pre.undefs.map((entry) => ({ offset: entry.offset, entry })),
  ]);
  return expandMacros(pre.masked, pre.nonCode, env, POLICY);
}

describe('which uses are expanded', () => {
  test('a macro reaching control flow is expanded; one that does not stays as written', () => {
    const text = '#define CHECK(s) do { if ((s) < 0) goto Exit; } while (0)\n#define TAG 42\nvoid f(void) { CHECK(x); y = TAG; }\n';
    const { view: v } = view(text);
    expect(v).toContain('do { if ((x) < 0) goto Exit; } while (0)');
    expect(v).toContain('y = TAG;');
  });

  test('every macro inside the arguments of a WSK call is expanded', () => {
    const text = '#define SIZE sizeof(SECURITY_DESCRIPTOR)\nvoid f(void) { d->WskControlSocket(s, 0, 0, 0, SIZE, 0); g(SIZE); }\n';
    const { view: v } = view(text);
    expect(v).toMatch(/WskControlSocket\(s, 0, 0, 0,\s+sizeof\(SECURITY_DESCRIPTOR\)\s+, 0\)/);
    expect(v).toContain('g(SIZE)');
  });

  test('a macro that wraps a call, or a name that matters, is expanded where it does; elsewhere it stays as written', () => {
    const text = [
      '#define TRACE(_x) (_x)',
      '#define LOG(_fmt, _v) Log(_fmt, _v)',
      'void f(void) { s = TRACE(d->WskBind(k, a, 0, i)); t = TRACE(Helper(k)); u = TRACE(v + 1); LOG("%d", w); }',
      '',
    ].join('\n');
    const { view: v } = view(text);
    expect(v).toMatch(/s =\s+\(d->WskBind\(k, a, 0, i\)\)\s+;/);
    expect(v).toMatch(/t =\s+\(Helper\(k\)\)\s+;/);
    expect(v).toContain('u = TRACE(v + 1);');
    expect(v).toContain('LOG("%d", w);');
  });

  test('not where the wrapper cannot be read once expanded, or is no use in code', () => {
    const text = [
      '#define DEREF(_p) ((typeof(_p))Read(&(_p)))',
      '#define TRACE(_x) (_x)',
      '#define put(_k, _release) put_debug(_k, _release, __FILE__)',
      'void f(void) { a = DEREF(n->Next[Pick(n)]); b = TRACE(DEREF(n->Peer)); }',
      'int put(struct k *k, void (*release)(struct k *k)) { return 0; }',
      '',
    ].join('\n');
    const { view: v } = view(text);
    // GNU C's typeof is no C tree-sitter reads: the use stays a call, and so does a wrapper around one.
    expect(v).toContain('a = DEREF(n->Next[Pick(n)]);');
    expect(v).toContain('b = TRACE(DEREF(n->Peer));');
    // A function's head whose name a header also defines as a macro; `void (*release)` is no call.
    expect(v).toContain('int put(struct k *k, void (*release)(struct k *k)) { return 0; }');
  });

  test('WSK names are never expanded, even where a header defines them', () => {
    const { view: v } = view('void f(void) { d->WskControlSocket(s, 0, SO_WSK_SECURITY, 0); }\n', '#define SO_WSK_SECURITY 0x4001\n');
    expect(v).toContain('SO_WSK_SECURITY');
    expect(v).not.toContain('0x4001');
  });

  test('the last definition before the use applies; #undef ends one', () => {
    const text = [
      '#define LEVEL 1',
      'void a(void) { WskControlSocket(LEVEL); }',
      '#undef LEVEL',
      'void b(void) { WskControlSocket(LEVEL); }',
      '#define LEVEL 3',
      'void c(void) { WskControlSocket(LEVEL); }',
      '',
    ].join('\n');
    const { view: v } = view(text);
    expect(v).toMatch(/a\(void\) \{ WskControlSocket\(\s*1\s*\)/);
    expect(v).toContain('b(void) { WskControlSocket(LEVEL)');
    expect(v).toMatch(/c\(void\) \{ WskControlSocket\(\s*3\s*\)/);
  });

  test('definitions in a dead #if 0 group do not count', () => {
    const { view: v } = view('#if 0\n#define SIZE 8\n#endif\nvoid f(void) { WskControlSocket(SIZE); }\n');
    expect(v).toContain('WskControlSocket(SIZE)');
  });

  test('uses in comments and strings are left alone', () => {
    const text = '#define SIZE 8\nvoid f(void) { WskControlSocket(/* SIZE */ "SIZE", SIZE); }\n';
    const { view: v } = view(text);
    expect(v).toContain('/* SIZE */ "SIZE",');
    expect(v).toMatch(/"SIZE",\s+8\s*\)/);
  });
});

describe('what a use becomes', () => {
  test('stringizing, pasting, variadic arguments and nested macros', () => {
    const text = [
      '#define STR(x) #x',
      '#define CAT(a, b) a ## b',
      '#define CALL(fn, ...) fn(__VA_ARGS__)',
      '#define INNER(v) (v + 1)',
      'void f(void) { WskControlSocket(STR(a  b), CAT(Sd, Copy), CALL(g, 1, 2), INNER(INNER(0))); }',
      '',
    ].join('\n');
    const { view: v } = view(text);
    expect(v).toContain('"a b"');
    expect(v).toContain('SdCopy');
    expect(v).toMatch(/g\(\s*1,\s*2\s*\)/);
    expect(v.replace(/\s+/g, '')).toContain('((0+1)+1)');
  });

  test('a self-referencing macro stops after one level', () => {
    const { view: v } = view('#define LOOP (LOOP + 1)\nvoid f(void) { WskControlSocket(LOOP); }\n');
    expect(v.replace(/\s+/g, '')).toContain('WskControlSocket((LOOP+1))');
  });

  test('an exploding macro is left unexpanded instead of filling memory', () => {
    const lines = ['#define M0 x'];
    for (let i = 1; i <= 20; i++) lines.push(`#define M${i} M${i - 1} M${i - 1}`);
    lines.push('void f(void) { WskControlSocket(M20); }', '');
    const { view: v } = view(lines.join('\n'));
    expect(v).toContain('WskControlSocket(M20)');
  });

  test('a macro with a body of a megabyte is left unexpanded at each of its uses; smaller ones still expand', () => {
    const big = `#define BIG(s) if ((s) < 0) goto Exit; ${'x = x + 1; '.repeat(100_000)}`;
    const text = `${big}\n#define CHECK(s) if ((s) < 0) goto Exit\nvoid f(void) {\n${'  BIG(a);\n  CHECK(b);\n'.repeat(200)}}\n`;
    const { view: v } = view(text);
    expect(v.length).toBeLessThan(text.length + 200 * 40);
    expect(v).toContain('BIG(a);');
    expect(v).toContain('if ((b) < 0) goto Exit');
  });

  test('all of a file\'s expansions together add at most a bounded amount to its text', () => {
    // Each use stays under the limit of one expansion; two thousand of them would add 40 MB.
    const body = 'x = x + 1; '.repeat(2_000);
    const text = `#define STEP(s) if ((s) < 0) goto Exit; ${body}\nvoid f(void) {\n${'  STEP(a);\n'.repeat(2_000)}}\n`;
    const { view: v } = view(text);
    expect(v).toContain('if ((a) < 0) goto Exit');
    expect(v.length).toBeLessThanOrEqual(text.length + Math.max(1024 * 1024, 4 * text.length));
    expect(v).toContain('STEP(a);');
  });

  test('a function-like macro named without arguments is no use', () => {
    const { view: v } = view('#define F(x) (x)\nvoid f(void) { WskControlSocket(F); }\n');
    expect(v).toContain('WskControlSocket(F)');
  });

  test('annotation macros inside an expansion are masked too', () => {
    const { view: v } = view('#define DECL(n) WskBind(_In_ n)\nvoid f(void) { DECL(s); }\n');
    expect(v).toMatch(/WskBind\(\s+s\s*\)/);
  });
});

describe('the source map', () => {
  const text = '#define SIZE sizeof(SECURITY_DESCRIPTOR)\nvoid f(void) { WskControlSocket(a, SIZE, b); }\n';
  const { view: v, map } = view(text);

  test('text outside expansions maps to itself, shifted', () => {
    const viewB = v.lastIndexOf('b);');
    expect(map.toSource(viewB, viewB + 1)).toEqual({ start: text.lastIndexOf('b);'), end: text.lastIndexOf('b);') + 1, inExpansion: false });
    expect(map.toView(text.lastIndexOf('b);'))).toBe(viewB);
    expect(map.toSource(0, 7)).toEqual({ start: 0, end: 7, inExpansion: false });
  });

  test('a range inside an expansion maps to the macro name at the use', () => {
    const inner = v.indexOf('SECURITY_DESCRIPTOR', text.indexOf('void'));
    const use = text.indexOf('SIZE,');
    expect(map.toSource(inner, inner + 5)).toEqual({ start: use, end: use + 4, inExpansion: true });
    expect(map.toView(use + 1)).toBeUndefined();
  });

  test('a range that covers an expansion and more maps to the whole use', () => {
    const call = v.indexOf('WskControlSocket');
    const end = v.indexOf(');', call) + 1;
    expect(map.toSource(call, end)).toEqual({ start: text.indexOf('WskControlSocket'), end: text.indexOf(');') + 1, inExpansion: false });
  });
});

test('splitArguments respects nesting and literals', () => {
  expect(splitArguments('a, f(b, c), "x,y", \',\', {1, 2}')).toEqual(['a', ' f(b, c)', ' "x,y"', " ','", ' {1, 2}']);
  expect(splitArguments('')).toEqual([]);
});

describe('fixes for real driver code', () => {
  test('an empty __VA_ARGS__ takes its comma along', () => {
    const { view: v } = view('#define LOG(fmt, ...) if (v) { WskTrace(fmt, __VA_ARGS__); }\nvoid f(void) { LOG("x"); LOG("y %d", 1); }\n');
    expect(v).toMatch(/WskTrace\(\s*"x"\s*\)/);
    expect(v).toMatch(/WskTrace\(\s*"y %d"\s*,\s*1\s*\)/);
  });

  test('excpt.h keywords become the SEH keywords where the context shows them', () => {
    const policy: ExpansionPolicy = {
      ...POLICY,
      keywordAliases: [
        { pattern: /\btry(?=\s*\{)/g, replacement: '__try' },
        { pattern: /\bexcept(?=\s*\()/g, replacement: '__except', after: '}' },
        { pattern: /\bleave(?=\s*;)/g, replacement: '__leave' },
      ],
    };
    const text = 'void f(int try_count) { try { if (a) leave; } except (1) { b(); } /* try { */ }\n';
    const pre = preprocess(text);
    const { view: v, map } = expandMacros(pre.masked, pre.nonCode, new MacroEnv([]), policy);
    expect(v).toBe('void f(int try_count) { __try { if (a) __leave; } __except (1) { b(); } /* try { */ }\n');
    const at = v.indexOf('__except');
    expect(map.toSource(at, at + 8)).toEqual({ start: text.indexOf('except'), end: text.indexOf('except') + 6, inExpansion: true });
  });
});
