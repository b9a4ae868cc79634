// Hover text for the WSK names and for the arguments of WSK calls, as Markdown. Everything a rule checks
// is read from the API table (parameters in order, the operations and their contracts), so the text
// shown to the user cannot drift from what the rules enforce. Only the C types of the parameters and the
// prose about descriptor types live here.
//
// A hover is short (it stacks under every diagnostic's): a function or control code gets a dozen lines
// at most, the form of the call it is in (the set or the get, by the call's own RequestType) or, outside
// a call, its forms, and a link to Microsoft's reference page for the rest. What each argument must be
// is told by hovering that argument.

import type { ConstantSpec, Expectation, Operation, WskFunction } from './api';
import type { ControlRow } from './controls';
import { CONTROL_BUFFERS, CONTROL_ROW_CODES, CONTROL_SIZES, controlRowsOf, controlTitle, sizeRuleText } from './controls';
import { CAPTURE_WAIT, DISPATCH_ANNOTATIONS, DPC_INITIALIZERS, IRQL_ROUTINES, PAGED_CODE } from './irql';
import {
  ACCEPT_EVENT_CALLBACK, CONTROL_CODES, DESCRIPTOR_TYPES, OPERATIONS, OPTION_REQUEST_TYPES, REQUEST_TYPES,
  SOCKET_LEVEL, WSK_FUNCTIONS, expectedText, paramIndex,
} from './api';
import type { ClientTableType, EventCallbackSpec } from './events';
import { CLIENT_TABLE_TYPES, EVENT_CALLBACKS, PROVIDER_TABLES } from './events';

/** The C type of each parameter, by name (as the WDK's wsk.h declares them). */
const PARAM_TYPES: Readonly<Record<string, string>> = {
  Socket: 'PWSK_SOCKET',
  ListenSocket: 'PWSK_SOCKET',
  AcceptSocket: 'PWSK_SOCKET',
  Client: 'PWSK_CLIENT',
  RequestType: 'WSK_CONTROL_SOCKET_TYPE',
  ControlCode: 'ULONG',
  Level: 'ULONG',
  InputSize: 'SIZE_T',
  InputBuffer: 'PVOID',
  OutputSize: 'SIZE_T',
  OutputBuffer: 'PVOID',
  OutputSizeReturned: 'SIZE_T *',
  Irp: 'PIRP',
  AddressFamily: 'ADDRESS_FAMILY',
  SocketType: 'USHORT',
  Protocol: 'ULONG',
  Flags: 'ULONG',
  SocketContext: 'PVOID',
  Dispatch: 'const WSK_CLIENT_CONNECTION_DISPATCH *',
  OwningProcess: 'PEPROCESS',
  OwningThread: 'PETHREAD',
  SecurityDescriptor: 'PSECURITY_DESCRIPTOR',
  LocalAddress: 'PSOCKADDR',
  RemoteAddress: 'PSOCKADDR',
  Buffer: 'PWSK_BUF',
  ControlInfoLength: 'ULONG',
  ControlInfo: 'PCMSGHDR',
  AcceptSocketContext: 'PVOID',
  AcceptSocketDispatch: 'const WSK_CLIENT_CONNECTION_DISPATCH *',
  InspectID: 'PWSK_INSPECT_ID',
  Action: 'WSK_INSPECT_ACTION',
  DataIndication: 'PWSK_DATA_INDICATION',
  BytesIndicated: 'SIZE_T',
  BytesAccepted: 'SIZE_T *',
  IdealBacklogSize: 'SIZE_T',
  BufferList: 'PWSK_BUF_LIST',
  ControlLength: 'PULONG',
  ControlFlags: 'PULONG',
  NodeName: 'PUNICODE_STRING',
  ServiceName: 'PUNICODE_STRING',
  NameSpace: 'ULONG',
  Provider: 'GUID *',
  Hints: 'PADDRINFOEXW',
  Result: 'PADDRINFOEXW *',
  AddrInfo: 'PADDRINFOEXW',
  SockAddr: 'PSOCKADDR',
  SockAddrLength: 'ULONG',
  WskClientNpi: 'PWSK_CLIENT_NPI',
  WskRegistration: 'PWSK_REGISTRATION',
  WaitTimeout: 'ULONG',
  WskProviderNpi: 'PWSK_PROVIDER_NPI',
};

