// The WSK control operations beyond the security-descriptor ones of api.ts (whose rows WSK001–WSK005
// and WSK012 check), as data: each socket option, IOCTL and client control code with its sizes,
// buffers, IRP rule and ordering (WSK021); and the flag constants with the reserved or constrained
// Flags arguments (WSK022). Rules ask this table; nothing else spells a code, a flag or a size.

import { CATEGORY_FLAGS, EVENT_DISABLE, EVENT_MASKS } from './events';

/** A bit-flag constant of wsk.h, with its value (flag checks read spelled names first, values second). */
export interface FlagConstant {
  readonly name: string;
  readonly value: number;
}

function flags(entries: Record<string, number>): readonly FlagConstant[] {
  return Object.entries(entries).map(([name, value]) => ({ name, value }));
}

/** WskSocket's categories (exactly one; BASIC is 0): the events table's. */
export const SOCKET_CATEGORIES: readonly FlagConstant[] = CATEGORY_FLAGS;

/** The bits WskSocket's Flags may use at all. */
export const SOCKET_CATEGORY_BITS = 0xf;

/** Flags of the data calls (several share a value: the names tell them apart). */
export const DATA_FLAGS = flags({
  WSK_FLAG_NODELAY: 0x2,
  WSK_FLAG_WAITALL: 0x2,
  WSK_FLAG_DRAIN: 0x4,
  WSK_FLAG_ABORTIVE: 0x1,
  WSK_FLAG_OOB: 0x1,
  WSK_FLAG_RELEASE_ASAP: 0x2,
  WSK_FLAG_ENTIRE_MESSAGE: 0x4,
  WSK_FLAG_AT_DISPATCH_LEVEL: 0x8,
});

/** The event flags of WSK_EVENT_CALLBACK_CONTROL.EventMask: the events table's, and the disabling bit. */
export const EVENT_FLAGS: readonly FlagConstant[] = [...EVENT_MASKS, EVENT_DISABLE];

/** WSK_INSPECT_ACTION, and the two WskInspectComplete accepts. */
export const INSPECT_ACTIONS = flags({ WskInspectReject: 0, WskInspectAccept: 1, WskInspectPend: 2, WskInspectMax: 3 });
export const INSPECT_COMPLETE_ACTIONS: readonly string[] = ['WskInspectAccept', 'WskInspectReject'];

/** Every named constant the flag rules read, by name. */
export const FLAG_CONSTANTS: ReadonlyMap<string, number> = new Map(
  [...SOCKET_CATEGORIES, ...DATA_FLAGS, ...EVENT_FLAGS, ...INSPECT_ACTIONS].map((flag) => [flag.name, flag.value]),
);

/** Flags arguments that are reserved: the caller must pass 0 (WSK022). */
export const RESERVED_FLAGS: readonly { readonly function: string; readonly param: string }[] = [
  { function: 'WskBind', param: 'Flags' },
  { function: 'WskConnect', param: 'Flags' },
  { function: 'WskConnectEx', param: 'Flags' },
  { function: 'WskAccept', param: 'Flags' },
  { function: 'WskSocketConnect', param: 'Flags' },
  { function: 'WskSendTo', param: 'Flags' },
  { function: 'WskSendMessages', param: 'Flags' },
  { function: 'WskReceiveFrom', param: 'Flags' },
];

/** Calls whose ControlInfo must be NULL exactly when its length is 0 (WSK022). */
export const CONTROL_INFO_PAIRS: readonly { readonly function: string; readonly length: string; readonly info: string }[] = [
  { function: 'WskSendTo', length: 'ControlInfoLength', info: 'ControlInfo' },
  { function: 'WskSendMessages', length: 'ControlInfoLength', info: 'ControlInfo' },
];

/**
 * What one flag of a call's Flags rules out (WSK022): another flag beside it (`excludes`), or data in
 * a buffer argument (`buffer`: `empty`, a WSK_BUF whose Length is 0; `null`, no buffer at all). `what`
 * names the call with that flag in messages; `why` is the advice.
 */
export interface FlagConstraint {
  readonly function: string;
  readonly flag: string;
  readonly excludes?: string;
  readonly buffer?: { readonly param: string; readonly must: 'empty' | 'null' };
  readonly what: string;
  readonly why: string;
}

