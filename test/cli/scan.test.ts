// The textual scan a parallel run is split by: what a file names, calls and declares at file scope,
// each declaration with its statement, and what it only may declare when the text is not plain.

import { describe, expect, test } from 'vitest';
import { preprocess } from '../../server/src/parse/preprocess';
import type { SourceFacts } from '../../server/src/analysis/split/scan';
import { scanSource } from '../../server/src/analysis/split/scan';

const scan = (text: string) => scanSource(preprocess(text));

/** `name:kind` of the sure declarations, in order. */
const declared = (facts: SourceFacts) => facts.declarations.map((d) => `${d.name}:${d.kind}`);
/** The text of the statement declaring a name. */
const statementOf = (text: string, facts: SourceFacts, name: string) => {
  const found = facts.declarations.find((d) => d.name === name);
  return found ? text.slice(found.start, found.end) : undefined;
};

describe('file-scope declarations', () => {
  test('functions (with their bodies), prototypes excluded', () => {
    const text = `NTSTATUS Proto(PVOID a);
static NTSTATUS
Helper(
    _In_ PVOID Context,
    _Out_ PULONG Count
    )
{
    if (Context) { *Count = 0; }
    return Proto(Context);
}
VOID Other(VOID) { Helper(NULL, NULL); }
`;
    const facts = scan(text);
    expect(declared(facts)).toEqual(['Helper:function', 'Other:function']);
    expect(statementOf(text, facts, 'Helper')).toMatch(/^static NTSTATUS\nHelper\([\s\S]*return Proto\(Context\);\n\}$/);
    expect([...facts.called].sort()).toEqual(['Helper', 'Proto']);
  });

  test('typedefs, struct tags and anonymous records known by their typedef names', () => {
    const facts = scan(`typedef struct _CTX { PVOID Sd; ULONG Count; } CTX, *PCTX;
typedef struct { int a; } ANON;
typedef NTSTATUS (*PFN_X)(PVOID);
typedef VOID (FN_Y)(PVOID);
typedef NTSTATUS DRIVER_ADD(PVOID Driver, PVOID Device);
typedef UCHAR MAC[6];
typedef enum _MODE { ModeA, ModeB } MODE;
struct _FORWARD;
`);
    expect(declared(facts)).toEqual([
      '_CTX:record', 'CTX:typedef', 'PCTX:typedef',
      'ANON:typedef', 'ANON:record',
      'PFN_X:typedef', 'FN_Y:typedef', 'DRIVER_ADD:typedef', 'MAC:typedef', 'MODE:typedef',
    ]);
    expect([...facts.tags].sort()).toEqual(['_CTX', '_FORWARD']);
  });

  test('globals, not their initializers nor parameters', () => {
    const facts = scan(`PSECURITY_DESCRIPTOR g_Sd = NULL, g_Other;
static ULONG g_Table[4] = { FIRST, SECOND };
VOID (*g_Callback)(PVOID Context) = DefaultCallback;
EVT_WDF_DRIVER_DEVICE_ADD EvtDeviceAdd;
WSK_CLIENT_LISTEN_DISPATCH g_Dispatch = { OnAccept, NULL, NULL };
`);
    expect(declared(facts)).toEqual(['g_Sd:global', 'g_Other:global', 'g_Table:global', 'g_Callback:global', 'EvtDeviceAdd:global', 'g_Dispatch:global']);
    expect(facts.called.has('DefaultCallback')).toBe(false);
    expect(facts.names.has('OnAccept')).toBe(true);
  });

  test('inside extern "C" blocks, still file scope; inside bodies, not', () => {
    const facts = scan(`#ifdef __cplusplus
extern "C" {
#endif
NTSTATUS Exported(VOID) { ULONG local = 0; return local; }
#ifdef __cplusplus
}
#endif
`);
    expect(declared(facts)).toEqual(['Exported:function']);
  });

  test('comments, strings, directives and dead code name nothing', () => {
    const facts = scan(`/* Ghost(); */ // Phantom();
#if 0
VOID Dead(VOID) { Gone(); }
#endif
#define LOG "Fake(x)"
VOID Alive(VOID) { Real(); }
`);
    expect(declared(facts)).toEqual(['Alive:function']);
    expect([...facts.called]).toEqual(['Real']);
    expect(facts.names.has('Ghost') || facts.names.has('Dead') || facts.names.has('Fake')).toBe(false);
  });
});

