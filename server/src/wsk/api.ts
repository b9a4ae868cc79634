// The one place that knows the Winsock Kernel: functions, their parameters, the control codes and the
// argument contracts the rules check. Rules ask this table by parameter name; nothing else spells a
// WSK function name, a parameter position or an expected size.

import { CONTROL_ROW_CODES } from './controls';
import type { SocketCategory } from './events';

/** What a parameter is for, so that analyses can find "the socket" or "the IRP" of any call. */
export type ParamRole = 'socket' | 'client' | 'irp' | 'descriptor' | 'requestType' | 'controlCode' | 'level' | 'registration' | 'other';

export interface ParamSpec {
  readonly name: string;
  readonly role: ParamRole;
}

export interface WskFunction {
  readonly name: string;
  readonly params: readonly ParamSpec[];
  /** A call on a socket that needs it bound, or binds it. */
  readonly binds?: boolean;
  /** Where the socket this call produces arrives, for calls that create bound sockets. */
  readonly bornBound?: 'irpInformation';
  /**
   * Whether its Irp may be NULL: `perCode` (the control code decides: WskControlSocket, WskControlClient),
   * `unclear` (the documentation is ambiguous: WskGetAddressInfo, WskGetNameInfo); otherwise required.
   */
  readonly irpOptional?: 'perCode' | 'unclear';
  /**
   * What a kernel routine does to the owned IRP it is given: `reinitialises` it (no completion routine,
   * unused: IoReuseIrp, IoInitializeIrp) or `setsCompletionRoutine` (its CompletionRoutine and Invoke flags).
   */
  readonly irpSetup?: 'reinitialises' | 'setsCompletionRoutine';
  readonly summary: string;
}

function params(spec: string): ParamSpec[] {
  return spec.split(/\s+/).filter(Boolean).map((entry) => {
    const [name, role = 'other'] = entry.split(':');
    return { name, role: role as ParamRole };
  });
}