/** Where a parameter of the same name has another type in one function. */
const PARAM_TYPE_EXCEPTIONS: Readonly<Record<string, string>> = {
  'WskGetLocalAddress.LocalAddress': 'PSOCKADDR',
  'WskGetRemoteAddress.RemoteAddress': 'PSOCKADDR',
  'WskReceiveFrom.RemoteAddress': 'PSOCKADDR',
  'WskReceiveEx.ControlInfoLength': 'PULONG',
  'WskConnectEx.Buffer': 'PWSK_BUF',
  'WskSocket.Dispatch': 'const VOID *',
  'WskAcceptEvent.AcceptSocketContext': 'PVOID *',
  'WskAcceptEvent.AcceptSocketDispatch': 'const WSK_CLIENT_CONNECTION_DISPATCH **',
  'WskReceiveFromEvent.DataIndication': 'PWSK_DATAGRAM_INDICATION',
};

/** Microsoft's reference pages of the Windows drivers. */
const LEARN = 'https://learn.microsoft.com/windows-hardware/drivers';

const DESCRIPTOR_POINTER_DOC = [
  'A pointer to a security descriptor.',
  '',
  'For `SO_WSK_SECURITY`, `WSK_CACHE_SD` and `WSK_RELEASE_SD` the buffer is the **address** of a',
  '`PSECURITY_DESCRIPTOR` variable (`&sd`) and the size is `sizeof(PSECURITY_DESCRIPTOR)`, the size of the',
  'pointer. `WskSocket` and `WskSocketConnect` take the cached descriptor **by value** (`sd`, or `NULL`).',
  'Only a copy cached with `WSK_CACHE_SD` (or received from an `SO_WSK_SECURITY` get) may be applied, and',
  'each cached copy must be released with `WSK_RELEASE_SD` once no pending request uses it.',
].join('\n');

const DESCRIPTOR_OBJECT_DOC = [
  'A security descriptor object itself, not a pointer to one.',
  '',
  'The WSK security calls never take the object: `sizeof(SECURITY_DESCRIPTOR)` is not the size they expect',
  '(that is `sizeof(PSECURITY_DESCRIPTOR)`), and `&object` is not a cached copy. Cache the descriptor with',
  '`WSK_CACHE_SD` and pass the address of the `PSECURITY_DESCRIPTOR` that receives the copy.',
].join('\n');

/** Every name with hover text. */
export const DOCUMENTED_NAMES: readonly string[] = [
  ...WSK_FUNCTIONS.map((fn) => fn.name),
  ACCEPT_EVENT_CALLBACK.name,
  ...CONTROL_CODES.map((c) => c.name),
  ...CONTROL_ROW_CODES,
  ...REQUEST_TYPES.map((c) => c.name),
  SOCKET_LEVEL.name,
  ...DESCRIPTOR_TYPES.pointer,
  ...DESCRIPTOR_TYPES.object,
  ...EVENT_CALLBACKS.map((spec) => spec.slot).filter((slot) => slot !== ACCEPT_EVENT_CALLBACK.name),
  ...CLIENT_TABLE_TYPES.map((table) => table.type),
  ...PROVIDER_TABLES.map((table) => table.type),
  ...IRQL_ROUTINES.map((routine) => routine.name),
  ...DPC_INITIALIZERS.keys(),
  ...DISPATCH_ANNOTATIONS,
  PAGED_CODE,
  CAPTURE_WAIT.noWait.name,
  CAPTURE_WAIT.infinite.name,
];

/** A row of the control-operation table a call performs, with the code it names (analysis/controlContracts.ts). */
export interface ControlCall {
  readonly row: ControlRow;
  readonly code: string;
}

/**
 * The Markdown hover text for a WSK name, or undefined when the name is not one. `operation`: what the
 * call the name is in does, when the analysis knows it (the form shown is then that one); `control`: the
 * row of the control-operation table that call performs (its form and contract are shown then).
 */
