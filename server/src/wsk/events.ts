// The client side of WSK: the event callbacks a client registers in its dispatch tables, the tables
// themselves (one per socket category, their members in declaration order), the category flags of
// WskSocket, the provider tables a socket's Dispatch is cast to, and the event masks of
// SO_WSK_EVENT_CALLBACK. Values and orders are those of the WDK's wsk.h.

/** A slot of a client dispatch table: the callback WSK calls through it. */
export type EventSlot =
  | 'WskAcceptEvent'
  | 'WskInspectEvent'
  | 'WskAbortEvent'
  | 'WskReceiveFromEvent'
  | 'WskReceiveEvent'
  | 'WskDisconnectEvent'
  | 'WskSendBacklogEvent';

/** The category of a socket, chosen by WskSocket's Flags. */
export type SocketCategory = 'basic' | 'listen' | 'datagram' | 'connection' | 'stream';

export interface EventCallbackSpec {
  readonly slot: EventSlot;
  /** The WDK's function-pointer type of the slot. */
  readonly pointerType: string;
  readonly params: readonly string[];
  /** The parameter that is NULL when the socket is no longer functional (WSK023 wants a test first). */
  readonly nullWhenDead?: string;
  /** The only return values the documentation allows. */
  readonly returns: readonly string[];
  /** Parameters that point at memory valid only during the call (their pointer must not be stored). */
  readonly transient: readonly string[];
  /** The SO_WSK_EVENT_CALLBACK event that enables it, when one does (inspect and abort come with SO_CONDITIONAL_ACCEPT). */
  readonly event?: string;
  /** Receive events: the list they may keep by returning STATUS_PENDING. */
  readonly indication?: string;
}

export const EVENT_CALLBACKS: readonly EventCallbackSpec[] = [
  {
    slot: 'WskAcceptEvent',
    pointerType: 'PFN_WSK_ACCEPT_EVENT',
    params: ['SocketContext', 'Flags', 'LocalAddress', 'RemoteAddress', 'AcceptSocket', 'AcceptSocketContext', 'AcceptSocketDispatch'],
    nullWhenDead: 'AcceptSocket',
    returns: ['STATUS_SUCCESS', 'STATUS_REQUEST_NOT_ACCEPTED'],
    transient: ['LocalAddress', 'RemoteAddress'],
    event: 'WSK_EVENT_ACCEPT',
  },
  {
    slot: 'WskInspectEvent',
    pointerType: 'PFN_WSK_INSPECT_EVENT',
    params: ['SocketContext', 'LocalAddress', 'RemoteAddress', 'InspectID'],
    nullWhenDead: 'InspectID',
    returns: ['WskInspectReject', 'WskInspectAccept', 'WskInspectPend'],
    transient: ['LocalAddress', 'RemoteAddress', 'InspectID'],
  },
  {
    slot: 'WskAbortEvent',
    pointerType: 'PFN_WSK_ABORT_EVENT',
    params: ['SocketContext', 'InspectID'],
    returns: ['STATUS_SUCCESS'],
    transient: ['InspectID'],
  },
  {
    slot: 'WskReceiveFromEvent',
    pointerType: 'PFN_WSK_RECEIVE_FROM_EVENT',
    params: ['SocketContext', 'Flags', 'DataIndication'],
    nullWhenDead: 'DataIndication',
    returns: ['STATUS_SUCCESS', 'STATUS_PENDING', 'STATUS_DATA_NOT_ACCEPTED'],
    transient: [],
    event: 'WSK_EVENT_RECEIVE_FROM',
    indication: 'DataIndication',
  },
  {
    slot: 'WskReceiveEvent',
    pointerType: 'PFN_WSK_RECEIVE_EVENT',
    params: ['SocketContext', 'Flags', 'DataIndication', 'BytesIndicated', 'BytesAccepted'],
    nullWhenDead: 'DataIndication',
    returns: ['STATUS_SUCCESS', 'STATUS_PENDING', 'STATUS_DATA_NOT_ACCEPTED'],
    transient: [],
    event: 'WSK_EVENT_RECEIVE',
    indication: 'DataIndication',
  },
  {
    slot: 'WskDisconnectEvent',
    pointerType: 'PFN_WSK_DISCONNECT_EVENT',
    params: ['SocketContext', 'Flags'],
    returns: ['STATUS_SUCCESS'],
    transient: [],
    event: 'WSK_EVENT_DISCONNECT',
  },
  {
    slot: 'WskSendBacklogEvent',
    pointerType: 'PFN_WSK_SEND_BACKLOG_EVENT',
    params: ['SocketContext', 'IdealBacklogSize'],
    returns: ['STATUS_SUCCESS'],
    transient: [],
    event: 'WSK_EVENT_SEND_BACKLOG',
  },
];

/** The values of the constants callbacks return (a header may spell them as numbers). */
export const RETURN_VALUES: Readonly<Record<string, number>> = {
  STATUS_SUCCESS: 0,
  STATUS_PENDING: 0x103,
  STATUS_DATA_NOT_ACCEPTED: 0xc000021b,
  STATUS_REQUEST_NOT_ACCEPTED: 0xc00000d0,
  WskInspectReject: 0,
  WskInspectAccept: 1,
  WskInspectPend: 2,
};

const callbackBySlot = new Map(EVENT_CALLBACKS.map((spec) => [spec.slot, spec]));
const callbackByPointerType = new Map(EVENT_CALLBACKS.map((spec) => [spec.pointerType, spec]));

export function eventCallback(slot: EventSlot): EventCallbackSpec {
  return callbackBySlot.get(slot) as EventCallbackSpec;
}