describe('statements', () => {
  test('each declaring statement keeps what it names and calls; what is outside the functions counts apart', () => {
    const text = `typedef struct _CTX { PVOID Sd; } CTX;
ULONG g_Count = INITIAL;
NTSTATUS Proto(PCTX c);
NTSTATUS
Helper(PCTX c)
{
    return Proto(c) + Other(g_Count);
}
#define TRACE(x) Log(x)
`;
    const facts = scan(text);
    const statementOf = (name: string) => facts.statements[facts.declarations.find((d) => d.name === name)?.statement ?? -1];
    const helper = statementOf('Helper');
    expect(text.slice(helper.start, helper.end)).toMatch(/^NTSTATUS\nHelper\(PCTX c\)[\s\S]*\}$/);
    expect([...helper.names].sort()).toEqual(['Helper', 'NTSTATUS', 'Other', 'PCTX', 'Proto', 'c', 'g_Count', 'return']);
    expect([...helper.called].sort()).toEqual(['Other', 'Proto']);
    expect(helper.definesFunction).toBe(true);
    expect([...statementOf('g_Count').names].sort()).toEqual(['INITIAL', 'ULONG', 'g_Count']);
    expect(statementOf('CTX').definesFunction).toBe(false);
    // Outside the functions: the typedef, the global, the prototype and the macro's body, not Helper's body.
    expect(facts.outside.names.has('INITIAL') && facts.outside.names.has('Proto') && facts.outside.called.has('Log')).toBe(true);
    expect(facts.outside.names.has('Other')).toBe(false);
    expect(facts.names.has('Other') && facts.called.has('Other')).toBe(true);
  });
});

describe('macros', () => {
  test('a macro body names (and calls) what its expansion would', () => {
    const facts = scan('#define BIND(e) EpBind((e)->Socket)\n#define CODE 4\n');
    expect(facts.macros.get('BIND')).toEqual(['EpBind', 'e', 'Socket']);
    expect(facts.called.has('EpBind')).toBe(true);
  });

  test('macros that may declare, and those that cannot', () => {
    const facts = scan(`#define DEFINE_HANDLER(n) NTSTATUS n(PVOID c) { return 0; }
#define DECLARE_SD(n) PSECURITY_DESCRIPTOR n
#define PASTE(n) g_##n
#define PAGED __declspec(code_seg("PAGE"))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
`);
    expect([...facts.declaringMacros].sort()).toEqual(['DECLARE_SD', 'DEFINE_HANDLER', 'PASTE']);
  });

  test('parenthesised groups at file scope are kept with their statement, for macros that declare', () => {
    const text = 'DECLARE_SD(g_Sd);\nVOID F(VOID) { }\n';
    const facts = scan(text);
    expect(facts.invocations.map((i) => [i.name, i.words, text.slice(i.start, i.end)])).toEqual([
      ['DECLARE_SD', ['g_Sd'], 'DECLARE_SD(g_Sd);'],
      ['F', ['VOID'], 'VOID F(VOID) { }'],
    ]);
  });
});