export function nameDoc(name: string, operation?: Operation, control?: ControlCall): string | undefined {
  const fn = WSK_FUNCTIONS.find((candidate) => candidate.name === name) ?? (name === ACCEPT_EVENT_CALLBACK.name ? ACCEPT_EVENT_CALLBACK : undefined);
  if (fn) return functionDoc(fn, operation?.function === fn.name ? operation : undefined, control?.row.function === fn.name ? control : undefined);
  const code = CONTROL_CODES.find((c) => c.name === name);
  if (code) return controlCodeDoc(code, operation?.controlCode === code.name ? operation : undefined);
  if (CONTROL_ROW_CODES.includes(name)) return control?.code === name ? controlCallDoc(control) : controlRowDoc(name);
  const request = REQUEST_TYPES.find((r) => r.name === name);
  if (request) return requestTypeDoc(request);
  if (name === SOCKET_LEVEL.name) return levelDoc(SOCKET_LEVEL);
  if ((DESCRIPTOR_TYPES.pointer as readonly string[]).includes(name)) return `**${name}** — type\n\n${DESCRIPTOR_POINTER_DOC}`;
  if ((DESCRIPTOR_TYPES.object as readonly string[]).includes(name)) return `**${name}** — type\n\n${DESCRIPTOR_OBJECT_DOC}`;
  const callback = EVENT_CALLBACKS.find((spec) => spec.slot === name);
  if (callback) return callbackDoc(callback);
  const table = CLIENT_TABLE_TYPES.find((candidate) => candidate.type === name);
  if (table) return clientTableDoc(table);
  const provider = PROVIDER_TABLES.find((candidate) => candidate.type === name);
  if (provider) return providerTableDoc(provider);
  return irqlDoc(name);
}

/** What wsk-lint knows of an IRQL name (spin locks, DPCs, annotations, capture timeouts): WSK025's view. */
function irqlDoc(name: string): string | undefined {
  const blocking = 'Nothing there may wait for a WSK request or make a PASSIVE-only WSK call (WskRegister, WskDeregister, WskGetAddressInfo, WskFreeAddressInfo, WskGetNameInfo, a waiting WskCaptureProviderNPI): WSK025.';
  const routine = IRQL_ROUTINES.find((r) => r.name === name);
  if (routine?.acts === 'acquire') {
    const release = IRQL_ROUTINES.find((r) => r.acts === 'release' && IRQL_ROUTINES.indexOf(r) === IRQL_ROUTINES.indexOf(routine) + 1);
    const until = routine.key === 'irql' ? 'KeLowerIrql' : release?.name ?? 'its release';
    return `**${name}** — kernel routine\n\nRuns the code ${routine.level !== undefined ? '(when the new IRQL is DISPATCH_LEVEL or above) ' : ''}at DISPATCH_LEVEL until ${until}. ${blocking}`;
  }
  if (routine) return `**${name}** — kernel routine\n\nEnds the DISPATCH_LEVEL region its acquire (or KeRaiseIrql) began: blocking calls belong after it.`;
  if (DPC_INITIALIZERS.has(name)) return `**${name}** — kernel routine\n\nThe routine it is given runs as a DPC, at DISPATCH_LEVEL. ${blocking}`;
  if (DISPATCH_ANNOTATIONS.includes(name)) return `**${name}** — SAL annotation\n\nWith DISPATCH_LEVEL (or above), the function runs at DISPATCH_LEVEL. ${blocking}`;
  if (name === PAGED_CODE) return `**${name}** — kernel macro\n\nMarks the function pageable: it must never run at DISPATCH_LEVEL, so never in a WSK event callback, a completion routine or a DPC (WSK025).`;
  if (name === CAPTURE_WAIT.noWait.name) return `**${name}** — WaitTimeout of WskCaptureProviderNPI\n\nDo not wait for WSK to attach (STATUS_DEVICE_NOT_READY when it has not): the capture may then run at DISPATCH_LEVEL.`;
  if (name === CAPTURE_WAIT.infinite.name) return `**${name}** — WaitTimeout of WskCaptureProviderNPI\n\nWait until WSK attaches: PASSIVE_LEVEL only, and never on DriverEntry's path (it stalls the boot; capture in a system thread): WSK025.`;
  return undefined;
}

/** Which client table holds a callback's slot. */
function tableOfSlot(slot: string): ClientTableType | undefined {
  return CLIENT_TABLE_TYPES.find((table) => table.members.includes(slot));
}

