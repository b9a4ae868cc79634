// A generated driver tree for the parallel runs: many drivers made of the multi-file rule fixtures
// (helpers in one file, callers in another), with what makes splitting a run hard: the same function,
// type and global names in several drivers (the analysis takes the first declaration in the whole
// tree), a descriptor field cached in one driver and released in another, an accept callback
// registered in one file and defined in another, a wrapper declared in .wsk-lint.json, a header no
// file includes, braces that only balance through #if, and plenty of files with no WSK code at all.

import * as fs from 'node:fs';
import * as path from 'node:path';

const RULES = path.join(__dirname, '../rules');
const WSK_H = path.join(__dirname, '../include/wsk.h');

/** The multi-file fixtures a driver is made of, by folder under test/rules. */
const DRIVER_KINDS: readonly (readonly string[])[] = [
  ['set-after-bind/helpers-across-files'],
  ['descriptor-not-released/helpers-across-files'],
  ['release-unmatched/helpers-across-files', 'released-before-completion/helper-does-not-wait'],
  ['unchecked-irp-allocation/allocation-helper'],
];

/** Writes the tree under `root`; returns the number of .c and .h files written. */
export function writeDriverTree(root: string, drivers = 12, fillers = 16): number {
  let count = 0;
  const write = (file: string, text: string) => {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    if (/\.[ch]$/.test(file)) count++;
  };
  write('wsk.h', fs.readFileSync(WSK_H, 'utf8'));
  write('.wsk-lint.json', JSON.stringify({ wrappers: { MyBind: { binds: 0 }, MyRelease: { releases: 0 } } }));

  for (let k = 0; k < drivers; k++) {
    for (const fixture of DRIVER_KINDS[k % DRIVER_KINDS.length]) {
      const folder = path.join(RULES, fixture);
      for (const name of fs.readdirSync(folder).sort()) {
        let text = fs.readFileSync(path.join(folder, name), 'utf8');
        // Every third driver's EpBind does not bind: its callers still see the first EpBind of the tree.
        if (k % 3 === 2) text = text.replace(/(\n\s*)status = EP_CONNECTION\(Endpoint\)->WskBind\([^;]*;/, '$1status = STATUS_SUCCESS;');
        write(`drivers/d${String(k).padStart(2, '0')}/${fixture.split('/')[0]}/${name}`, text);
      }
    }
  }

  // A field cached in one driver and released (under the same struct name) only in another.
  write('cache/cache.c', `#include "wsk.h"

WSK_PROVIDER_NPI g_CacheNpi;

typedef struct _SHARED {
    PSECURITY_DESCRIPTOR CachedSd;
} SHARED, *PSHARED;

NTSTATUS
CacheShared(PSHARED Shared, PSECURITY_DESCRIPTOR Sd)
{
    return g_CacheNpi.Dispatch->WskControlClient(g_CacheNpi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                 sizeof(PSECURITY_DESCRIPTOR), &Shared->CachedSd, NULL, NULL);
}

PSECURITY_DESCRIPTOR g_Forgotten;

NTSTATUS
CacheForgotten(PSECURITY_DESCRIPTOR Sd)
{
    return g_CacheNpi.Dispatch->WskControlClient(g_CacheNpi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                 sizeof(PSECURITY_DESCRIPTOR), &g_Forgotten, NULL, NULL);
}
`);
  write('zrelease/release.c', `#include "wsk.h"

WSK_PROVIDER_NPI g_ReleaseNpi;

typedef struct _SHARED {
    PSECURITY_DESCRIPTOR CachedSd;
} SHARED, *PSHARED;

VOID
ReleaseShared(PSHARED Shared)
{
    g_ReleaseNpi.Dispatch->WskControlClient(g_ReleaseNpi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Shared->CachedSd,
                                            0, NULL, NULL, NULL);
}
`);

  // An accept callback registered in one file and defined in another.
  write('listen/dispatch.c', `#include "wsk.h"

NTSTATUS WSKAPI OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);

const WSK_CLIENT_LISTEN_DISPATCH g_Dispatch = { OnAccept, NULL, NULL };
`);
  write('listen/accept.c', `#include "wsk.h"

NTSTATUS WSKAPI
OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    PSECURITY_DESCRIPTOR sd = (PSECURITY_DESCRIPTOR)SocketContext;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(
        AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
}
`);

  // A wrapper declared in .wsk-lint.json, called through a macro of a header.
  write('wrapped/wrap.h', `#pragma once
#include "wsk.h"
NTSTATUS MyBind(PWSK_SOCKET Socket);
#define BIND_FIRST(s) MyBind(s)
`);
  write('wrapped/late.c', `#include "wrap.h"

NTSTATUS
SecureLate(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    NTSTATUS status = BIND_FIRST(Socket);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Sd, 0, NULL, NULL, Irp);
}
`);

  // A header nothing includes, with an inline function of its own.
  write('orphan/inline.h', `#pragma once
#include "wsk.h"

static NTSTATUS
OrphanSecure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(SECURITY_DESCRIPTOR), &Sd, 0, NULL, NULL, Irp);
}
`);

  // Braces that balance only when #if is read branch by branch, and a file where they never do.
  write('odd/branches.c', `#include "wsk.h"

#ifdef OLD_SIGNATURE
NTSTATUS Branchy(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd) {
#else
NTSTATUS Branchy(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp) {
#endif
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, sizeof(PSECURITY_DESCRIPTOR), &Sd, 0, NULL, NULL, NULL);
}
`);
  write('odd/unbalanced.c', `#include "wsk.h"

#ifdef LEGACY
static VOID Legacy(VOID) {
#endif

NTSTATUS
Unbalanced(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), Sd, 0, NULL, NULL, Irp);
}
`);

  // Helpers whose definitions a scan cannot read plainly: made by a macro of the workspace, or with
  // a macro between the parameters and the body; and a caller in another file, in another folder.
  write('macros/define.h', `#pragma once
#include "wsk.h"
#define SECURE_HELPER(name) NTSTATUS name(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp) { \\
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket( \\
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Sd, 0, NULL, NULL, Irp); }
#define NONPAGED_HELPER
`);
  write('macros/helpers.c', `#include "define.h"

SECURE_HELPER(MacroSecure)

NTSTATUS
AnnotatedBind(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp) NONPAGED_HELPER
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}
`);
  write('zcallers/late.c', `#include "wsk.h"

NTSTATUS MacroSecure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp);
NTSTATUS AnnotatedBind(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp);

NTSTATUS
BindThenSecure(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    NTSTATUS status = AnnotatedBind(Socket, Local, Irp);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    return MacroSecure(Socket, Sd, Irp);
}
`);
  // A body missing its opening brace: a } too many.
  write('odd/stray.c', `#include "wsk.h"

PSECURITY_DESCRIPTOR g_StraySd;

VOID
Stray(PWSK_SOCKET Socket, PIRP Irp)
{
    if (Irp != NULL)
        IoFreeIrp(Irp);
    }
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_StraySd, 0, NULL, NULL, NULL);
}
`);

  // Drivers without WSK code: the same DriverEntry everywhere, a shared typedef, their own helpers.
  for (let i = 0; i < fillers; i++) {
    const name = `f${String(i).padStart(2, '0')}`;
    write(`plain/${name}/${name}.h`, `#pragma once
typedef struct _DEVICE_CONTEXT {
    ULONG Count${i};
    PVOID Buffer;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

VOID Touch${i}(PDEVICE_CONTEXT Context);
`);
    write(`plain/${name}/${name}.c`, `#include "${name}.h"

NTSTATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath);

VOID
Touch${i}(PDEVICE_CONTEXT Context)
{
    Context->Count${i}++;
    if (Context->Buffer != NULL) {
        ExFreePoolWithTag(Context->Buffer, 'tsoT');
    }
}

NTSTATUS
DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
    DEVICE_CONTEXT context = { 0 };

    Touch${i}(&context);
    return STATUS_SUCCESS;
}
`);
  }
  return count;
}

/**
 * Plain driver code without WSK, `files` files of about `kilobytes` each under `bulk/`: enough text for
 * a run to be worth splitting across worker threads. Returns the number of files written.
 */
export function writeBulk(root: string, files = 15, kilobytes = 100): number {
  for (let i = 0; i < files; i++) {
    const functions: string[] = [];
    for (let f = 0; functions.join('').length < kilobytes * 1024; f++) {
      functions.push(`NTSTATUS
Bulk${i}Step${f}(PBULK_CONTEXT${i} Context, ULONG Code)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG index;

    for (index = 0; index < Code % 8; index++) {
        Context->Counters[index % 4] += Code;
        if (Context->Counters[index % 4] > BULK_LIMIT_${i}) {
            status = STATUS_UNSUCCESSFUL;
            break;
        }
    }
    return NT_SUCCESS(status) ? Bulk${i}Step${f + 1}(Context, Code + 1) : status;
}

`);
    }
    const folder = path.join(root, 'bulk');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `bulk${i}.h`), `#pragma once\n#define BULK_LIMIT_${i} ${1000 + i}\ntypedef struct _BULK_CONTEXT${i} { ULONG Counters[4]; } BULK_CONTEXT${i}, *PBULK_CONTEXT${i};\n`);
    fs.writeFileSync(path.join(folder, `bulk${i}.c`), `#include "bulk${i}.h"\n\n${functions.join('')}`);
  }
  return files * 2;
}