describe('text that is not plain', () => {
  test('a function head that a macro ends: the body is still a function, its names only maybe', () => {
    const facts = scan('NTSTATUS Bind(PVOID s) NONPAGED\n{\n    return 0;\n}\nULONG g_After;\n');
    expect(facts.maybe.map((d) => `${d.name}:${d.kind}`)).toEqual(['Bind:function']);
    expect(declared(facts)).toEqual(['g_After:global']);
  });

  test('#if branches that each open the body count once', () => {
    const facts = scan(`#ifdef OLD
NTSTATUS Branchy(PVOID a) {
#else
NTSTATUS Branchy(PVOID a, PVOID b) {
#endif
    ULONG local = 0;
    return local;
}
ULONG g_After;
`);
    expect(declared(facts)).toEqual(['Branchy:function', 'Branchy:function', 'g_After:global']);
    expect(facts.weak.size).toBe(0);
  });

  test('a } too many: what was read as file scope since the last body closed is only maybe', () => {
    const facts = scan(`ULONG g_Before;
VOID Stray(PVOID Irp)
{
    if (Irp)
        Free(Irp);
    }
    status = Work();
}
ULONG g_After;
`);
    expect(declared(facts)).toEqual(['g_Before:global', 'Stray:function', 'g_After:global']);
    expect(facts.maybe.map((d) => d.name)).toEqual(['status']);
  });

  test('a { never closed: nothing is sure, every candidate is weak and every word before ( a call', () => {
    const facts = scan(`#ifdef LEGACY
static VOID Legacy(VOID) {
#endif
ULONG g_Count;
NTSTATUS Work(VOID) { return Helper(); }
`);
    expect(facts.declarations).toEqual([]);
    expect([...facts.weak.keys()].sort()).toEqual(['Legacy', 'Work', 'g_Count']);
    expect(facts.called.has('Helper')).toBe(true);
  });

  test('a word after an initializer\'s braces starts a new declaration, as tree-sitter reads it', () => {
    const text = 'ULONG h = {0} Start(VOID) { return WskRegister(NULL, NULL); }\nULONG k = {1}, m = {2};\n';
    const facts = scan(text);
    expect(declared(facts)).toEqual(['h:global', 'Start:function', 'k:global', 'm:global']);
    expect(statementOf(text, facts, 'Start')).toBe('Start(VOID) { return WskRegister(NULL, NULL); }');
  });

  test('a K&R definition: its parameters declared between the head and the body', () => {
    const text = 'VOID Drop(Irp, Count) PIRP Irp; ULONG Count; { IoFreeIrp(Irp); }\nVOID Proto(PIRP Irp);\n{ Other(); }\n';
    const facts = scan(text);
    expect(declared(facts).filter((d) => d.endsWith(':function'))).toEqual(['Drop:function']);
    expect(statementOf(text, facts, 'Drop')).toBe('{ IoFreeIrp(Irp); }');
    // A parameter declared with parentheses (a function pointer) is still part of the head.
    const pointer = scan('VOID Drop(Irp, Done) PIRP Irp; NTSTATUS (*Done)(PIRP); { IoFreeIrp(Irp); }\n');
    expect(declared(pointer).filter((d) => d.endsWith(':function'))).toEqual(['Drop:function']);
  });

  test('a head with a `)` or `}` that closes nothing may be a definition (tree-sitter recovers one): its words before `(` may be declared', () => {
    const facts = scan('D\nDropIrp(P Irp)p); { IoFreeIrp(Irp); }\nVOID Fine(PIRP Irp) { Other(Irp); }\n');
    expect(facts.maybe.map((d) => `${d.name}:${d.kind}`)).toEqual(['DropIrp:function']);
    expect(declared(facts)).toEqual(['Fine:function']);
    // So with a `}` too many between the head and the block.
    expect(scan('D\nDropIrp(P Irp)} { IoFreeIrp(Irp); }\n').maybe.map((d) => d.name)).toEqual(['DropIrp']);
  });

  test('a `)` that closes nothing in a body: tree-sitter may end the body there, so the file reads as unbalanced', () => {
    const facts = scan('R{){}D\nResolveEntry(){ WskGetAddressInfo(a); }}\n');
    expect(facts.unbalanced).toBe(true);
    expect([...facts.weak.keys()]).toEqual(['ResolveEntry']);
    // Parentheses around braces in a body (a statement expression, a compound literal) still balance.
    const fine = scan('VOID F(VOID) { x = ({ int y = 1; y; }); G((S){ 0 }); }\n');
    expect(fine.unbalanced).toBe(false);
    expect(declared(fine)).toEqual(['F:function']);
  });

  test('a statement the file leaves open declares what tree-sitter reads it to (it supplies the `;`)', () => {
    const text = 'ULONG Count;\nd PSECURITY_DESCRIPTOR';
    expect(declared(scan(text))).toEqual(['Count:global', 'PSECURITY_DESCRIPTOR:global']);
    expect(statementOf(text, scan(text), 'PSECURITY_DESCRIPTOR')).toBe('d PSECURITY_DESCRIPTOR');
    // Not inside a body or parentheses the file leaves open, nor after an initializer.
    expect(declared(scan('VOID F(PVOID a) { ULONG n'))).toEqual([]);
    expect(declared(scan('ULONG x = Value'))).toEqual(['x:global']);
  });
});
