// Random WSK programs: 1-3 .c files (and a shared header when there are several) whose functions make
// random sequences of cache / get / set / release / bind / IoAllocateIrp / wait calls and helper calls,
// with arguments that mostly meet the contracts and sometimes break them, inside random control flow
// (if/else, loops, switch, goto, __try/__finally/__except, early returns). Some helpers have no body and
// are declared as wrappers in the configuration instead.
import { BUFFERS, IRPS, LEVELS, REQUESTS, SIZES, SOCKETS } from './vocabulary.mjs';

const HELPER_PARAMS = 'PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp';
const WRAPPER_KEYS = ['binds', 'appliesSecurity', 'caches', 'releases'];

const HEADER_BODY = `#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    PIRP Irp;
    KEVENT Event;
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
  ])();
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
  ])();
}

function acceptCallback(context, f) {
  const body = block({ ...context, depth: 1 }, context.rng.range(1, 5)).join('\n').replace(/\bSocket\b/g, 'AcceptSocket');
  return `NTSTATUS WSKAPI\nAcceptEvent${f}(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext, CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)\n{\n    NTSTATUS status;\n    PSECURITY_DESCRIPTOR cached = NULL;\n    PIRP irp = NULL;\n    PENDPOINT ctx = SocketContext;\n${body}\n    return STATUS_SUCCESS;\n}\n\nconst WSK_CLIENT_LISTEN_DISPATCH g_ListenDispatch${f} = { AcceptEvent${f}, NULL, NULL };`;
}