function callbackDoc(spec: EventCallbackSpec): string {
  const table = tableOfSlot(spec.slot);
  const params = spec.params.map((param) => declaration(PARAM_TYPE_EXCEPTIONS[`${spec.slot}.${param}`] ?? PARAM_TYPES[param], param));
  const returnType = spec.slot === 'WskInspectEvent' ? 'WSK_INSPECT_ACTION' : 'NTSTATUS';
  const returns = spec.returns.length === 1 ? `It must always return \`${spec.returns[0]}\`.` : `It may return only ${spec.returns.map((value) => `\`${value}\``).join(', ')}.`;
  const notes = [
    `WSK calls it at IRQL <= DISPATCH_LEVEL; it must not wait for other WSK requests. ${returns}`,
    ...(spec.nullWhenDead ? [`\`${spec.nullWhenDead}\` is NULL when the socket is no longer functional: test it before using it, and close the socket.`] : []),
    ...(spec.indication ? ['Returning `STATUS_PENDING` keeps the indication list until `WskRelease`: store it first.'] : []),
    ...(spec.transient.length > 0 ? [`${spec.transient.map((param) => `\`${param}\``).join(' and ')} are valid only during the call: copy what they point to.`] : []),
  ];
  return [
    `**${spec.slot}** — event callback${table ? ` (a slot of \`${table.type}\`)` : ''}${spec.event ? `, enabled with \`${spec.event}\`` : ', enabled with `SO_CONDITIONAL_ACCEPT`'}`,
    codeBlock(`${returnType} ${spec.slot}(${params.join(', ')});`),
    notes.join(' '),
    `[Reference](${LEARN}/ddi/wsk/nc-wsk-pfn_${spec.slot.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()})`,
  ].join('\n\n');
}

function clientTableDoc(table: ClientTableType): string {
  const flag = `WSK_FLAG_${table.category.toUpperCase()}_SOCKET`;
  const members = table.category === 'stream'
    ? 'a `Listen` member (a `WSK_CLIENT_LISTEN_DISPATCH *`) and a `Connect` member (a `WSK_CLIENT_CONNECTION_DISPATCH *`)'
    : `the callbacks ${table.members.map((member) => `\`${member}\``).join(', ')}, in this order`;
  return [
    `**${table.type}** — client dispatch table of ${table.category} sockets`,
    `It holds ${members}. Pass its address as \`WskSocket\`'s Dispatch for a socket created with \`${flag}\` (a table of another category makes WSK call the wrong callback), and set a slot to NULL only for an event that is never enabled. Keep it in memory that lives as long as the socket (a static or global table).`,
    `[Reference](${LEARN}/ddi/wsk/ns-wsk-_${table.type.toLowerCase()})`,
  ].join('\n\n');
}

function providerTableDoc(table: { readonly type: string; readonly category: string }): string {
  const use = table.category === 'basic'
    ? 'The part every socket\'s table starts with (`WskControlSocket`, `WskCloseSocket`): a socket of any category may be cast to it.'
    : `The provider functions of ${table.category} sockets: cast \`Socket->Dispatch\` to it only for a socket of that category (the slots of the tables differ).`;
  return [`**${table.type}** — provider dispatch table`, use, `[Reference](${LEARN}/ddi/wsk/ns-wsk-_${table.type.toLowerCase()})`].join('\n\n');
}

/**
 * The hover text for an argument: which parameter it is and, for the operations the call may perform,
 * what the contract expects there. `operations` is one operation when the call's is known.
 */