/** The callback whose function-pointer type this is (`PFN_WSK_RECEIVE_EVENT`). */
export function eventCallbackOfPointerType(typeName: string): EventCallbackSpec | undefined {
  return callbackByPointerType.get(typeName);
}

export function isEventSlot(name: string): name is EventSlot {
  return callbackBySlot.has(name as EventSlot);
}

export interface ClientTableType {
  /** `WSK_CLIENT_LISTEN_DISPATCH` (also written `struct _WSK_CLIENT_LISTEN_DISPATCH`). */
  readonly type: string;
  readonly category: Exclude<SocketCategory, 'basic'>;
  /** The members in declaration order (for positional initializers). A stream table holds two tables. */
  readonly members: readonly string[];
}

export const CLIENT_TABLE_TYPES: readonly ClientTableType[] = [
  { type: 'WSK_CLIENT_LISTEN_DISPATCH', category: 'listen', members: ['WskAcceptEvent', 'WskInspectEvent', 'WskAbortEvent'] },
  { type: 'WSK_CLIENT_DATAGRAM_DISPATCH', category: 'datagram', members: ['WskReceiveFromEvent'] },
  { type: 'WSK_CLIENT_CONNECTION_DISPATCH', category: 'connection', members: ['WskReceiveEvent', 'WskDisconnectEvent', 'WskSendBacklogEvent'] },
  { type: 'WSK_CLIENT_STREAM_DISPATCH', category: 'stream', members: ['Listen', 'Connect'] },
];

/** The members of a WSK_CLIENT_STREAM_DISPATCH and the table type each points to. */
export const STREAM_MEMBERS: Readonly<Record<string, string>> = { Listen: 'WSK_CLIENT_LISTEN_DISPATCH', Connect: 'WSK_CLIENT_CONNECTION_DISPATCH' };

/** A client table type by its name or its struct tag (`struct _WSK_CLIENT_LISTEN_DISPATCH`). */
export function clientTableType(name: string): ClientTableType | undefined {
  const bare = name.replace(/^struct\s+/, '').replace(/^_/, '');
  return CLIENT_TABLE_TYPES.find((table) => table.type === bare);
}

/** Whether a pointer type names a client table (`PWSK_CLIENT_LISTEN_DISPATCH`). */
export function clientTablePointerType(name: string): ClientTableType | undefined {
  return name.startsWith('PWSK_CLIENT_') ? clientTableType(name.slice(1)) : undefined;
}

/** WskSocket's Flags: one category each (WSK_FLAG_STREAM_SOCKET shares its value with WSK_FLAG_AT_DISPATCH_LEVEL). */
export const CATEGORY_FLAGS: readonly { readonly name: string; readonly value: number; readonly category: SocketCategory }[] = [
  { name: 'WSK_FLAG_BASIC_SOCKET', value: 0x0, category: 'basic' },
  { name: 'WSK_FLAG_LISTEN_SOCKET', value: 0x1, category: 'listen' },
  { name: 'WSK_FLAG_CONNECTION_SOCKET', value: 0x2, category: 'connection' },
  { name: 'WSK_FLAG_DATAGRAM_SOCKET', value: 0x4, category: 'datagram' },
  { name: 'WSK_FLAG_STREAM_SOCKET', value: 0x8, category: 'stream' },
];

/** The provider tables a socket's Dispatch is cast to; the basic one is the common prefix of all. */
export const PROVIDER_TABLES: readonly { readonly type: string; readonly category: SocketCategory }[] = [
  { type: 'WSK_PROVIDER_BASIC_DISPATCH', category: 'basic' },
  { type: 'WSK_PROVIDER_LISTEN_DISPATCH', category: 'listen' },
  { type: 'WSK_PROVIDER_DATAGRAM_DISPATCH', category: 'datagram' },
  { type: 'WSK_PROVIDER_CONNECTION_DISPATCH', category: 'connection' },
  { type: 'WSK_PROVIDER_STREAM_DISPATCH', category: 'stream' },
];

/** The functions of WSK_PROVIDER_BASIC_DISPATCH: every provider table starts with them, so any cast reaches them. */
export const BASIC_PROVIDER_FUNCTIONS: readonly string[] = ['WskControlSocket', 'WskCloseSocket'];

/** SO_WSK_EVENT_CALLBACK's event bits. */
export const EVENT_MASKS: readonly { readonly name: string; readonly value: number }[] = [
  { name: 'WSK_EVENT_SEND_BACKLOG', value: 0x10 },
  { name: 'WSK_EVENT_RECEIVE', value: 0x40 },
  { name: 'WSK_EVENT_DISCONNECT', value: 0x80 },
  { name: 'WSK_EVENT_RECEIVE_FROM', value: 0x100 },
  { name: 'WSK_EVENT_ACCEPT', value: 0x200 },
];

export const EVENT_DISABLE = { name: 'WSK_EVENT_DISABLE', value: 0x80000000 } as const;

/** The category name as messages say it, and the client table that goes with it. */
export function clientTableOf(category: SocketCategory): string | undefined {
  return CLIENT_TABLE_TYPES.find((table) => table.category === category)?.type;
}

/** The socket option that enables and disables event callbacks (SOL_SOCKET, WSK_SO_BASE + 2). */
export const EVENT_CALLBACK_OPTION = { name: 'SO_WSK_EVENT_CALLBACK', value: 0x4002 } as const;

/** The socket option that turns on conditional accept (SOL_SOCKET): WSK then calls the inspect and abort events. */
export const CONDITIONAL_ACCEPT_OPTION = { name: 'SO_CONDITIONAL_ACCEPT', value: 0x3002 } as const;

/** The members of WSK_EVENT_CALLBACK_CONTROL in declaration order. */
export const EVENT_CALLBACK_CONTROL_MEMBERS: readonly string[] = ['NpiId', 'EventMask'];
