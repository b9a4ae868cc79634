// The parse front's first pass: annotation macros and dead `#if 0` groups become blanks of the same
// length, everything else stays byte for byte, and what is left parses as C.

import { beforeAll, describe, expect, test } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { isNonCode, preprocess } from '../../server/src/parse/preprocess';
import { loadParser } from '../../server/src/parse/treeSitter';

const mask = (text: string) => preprocess(text).masked;
/** `text` with every character but line breaks turned into a space: what a blanked range looks like. */
const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');

let parser: Parser;
beforeAll(async () => {
  parser = await loadParser();
});

/** The first ERROR or MISSING node of the parsed text, as `type@offset`, or undefined when it parses cleanly. */
function firstError(text: string): string | undefined {
  const tree = parser.parse(text);
  if (!tree) throw new Error('no tree');
  try {
    let node = tree.rootNode;
    if (!node.hasError) return undefined;
    while (!node.isError && !node.isMissing) {
      const next = node.children.find((child) => child.hasError || child.isMissing);
      if (!next) break;
      node = next;
    }
    return `${node.isMissing ? `MISSING ${node.type}` : node.type}@${node.startIndex}`;
  } finally {
    tree.delete();
  }
}

const DRIVER = [
  '_Use_decl_annotations_',
  '_IRQL_requires_max_(PASSIVE_LEVEL)',
  '_Must_inspect_result_',
  'NTSTATUS',
  'WSKAPI',
  'SampleSend(',
  '    _In_ PWSK_SOCKET Socket,',
  '    _Inout_opt_ PIRP Irp,',
  '    _Outptr_result_maybenull_ PVOID *Context,',
  '    IN OUT PULONG Length OPTIONAL,',
  '    _In_reads_bytes_(Length) CONST UCHAR *Data  // _In_ in a comment: « ü » 😀',
  '    )',
  '{',
  '    __drv_aliasesMem PVOID p = "_In_ (in a string";',
  "    char c = ')';",
  '    return WskSend(Socket, p, c, Irp);',
  '}',
  '',
].join('\n');

describe('blanking keeps every offset', () => {
  for (const [name, text] of [['LF', DRIVER], ['CRLF', DRIVER.replace(/\n/g, '\r\n')]] as const) {
    test(`${name}: same length, line breaks in place, and only blanks differ`, () => {
      const masked = mask(text);
      expect(masked.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) {
        if (masked[i] === text[i]) continue;
        expect(masked[i], `offset ${i}`).toBe(' ');
        expect('\r\n').not.toContain(text[i]);
      }
      expect(masked.split(/\r?\n/).length).toBe(text.split(/\r?\n/).length);
    });

    test(`${name}: the driver function parses without an ERROR node once masked, not before`, () => {
      expect(firstError(text)).toBeDefined();
      expect(firstError(mask(text))).toBeUndefined();
    });
  }

  test('the names and their arguments are blanked, the code around them is not', () => {
    const masked = mask(DRIVER);
    expect(masked).toContain(`${blank('_IRQL_requires_max_(PASSIVE_LEVEL)')}\n`);
    expect(masked).toContain(`    ${blank('_In_reads_bytes_(Length)')} ${blank('CONST')} UCHAR *Data`);
    expect(masked).toContain(`    ${blank('IN OUT')} PULONG Length ${blank('OPTIONAL')},`);
    expect(masked).toContain(`\n${blank('WSKAPI')}\nSampleSend(`);
  });
});

