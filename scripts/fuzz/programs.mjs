// Random WSK programs: 1-3 .c files (and a shared header when there are several) whose functions make
// random sequences of cache / get / set / release / bind / IoAllocateIrp / wait calls, control codes
// (SO_WSK_EVENT_CALLBACK, socket options, SIO_* IOCTLs, client codes), DPC set-up and helper calls,
// with arguments that mostly meet the contracts and sometimes break them, inside random control flow
// (if/else, loops, switch, goto, __try/__finally/__except, spin-lock regions, early returns). Files
// may hold client dispatch tables (by position or designator) whose receive, disconnect and accept
// callbacks dereference their indications and return various statuses, and DPC routines. Some
// helpers have no body and are declared as wrappers in the configuration instead.
import { BUFFERS, CALLBACK_STATUSES, CLIENT_CODES, EVENT_MASKS, IOCTL_CODES, IRPS, LEVELS, OPTION_CODES, REQUESTS, SIZES, SOCKETS } from './vocabulary.mjs';

const HELPER_PARAMS = 'PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp';
const WRAPPER_KEYS = ['binds', 'appliesSecurity', 'caches', 'releases'];

const HEADER_BODY = `#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    PIRP Irp;
    KEVENT Event;
    KSPIN_LOCK Lock;
    KDPC Dpc;
    PWSK_DATA_INDICATION Pending;
} ENDPOINT, *PENDPOINT;

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define CACHE_SD(_sd_, _out_) \\
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_sd_), \\
                                     sizeof(PSECURITY_DESCRIPTOR), &(_out_), NULL, NULL)
#define RELEASE_SD(_cached_) \\
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \\
                                     0, NULL, NULL, NULL)
`;

export function generateProgram(rng) {
  const fileCount = rng.weighted([[5, 1], [3, 2], [2, 3]]);
  const helperCount = rng.range(0, 5);
  const helpers = Array.from({ length: helperCount }, (_, i) => ({ name: `Helper${i}`, file: rng.int(fileCount), bodiless: rng.chance(0.2) }));
  const wrappers = {};
  for (const helper of helpers.filter((h) => h.bodiless)) {
    const spec = {};
    for (const key of WRAPPER_KEYS) if (rng.chance(0.4)) spec[key] = rng.chance(0.9) ? rng.range(0, 4) : rng.range(5, 9);
    if (rng.chance(0.3)) spec.waits = rng.chance(0.5);
    if (rng.chance(0.2)) spec.returnsIrp = true;
    wrappers[helper.name] = spec;
  }
  const shared = fileCount > 1 || rng.chance(0.3);
  const prototypes = helpers.map((h) => `NTSTATUS ${h.name}(${HELPER_PARAMS});`).join('\n');
  const globals = 'WSK_PROVIDER_NPI g_Npi;\nPSECURITY_DESCRIPTOR g_Sd;\nENDPOINT g_Endpoint;';
  const files = [];
  if (shared) files.push({ name: 'prog.h', text: `${HEADER_BODY}\nextern WSK_PROVIDER_NPI g_Npi;\nextern PSECURITY_DESCRIPTOR g_Sd;\n${prototypes}\n` });
  for (let f = 0; f < fileCount; f++) {
    const parts = [shared ? '#include "prog.h"' : `${HEADER_BODY}\n${prototypes}`];
    if (f === 0) parts.push(globals);
    const context = { rng, helpers, depth: 0, inLoop: false, inTry: false, inSwitch: false };
    for (const helper of helpers.filter((h) => h.file === f && !h.bodiless)) parts.push(functionText(context, `NTSTATUS\n${helper.name}(${HELPER_PARAMS})`));
    for (let k = rng.range(1, 3); k > 0; k--) parts.push(functionText(context, `NTSTATUS\nEntry${f}_${k}(PWSK_PROVIDER_NPI Npi, ${HELPER_PARAMS}, BOOLEAN Flag)`));
    if (rng.chance(0.15)) parts.push(acceptCallback(context, f));
    if (rng.chance(0.25)) parts.push(clientCallbacks(context, f));
    if (rng.chance(0.2)) parts.push(dpcRoutine(context, f));
    files.push({ name: `file${f}.c`, text: `${parts.join('\n\n')}\n` });
  }
  const rules = rng.chance(0.1) ? { [`WSK0${String(rng.range(1, 12)).padStart(2, '0')}`]: rng.pick(['off', 'warning', 'error']) } : {};
  const config = Object.keys(wrappers).length > 0 || Object.keys(rules).length > 0 ? { rules, wrappers } : undefined;
  return { files, config };
}