export const WSK_FUNCTIONS: readonly WskFunction[] = [
  {
    name: 'WskControlSocket',
    params: params('Socket:socket RequestType:requestType ControlCode:controlCode Level:level InputSize InputBuffer OutputSize OutputBuffer OutputSizeReturned Irp:irp'),
    irpOptional: 'perCode',
    summary: 'Sets or gets a socket option, or issues an IOCTL, on a WSK socket.',
  },
  {
    name: 'WskControlClient',
    params: params('Client:client ControlCode:controlCode InputSize InputBuffer OutputSize OutputBuffer OutputSizeReturned Irp:irp'),
    irpOptional: 'perCode',
    summary: 'Performs a control operation on the WSK client object (for example caching or releasing a security descriptor).',
  },
  {
    name: 'WskSocket',
    params: params('Client:client AddressFamily SocketType Protocol Flags SocketContext Dispatch OwningProcess OwningThread SecurityDescriptor:descriptor Irp:irp'),
    summary: 'Creates a new WSK socket. The socket arrives in the IRP\'s IoStatus.Information.',
  },
  {
    name: 'WskSocketConnect',
    params: params('Client:client SocketType Protocol LocalAddress RemoteAddress Flags SocketContext Dispatch OwningProcess OwningThread SecurityDescriptor:descriptor Irp:irp'),
    bornBound: 'irpInformation',
    summary: 'Creates a connection-oriented socket, binds it to a local address and connects it to a remote address in one operation. The socket arrives bound in the IRP\'s IoStatus.Information.',
  },
  {
    name: 'WskBind',
    params: params('Socket:socket LocalAddress Flags Irp:irp'),
    binds: true,
    summary: 'Binds a WSK socket to a local transport address.',
  },
  {
    name: 'WskConnect',
    params: params('Socket:socket RemoteAddress Flags Irp:irp'),
    binds: true,
    summary: 'Connects a bound connection-oriented WSK socket to a remote transport address.',
  },
  {
    name: 'WskListen',
    params: params('Socket:socket Irp:irp'),
    binds: true,
    summary: 'Makes a bound stream socket listen for incoming connections.',
  },
  {
    name: 'WskSendTo',
    params: params('Socket:socket Buffer Flags RemoteAddress ControlInfoLength ControlInfo Irp:irp'),
    binds: true,
    summary: 'Sends a datagram from a bound datagram socket to a remote transport address.',
  },
  {
    name: 'WskAccept',
    params: params('ListenSocket:socket Flags AcceptSocketContext AcceptSocketDispatch LocalAddress RemoteAddress Irp:irp'),
    bornBound: 'irpInformation',
    summary: 'Accepts an incoming connection on a listening socket. The accepted socket arrives in the IRP\'s IoStatus.Information and inherits the listening socket\'s binding.',
  },
  {
    name: 'WskCloseSocket',
    params: params('Socket:socket Irp:irp'),
    summary: 'Closes a WSK socket and frees its resources; pending requests on it are cancelled. The socket must not be used afterwards. IRQL <= DISPATCH_LEVEL.',
  },
  {
    name: 'WskConnectEx',
    params: params('Socket:socket RemoteAddress Buffer Flags Irp:irp'),
    binds: true,
    summary: 'Connects a bound connection-oriented socket to a remote address and sends the first data with the connection request.',
  },
  {
    name: 'WskInspectComplete',
    params: params('ListenSocket:socket InspectID Action Irp:irp'),
    summary: 'Completes a conditional-accept inspection that the inspect event callback pended: accept or reject the connection request.',
  },
  {
    name: 'WskGetLocalAddress',
    params: params('Socket:socket LocalAddress Irp:irp'),
    summary: 'Gets the local transport address a socket is bound to.',
  },
  {
    name: 'WskGetRemoteAddress',
    params: params('Socket:socket RemoteAddress Irp:irp'),
    summary: 'Gets the remote transport address a connection-oriented socket is connected to.',
  },
  {
    name: 'WskSend',
    params: params('Socket:socket Buffer Flags Irp:irp'),
    summary: 'Sends data over a connected socket. The WSK_BUF\'s MDL must stay valid until the IRP completes.',
  },
  {
    name: 'WskReceive',
    params: params('Socket:socket Buffer Flags Irp:irp'),
    summary: 'Receives data on a connected socket into the WSK_BUF\'s MDL, which must stay valid until the IRP completes.',
  },
  {
    name: 'WskSendEx',
    params: params('Socket:socket Buffer Flags ControlInfoLength ControlInfo Irp:irp'),
    summary: 'Sends data with control information over a connected socket. Today\'s documentation marks this dispatch member "reserved for system use". The WSK_BUF\'s MDL and the control data must stay valid until the IRP completes.',
  },
  {
    name: 'WskReceiveEx',
    params: params('Socket:socket Buffer Flags ControlInfoLength ControlInfo ControlFlags Irp:irp'),
    summary: 'Receives data with control information on a connected socket. Today\'s documentation marks this dispatch member "reserved for system use". The WSK_BUF\'s MDL and the control buffers must stay valid until the IRP completes.',
  },
  {
    name: 'WskDisconnect',
    params: params('Socket:socket Buffer Flags Irp:irp'),
    summary: 'Disconnects a connected socket, gracefully (with optional final data) or abortively (WSK_FLAG_ABORTIVE, no data).',
  },
  {
    name: 'WskRelease',
    params: params('Socket:socket DataIndication'),
    summary: 'Gives back a data indication list that a receive event callback kept (by returning STATUS_PENDING).',
  },
  {
    name: 'WskSendMessages',
    params: params('Socket:socket BufferList Flags RemoteAddress ControlInfoLength ControlInfo Irp:irp'),
    binds: true,
    summary: 'Sends several datagrams from a bound datagram socket in one request.',
  },
  {
    name: 'WskReceiveFrom',
    params: params('Socket:socket Buffer Flags RemoteAddress ControlLength ControlInfo ControlFlags Irp:irp'),
    summary: 'Receives a datagram on a bound datagram socket, with the sender\'s address.',
  },
  {
    name: 'WskGetAddressInfo',
    params: params('Client:client NodeName ServiceName NameSpace Provider Hints Result OwningProcess OwningThread Irp:irp'),
    irpOptional: 'unclear',
    summary: 'Resolves a host and service name to transport addresses. The result list must be freed with WskFreeAddressInfo. PASSIVE_LEVEL only.',
  },
  {
    name: 'WskFreeAddressInfo',
    params: params('Client:client AddrInfo'),
    summary: 'Frees the whole address list that WskGetAddressInfo returned (its head; never a node of it, never twice). PASSIVE_LEVEL only.',
  },
  {
    name: 'WskGetNameInfo',
    params: params('Client:client SockAddr SockAddrLength NodeName ServiceName Flags OwningProcess OwningThread Irp:irp'),
    irpOptional: 'unclear',
    summary: 'Resolves a transport address to a host and service name. PASSIVE_LEVEL only.',
  },
  {
    name: 'WskRegister',
    params: params('WskClientNpi WskRegistration:registration'),
    summary: 'Registers a WSK client (called by name, exported by NetIo). The WSK_REGISTRATION must stay valid until WskDeregister returns. PASSIVE_LEVEL only.',
  },
  {
    name: 'WskDeregister',
    params: params('WskRegistration:registration'),
    summary: 'Deregisters a WSK client; waits until every captured NPI is released and every socket is closed. PASSIVE_LEVEL only.',
  },
  {
    name: 'WskCaptureProviderNPI',
    params: params('WskRegistration:registration WaitTimeout WskProviderNpi'),
    summary: 'Captures the WSK provider NPI (client object and dispatch table); every successful capture needs a WskReleaseProviderNPI. Waits up to WaitTimeout for WSK to attach (PASSIVE_LEVEL unless WSK_NO_WAIT).',
  },
  {
    name: 'WskReleaseProviderNPI',
    params: params('WskRegistration:registration'),
    summary: 'Releases a provider NPI captured with WskCaptureProviderNPI; the NPI\'s dispatch table must not be used afterwards.',
  },
];