describe('which names are annotations', () => {
  // Each case: the source, and the parts of it expected to be blanked (in order).
  const ANNOTATIONS: [string, string[]][] = [
    ['void f(_Inout_opt_ PIRP Irp);', ['_Inout_opt_']],
    ['void f(_Outptr_result_maybenull_ PVOID *p);', ['_Outptr_result_maybenull_']],
    ['_IRQL_requires_same_ _IRQL_raises_(DISPATCH_LEVEL) KIRQL f(void);', ['_IRQL_requires_same_', '_IRQL_raises_(DISPATCH_LEVEL)']],
    ['_Function_class_(DRIVER_INITIALIZE) _Dispatch_type_(IRP_MJ_CREATE) NTSTATUS f(void);', ['_Function_class_(DRIVER_INITIALIZE)', '_Dispatch_type_(IRP_MJ_CREATE)']],
    ['_Requires_lock_held_(_Global_cancel_spin_lock_) _Releases_lock_(l) void f(void);', ['_Requires_lock_held_(_Global_cancel_spin_lock_)', '_Releases_lock_(l)']],
    ['_Kernel_float_saved_ _Kernel_requires_resource_held_(Res) void f(void);', ['_Kernel_float_saved_', '_Kernel_requires_resource_held_(Res)']],
    ['NTSTATUS FLTAPI f(_Flt_CompletionContext_Outptr_ PVOID *c);', ['FLTAPI', '_Flt_CompletionContext_Outptr_']],
    ['__drv_maxIRQL(DISPATCH_LEVEL) __drv_allocatesMem(Mem) PVOID f(void);', ['__drv_maxIRQL(DISPATCH_LEVEL)', '__drv_allocatesMem(Mem)']],
    ['void f(__in PVOID p, __out_bcount_opt(n) PUCHAR b, __inout_ecount(n) PULONG u);', ['__in', '__out_bcount_opt(n)', '__inout_ecount(n)']],
    ['void f(_Inout_ __on_failure(__drv_freesMem(Mem)) __drv_aliasesMem PVOID p);', ['_Inout_', '__on_failure(__drv_freesMem(Mem))', '__drv_aliasesMem']],
    ['__requires_lock_held(m) __acquires_lock(n) void f(void);', ['__requires_lock_held(m)', '__acquires_lock(n)']],
    ['HRESULT STDMETHODCALLTYPE f(__RPC__in IUnknown *u, __RPC__out_ecount_full(n) ULONG *o);', ['STDMETHODCALLTYPE', '__RPC__in', '__RPC__out_ecount_full(n)']],
    ['unsigned char * __RPC_USER f(void);', ['__RPC_USER']],
    ['int PASCAL WinMain(void);', ['PASCAL']],
    ['int _cdecl main(void);', ['_cdecl']],
    ['_inline BOOLEAN f(void);', ['_inline']],
    ['int * __ptr64 p;', ['__ptr64']],
    ['typedef struct DECLSPEC_ALIGN(16) _S { int a; } S;', ['DECLSPEC_ALIGN(16)']],
    ['__declspec(code_seg("PAGE")) void f(void);', ['__declspec(code_seg("PAGE"))']],
    ['void f(void) { __pragma(warning(suppress: 4127)) g(); }', ['__pragma(warning(suppress: 4127))']],
    ['_Pragma("warning(disable: 4127)") int x;', ['_Pragma("warning(disable: 4127)")']],
    ['void f(int x) { switch (x) { case 1: g(); __fallthrough; default: h(); } }', ['__fallthrough']],
    ['C_ASSERT(sizeof(int) == 4);', ['C_ASSERT(sizeof(int) == 4)']],
  ];
  for (const [source, parts] of ANNOTATIONS) {
    test(`blanked: ${parts.join(', ')}`, () => {
      let expected = source;
      for (const part of parts) expected = expected.replace(part, blank(part));
      expect(mask(source)).toBe(expected);
      expect(firstError(mask(source))).toBeUndefined();
    });
  }

  // Code that looks like annotations and must stay: struct tags and macros in the SAL `_X_` shape
  // (from real drivers), tree-sitter's own MSVC keywords, and names that merely begin like one.
  const CODE = [
    'DbgPrint("%s %s", _DRIVER_NAME_, buffer);',
    'typedef struct _TCP_HEADER_ { UINT16 srcPort; } TCP_HEADER;',
    'struct _ODM_Phy_Status_Info_ *info;',
    'x = _Index_ + _State_ + _X_;',
    'static __inline __int64 f(void) { return 0; }',
    'int __cdecl g(int __stdcall_count);',
    'INPUT_RECORD r; OUTPUT_BUFFER *o; IN_ADDR a; CONSTANT_VALUE c = INLINE_SIZE;',
    'int _Inbound_ = 0; int __inbound = 1; int DECLSPEC = 2; int C_ASSERTED = 3;',
    'void _Internal_helper_(void);',
  ];
  for (const source of CODE) {
    test(`kept: ${source}`, () => {
      expect(mask(source)).toBe(source);
      expect(firstError(source)).toBeUndefined();
    });
  }
});