/** One WSK call statement on its own (for the inside of nests the mutators build). */
export function wskStatement(rng) {
  return callStatement({ rng, helpers: [], depth: 0, inLoop: false, inTry: false, inSwitch: false });
}

function functionText(context, signature) {
  const { rng } = context;
  const locals = [
    '    NTSTATUS status = STATUS_SUCCESS;',
    '    PSECURITY_DESCRIPTOR sd = Sd;',
    '    PSECURITY_DESCRIPTOR cached = NULL;',
    '    PSECURITY_DESCRIPTOR copy = NULL;',
    '    PSECURITY_DESCRIPTOR copies[4];',
    '    PIRP irp = Irp;',
    '    PWSK_SOCKET socket = Socket;',
    '    KEVENT event;',
    '    SOCKADDR_IN local;',
    '    SIZE_T returned = 0;',
    '    ULONG i = 0;',
    '    KIRQL oldIrql;',
    '    KLOCK_QUEUE_HANDLE lockHandle;',
    '    WSK_EVENT_CALLBACK_CONTROL callbackControl;',
    '    ULONG option = 1;',
    '    SIZE_T backlog = 0;',
  ].filter(() => rng.chance(0.85));
  const retry = rng.chance(0.15) ? ['Retry:'] : [];
  const body = block({ ...context, depth: 1 }, rng.range(2, 10));
  const exit = rng.chance(0.6) ? ['Exit:', ...(rng.chance(0.5) ? ['    if (cached != NULL) {', '        RELEASE_SD(cached);', '    }'] : []), 'Cleanup:', '    return status;'] : ['    return status;'];
  return `${signature}\n{\n${[...locals, ...retry, ...body, ...exit].join('\n')}\n}`;
}

function block(context, count) {
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(...statement(context).split('\n').map((line) => `${'    '.repeat(context.depth)}${line}`));
  return lines;
}

function statement(context) {
  const { rng } = context;
  const nested = context.depth < 4;
  return rng.weighted([
    [12, () => callStatement(context)],
    [3, () => rng.pick(['cached = NULL;', 'sd = cached;', 'ctx->CachedSd = cached;', '*Out = cached;', 'irp = NULL;', 'copies[i] = cached;', 'g_Sd = copy;', 'socket = ctx->Socket;', 'cached = ctx->CachedSd;', 'copy = cached;', 'Irp = irp;', 'i++;'])],
    [2, () => (context.helpers.length > 0 ? `status = ${rng.pick(context.helpers).name}(${rng.pick(['ctx', '&g_Endpoint', 'NULL'])}, ${rng.pick(['socket', 'Socket', 'ctx->Socket'])}, ${rng.pick(['cached', 'sd', 'Sd', 'NULL'])}, ${rng.pick(['&cached', '&copy', 'Out', '&ctx->CachedSd'])}, ${rng.pick(['irp', 'Irp', 'NULL'])});` : 'status = STATUS_SUCCESS;')],
    [2, () => rng.pick(['if (!NT_SUCCESS(status)) {\n    goto Exit;\n}', 'if (!NT_SUCCESS(status)) {\n    return status;\n}', 'if (irp == NULL) {\n    return STATUS_INSUFFICIENT_RESOURCES;\n}', 'if (!irp) goto Cleanup;'])],
    [1, () => rng.pick(['return status;', 'return STATUS_SUCCESS;', 'goto Exit;', 'goto Cleanup;', 'goto Retry;'])],
    [1, () => (context.inLoop ? rng.pick(['break;', 'continue;']) : context.inSwitch ? 'break;' : ';')],
    [1, () => (context.inTry ? '__leave;' : ';')],
    [nested ? 2 : 0, () => `if (${condition(rng)}) {\n${inner(context, {})}\n}${rng.chance(0.5) ? ` else {\n${inner(context, {})}\n}` : ''}`],
    [nested ? 1 : 0, () => rng.pick([
      () => `while (${condition(rng)}) {\n${inner(context, { inLoop: true })}\n}`,
      () => `for (i = 0; i < 4; i++) {\n${inner(context, { inLoop: true })}\n}`,
      () => `do {\n${inner(context, { inLoop: true })}\n} while (${condition(rng)});`,
    ])()],
    [nested ? 1 : 0, () => `switch (${rng.pick(['i', 'status', 'Flag'])}) {\ncase 0:\n${inner(context, { inSwitch: true })}\n    break;\ncase 1:\n${inner(context, { inSwitch: true })}\ndefault:\n${inner(context, { inSwitch: true })}\n    break;\n}`],
    [nested ? 1 : 0, () => `__try {\n${inner(context, { inTry: true })}\n} ${rng.chance(0.6) ? '__finally' : '__except (EXCEPTION_EXECUTE_HANDLER)'} {\n${inner(context, {})}\n}`],
    [nested ? 1 : 0, () => lockedRegion(context)],
  ])();
}

