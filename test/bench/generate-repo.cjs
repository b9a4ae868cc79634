// Generates a C tree shaped like a large real repository, for the parallel CLI's bench and tests:
// hundreds of headers with many declarations each (typedefs, structs, prototypes, macros, inline
// helpers), each including a few others; a library whose functions every source calls, one of which
// names a WSK name (a user-mode socket helper, as in big trees: at file level it makes everything
// depend on everything); components of sources that each include dozens of headers and share names
// (DriverEntry, DEVICE_CONTEXT); and a few kernel drivers with WSK mistakes, helpers in one file and
// callers in another. Deterministic for given options.
//   node test/bench/generate-repo.cjs OUT_DIR [SCALE]   (SCALE 1: about 2,450 files and 31 MB)
//   require('./generate-repo.cjs').generateRepo(outDir, { scale }) → { files, bytes }

const fs = require('fs');
const path = require('path');

/** mulberry32: a small seeded generator, so that every run writes the same tree. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECURE = (socket, size, level) => `((PWSK_PROVIDER_BASIC_DISPATCH)${socket}->Dispatch)->WskControlSocket(
        ${socket}, WskSetOption, SO_WSK_SECURITY, ${level}, ${size}, &Sd, 0, NULL, NULL, Irp)`;

/**
 * Writes the tree under `outDir`. `scale` multiplies the headers, library files and components
 * (1: 400 headers, 80 library files, 40 components of 48 sources).
 */