describe('arguments of annotations', () => {
  test('_When_ with nested parentheses, a string holding ")" and a char literal is blanked whole', () => {
    const annotation = `_When_(return == 0 && (Flags & (A | B)), _At_(*Out, _Post_valid_) _Printf_format_string_params_(")") _Post_equal_to_(')'))`;
    const source = `${annotation}\nNTSTATUS f(_Out_ PVOID *Out, ULONG Flags);\n`;
    const masked = mask(source);
    expect(masked).toBe(`${blank(annotation)}\nNTSTATUS f(${blank('_Out_')} PVOID *Out, ULONG Flags);\n`);
    expect(firstError(masked)).toBeUndefined();
  });

  test('an argument list running over several lines is blanked with its line breaks kept', () => {
    const source = 'void f(\n    _When_(x > 0,\n           _In_reads_(x))\n    PUCHAR p);\n';
    const masked = mask(source);
    expect(masked).toBe('void f(\n                 \n                         \n    PUCHAR p);\n');
  });

  test('a bare name never swallows the parenthesis after it', () => {
    // `WINAPI` and friends take no arguments: `(WINAPI *Fn)(…)` keeps its parameter list.
    const source = 'typedef NTSTATUS (NTAPI *PFN)(_In_ PVOID p);\n';
    expect(mask(source)).toBe(`typedef NTSTATUS (${blank('NTAPI')} *PFN)(${blank('_In_')} PVOID p);\n`);
  });
});

describe('names in comments, strings and directives', () => {
  test('comments and string or character literals are left as written', () => {
    const source = [
      '// _In_ IN OUT _IRQL_requires_max_(PASSIVE_LEVEL)',
      '/* __drv_maxIRQL(DISPATCH_LEVEL) WSKAPI */',
      'const char *s = "_In_ OPTIONAL __declspec(x)";',
      'const wchar_t *w = L"_Out_";',
      "char c = '_';",
      '',
    ].join('\n');
    expect(mask(source)).toBe(source);
  });

  test('directive lines are not masked; the definition keeps its body for the expansion to mask', () => {
    const source = '#define DECLARE_FN(n) NTSTATUS WSKAPI n(_In_ PVOID p)\n#pragma alloc_text(PAGE, _In_)\nint x;\n';
    const pre = preprocess(source);
    expect(pre.masked).toBe(source);
    expect(pre.defines[0].body).toBe('NTSTATUS WSKAPI n(_In_ PVOID p)');
  });

  test('a directive continued with backslash + CRLF is one directive (Windows sources)', () => {
    const source = '#define WPP_CONTROL_GUIDS \\\r\n    WPP_DEFINE_CONTROL_GUID(Guid, (1,2,3), \\\r\n        WPP_DEFINE_BIT(TRACE_DRIVER))\r\nint x;\r\n';
    const pre = preprocess(source);
    expect(pre.defines).toHaveLength(1);
    expect(pre.defines[0].body.replace(/\s+/g, ' ')).toBe('WPP_DEFINE_CONTROL_GUID(Guid, (1,2,3), WPP_DEFINE_BIT(TRACE_DRIVER))');
    const continuation = source.indexOf('WPP_DEFINE_BIT');
    expect(isNonCode(pre.nonCode, continuation)).toBe(true);
    expect(isNonCode(pre.nonCode, source.indexOf('int x'))).toBe(false);
  });
});