/**
 * Kernel routines the WSK objects' lifetimes go through (the I/O manager's IRP routines), with their
 * parameters as the WDK declares them.
 */
export const KERNEL_FUNCTIONS: readonly WskFunction[] = [
  { name: 'IoAllocateIrp', params: params('StackSize ChargeQuota'), summary: 'Allocates an IRP the caller owns (NULL when out of resources); free it with IoFreeIrp.' },
  { name: 'IoAllocateIrpEx', params: params('DeviceObject StackSize ChargeQuota'), summary: 'Allocates an IRP the caller owns (NULL when out of resources); free it with IoFreeIrp.' },
  { name: 'IoFreeIrp', params: params('Irp:irp'), summary: 'Frees an IRP the caller allocated with IoAllocateIrp.' },
  { name: 'IoReuseIrp', params: params('Irp:irp Status'), irpSetup: 'reinitialises', summary: 'Reinitialises an owned IRP for another request.' },
  { name: 'IoInitializeIrp', params: params('Irp:irp PacketSize StackSize'), irpSetup: 'reinitialises', summary: 'Initialises an IRP the caller allocated itself.' },
  { name: 'IoSetCompletionRoutine', params: params('Irp:irp CompletionRoutine Context InvokeOnSuccess InvokeOnError InvokeOnCancel'), irpSetup: 'setsCompletionRoutine', summary: 'Sets the routine the I/O manager calls when the IRP completes.' },
  { name: 'IoSetCompletionRoutineEx', params: params('DeviceObject Irp:irp CompletionRoutine Context InvokeOnSuccess InvokeOnError InvokeOnCancel'), irpSetup: 'setsCompletionRoutine', summary: 'Sets the completion routine and keeps the driver loaded until it has run (drivers that can unload must use it).' },
];

// ---------------------------------------------------------------------------------------------------
// WSK objects: what a driver holds, how each is born and ended

/** The kinds of object the lifetime engine follows. */
export type ObjectKindName = 'descriptor' | 'socket' | 'irp' | 'capture' | 'registration' | 'addressInfo';

/** Where a call leaves the object it creates. */
export type Place =
  /** In the variable whose address the argument passes (`&sd` → `sd`), or what a pointer argument points to. */
  | { readonly arg: string; readonly through: 'pointee' }
  /** The call's result. */
  | { readonly result: true }
  /** In `Irp->IoStatus.Information` of the call's IRP, once the call has completed successfully. */
  | { readonly irpInformation: true };

export interface Birth {
  readonly function: string;
  /** For control calls: the operation that creates (a WSK_CACHE_SD, an SO_WSK_SECURITY get). */
  readonly effect?: Operation['effect'];
  readonly place: Place;
  /** The object is the caller's to end (false: an IRP the I/O manager built, only NULL when it failed). */
  readonly owned: boolean;
  /** The object it belongs to, whose end ends it (a captured NPI belongs to its registration). */
  readonly of?: { readonly arg: string; readonly through: 'value' | 'pointee' };
  /** For the related location: `the descriptor is cached here`. */
  readonly message: string;
  /**
   * A socket's category and client table: a category named, or read from a Flags argument (WskSocket);
   * `dispatch`, the argument that gives its client table.
   */
  readonly socket?: { readonly category: SocketCategory | { readonly fromFlags: string }; readonly dispatch: string };
}