export const FLAG_CONSTRAINTS: readonly FlagConstraint[] = [
  { function: 'WskReceive', flag: 'WSK_FLAG_DRAIN', excludes: 'WSK_FLAG_WAITALL', what: 'a draining WskReceive', why: 'WAITALL waits for the whole buffer; DRAIN discards data and needs a zero-length buffer: pick one.' },
  { function: 'WskReceive', flag: 'WSK_FLAG_DRAIN', buffer: { param: 'Buffer', must: 'empty' }, what: 'a draining WskReceive', why: 'A draining receive discards the data it reads: set Length to 0, or receive without WSK_FLAG_DRAIN.' },
  { function: 'WskDisconnect', flag: 'WSK_FLAG_ABORTIVE', buffer: { param: 'Buffer', must: 'null' }, what: 'an abortive WskDisconnect', why: 'WSK_FLAG_ABORTIVE resets the connection and sends no final data: pass NULL, or disconnect gracefully (Flags 0) to send it.' },
];

// ---------------------------------------------------------------------------------------------------
// The control-operation table (WSK021)

/**
 * What a size argument must be: `zero`; `any`; the size of a 4-byte integer (`ulong`: ULONG, LONG, int,
 * DWORD, BOOL, or the literal 4); of a pointer-sized integer (`sizeT`: SIZE_T, ULONG_PTR, size_t); or of
 * a structure (`{ record }`: `sizeof(T)` or `sizeof var` of a T, never a literal).
 */
export type SizeRule = 'zero' | 'any' | 'ulong' | 'sizeT' | { readonly record: string };

/** What a buffer argument must be: `null`, `any`, or an `address` (never NULL; never the value itself). */
export type BufferRule = 'null' | 'any' | 'address';

/**
 * What the Irp must be: `required` (not NULL), `null`, `either`, or `nullToEnable` (SO_WSK_EVENT_CALLBACK:
 * NULL when the EventMask enables, either when it disables).
 */
export type IrpRule = 'required' | 'null' | 'either' | 'nullToEnable';

/**
 * When the operation may run: `beforeBind` (on a socket not yet bound), `afterBind`, `afterConnect`,
 * `eventCallback` (listening, datagram and stream sockets once bound, connection sockets once connected),
 * `beforeSocket` (a client control before any socket is created on that client).
 */
export type OrderRule = 'beforeBind' | 'afterBind' | 'afterConnect' | 'eventCallback' | 'beforeSocket';

export interface ControlRow {
  readonly function: 'WskControlSocket' | 'WskControlClient';
  readonly codes: readonly string[];
  /** For WskControlSocket: the request type (`WskSetOption`, `WskGetOption`, `WskIoctl`). */
  readonly requestType?: 'WskSetOption' | 'WskGetOption' | 'WskIoctl';
  /** Option rows live at SOL_SOCKET; IOCTLs ignore the Level. */
  readonly level?: 'SOL_SOCKET';
  readonly inputSize: SizeRule;
  readonly inputBuffer: BufferRule;
  readonly outputSize: SizeRule;
  readonly outputBuffer: BufferRule;
  readonly outputSizeReturned: BufferRule;
  readonly irp: IrpRule;
  readonly order?: OrderRule;
  /** What it does, for hover. */
  readonly summary: string;
}

const ULONG_OPTIONS = ['SO_REUSEADDR', 'SO_EXCLUSIVEADDRUSE', 'SO_CONDITIONAL_ACCEPT', 'SO_BROADCAST', 'SO_KEEPALIVE', 'SO_RCVBUF'];
const BEFORE_BIND_OPTIONS = ['SO_REUSEADDR', 'SO_EXCLUSIVEADDRUSE', 'SO_CONDITIONAL_ACCEPT'];
const NO_OUTPUT = { outputSize: 'zero', outputBuffer: 'null', outputSizeReturned: 'null' } as const;
const NO_INPUT = { inputSize: 'zero', inputBuffer: 'null' } as const;

export const EVENT_CONTROL_TYPE = 'WSK_EVENT_CALLBACK_CONTROL';