/** Statements between a spin-lock acquire and its release (sometimes none: an early exit leaves it held). */
function lockedRegion(context) {
  const { rng } = context;
  const [acquire, release] = rng.pick([
    ['KeAcquireSpinLock(&ctx->Lock, &oldIrql);', 'KeReleaseSpinLock(&ctx->Lock, oldIrql);'],
    ['KeAcquireInStackQueuedSpinLock(&ctx->Lock, &lockHandle);', 'KeReleaseInStackQueuedSpinLock(&lockHandle);'],
    ['KeAcquireSpinLockAtDpcLevel(&ctx->Lock);', 'KeReleaseSpinLockFromDpcLevel(&ctx->Lock);'],
    ['oldIrql = KeRaiseIrqlToDpcLevel();', 'KeLowerIrql(oldIrql);'],
    ['WdfSpinLockAcquire(ctx->WdfLock);', 'WdfSpinLockRelease(ctx->WdfLock);'],
  ]);
  // Calls only inside: a region that nests further would grow the programs (and their time) for nothing the rules read.
  const held = Array.from({ length: rng.range(1, 2) }, () => callStatement(context)).join('\n');
  return `${acquire}\n${held}${rng.chance(0.85) ? `\n${release}` : ''}`;
}

function inner(context, flags) {
  const child = { ...context, ...flags, depth: 1 };
  return block(child, context.rng.range(1, 4)).join('\n');
}

function condition(rng) {
  return rng.pick(['!NT_SUCCESS(status)', 'NT_SUCCESS(status)', 'status == STATUS_PENDING', 'irp == NULL', 'irp != NULL', 'cached != NULL', 'cached == NULL', 'Flag', 'i < 3', 'ctx->Socket', 'sd']);
}