export interface End {
  readonly function: string;
  readonly effect?: Operation['effect'];
  /**
   * The argument that names the object: its value, or (`pointee`) what it points to; with `owner`,
   * the object it belongs to (WskReleaseProviderNPI names the registration of the capture it ends).
   */
  readonly arg: string;
  readonly through: 'value' | 'pointee';
  readonly owner?: true;
  readonly message: string;
}

export interface ObjectKind {
  readonly name: ObjectKindName;
  /** How messages name one: `cached security descriptor copy`. */
  readonly noun: string;
  /**
   * The keys of the `wrappers` setting that declare a function creating one (into what a parameter
   * points to) or ending one (the parameter's object) when its body is outside the workspace.
   */
  readonly wrapperKeys: { readonly creates?: string; readonly ends?: string };
  /** How a note says that a helper makes or ends one: `SdCache leaves a cached copy in sd`. */
  readonly verbs: { readonly creates: string; readonly ends: string };
  readonly births: readonly Birth[];
  readonly ends: readonly End[];
  /** A field whose read through the object uses it (`Socket->Dispatch`): after its end, a use of freed memory. */
  readonly usedThrough?: string;
  /**
   * One or a few per driver, kept in globals and device extensions and ended through whatever alias
   * reaches them (`dev = g_Dev; WskDeregister(&dev->Registration)`): an end that a caller cannot name
   * may be of any of its objects of this kind.
   */
  readonly endsThroughAliases?: true;
}

export const OBJECT_KINDS: readonly ObjectKind[] = [
  {
    name: 'descriptor',
    noun: 'cached security descriptor copy',
    wrapperKeys: { creates: 'caches', ends: 'releases' },
    verbs: { creates: 'leaves a cached copy in', ends: 'releases the copy' },
    births: [
      { function: 'WskControlClient', effect: 'cacheDescriptor', place: { arg: 'OutputBuffer', through: 'pointee' }, owned: true, message: 'the descriptor is cached here' },
      { function: 'WskControlSocket', effect: 'readDescriptor', place: { arg: 'OutputBuffer', through: 'pointee' }, owned: true, message: 'a cached copy is read back here' },
    ],
    ends: [{ function: 'WskControlClient', effect: 'releaseDescriptor', arg: 'InputBuffer', through: 'pointee', message: 'the copy is released here' }],
  },
  {
    name: 'irp',
    noun: 'IRP',
    wrapperKeys: { ends: 'freesIrp' },
    verbs: { creates: 'returns an IRP', ends: 'frees the IRP' },
    births: [
      { function: 'IoAllocateIrp', place: { result: true }, owned: true, message: 'the IRP is allocated here' },
      { function: 'IoAllocateIrpEx', place: { result: true }, owned: true, message: 'the IRP is allocated here' },
      { function: 'IoBuildDeviceIoControlRequest', place: { result: true }, owned: false, message: 'the IRP is built here' },
      { function: 'IoBuildSynchronousFsdRequest', place: { result: true }, owned: false, message: 'the IRP is built here' },
      { function: 'IoBuildAsynchronousFsdRequest', place: { result: true }, owned: false, message: 'the IRP is built here' },
    ],
    ends: [{ function: 'IoFreeIrp', arg: 'Irp', through: 'value', message: 'the IRP is freed here' }],
  },
  {
    name: 'socket',
    noun: 'socket',
    wrapperKeys: { creates: 'createsSocket', ends: 'closesSocket' },
    verbs: { creates: 'leaves a socket in', ends: 'closes the socket' },
    births: [
      { function: 'WskSocket', place: { irpInformation: true }, owned: true, message: 'the socket is created here', socket: { category: { fromFlags: 'Flags' }, dispatch: 'Dispatch' } },
      { function: 'WskSocketConnect', place: { irpInformation: true }, owned: true, message: 'the socket is created bound here', socket: { category: 'connection', dispatch: 'Dispatch' } },
      { function: 'WskAccept', place: { irpInformation: true }, owned: true, message: 'the socket is accepted here and inherits the listening socket\'s binding', socket: { category: 'connection', dispatch: 'AcceptSocketDispatch' } },
    ],
    ends: [{ function: 'WskCloseSocket', arg: 'Socket', through: 'value', message: 'the socket is closed here' }],
    usedThrough: 'Dispatch',
  },
  {
    name: 'capture',
    noun: 'captured provider NPI',
    wrapperKeys: { creates: 'capturesNpi', ends: 'releasesNpi' },
    verbs: { creates: 'captures the provider NPI', ends: 'releases the provider NPI' },
    births: [{ function: 'WskCaptureProviderNPI', place: { arg: 'WskProviderNpi', through: 'pointee' }, of: { arg: 'WskRegistration', through: 'pointee' }, owned: true, message: 'the provider NPI is captured here' }],
    ends: [{ function: 'WskReleaseProviderNPI', arg: 'WskRegistration', through: 'pointee', owner: true, message: 'the provider NPI is released here' }],
  },
  {
    name: 'registration',
    noun: 'WSK registration',
    endsThroughAliases: true,
    wrapperKeys: { creates: 'registers', ends: 'deregisters' },
    verbs: { creates: 'registers the client', ends: 'deregisters the client' },
    births: [{ function: 'WskRegister', place: { arg: 'WskRegistration', through: 'pointee' }, owned: true, message: 'the client registers here' }],
    ends: [{ function: 'WskDeregister', arg: 'WskRegistration', through: 'pointee', message: 'the client deregisters here' }],
  },
  {
    name: 'addressInfo',
    noun: 'address information list',
    wrapperKeys: { ends: 'freesAddressInfo' },
    verbs: { creates: 'leaves an address list in', ends: 'frees the address list' },
    births: [{ function: 'WskGetAddressInfo', place: { arg: 'Result', through: 'pointee' }, owned: true, message: 'the address list is returned here' }],
    ends: [{ function: 'WskFreeAddressInfo', arg: 'AddrInfo', through: 'value', message: 'the address list is freed here' }],
  },
];