export function argumentDoc(fn: WskFunction, param: string, operations: readonly Operation[], control?: ControlCall): string {
  const index = paramIndex(fn, param);
  const type = paramType(fn, param);
  const lines = [`**${param}** — parameter ${index + 1} of \`${fn.name}\`${type ? ` (\`${type}\`)` : ''}`];
  const expectations = operations
    .map((op) => ({ op, arg: op.contract.args.find((a) => a.param === param) }))
    .filter((entry): entry is { op: Operation; arg: NonNullable<typeof entry.arg> } => entry.arg !== undefined);
  for (const { op, arg } of expectations) {
    lines.push('', `For ${operationTitle(op)}: ${expectationText(arg.expect)}, because ${arg.because}.`);
  }
  const row = control?.row.function === fn.name ? rowExpectation(control.row, param) : undefined;
  if (control && row) lines.push('', `For ${controlTitle(control.row, control.code)}: ${row} (WSK021).`);
  return lines.join('\n');
}

/** Whether an argument hover has something to say of the contract: what the operations (or the control row) expect there. */
export function hasExpectation(param: string, operations: readonly Operation[], control?: ControlCall): boolean {
  return operations.some((op) => op.contract.args.some((arg) => arg.param === param)) || (control !== undefined && rowExpectation(control.row, param) !== undefined);
}

/**
 * Microsoft's reference page of a WSK function or control code (`WskControlSocket` is documented as
 * PFN_WSK_CONTROL_SOCKET; `SO_WSK_SECURITY` under the network drivers' pages); undefined for other names.
 */
export function referenceUri(name: string): string | undefined {
  if ([...WSK_FUNCTIONS, ACCEPT_EVENT_CALLBACK].some((fn) => fn.name === name)) {
    return `${LEARN}/ddi/wsk/nc-wsk-pfn_${name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}`;
  }
  if (CONTROL_CODES.some((code) => code.name === name) || CONTROL_ROW_CODES.includes(name)) return `${LEARN}/network/${name.toLowerCase().replace(/_/g, '-')}`;
  return undefined;
}

/** The C declaration of a WSK function (or of the accept-event callback), parameters in order. */
export function signature(fn: WskFunction): string {
  const params = fn.params.map((param) => `    ${declaration(paramType(fn, param.name), param.name)}`);
  return `NTSTATUS ${fn.name}(\n${params.join(',\n')}\n);`;
}

/** The C type of a parameter, where the table above knows it. */
export function paramType(fn: WskFunction, param: string): string | undefined {
  return PARAM_TYPE_EXCEPTIONS[`${fn.name}.${param}`] ?? PARAM_TYPES[param];
}

/** What an expectation asks for, in words. */
export function expectationText(expect: Expectation): string {
  switch (expect) {
    case 'descriptorAddress': return 'the address of a `PSECURITY_DESCRIPTOR` variable (`&sd`)';
    case 'notNull': return 'a `PIRP` that is not `NULL`';
    default: return `\`${expectedText(expect)}\``;
  }
}

/** A correct call of an operation, written from its contract: `WskControlSocket(Socket, WskSetOption, …)`. */
export function exampleCall(op: Operation): string {
  const fn = WSK_FUNCTIONS.find((candidate) => candidate.name === op.function);
  if (!fn) return op.function;
  const args = fn.params.map((param) => {
    switch (param.role) {
      case 'requestType': return op.requestType ?? param.name;
      case 'controlCode': return op.controlCode;
      case 'level': return op.level ?? param.name;
    }
    const arg = op.contract.args.find((a) => a.param === param.name);
    if (!arg || arg.expect === 'notNull') return param.name;
    // Every descriptor these operations take or give is a cached copy, except the one being cached.
    if (arg.expect === 'descriptorAddress') return op.effect === 'cacheDescriptor' && arg.param.startsWith('Input') ? '&sd' : '&cachedSd';
    return expectedText(arg.expect) ?? param.name;
  });
  return `${fn.name}(${args.join(', ')})`;
}