/** A WSK or kernel call, as a statement, with contract-abiding arguments most of the time. */
function callStatement(context) {
  const { rng } = context;
  const ok = rng.chance(0.7);
  const arg = (good, pool) => (ok || rng.chance(0.6) ? good : rng.pick(pool));
  const descriptor = () => rng.pick(['cached', 'copy', 'ctx->CachedSd', 'g_Sd', 'copies[i]']);
  const sock = () => rng.pick(['socket', 'Socket', 'ctx->Socket', ...(ok ? [] : SOCKETS)]);
  const irp = () => rng.pick(['irp', 'Irp', 'ctx->Irp', ...(ok ? [] : IRPS)]);
  const basic = (s) => rng.pick([`((PWSK_PROVIDER_BASIC_DISPATCH)${s}->Dispatch)->`, `CONNECTION(${s})->Basic.`, `BASIC(${s})->`]);
  const client = rng.pick(['g_Npi.Dispatch->WskControlClient(g_Npi.Client', '((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client']);
  const result = rng.pick(['status = ', '', 'return ', 'if (!NT_SUCCESS(']);
  const end = result.startsWith('if') ? ')) {\n    goto Exit;\n}' : ';';
  const wrap = (call) => `${result}${call}${end}`;
  const wait = `if (status == STATUS_PENDING) {\n    KeWaitForSingleObject(${rng.pick(['&event', '&ctx->Event', '&Irp->UserEvent'])}, Executive, KernelMode, FALSE, NULL);\n    status = ${irp()}->IoStatus.Status;\n}`;
  return rng.weighted([
    [4, () => (rng.chance(0.3) ? wrap(`CACHE_SD(${rng.pick(['sd', 'Sd'])}, ${descriptor()})`) : wrap(`${client}, WSK_CACHE_SD, ${arg('sizeof(PSECURITY_DESCRIPTOR)', SIZES)}, ${arg('&sd', BUFFERS)}, ${arg('sizeof(PSECURITY_DESCRIPTOR)', SIZES)}, ${arg(`&${descriptor()}`, BUFFERS)}, ${arg('NULL', BUFFERS)}, ${arg('NULL', IRPS)})`))],
    [4, () => (rng.chance(0.3) ? wrap(`RELEASE_SD(${descriptor()})`) : wrap(`${client}, WSK_RELEASE_SD, ${arg('sizeof(PSECURITY_DESCRIPTOR)', SIZES)}, ${arg(`&${descriptor()}`, BUFFERS)}, ${arg('0', SIZES)}, ${arg('NULL', BUFFERS)}, ${arg('NULL', BUFFERS)}, ${arg('NULL', IRPS)})`))],
    [4, () => { const s = sock(); return wrap(`${basic(s)}WskControlSocket(${s}, ${arg('WskSetOption', REQUESTS)}, SO_WSK_SECURITY, ${arg('SOL_SOCKET', LEVELS)}, ${arg('sizeof(PSECURITY_DESCRIPTOR)', SIZES)}, ${arg(`&${descriptor()}`, BUFFERS)}, ${arg('0', SIZES)}, ${arg('NULL', BUFFERS)}, ${arg('NULL', BUFFERS)}, ${irp()})`); }],
    [2, () => { const s = sock(); return wrap(`${basic(s)}WskControlSocket(${s}, ${arg('WskGetOption', REQUESTS)}, SO_WSK_SECURITY, ${arg('SOL_SOCKET', LEVELS)}, ${arg('0', SIZES)}, ${arg('NULL', BUFFERS)}, ${arg('sizeof(PSECURITY_DESCRIPTOR)', SIZES)}, ${arg(`&${descriptor()}`, BUFFERS)}, ${arg('NULL', BUFFERS)}, ${irp()})`); }],
    [3, () => { const s = sock(); return wrap(rng.pick([`CONNECTION(${s})->WskBind(${s}, (PSOCKADDR)&local, 0, ${irp()})`, `CONNECTION(${s})->WskConnect(${s}, (PSOCKADDR)&local, 0, ${irp()})`, `((PWSK_PROVIDER_LISTEN_DISPATCH)${s}->Dispatch)->WskListen(${s}, ${irp()})`, `((PWSK_PROVIDER_DATAGRAM_DISPATCH)${s}->Dispatch)->WskSendTo(${s}, NULL, 0, (PSOCKADDR)&local, 0, NULL, ${irp()})`])); }],
    [1, () => `${wrap(`Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ${arg(descriptor(), ['sd', 'Sd', 'NULL', '&sd'])}, ${irp()})`)}\nsocket = (PWSK_SOCKET)${irp()}->IoStatus.Information;`],
    [1, () => `${wrap(`Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ${arg(descriptor(), ['sd', 'Sd', 'NULL'])}, ${irp()})`)}\nsocket = (PWSK_SOCKET)${irp()}->IoStatus.Information;`],
    [1, () => `${wrap(`((PWSK_PROVIDER_LISTEN_DISPATCH)${sock()}->Dispatch)->WskAccept(${sock()}, 0, NULL, NULL, NULL, NULL, ${irp()})`)}\nsocket = (PWSK_SOCKET)${irp()}->IoStatus.Information;`],
    [3, () => `${rng.pick(['irp', 'ctx->Irp', 'Irp'])} = IoAllocateIrp(${rng.pick(['1', 'DeviceObject->StackSize', '2'])}, FALSE);${rng.chance(0.5) ? `\nif (${rng.pick(['irp == NULL', '!irp', 'ctx->Irp == NULL'])}) {\n    return STATUS_INSUFFICIENT_RESOURCES;\n}` : ''}`],
    [3, () => wait],
    [1, () => rng.pick(['IoFreeIrp(irp);', 'IoReuseIrp(irp, STATUS_UNSUCCESSFUL);', 'KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);', 'IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);'])],
    [2, () => { const s = sock(); return eventCallbackControl(rng, ok, `${basic(s)}WskControlSocket(${s}, WskSetOption, SO_WSK_EVENT_CALLBACK, ${arg('SOL_SOCKET', LEVELS)}, ${arg('sizeof(callbackControl)', SIZES)}, ${arg('&callbackControl', BUFFERS)}, 0, NULL, NULL, ${ok ? rng.pick(['NULL', 'NULL', irp()]) : irp()})`, wrap); }],
    [2, () => { const s = sock(); const get = rng.chance(0.3); return wrap(`${basic(s)}WskControlSocket(${s}, ${get ? 'WskGetOption' : 'WskSetOption'}, ${rng.pick(OPTION_CODES)}, ${arg('SOL_SOCKET', LEVELS)}, ${get ? '0, NULL' : `${arg('sizeof(option)', SIZES)}, ${arg('&option', BUFFERS)}`}, ${get ? `${arg('sizeof(ULONG)', SIZES)}, ${arg('&option', BUFFERS)}` : '0, NULL'}, NULL, ${irp()})`); }],
    [2, () => { const s = sock(); return wrap(`${basic(s)}WskControlSocket(${s}, WskIoctl, ${rng.pick(IOCTL_CODES)}, ${arg('0', LEVELS)}, ${rng.pick(['0, NULL', 'sizeof(local), &local', `${rng.pick(SIZES)}, ${rng.pick(BUFFERS)}`])}, ${rng.pick(['sizeof(backlog), &backlog', '0, NULL', 'sizeof(SIZE_T), &backlog', `${rng.pick(SIZES)}, ${rng.pick(BUFFERS)}`])}, ${rng.pick(['NULL', '&returned'])}, ${rng.pick([irp(), 'NULL'])})`); }],
    [1, () => eventCallbackControl(rng, ok, `${client}, ${rng.pick(CLIENT_CODES)}, ${arg('sizeof(callbackControl)', SIZES)}, ${arg('&callbackControl', BUFFERS)}, 0, NULL, ${rng.pick(['NULL', '&returned'])}, ${arg('NULL', IRPS)})`, wrap)],
    [1, () => rng.pick([
      `KeInitializeDpc(&ctx->Dpc, ${rng.pick(['Dpc0', 'Dpc1', 'Dpc2'])}, ctx);`,
      'KeInsertQueueDpc(&ctx->Dpc, NULL, NULL);',
      `if (${rng.pick(['ctx->Pending != NULL', 'Flag'])}) {\n    ((PWSK_PROVIDER_CONNECTION_DISPATCH)${sock()}->Dispatch)->WskRelease(${sock()}, ctx->Pending);\n    ctx->Pending = NULL;\n}`,
    ])],
  ])();
}