/** The objects a call creates (for control calls, those of its operation). */
export function birthsOf(functionName: string, effect: Operation['effect'] | undefined): readonly (Birth & { readonly kind: ObjectKindName })[] {
  // Asked for every call by several rules: the table is read once per function and effect.
  const key = `${functionName}\0${effect ?? ''}`;
  let births = BIRTHS_BY_CALL.get(key);
  if (!births) {
    births = OBJECT_KINDS.flatMap((kind) => kind.births.filter((b) => b.function === functionName && b.effect === effect).map((b) => ({ ...b, kind: kind.name })));
    BIRTHS_BY_CALL.set(key, births);
  }
  return births;
}

const BIRTHS_BY_CALL = new Map<string, readonly (Birth & { readonly kind: ObjectKindName })[]>();

/** The objects a call ends. */
export function endsOf(functionName: string, effect: Operation['effect'] | undefined): readonly (End & { readonly kind: ObjectKindName })[] {
  return OBJECT_KINDS.flatMap((kind) => kind.ends.filter((e) => e.function === functionName && e.effect === effect).map((e) => ({ ...e, kind: kind.name })));
}

/** How the socket a call creates gets its category and client table (see Birth.socket); none when it creates none. */
export function socketBirthOf(functionName: string): NonNullable<Birth['socket']> | undefined {
  return birthsOf(functionName, undefined).find((birth) => birth.socket)?.socket;
}

export function objectKind(name: ObjectKindName): ObjectKind {
  return OBJECT_KINDS.find((kind) => kind.name === name) as ObjectKind;
}

const kernelByName = new Map(KERNEL_FUNCTIONS.map((fn) => [fn.name, fn]));

/** A kernel routine of the object table by name. */
export function kernelFunction(name: string): WskFunction | undefined {
  return kernelByName.get(name);
}

/** Whether a WSK function's Irp must not be NULL (every one that takes an IRP, but the control calls and name resolution). */
export function irpRequired(fn: WskFunction): boolean {
  return paramWithRole(fn, 'irp') !== undefined && fn.irpOptional === undefined;
}

/** The parameters of a completion-routine setter whose constant FALSE leaves the routine out of some completions. */
export const INVOKE_FLAGS: readonly string[] = ['InvokeOnSuccess', 'InvokeOnError', 'InvokeOnCancel'];