describe('#if 0, #if 1 and their branches', () => {
  const lines = (...l: string[]) => `${l.join('\n')}\n`;

  test('#if 0 … #endif: the whole group, directives included, is blank and non-code', () => {
    const source = lines('int a;', '#if 0', 'this isn\'t C at all {', '#define GONE 1', '#endif', 'int b;');
    const pre = preprocess(source);
    expect(pre.masked).toBe(lines('int a;', blank('#if 0'), blank('this isn\'t C at all {'), blank('#define GONE 1'), blank('#endif'), 'int b;'));
    expect(pre.defines).toHaveLength(0);
    expect(isNonCode(pre.nonCode, source.indexOf('this'))).toBe(true);
    expect(isNonCode(pre.nonCode, source.indexOf('int b'))).toBe(false);
  });

  test('#if 0 … #else … #endif: only the #else branch remains, without its directives', () => {
    const source = lines('#if 0', 'int old;', '#else', '#define KEPT 1', 'int now;', '#endif');
    const pre = preprocess(source);
    expect(pre.masked).toBe(lines(blank('#if 0'), blank('int old;'), blank('#else'), '#define KEPT 1', 'int now;', blank('#endif')));
    expect(pre.defines.map((d) => d.name)).toEqual(['KEPT']);
  });

  test('#if 1 … #else … #endif: only the #if branch remains', () => {
    const source = lines('#if 1', 'int now;', '#else', '#define GONE 1', 'int old;', '#endif');
    const pre = preprocess(source);
    expect(pre.masked).toBe(lines(blank('#if 1'), 'int now;', blank('#else'), blank('#define GONE 1'), blank('int old;'), blank('#endif')));
    expect(pre.defines).toHaveLength(0);
  });

  test('#if 0 … #elif X: the #elif becomes the opening #if, later branches stay', () => {
    const source = lines('#if 0', 'int a;', '#elif defined(X)', 'int b;', '#else', 'int c;', '#endif');
    expect(mask(source)).toBe(lines(blank('#if 0'), blank('int a;'), '#  if defined(X)', 'int b;', '#else', 'int c;', '#endif'));
    expect(firstError(mask(source))).toBeUndefined();
  });

  test('#if 0 … #elif 1 … #else: only the #elif 1 branch remains', () => {
    const source = lines('#if 0', 'int a;', '#elif 1', 'int b;', '#else', 'int c;', '#endif');
    expect(mask(source)).toBe(lines(blank('#if 0'), blank('int a;'), blank('#elif 1'), 'int b;', blank('#else'), blank('int c;'), blank('#endif')));
  });

  test('#if X … #elif 0 … #endif: the dead #elif branch goes, the conditional stays', () => {
    const source = lines('#ifdef X', 'int a;', '#elif 0', 'int b;', '#endif');
    expect(mask(source)).toBe(lines('#ifdef X', 'int a;', blank('#elif 0'), blank('int b;'), '#endif'));
  });

  test('#if 1 … #elif X … #endif: every branch after the taken one goes', () => {
    const source = lines('#if 1', 'int a;', '#elif defined(X)', 'int b;', '#endif');
    expect(mask(source)).toBe(lines(blank('#if 1'), 'int a;', blank('#elif defined(X)'), blank('int b;'), blank('#endif')));
  });

  test('spellings of a constant condition: (0), # if 0, a trailing comment, CRLF', () => {
    for (const open of ['#if (0)', '# if 0', '#if 0 // disabled', '#if 0 /* disabled */', '  #  if  ( 0 )']) {
      const source = `${open}\r\nint a;\r\n#endif\r\nint b;\r\n`;
      expect(mask(source), open).toBe(`${blank(open)}\r\n${blank('int a;')}\r\n${blank('#endif')}\r\nint b;\r\n`);
    }
  });

  test('conditions that are not the literals 0 or 1 are left to tree-sitter', () => {
    for (const open of ['#if 0L', '#if FALSE', '#if !1', '#if defined(X) && 0', '#ifdef ZERO', '#ifndef ONE']) {
      const source = lines(open, 'int a;', '#endif');
      expect(mask(source), open).toBe(source);
    }
  });

  test('conditionals nested in a dead group are dead whatever they say', () => {
    const source = lines('#if 0', '#if 1', 'int a;', '#else', 'int b;', '#endif', '#define GONE 1', '#endif', 'int c;');
    const pre = preprocess(source);
    expect(pre.masked.trim()).toBe('int c;');
    expect(pre.defines).toHaveLength(0);
  });

  test('#if 0 nested in a live #else of #if 0 is itself blanked', () => {
    const source = lines('#if 0', 'int a;', '#else', 'int b;', '#if 0', 'int c;', '#endif', 'int d;', '#endif');
    expect(mask(source).replace(/\s+/g, ' ').trim()).toBe('int b; int d;');
  });

  test('an #if 0 / #else pair opening the same block inside a function parses cleanly', () => {
    const source = lines('void f(int x, int y)', '{', '#if 0', '    if (x) {', '#else', '    if (y) {', '#endif', '        g();', '    }', '}');
    expect(firstError(source)).toBeDefined();
    expect(firstError(mask(source))).toBeUndefined();
  });

  test('an unterminated #if 0 is dead to the end of the file', () => {
    const source = lines('int a;', '#if 0', 'int b;');
    expect(mask(source)).toBe(lines('int a;', blank('#if 0'), blank('int b;')));
  });
});