/** One operation's contract: the correct call, then each argument and why. */
export function operationDoc(op: Operation): string {
  const rows = op.contract.args.map((arg) => `- \`${arg.param}\`: ${expectationText(arg.expect)} — ${arg.because}`);
  return [`**${op.contract.operation}**`, '', codeBlock(exampleCall(op)), '', ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------------

/** The name, what it does, the form of this call (or the prototype), what matters most, and the link. */
function functionDoc(fn: WskFunction, op: Operation | undefined, control?: ControlCall): string {
  const notes: string[] = [];
  if (fn.binds) notes.push('The socket is bound after this call (it binds the socket or needs it bound): an `SO_WSK_SECURITY` set must come before it.');
  if (fn.bornBound || fn === ACCEPT_EVENT_CALLBACK) notes.push('The socket it delivers is already bound: `SO_WSK_SECURITY` can no longer be set on it.');
  if (fn.params.some((param) => param.role === 'descriptor')) notes.push('`SecurityDescriptor` takes a cached descriptor **by value** (`sd`, or `NULL`), unlike the control codes, which take its address (`&sd`).');
  const checked = OPERATIONS.filter((o) => o.function === fn.name).map(operationTitle);
  const form = op
    ? [`This call, ${operationTitle(op)}:`, codeBlock(exampleCall(op))]
    : control
      ? [`This call, ${controlTitle(control.row, control.code)}:`, codeBlock(exampleControlCall(control.row, control.code))]
      : [codeBlock(`NTSTATUS ${fn.name}(${fn.params.map((param) => declaration(paramType(fn, param.name), param.name)).join(', ')});`)];
  return [
    `**${fn.name}** — ${fn.summary}`,
    ...form,
    ...(notes.length > 0 ? [notes.join(' ')] : []),
    link(fn.name, checked.length > 0 && !op && !control ? `checked here: ${checked.join(', ')}` : undefined),
  ].join('\n\n');
}

function controlCodeDoc(code: ConstantSpec, op: Operation | undefined): string {
  const operations = op ? [op] : OPERATIONS.filter((candidate) => candidate.controlCode === code.name);
  const functions = [...new Set(operations.map((candidate) => `\`${candidate.function}\``))];
  const heading = op ? `This call, ${operationTitle(op)}:` : operations.length > 1 ? 'Its forms:' : 'Its form:';
  return [
    `**${code.name}** — control code${functions.length > 0 ? ` of ${functions.join(', ')}` : ''}. ${code.summary}`,
    heading,
    codeBlock(operations.map(exampleCall).join('\n')),
    link(code.name, 'hover an argument for what it must be'),
  ].join('\n\n');
}

/** A code of the control-operation table (WSK021): what it does, its forms, its IRP rule and order. */
function controlRowDoc(code: string): string {
  const rows = controlRowsOf(code);
  const functions = [...new Set(rows.map((row) => `\`${row.function}\``))];
  const notes = rows.map((row) => `${capitalised(controlTitle(row, code))}: ${IRP_RULE_TEXT[row.irp]}${row.order ? `; ${ORDER_TEXT[row.order]}` : ''}.`);
  return [
    `**${code}** — control code of ${functions.join(', ')}. ${rows[0].summary}`,
    rows.length > 1 ? 'Its forms:' : 'Its form:',
    codeBlock(rows.map((row) => exampleControlCall(row, code)).join('\n')),
    notes.join(' '),
    link(code, undefined),
  ].join('\n\n');
}

/**
 * A table code hovered in a call that performs one of its rows: that row's form, then its contract (each
 * size and buffer, the IRP rule, the order), as WSK021 checks it.
 */
function controlCallDoc({ row, code }: ControlCall): string {
  const title = controlTitle(row, code);
  const args = [...CONTROL_SIZES, ...CONTROL_BUFFERS]
    .sort((a, b) => ARGUMENT_ORDER.indexOf(a.param) - ARGUMENT_ORDER.indexOf(b.param))
    .map(({ param }) => `\`${param}\` ${rowExpectation(row, param) ?? 'any'}`);
  const rules = `${capitalised(IRP_RULE_TEXT[row.irp])}${row.order ? `; ${ORDER_TEXT[row.order]}` : ''}.`;
  return [
    `**${code}** — control code of \`${row.function}\`. ${row.summary}`,
    `This call, ${title}:`,
    codeBlock(exampleControlCall(row, code)),
    `${args.join(' · ')}. ${rules}`,
    link(code, 'hover an argument for what it must be'),
  ].join('\n\n');
}

const ARGUMENT_ORDER = ['InputSize', 'InputBuffer', 'OutputSize', 'OutputBuffer', 'OutputSizeReturned'];

/** What a control row expects of an argument, in words (undefined: nothing said there). */
function rowExpectation(row: ControlRow, param: string): string | undefined {
  const size = CONTROL_SIZES.find((entry) => entry.param === param);
  if (size) return sizeText(row[size.key]);
  const buffer = CONTROL_BUFFERS.find((entry) => entry.param === param);
  if (buffer) return BUFFER_TEXT[row[buffer.key]];
  if (param === 'Irp') return `${IRP_RULE_TEXT[row.irp]}${row.order ? `; ${ORDER_TEXT[row.order]}` : ''}`;
  if (param === 'Level') return row.level ? `\`${row.level}\`` : row.requestType === 'WskIoctl' ? 'ignored (an IOCTL)' : undefined;
  return undefined;
}

function sizeText(rule: ControlRow['inputSize']): string {
  if (rule === 'any') return 'any size';
  if (rule === 'ulong') return '`sizeof(ULONG)` (or of another 4-byte integer type: LONG, int, DWORD, BOOL; or 4)';
  if (rule === 'sizeT') return '`sizeof(SIZE_T)` (pointer-sized: SIZE_T, ULONG_PTR, size_t; a 4-byte type is wrong on 64-bit)';
  return `\`${sizeRuleText(rule)}\`${typeof rule === 'object' ? ' (or `sizeof` a variable of that type; never a number)' : ''}`;
}

const BUFFER_TEXT: Readonly<Record<ControlRow['inputBuffer'], string>> = {
  null: '`NULL`',
  any: 'any buffer, or `NULL`',
  address: 'the address of a variable (`&x`), never `NULL`',
};

const IRP_RULE_TEXT: Readonly<Record<ControlRow['irp'], string>> = {
  required: 'an IRP is required',
  null: 'no IRP (Irp is NULL)',
  either: 'an IRP is optional',
  nullToEnable: 'no IRP to enable events, optional to disable one',
};

const ORDER_TEXT: Readonly<Record<NonNullable<ControlRow['order']>, string>> = {
  beforeBind: 'only before the socket is bound',
  afterBind: 'only after the socket is bound',
  afterConnect: 'only after the socket is connected',
  eventCallback: 'after bind (listening, datagram, stream sockets) or connect (connection sockets)',
  beforeSocket: 'before any socket is created on the client',
};

/** A correct call of a control row, written from the row. */
function exampleControlCall(row: ControlRow, code: string): string {
  const buffer = (rule: ControlRow['inputBuffer'], name: string, address: string) => (rule === 'null' ? 'NULL' : rule === 'address' ? address : name);
  const args = row.function === 'WskControlSocket'
    ? ['Socket', row.requestType ?? 'RequestType', code, row.level ?? '0']
    : ['Client', code];
  args.push(
    sizeRuleText(row.inputSize) ?? 'InputSize', buffer(row.inputBuffer, 'InputBuffer', '&input'),
    sizeRuleText(row.outputSize) ?? 'OutputSize', buffer(row.outputBuffer, 'OutputBuffer', '&output'),
    buffer(row.outputSizeReturned, 'OutputSizeReturned', '&returned'),
    row.irp === 'null' || row.irp === 'nullToEnable' ? 'NULL' : 'Irp',
  );
  return `${row.function}(${args.join(', ')})`;
}

function requestTypeDoc(request: ConstantSpec): string {
  const parts = [`**${request.name}** — \`WSK_CONTROL_SOCKET_TYPE\` ${request.value}: ${request.summary.replace(/^WSK_CONTROL_SOCKET_TYPE: /, '')}`];
  const operations = OPERATIONS.filter((op) => op.requestType === request.name);
  if (operations.length > 0) {
    parts.push(`${operations.map((op) => capitalised(operationTitle(op))).join(', ')}:`, codeBlock(operations.map(exampleCall).join('\n')));
  } else {
    const options = [...new Set(OPERATIONS.filter((op) => op.requestType !== undefined).map((op) => `\`${op.controlCode}\``))];
    parts.push(`${options.join(', ')} takes ${OPTION_REQUEST_TYPES.map((r) => `\`${r}\``).join(' or ')}, not \`${request.name}\`.`);
  }
  return parts.join('\n\n');
}

function levelDoc(level: ConstantSpec): string {
  const options = OPERATIONS.filter((op) => op.level === level.name).map((op) => op.controlCode);
  const parts = [`**${level.name}** — ${level.summary}`];
  if (options.length > 0) parts.push(`The \`Level\` of ${[...new Set(options)].map((o) => `\`${o}\``).join(', ')} must be \`${level.name}\`.`);
  return parts.join('\n\n');
}

/** The last line of a function's or control code's hover: its reference page, and what else to know. */
function link(name: string, also: string | undefined): string {
  return `[${name} on Microsoft Learn](${referenceUri(name)})${also ? ` · ${also}` : ''}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `an SO_WSK_SECURITY set`, `WSK_CACHE_SD`. */
function operationTitle(op: Operation): string {
  return op.requestType ? `an ${op.contract.operation}` : op.contract.operation;
}

/** `PIRP Irp`, `SIZE_T *OutputSizeReturned`, or the bare name when the type is unknown. */
function declaration(type: string | undefined, name: string): string {
  if (!type) return name;
  return type.endsWith('*') ? `${type}${name}` : `${type} ${name}`;
}

function codeBlock(code: string): string {
  return `\`\`\`c\n${code}\n\`\`\``;
}