/**
 * What a completion routine set on an IRP the driver owns must return: stop the I/O manager's completion
 * (STATUS_MORE_PROCESSING_REQUIRED, or StopCompletion of IO_COMPLETION_ROUTINE_RESULT), and the values
 * that let it go on (STATUS_CONTINUE_COMPLETION is STATUS_SUCCESS).
 */
export const COMPLETION_RESULTS = {
  stop: ['STATUS_MORE_PROCESSING_REQUIRED', 'StopCompletion'],
  proceed: ['ContinueCompletion', 'STATUS_CONTINUE_COMPLETION'],
} as const;

/** The dispatch table through which a listening client registers its accept-event callback. */
export const LISTEN_DISPATCH_TYPE = 'WSK_CLIENT_LISTEN_DISPATCH';

/** The client's dispatch given to WskRegister: its initializer's Version and Reserved are checked where it is declared (WSK019). */
export const CLIENT_DISPATCH_TYPE = 'WSK_CLIENT_DISPATCH';

/** The accept-event callback a client registers in WSK_CLIENT_LISTEN_DISPATCH (first member). */
export const ACCEPT_EVENT_CALLBACK: WskFunction = {
  name: 'WskAcceptEvent',
  params: params('SocketContext Flags LocalAddress RemoteAddress AcceptSocket:socket AcceptSocketContext AcceptSocketDispatch'),
  summary: 'Callback through which WSK hands a listening client an accepted, already-bound socket.',
};

const functionsByName = new Map(WSK_FUNCTIONS.map((fn) => [fn.name, fn]));

export function wskFunction(name: string): WskFunction | undefined {
  return functionsByName.get(name);
}

/**
 * The WDK's function-pointer type of a WSK function (`PFN_WSK_BIND` for WskBind): a callee declared
 * with it is that function whatever its name (`PFN_WSK_BIND BindFn = Dispatch->WskBind; BindFn(…)`).
 */