describe('IRQL annotations kept at masking', () => {
  test('each blanked IRQL annotation is kept with its argument and place; other SAL is not', () => {
    const text = [
      '_IRQL_requires_(DISPATCH_LEVEL)',
      '_IRQL_requires_min_( DISPATCH_LEVEL ) VOID Dpc(_In_ PKDPC Dpc);',
      '__drv_requiresIRQL(PASSIVE_LEVEL) VOID Passive(VOID);',
      '_IRQL_requires_same_ _When_(x, _IRQL_requires_(DISPATCH_LEVEL)) VOID F(int x);',
    ].join('\n');
    const { masked, irqlAnnotations } = preprocess(text);
    expect(irqlAnnotations.map((a) => [a.name, a.argument, text.slice(a.start, a.end)])).toEqual([
      ['_IRQL_requires_', 'DISPATCH_LEVEL', '_IRQL_requires_(DISPATCH_LEVEL)'],
      ['_IRQL_requires_min_', 'DISPATCH_LEVEL', '_IRQL_requires_min_( DISPATCH_LEVEL )'],
      ['__drv_requiresIRQL', 'PASSIVE_LEVEL', '__drv_requiresIRQL(PASSIVE_LEVEL)'],
      ['_IRQL_requires_same_', '', '_IRQL_requires_same_'],
    ]);
    for (const annotation of irqlAnnotations) expect(masked.slice(annotation.start, annotation.end).trim()).toBe('');
  });
});

describe('comments and literals left open', () => {
  test('where each starts is kept: a block comment to the end of the file, a string or character to the end of its line', () => {
    const text = [
      '/* closed */ // line comment "',
      'char *a = "closed \\" quote"; char b = \'\\\'\';',
      'char *c = "open \\"',
      "char d = 'x;",
      'int e; /* open to the end',
    ].join('\n');
    const { unterminated } = preprocess(text);
    expect(unterminated).toEqual([text.indexOf('"open'), text.indexOf("'x;"), text.indexOf('/* open')]);
    expect(preprocess('/*/ x */ int y; /**/ "" \'a\'').unterminated).toEqual([]);
  });
});