function generateRepo(outDir, { scale = 1 } = {}) {
  const rand = random(20261206);
  const pick = (n) => Math.floor(rand() * n);
  const headers = Math.max(8, Math.round(400 * scale));
  const libraries = Math.max(4, Math.round(80 * scale));
  const components = Math.max(2, Math.round(40 * scale));
  const sourcesPerComponent = 48;
  const functionsPerLibrary = 12;
  let files = 0;
  let bytes = 0;
  const write = (file, text) => {
    const full = path.join(outDir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const libraryFunction = () => `Lib${String(pick(libraries)).padStart(3, '0')}Op${pick(functionsPerLibrary)}`;
  const typeName = (h, i) => `H${h}_TYPE${i}`;
  const someType = (below) => (below > 0 ? `P${typeName(pick(below), pick(15))}` : 'PVOID');

  // The headers, in modules of 20: each includes its module's first header and one other earlier one
  // of its module (layers, as SDK headers do), and declares a lot.
  const header = (h) => `h${String(h).padStart(3, '0')}.h`;
  for (let h = 0; h < headers; h++) {
    const lines = [`// ${header(h)}: generated`, '#pragma once'];
    const first = h - (h % 20);
    if (h > first) lines.push(`#include "${header(first)}"`);
    if (h > first + 1) lines.push(`#include "${header(first + 1 + pick(h - first - 1))}"`);
    for (let i = 0; i < 30; i++) lines.push(`#define H${h}_LIMIT_${i} (${pick(4096)}u << ${i % 8})`);
    lines.push(`#define H${h}_CHECK(x) do { if (!NT_SUCCESS(x)) { return (x); } } while (0)`);
    lines.push(`#define H${h}_FIELD(p, f) ((p)->f)`);
    for (let i = 0; i < 15; i++) {
      lines.push(`typedef struct _${typeName(h, i)} {`);
      for (let f = 0; f < 7; f++) lines.push(`    ${f % 3 === 0 ? someType(h) : f % 3 === 1 ? 'ULONG' : 'LIST_ENTRY'} Field${f};`);
      lines.push(`} ${typeName(h, i)}, *P${typeName(h, i)};`, '');
    }
    lines.push(`typedef enum _H${h}_STATE { H${h}StateIdle, H${h}StateBusy, H${h}StateDone } H${h}_STATE;`);
    for (let i = 0; i < 20; i++) lines.push(`NTSTATUS H${h}Routine${i}(_In_ P${typeName(h, i % 15)} Object, _In_ ULONG Flags, _Out_opt_ PULONG Result);`);
    lines.push(`
FORCEINLINE NTSTATUS
H${h}Touch(P${typeName(h, 0)} Object)
{
    NTSTATUS status = ${libraryFunction()}(Object, H${h}_LIMIT_0);
    H${h}_CHECK(status);
    Object->Field1 += H${h}_LIMIT_1;
    return status;
}
`);
    write(`include/common/${header(h)}`, `${lines.join('\n')}\n`);
  }
  // The umbrella header everything includes (as ntddk.h or phnt.h).
  write('include/base.h', `#pragma once\n${Array.from({ length: 8 }, (_, i) => `#include "common/${header(i)}"`).join('\n')}\n#define BASE_TAG 'esaB'\n`);

  // The library: functions every source calls. lib000.c also holds a user-mode socket helper that
  // names SOL_SOCKET, next to functions called everywhere.
  const prototypes = [];
  for (let l = 0; l < libraries; l++) {
    const name = `lib${String(l).padStart(3, '0')}`;
    const lines = [`// ${name}.c: generated`, '#include "../include/base.h"', '#include "lib.h"', ''];
    for (let f = 0; f < functionsPerLibrary; f++) {
      const fn = `Lib${String(l).padStart(3, '0')}Op${f}`;
      prototypes.push(`NTSTATUS ${fn}(PVOID Object, ULONG Value);`);
      const callee = l > 0 ? libraryFunction() : `Lib000Op${(f + 1) % functionsPerLibrary}`;
      lines.push(`NTSTATUS
${fn}(PVOID Object, ULONG Value)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    if (Object == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    for (i = 0; i < Value % 16; i++) {
        status = ${f === 0 && l > 0 ? callee : `Helper${name}_${f}`}(Object, Value + i);
        if (!NT_SUCCESS(status)) {
            break;
        }
    }
    return status;
}

static NTSTATUS
Helper${name}_${f}(PVOID Object, ULONG Value)
{
    UNREFERENCED_PARAMETER(Object);
    return Value > ${pick(1000)} ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS;
}
`);
    }
    if (l === 0) {
      lines.push(`INT
LibQuerySocketState(SOCKET Socket, PINT State)
{
    INT length = sizeof(INT);
    return getsockopt(Socket, SOL_SOCKET, SO_BSP_STATE, (PCHAR)State, &length);
}

NTSTATUS
LibDescribeEndpoint(PVOID Object, ULONG Value)
{
    INT state = 0;
    LibQuerySocketState((SOCKET)Object, &state);
    return Lib000Op1(Object, Value + state);
}
`);
      prototypes.push('NTSTATUS LibDescribeEndpoint(PVOID Object, ULONG Value);');
    }
    write(`lib/${name}.c`, lines.join('\n'));
  }
  write('lib/lib.h', `#pragma once\n${prototypes.join('\n')}\n`);

  // The components: sources including dozens of headers, calling the library and each other.
  for (let c = 0; c < components; c++) {
    const component = `c${String(c).padStart(2, '0')}`;
    const own = Array.from({ length: 24 }, () => header(pick(headers)));
    write(`components/${component}/${component}.h`, `#pragma once
#include "../../include/base.h"
${[...new Set(own.slice(0, 6))].map((name) => `#include "../../include/common/${name}"`).join('\n')}
typedef struct _DEVICE_CONTEXT {
    ULONG Count${c};
    PVOID Buffer;
    LIST_ENTRY Queue;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
#define ${component.toUpperCase()}_TAG '${component}'
NTSTATUS ${component}Dispatch(PDEVICE_CONTEXT Context, ULONG Code);
`);
    for (let s = 0; s < sourcesPerComponent; s++) {
      const includes = new Set(own.slice(6));
      while (includes.size < Math.min(30, headers)) includes.add(header(pick(headers)));
      const lines = [`// ${component}/s${s}.c: generated`, `#include "${component}.h"`, '#include "../../lib/lib.h"'];
      for (const name of includes) lines.push(`#include "../../include/common/${name}"`);
      lines.push('');
      const functions = 20;
      for (let f = 0; f < functions; f++) {
        const h = Number(pick(headers));
        const type = typeName(h, pick(15));
        const next = f + 1 < functions ? `${component}S${s}F${f + 1}` : s === 0 ? 'STATUS_SUCCESS' : `${component}S0F0`;
        lines.push(`${f === 0 ? '' : 'static '}NTSTATUS
${component}S${s}F${f}(_In_ PDEVICE_CONTEXT Context, _In_ ULONG Code)
{
    NTSTATUS status;
    P${type} object = (P${type})Context->Buffer;
    ULONG limit = ${component.toUpperCase()}_TAG + Code;

    status = ${libraryFunction()}(object, limit);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (object != NULL && object->Field1 > limit) {
        status = ${libraryFunction()}(Context, object->Field1);
    }
    switch (Code % 4) {
    case 0:
        Context->Count${c}++;
        break;
    case 1:
        status = ${libraryFunction()}(&Context->Queue, Code);
        break;
    default:
        break;
    }
    return NT_SUCCESS(status) ? ${next === 'STATUS_SUCCESS' ? next : `${next}(Context, Code + 1)`} : status;
}
`);
      }
      if (s === 0) {
        lines.push(`NTSTATUS
DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
    DEVICE_CONTEXT context = { 0 };
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    return ${component}S0F0(&context, LibDescribeEndpoint(&context, 0));
}
`);
      }
      write(`components/${component}/s${String(s).padStart(2, '0')}.c`, lines.join('\n'));
    }
  }

  // Kernel drivers using WSK: a bind in one file and the security option set after it in another
  // (WSK007 across files), a wrong size and a wrong level (WSK001, WSK003).
  const drivers = Math.max(2, Math.round(4 * scale));
  for (let d = 0; d < drivers; d++) {
    const folder = `drivers/wsk${d}`;
    write(`${folder}/endpoint.h`, `#pragma once
#include "../../include/base.h"
typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    ULONG Flags;
} ENDPOINT, *PENDPOINT;
NTSTATUS EpBind${d}(PENDPOINT Endpoint, PSOCKADDR Local, PIRP Irp);
`);
    write(`${folder}/bind.c`, `#include "endpoint.h"

NTSTATUS
EpBind${d}(PENDPOINT Endpoint, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Endpoint->Socket->Dispatch)->WskBind(Endpoint->Socket, Local, 0, Irp);
}
`);
    write(`${folder}/start.c`, `#include "endpoint.h"
#include "../../lib/lib.h"

NTSTATUS
EpStart${d}(PENDPOINT Endpoint, PSOCKADDR Local, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    NTSTATUS status = EpBind${d}(Endpoint, Local, Irp);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    Lib000Op0(Endpoint, 1);
    return ${SECURE('Endpoint->Socket', 'sizeof(PSECURITY_DESCRIPTOR)', 'SOL_SOCKET')};
}

NTSTATUS
EpSecureWrongSize${d}(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    return ${SECURE('Socket', 'sizeof(SECURITY_DESCRIPTOR)', 'SOL_SOCKET')};
}

NTSTATUS
EpSecureWrongLevel${d}(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    return ${SECURE('Socket', 'sizeof(PSECURITY_DESCRIPTOR)', 'IPPROTO_TCP')};
}
`);
  }
  return { files, bytes };
}

module.exports = { generateRepo };

if (require.main === module) {
  const [outDir, scale] = process.argv.slice(2);
  if (!outDir) throw new Error('usage: generate-repo.cjs OUT_DIR [SCALE]');
  const { files, bytes } = generateRepo(outDir, { scale: scale === undefined ? 1 : Number(scale) });
  console.log(outDir, files, 'files', bytes, 'bytes');
}