/** A control call that takes a WSK_EVENT_CALLBACK_CONTROL, its NpiId and EventMask set first (or not). */
function eventCallbackControl(rng, ok, call, wrap) {
  const npi = ok || rng.chance(0.5) ? ['callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;'] : rng.pick([[], ['callbackControl.NpiId = NULL;']]);
  return [...npi, `callbackControl.EventMask = ${rng.pick(EVENT_MASKS)};`, wrap(call)].join('\n');
}

/**
 * Client dispatch tables of this file (by position or by designator), with receive, disconnect,
 * receive-from and accept callbacks that test or dereference their indications and return documented
 * or other statuses.
 */
function clientCallbacks(context, f) {
  const { rng } = context;
  const status = () => rng.pick(CALLBACK_STATUSES);
  const guard = (name) => (rng.chance(0.6) ? [`    if (${name} == NULL) {`, `        return ${rng.pick(['STATUS_SUCCESS', status()])};`, '    }'] : []);
  const body = (count) => block({ ...context, depth: 1 }, count).join('\n');
  const receive = [
    `NTSTATUS WSKAPI\nReceiveEvent${f}(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication, SIZE_T BytesIndicated, SIZE_T *BytesAccepted)`,
    '{',
    '    PENDPOINT ctx = SocketContext;',
    '    NTSTATUS status = STATUS_SUCCESS;',
    ...guard('DataIndication'),
    `    ${rng.pick(['ctx->Pending = DataIndication;', 'RtlCopyMemory(ctx, MmGetSystemAddressForMdlSafe(DataIndication->Buffer.Mdl, NormalPagePriority), DataIndication->Buffer.Length);', 'i = (ULONG)DataIndication->Buffer.Length;', 'ctx->Pending = DataIndication->Next;', 'KeInsertQueueDpc(&ctx->Dpc, DataIndication, NULL);'])}`,
    body(rng.range(0, 1)),
    `    return ${status()};`,
    '}',
  ];
  const disconnect = [
    `NTSTATUS WSKAPI\nDisconnectEvent${f}(PVOID SocketContext, ULONG Flags)`,
    '{',
    '    PENDPOINT ctx = SocketContext;',
    `    ${rng.pick(['ctx->Socket = NULL;', 'KeSetEvent(&ctx->Event, IO_NO_INCREMENT, FALSE);', 'KeInsertQueueDpc(&ctx->Dpc, NULL, NULL);', ';'])}`,
    `    return ${rng.chance(0.7) ? 'STATUS_SUCCESS' : status()};`,
    '}',
  ];
  const receiveFrom = [
    `NTSTATUS WSKAPI\nReceiveFromEvent${f}(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)`,
    '{',
    '    PENDPOINT ctx = SocketContext;',
    ...guard('DataIndication'),
    `    ${rng.pick(['ctx->Pending = (PWSK_DATA_INDICATION)DataIndication;', 'RtlCopyMemory(ctx, DataIndication->RemoteAddress, 16);', 'ctx->Irp = NULL;'])}`,
    `    return ${status()};`,
    '}',
  ];
  const tables = [
    rng.chance(0.5)
      ? `const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionDispatch${f} = { ReceiveEvent${f}, ${rng.pick([`DisconnectEvent${f}`, 'NULL'])}, NULL };`
      : `const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionDispatch${f} = {\n    .WskReceiveEvent = ${rng.pick([`ReceiveEvent${f}`, 'NULL'])},\n    .WskDisconnectEvent = DisconnectEvent${f},\n};`,
    `const WSK_CLIENT_DATAGRAM_DISPATCH g_DatagramDispatch${f} = { ${rng.pick([`ReceiveFromEvent${f}`, 'NULL'])} };`,
    ...(rng.chance(0.3) ? [`const WSK_CLIENT_DISPATCH g_ClientDispatch${f} = { ${rng.pick(['MAKE_WSK_VERSION(1, 0)', '1', '0x0100'])}, ${rng.pick(['0', '1'])}, NULL };`] : []),
  ];
  return [receive.join('\n'), disconnect.join('\n'), receiveFrom.join('\n'), ...tables].join('\n\n');
}

