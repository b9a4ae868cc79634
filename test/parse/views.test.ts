// How a file's view is built from the headers it includes: the macros of each header at its #include,
// nested headers at theirs, in the preprocessor's order; the names a macro pastes together reached too;
// C's keywords never expanded. Only the names a file can reach are looked up, which must not change
// what the view is.

import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { preprocess } from '../../server/src/parse/preprocess';
import type { Preprocessed } from '../../server/src/parse/preprocess';
import { IncludeResolver } from '../../server/src/parse/sources/includes';
import { SourceViews } from '../../server/src/parse/sources/views';

const ROOT = path.resolve('/views');
const at = (file: string) => path.join(ROOT, file);

/** The view of `main.c` in a workspace of these files (relative path -> text). */
function viewOf(files: Record<string, string>, file = 'main.c'): string {
  const pre = new Map<string, Preprocessed>(Object.entries(files).map(([name, text]) => [at(name), preprocess(text)]));
  const names = {
    neverExpand: (name: string) => name.startsWith('Wsk'),
    interesting: (name: string) => name.startsWith('Wsk'),
    argumentCallees: ['WskControlSocket'],
    isTypeName: () => false,
  };
  const views = new SourceViews(IncludeResolver.of(pre.keys(), [ROOT]), names, (p) => pre.get(p), () => 0);
  return views.build(at(file), pre.get(at(file)) as Preprocessed).view;
}

/** The arguments of the WskControlSocket call in a view, blanks folded. */
const argumentsIn = (view: string) => /WskControlSocket\(([^;]*)\);/.exec(view)?.[1].replace(/\s+/g, ' ').trim();

describe('the macros of included headers', () => {
  test('a nested header\'s definitions stand where it is included: before and after its #include', () => {
    const files = {
      'outer.h': '#define COUNT 1\n#include "inner.h"\n#define SIZE 1\n',
      'inner.h': '#define SIZE 2\n#define COUNT 3\n',
      'main.c': '#include "outer.h"\nvoid f(void) { WskControlSocket(SIZE, COUNT); }\n',
    };
    expect(argumentsIn(viewOf(files))).toBe('1 , 3');
  });

  test('a definition of the file itself after the #include wins from there on', () => {
    const files = {
      'defs.h': '#define SIZE 1\n',
      'main.c': '#include "defs.h"\nvoid f(void) { WskControlSocket(SIZE); }\n#undef SIZE\n#define SIZE 5\nvoid g(void) { WskControlSocket(SIZE); }\n',
    };
    const view = viewOf(files);
    expect([...view.matchAll(/WskControlSocket\(([^)]*)\)/g)].map((m) => m[1].trim())).toEqual(['1', '5']);
  });

  test('a header is read once, where it is first reached', () => {
    const files = {
      'a.h': '#include "b.h"\n#define X 1\n',
      'b.h': '#define X 2\n',
      'main.c': '#include "a.h"\n#include "b.h"\nvoid f(void) { WskControlSocket(X); }\n',
    };
    expect(argumentsIn(viewOf(files))).toBe('1');
  });

  test('a name a macro pastes together is reached, though written nowhere', () => {
    const files = {
      'priv.h': '#define PRIV(name) drv_##name\n#define drv_size sizeof(SECURITY_DESCRIPTOR)\n#define PASTE(a, b) a##b\n#define opt_level IPPROTO_TCP\n',
      'main.c': '#include "priv.h"\nvoid f(void) { WskControlSocket(PRIV(size), PASTE(opt_, level)); }\n',
    };
    expect(argumentsIn(viewOf(files))).toBe('sizeof(SECURITY_DESCRIPTOR) , IPPROTO_TCP');
  });

  test('a macro named like a C keyword is never expanded (the CLR redefines return)', () => {
    const files = {
      'contract.h': '#define return if (0 && Check()) { } else return\n#define CHECKED(x) do { if (!(x)) return; } while (0)\n',
      'main.c': '#include "contract.h"\nint f(int x) { CHECKED(x); return 1; }\n',
    };
    const view = viewOf(files);
    expect(view).toContain('return 1;');
    expect(view).toContain('if (!(x)) return;');
    expect(view).not.toContain('Check()');
  });

  test('<…> includes are followed too, and the annotation macros of a header are blanked in the file', () => {
    const files = {
      'inc/api.h': '#define DRVAPI __declspec(dllexport)\n#define DRVCALL NTAPI\n',
      'main.c': '#include <api.h>\nDRVAPI int DRVCALL f(void) { return 0; }\n',
    };
    expect(viewOf(files).split('\n')[1]).toBe('       int         f(void) { return 0; }');
  });
});