export const CONTROL_ROWS: readonly ControlRow[] = [
  ...ULONG_OPTIONS.map((code): ControlRow => ({
    function: 'WskControlSocket', codes: [code], requestType: 'WskSetOption', level: 'SOL_SOCKET',
    inputSize: 'ulong', inputBuffer: 'address', ...NO_OUTPUT, irp: 'required',
    ...(BEFORE_BIND_OPTIONS.includes(code) ? { order: 'beforeBind' as const } : {}),
    summary: `Sets the ULONG socket option ${code} at SOL_SOCKET; completes through an IRP.${BEFORE_BIND_OPTIONS.includes(code) ? ' Only before the socket is bound.' : ''}`,
  })),
  ...ULONG_OPTIONS.map((code): ControlRow => ({
    function: 'WskControlSocket', codes: [code], requestType: 'WskGetOption', level: 'SOL_SOCKET',
    ...NO_INPUT, outputSize: 'ulong', outputBuffer: 'address', outputSizeReturned: 'null', irp: 'required',
    summary: `Reads the ULONG socket option ${code} at SOL_SOCKET; completes through an IRP.`,
  })),
  {
    function: 'WskControlSocket', codes: ['SO_WSK_EVENT_CALLBACK'], requestType: 'WskSetOption', level: 'SOL_SOCKET',
    inputSize: { record: EVENT_CONTROL_TYPE }, inputBuffer: 'address', ...NO_OUTPUT, irp: 'nullToEnable', order: 'eventCallback',
    summary: 'Enables or disables event callbacks of a socket through a WSK_EVENT_CALLBACK_CONTROL (NpiId = &NPI_WSK_INTERFACE_ID). No IRP to enable; one event per call to disable; after bind (listening, datagram, stream) or connect (connection sockets).',
  },
  {
    function: 'WskControlSocket', codes: ['SIO_WSK_SET_REMOTE_ADDRESS', 'SIO_WSK_SET_SENDTO_ADDRESS'], requestType: 'WskIoctl',
    inputSize: 'any', inputBuffer: 'any', ...NO_OUTPUT, irp: 'required', order: 'afterBind',
    summary: 'Sets (or, with 0 and NULL, clears) a datagram socket\'s fixed remote address; completes through an IRP; only after the socket is bound.',
  },
  {
    function: 'WskControlSocket', codes: ['SIO_WSK_QUERY_IDEAL_SEND_BACKLOG', 'SIO_WSK_QUERY_RECEIVE_BACKLOG'], requestType: 'WskIoctl',
    ...NO_INPUT, outputSize: 'sizeT', outputBuffer: 'address', outputSizeReturned: 'null', irp: 'required', order: 'afterConnect',
    summary: 'Reads a connection socket\'s backlog into a SIZE_T; completes through an IRP; only after the socket is connected.',
  },
  {
    function: 'WskControlSocket', codes: ['SIO_WSK_QUERY_INSPECT_ID'], requestType: 'WskIoctl',
    ...NO_INPUT, outputSize: { record: 'WSK_INSPECT_ID' }, outputBuffer: 'address', outputSizeReturned: 'address', irp: 'null',
    summary: 'Reads the inspect ID of a socket accepted on a conditional-accept listener; completes at once: no IRP.',
  },
  {
    function: 'WskControlSocket', codes: ['SIO_WSK_REGISTER_EXTENSION'], requestType: 'WskIoctl',
    inputSize: { record: 'WSK_EXTENSION_CONTROL_IN' }, inputBuffer: 'address',
    outputSize: { record: 'WSK_EXTENSION_CONTROL_OUT' }, outputBuffer: 'address', outputSizeReturned: 'null', irp: 'null',
    summary: 'Registers an extension interface on a socket; completes at once: no IRP.',
  },
  {
    function: 'WskControlSocket', codes: ['SIO_ADDRESS_LIST_QUERY'], requestType: 'WskIoctl',
    ...NO_INPUT, outputSize: 'any', outputBuffer: 'any', outputSizeReturned: 'address', irp: 'null',
    summary: 'Reads the local address list (a probe with a zero-size output is fine); the needed size arrives in OutputSizeReturned; no IRP. PASSIVE_LEVEL only.',
  },
  {
    function: 'WskControlSocket', codes: ['SIO_ADDRESS_LIST_CHANGE'], requestType: 'WskIoctl',
    ...NO_INPUT, ...NO_OUTPUT, irp: 'required',
    summary: 'Completes its IRP when the local address list changes. PASSIVE_LEVEL only.',
  },
  {
    function: 'WskControlSocket', codes: ['SIO_WSK_SET_TCP_SILENT_MODE'], requestType: 'WskIoctl',
    ...NO_INPUT, ...NO_OUTPUT, irp: 'required', order: 'afterConnect',
    summary: 'Puts a connected TCP socket in silent mode (afterwards only WskCloseSocket is valid); completes through an IRP.',
  },
  {
    function: 'WskControlClient', codes: ['WSK_TRANSPORT_LIST_QUERY'],
    ...NO_INPUT, outputSize: 'any', outputBuffer: 'any', outputSizeReturned: 'address', irp: 'null',
    summary: 'Reads the available transports into an array of WSK_TRANSPORT (a probe with a zero-size output is fine); completes at once: no IRP.',
  },
  {
    function: 'WskControlClient', codes: ['WSK_TRANSPORT_LIST_CHANGE'],
    ...NO_INPUT, ...NO_OUTPUT, irp: 'required',
    summary: 'Completes its IRP when the transport list changes (WskDeregister cancels it).',
  },
  {
    function: 'WskControlClient', codes: ['WSK_SET_STATIC_EVENT_CALLBACKS'],
    inputSize: { record: EVENT_CONTROL_TYPE }, inputBuffer: 'address', ...NO_OUTPUT, irp: 'null', order: 'beforeSocket',
    summary: 'Enables event callbacks for every socket the client will create (they can never be disabled); before any socket on that client; no IRP.',
  },
  {
    function: 'WskControlClient', codes: ['WSK_TDI_DEVICENAME_MAPPING'],
    inputSize: { record: 'WSK_TDI_MAP_INFO' }, inputBuffer: 'address', ...NO_OUTPUT, irp: 'null', order: 'beforeSocket',
    summary: 'Maps TDI device names to transports (TDI is deprecated); before any socket on that client; no IRP.',
  },
  {
    function: 'WskControlClient', codes: ['WSK_TDI_BEHAVIOR'],
    inputSize: 'ulong', inputBuffer: 'address', ...NO_OUTPUT, irp: 'null', order: 'beforeSocket',
    summary: 'Sets the client\'s TDI behaviour flags (a ULONG; TDI is deprecated); before any socket on that client; no IRP.',
  },
];