/** A DPC routine (it runs at DISPATCH_LEVEL) whose body makes random calls, waits and helper calls. */
function dpcRoutine(context, f) {
  const body = block({ ...context, depth: 1 }, context.rng.range(1, 3)).join('\n');
  return `VOID\nDpc${f}(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)\n{\n    PENDPOINT ctx = DeferredContext;\n    NTSTATUS status = STATUS_SUCCESS;\n    PIRP irp = ctx->Irp;\n    PWSK_SOCKET socket = ctx->Socket;\n    KEVENT event;\n    ULONG i = 0;\n${body}\n    return;\n}`;
}

function acceptCallback(context, f) {
  const body = block({ ...context, depth: 1 }, context.rng.range(1, 5)).join('\n').replace(/\bSocket\b/g, 'AcceptSocket');
  const { rng } = context;
  const setup = rng.pick([
    '',
    `    if (AcceptSocket == NULL) {\n        return STATUS_REQUEST_NOT_ACCEPTED;\n    }\n    *AcceptSocketDispatch = &g_ConnectionDispatch${f};\n    *AcceptSocketContext = ctx;\n    ctx->Socket = AcceptSocket;\n`,
    `    ctx->Socket = AcceptSocket;\n    *AcceptSocketDispatch = NULL;\n`,
  ]);
  const table = rng.chance(0.5) ? `{ AcceptEvent${f}, NULL, NULL }` : `{\n    .WskAcceptEvent = AcceptEvent${f},\n}`;
  return `${setup.includes('g_ConnectionDispatch') ? `extern const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionDispatch${f};\n\n` : ''}NTSTATUS WSKAPI\nAcceptEvent${f}(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext, CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)\n{\n    NTSTATUS status;\n    PSECURITY_DESCRIPTOR cached = NULL;\n    PIRP irp = NULL;\n    PENDPOINT ctx = SocketContext;\n${setup}${body}\n    return ${rng.pick(['STATUS_SUCCESS', 'STATUS_SUCCESS', 'STATUS_REQUEST_NOT_ACCEPTED', 'status'])};\n}\n\nconst WSK_CLIENT_LISTEN_DISPATCH g_ListenDispatch${f} = ${table};`;
}