export function pointerTypeOf(fn: WskFunction): string {
  return `PFN_WSK_${fn.name.replace(/^Wsk/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
}

const functionsByPointerType = new Map(WSK_FUNCTIONS.map((fn) => [pointerTypeOf(fn), fn]));

/** The WSK function whose function-pointer type this is. */
export function wskFunctionOfPointerType(typeName: string): WskFunction | undefined {
  return functionsByPointerType.get(typeName);
}

/** Matches the name of any WSK function-pointer type. */
export const POINTER_TYPE_PATTERN = /\bPFN_WSK_[A-Z_]+\b/;

export function paramIndex(fn: WskFunction, name: string): number {
  return fn.params.findIndex((param) => param.name === name);
}

export function paramWithRole(fn: WskFunction, role: ParamRole): string | undefined {
  return fn.params.find((param) => param.role === role)?.name;
}

// ---------------------------------------------------------------------------------------------------
// Argument contracts

/**
 * What one argument must be.
 * - `pointerSize`: a size equal to sizeof(PSECURITY_DESCRIPTOR);
 * - `zero`: the integer 0;
 * - `descriptorAddress`: the address of a PSECURITY_DESCRIPTOR variable (`&sd`);
 * - `null`: NULL;
 * - `notNull`: anything but NULL (the IRP of a socket option).
 */
export type Expectation = 'pointerSize' | 'zero' | 'descriptorAddress' | 'null' | 'notNull';

/** Which rule family an argument belongs to; the rules pick their arguments by this. */
export type ArgumentKind = 'size' | 'buffer' | 'irp';

export interface ArgumentContract {
  readonly param: string;
  readonly kind: ArgumentKind;
  readonly expect: Expectation;
  /** Why the argument must be so, for messages and hover. */
  readonly because: string;
}

export interface Contract {
  /** `SO_WSK_SECURITY set`, `WSK_CACHE_SD`: how messages name the operation. */
  readonly operation: string;
  readonly args: readonly ArgumentContract[];
}

export interface Operation {
  /** `socketOption`: SO_WSK_SECURITY through WskControlSocket; `clientControl`: WskControlClient codes. */
  readonly family: 'socketOption' | 'clientControl';
  readonly function: string;
  readonly controlCode: string;
  /** For socket options: the request type this contract applies to. */
  readonly requestType?: string;
  /** For socket options: the level the option lives at. */
  readonly level?: string;
  readonly contract: Contract;
  /** What the operation does to descriptors, for path rules. */
  readonly effect: 'applyDescriptor' | 'readDescriptor' | 'cacheDescriptor' | 'releaseDescriptor';
}

const SD_POINTER = 'sizeof(PSECURITY_DESCRIPTOR)';

function contract(operation: string, args: ArgumentContract[]): Contract {
  return { operation, args };
}

export const OPERATIONS: readonly Operation[] = [
  {
    family: 'socketOption',
    function: 'WskControlSocket',
    controlCode: 'SO_WSK_SECURITY',
    requestType: 'WskSetOption',
    level: 'SOL_SOCKET',
    effect: 'applyDescriptor',
    contract: contract('SO_WSK_SECURITY set', [
      { param: 'InputSize', kind: 'size', expect: 'pointerSize', because: 'the input is a pointer to the cached descriptor' },
      { param: 'InputBuffer', kind: 'buffer', expect: 'descriptorAddress', because: 'the input is the address of the variable holding the cached descriptor' },
      { param: 'OutputSize', kind: 'size', expect: 'zero', because: 'a set has no output' },
      { param: 'OutputBuffer', kind: 'buffer', expect: 'null', because: 'a set has no output' },
      { param: 'OutputSizeReturned', kind: 'buffer', expect: 'null', because: 'a set has no output' },
      { param: 'Irp', kind: 'irp', expect: 'notNull', because: 'SO_WSK_SECURITY completes through an IRP' },
    ]),
  },
  {
    family: 'socketOption',
    function: 'WskControlSocket',
    controlCode: 'SO_WSK_SECURITY',
    requestType: 'WskGetOption',
    level: 'SOL_SOCKET',
    effect: 'readDescriptor',
    contract: contract('SO_WSK_SECURITY get', [
      { param: 'InputSize', kind: 'size', expect: 'zero', because: 'a get has no input' },
      { param: 'InputBuffer', kind: 'buffer', expect: 'null', because: 'a get has no input' },
      { param: 'OutputSize', kind: 'size', expect: 'pointerSize', because: 'the output is a pointer to a cached descriptor' },
      { param: 'OutputBuffer', kind: 'buffer', expect: 'descriptorAddress', because: 'the output is the address of a PSECURITY_DESCRIPTOR variable that receives a cached copy' },
      { param: 'OutputSizeReturned', kind: 'buffer', expect: 'null', because: 'the output size is fixed' },
      { param: 'Irp', kind: 'irp', expect: 'notNull', because: 'SO_WSK_SECURITY completes through an IRP' },
    ]),
  },
  {
    family: 'clientControl',
    function: 'WskControlClient',
    controlCode: 'WSK_CACHE_SD',
    effect: 'cacheDescriptor',
    contract: contract('WSK_CACHE_SD', [
      { param: 'InputSize', kind: 'size', expect: 'pointerSize', because: 'the input is a pointer to the descriptor to cache' },
      { param: 'InputBuffer', kind: 'buffer', expect: 'descriptorAddress', because: 'the input is the address of the variable holding the descriptor to cache' },
      { param: 'OutputSize', kind: 'size', expect: 'pointerSize', because: 'the output is a pointer to the cached copy' },
      { param: 'OutputBuffer', kind: 'buffer', expect: 'descriptorAddress', because: 'the output is the address of a PSECURITY_DESCRIPTOR variable that receives the cached copy' },
      { param: 'OutputSizeReturned', kind: 'buffer', expect: 'null', because: 'the output size is fixed' },
      { param: 'Irp', kind: 'irp', expect: 'null', because: 'WSK_CACHE_SD completes synchronously and takes no IRP' },
    ]),
  },
  {
    family: 'clientControl',
    function: 'WskControlClient',
    controlCode: 'WSK_RELEASE_SD',
    effect: 'releaseDescriptor',
    contract: contract('WSK_RELEASE_SD', [
      { param: 'InputSize', kind: 'size', expect: 'pointerSize', because: 'the input is a pointer to the cached descriptor' },
      { param: 'InputBuffer', kind: 'buffer', expect: 'descriptorAddress', because: 'the input is the address of the variable holding the cached copy' },
      { param: 'OutputSize', kind: 'size', expect: 'zero', because: 'a release has no output' },
      { param: 'OutputBuffer', kind: 'buffer', expect: 'null', because: 'a release has no output' },
      { param: 'OutputSizeReturned', kind: 'buffer', expect: 'null', because: 'a release has no output' },
      { param: 'Irp', kind: 'irp', expect: 'null', because: 'WSK_RELEASE_SD completes synchronously and takes no IRP' },
    ]),
  },
];

/** How the expected value of an argument is written in C (for messages and fixes). */
export function expectedText(expect: Expectation): string | undefined {
  switch (expect) {
    case 'pointerSize': return SD_POINTER;
    case 'zero': return '0';
    case 'null': return 'NULL';
    case 'descriptorAddress': return '&sd';
    case 'notNull': return undefined;
  }
}

export function operationsOf(functionName: string): Operation[] {
  return OPERATIONS.filter((op) => op.function === functionName);
}

/** The operations a control code takes part in (any request type). */
export function operationsForControlCode(functionName: string, controlCode: string): Operation[] {
  return OPERATIONS.filter((op) => op.function === functionName && op.controlCode === controlCode);
}

// ---------------------------------------------------------------------------------------------------
// Constants

export interface ConstantSpec {
  readonly name: string;
  readonly kind: 'controlCode' | 'requestType' | 'level' | 'type';
  readonly value?: number;
  readonly summary: string;
}

export const REQUEST_TYPES: readonly ConstantSpec[] = [
  { name: 'WskSetOption', kind: 'requestType', value: 0, summary: 'WSK_CONTROL_SOCKET_TYPE: set a socket option.' },
  { name: 'WskGetOption', kind: 'requestType', value: 1, summary: 'WSK_CONTROL_SOCKET_TYPE: get a socket option.' },
  { name: 'WskIoctl', kind: 'requestType', value: 2, summary: 'WSK_CONTROL_SOCKET_TYPE: issue a socket IOCTL.' },
];

/** The request types under which SO_WSK_SECURITY means something. */
export const OPTION_REQUEST_TYPES = ['WskSetOption', 'WskGetOption'] as const;

export const CONTROL_CODES: readonly ConstantSpec[] = [
  { name: 'SO_WSK_SECURITY', kind: 'controlCode', summary: 'Socket option that applies (WskSetOption) or reads back (WskGetOption) the security descriptor that governs address sharing when the socket is bound.' },
  { name: 'WSK_CACHE_SD', kind: 'controlCode', summary: 'WskControlClient code that caches a security descriptor and returns the cached copy to pass to SO_WSK_SECURITY, WskSocket or WskSocketConnect.' },
  { name: 'WSK_RELEASE_SD', kind: 'controlCode', summary: 'WskControlClient code that releases a cached security descriptor copy obtained from WSK_CACHE_SD or an SO_WSK_SECURITY get.' },
];

export const SOCKET_LEVEL: ConstantSpec = {
  name: 'SOL_SOCKET', kind: 'level', value: 0xffff,
  summary: 'Socket-level options (0xffff). SO_WSK_SECURITY lives at this level.',
};

/** Level constants of the WDK that are not SOL_SOCKET. */
export const OTHER_LEVEL_PATTERN = /^IPPROTO_[A-Z0-9_]+$/;

export const DESCRIPTOR_TYPES = {
  /** Types that are the pointer to a security descriptor. */
  pointer: ['PSECURITY_DESCRIPTOR', 'PISECURITY_DESCRIPTOR', 'PSECURITY_DESCRIPTOR_RELATIVE', 'PISECURITY_DESCRIPTOR_RELATIVE'],
  /** Types that are a security descriptor object. */
  object: ['SECURITY_DESCRIPTOR', 'ISECURITY_DESCRIPTOR', 'SECURITY_DESCRIPTOR_RELATIVE', 'ISECURITY_DESCRIPTOR_RELATIVE', '_SECURITY_DESCRIPTOR', '_SECURITY_DESCRIPTOR_RELATIVE'],
} as const;

/** Names the analysis must see as written: never expanded as macros even where a header defines them. */
export function isWskName(name: string): boolean {
  return functionsByName.has(name)
    || name === ACCEPT_EVENT_CALLBACK.name
    || CONTROL_CODES.some((c) => c.name === name)
    || CONTROL_ROW_CODES.includes(name)
    || REQUEST_TYPES.some((c) => c.name === name)
    || name === SOCKET_LEVEL.name;
}

export const WSK_NAMES: readonly string[] = [
  ...WSK_FUNCTIONS.map((fn) => fn.name),
  ...CONTROL_CODES.map((c) => c.name),
  ...CONTROL_ROW_CODES,
  ...REQUEST_TYPES.map((c) => c.name),
  SOCKET_LEVEL.name,
];