/** How messages name a row's operation for one of its codes: `an SO_REUSEADDR set`, `SIO_WSK_QUERY_INSPECT_ID`. */
export function controlTitle(row: ControlRow, code: string): string {
  if (row.requestType === 'WskSetOption') return `an ${code} set`;
  if (row.requestType === 'WskGetOption') return `an ${code} get`;
  return code;
}

/** How the expected size is written in C (undefined: any size). */
export function sizeRuleText(rule: SizeRule): string | undefined {
  if (rule === 'zero') return '0';
  if (rule === 'ulong') return 'sizeof(ULONG)';
  if (rule === 'sizeT') return 'sizeof(SIZE_T)';
  if (rule === 'any') return undefined;
  return `sizeof(${rule.record})`;
}

/** Every code of the table, once. */
export const CONTROL_ROW_CODES: readonly string[] = [...new Set(CONTROL_ROWS.flatMap((row) => row.codes))];

/** The rows a code takes part in (any request type). */
export function controlRowsOf(code: string): ControlRow[] {
  return CONTROL_ROWS.filter((row) => row.codes.includes(code));
}

/** The size and buffer parameters of a row, with the row's rule for each. */
export const CONTROL_SIZES = [
  { param: 'InputSize', key: 'inputSize' },
  { param: 'OutputSize', key: 'outputSize' },
] as const;
export const CONTROL_BUFFERS = [
  { param: 'InputBuffer', key: 'inputBuffer' },
  { param: 'OutputBuffer', key: 'outputBuffer' },
  { param: 'OutputSizeReturned', key: 'outputSizeReturned' },
] as const;

/** The fields of WSK_EVENT_CALLBACK_CONTROL in order (for its initialisers). */
export const EVENT_CONTROL_FIELDS: readonly string[] = ['NpiId', 'EventMask'];

/** The NPI identifier standard event callbacks are enabled for. */
export const WSK_INTERFACE_ID = 'NPI_WSK_INTERFACE_ID';
