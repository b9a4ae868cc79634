import type { Node } from '../parse/treeSitter';
import type { Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { ClientTable, EventCallbacks, SlotValue } from '../analysis/eventCallbacks';
import type { FunctionPaths } from '../analysis/paths';
import { parameterDeclarations } from '../analysis/declarations';
import { paramWithRole, socketBirthOf } from '../wsk/api';
import { stripCasts, unparenthesize } from '../analysis/syntax';
import { variableNamed } from '../analysis/copies';
import { createdSocketCategory, flagValue, socketCategoryOf } from '../analysis/flags';
import { WHOLE, addressedDefinitions, constantOf } from '../analysis/fieldValues';
import { FLAG_CONSTANTS } from '../wsk/controls';
import type { Value } from '../analysis/values';
import { argumentValue } from '../analysis/forwarding';
import { BASIC_PROVIDER_FUNCTIONS, CONDITIONAL_ACCEPT_OPTION, EVENT_CALLBACKS, EVENT_CALLBACK_CONTROL_MEMBERS, EVENT_CALLBACK_OPTION, EVENT_DISABLE, EVENT_MASKS, PROVIDER_TABLES, STREAM_MEMBERS, clientTableOf, clientTableType } from '../wsk/events';
import type { EventSlot, SocketCategory } from '../wsk/events';
import { message } from './render';
import { wskCallIds } from './path-support';

const SOCKET_ARGUMENTS = `Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP`;

const CREATE = (flags: string, table: string) => `const WSK_CLIENT_LISTEN_DISPATCH g_ListenDispatch = { OnAccept, NULL, NULL };
const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionDispatch = { OnReceive, OnDisconnect, NULL };

NTSTATUS
CreateListener(PWSK_PROVIDER_NPI Npi, PLISTENER Listener, PIRP Irp)
{
    IoSetCompletionRoutine(Irp, ListenerCreated, Listener, TRUE, TRUE, TRUE);
    return Npi->Dispatch->WskSocket(${SOCKET_ARGUMENTS}, ${flags},
                                    Listener, ${table}, NULL, NULL, NULL, Irp);
}
`;

export const rule: Rule = {
  meta: { id: 'WSK024', name: 'dispatch-category-mismatch', severity: 'error', fix: 'none' },
  docs: {
    summary: 'A socket gets a client dispatch table or a provider table cast of another category than its own, enables an event its client table has no callback for, or turns on conditional accept without inspect and abort callbacks.',
    why: [
      'Each socket category has its own client table (listen, datagram, connection, stream) and its own provider',
      'table, and their slots differ: the first slot of a listen table is the accept event, of a connection table the',
      'receive event; slot 3 of the provider connection table is WskConnect, of the datagram table WskSendTo. A',
      'WskSocket given a table of another category than its Flags, or a socket\'s Dispatch cast to another category\'s',
      'provider table, makes WSK or the driver call the wrong function with the wrong arguments — a crash at the first',
      'event or call. Enabling an event (SO_WSK_EVENT_CALLBACK) on a socket whose client table is NULL, or whose slot for',
      'that event is NULL, makes WSK call through a NULL pointer at DISPATCH_LEVEL; so does SO_CONDITIONAL_ACCEPT on a',
      'listener whose table has no WskInspectEvent or WskAbortEvent.',
      '\n\nHow far it sees: the category is read from a constant Flags (a category chosen in a variable is unknown); a',
      'table is known when it is a table variable whose slots the analysis sees set (its initializer, then its slot',
      'assignments; a table handed to a helper is unknown); the socket is followed from its WskSocket, WskSocketConnect',
      'or WskAccept along the paths of the function, also when a helper makes it on the caller\'s IRP and returns that',
      'call\'s status (its category and client table come with it); a helper given the socket',
      '(and the control structure) that casts its Dispatch or enables events on it is judged at each call, with the',
      'caller\'s socket. A cast to WSK_PROVIDER_BASIC_DISPATCH, the prefix of every provider',
      'table, is always right, and so is any cast used to call WskControlSocket or WskCloseSocket (every provider',
      'table starts with them). On a listening socket only WSK_EVENT_ACCEPT is checked (the other events it enables are',
      'for the sockets it accepts); on a stream socket the slot is looked up in the listen or connection table it names.',
    ].join(' '),
    invalid: CREATE('WSK_FLAG_LISTEN_SOCKET', '&g_ConnectionDispatch'),
    valid: CREATE('WSK_FLAG_LISTEN_SOCKET', '&g_ListenDispatch'),
  },
  onCall(call, context) {
    // Through a wrapper, on what the caller passes on (`arg` gives only that).
    // A creation whose Flags give the socket's category (the API table's mark on its birth: WskSocket).
    const birth = socketBirthOf(call.api.name);
    if (birth && typeof birth.category !== 'string') checkCreation(call, call.arg(birth.category.fromFlags), call.arg(birth.dispatch), context);
    if (call.api.name === 'WskControlSocket') checkEnabling(call, context);
    if (call.via) checkWrapperCast(call, context);
  },
  onFunction(info, context) {
    const casts = providerCasts(info.definition);
    if (casts.length === 0) return;
    const acceptSocket = acceptSocketOf(info.definition, context);
    const paths = info.calls.length > 0 ? context.paths(info.definition) : undefined;
    const callAt = directCallsByFunction(info.calls);
    for (const { cast, table, socket } of casts) {
      if (table.category === 'basic') continue;
      const call = callThrough(cast, callAt);
      const known = call ? socketCategory(socket, call, paths, context, acceptSocket) : undefined;
      if (!known || known.category === table.category) continue;
      context.report({
        target: cast,
        message: message(
          [`${context.text(socket)}->Dispatch is cast to ${table.type}, but the socket is a ${known.category} socket.`, `Its provider table is ${providerTableOf(known.category)}: the slots of the two tables differ, so the call goes to the wrong function. Cast to ${providerTableOf(known.category)} (or to WSK_PROVIDER_BASIC_DISPATCH for WskControlSocket and WskCloseSocket).`],
          [`A socket's Dispatch is cast to another category's provider table.`, `${context.text(socket)} is a ${known.category} socket (${known.why}); its table is ${providerTableOf(known.category)}, not ${table.type}: the slots differ.`],
        ),
        related: known.note ? [{ target: known.note, message: `the ${known.category} socket is created here` }] : [],
      });
    }
  },
};

// -------------------------------------------------------------------------------------------------
// WskSocket: the table against the Flags

function checkCreation(call: WskCall, flags: Node | undefined, dispatch: Node | undefined, context: RuleContext): void {
  const category = flags ? socketCategoryOf(flags, context.values) : undefined;
  if (!category || !dispatch) return;
  const table = tableAt(dispatch, call, context);
  if (!table || table.type.category === category) return;
  const expected = clientTableOf(category);
  context.report({
    target: dispatch,
    message: message(
      [`A ${category} socket gets the ${table.type.type} ${table.name}.`, category === 'basic'
        ? 'A basic socket has no event callbacks: pass NULL as its Dispatch (and SocketContext).'
        : `WskSocket with ${context.text(flags as Node)} reads its Dispatch as a ${expected}: the slots differ, so WSK would call the wrong callback. Pass a ${expected}.`],
      ['WskSocket gets a client table of another category than its Flags.', `${table.name} is a ${table.type.type}; a ${category} socket needs ${expected ?? 'NULL'}.`],
    ),
    related: [{ target: table.node, message: `${table.name} is declared here`, ...(table.file !== context.file ? { file: table.file } : {}) }],
  });
}


/** The client table an argument is the address of (`&g_Listen`, `(PVOID)&g_Listen`), when it is a known table variable. */
function tableAt(argument: Node, call: WskCall, context: RuleContext): ClientTable | undefined {
  const value = context.values.evaluate(argument);
  if (value.kind !== 'address' || value.of.type !== 'identifier') return undefined;
  return context.eventCallbacks().tableNamed(value.of.text, context.file, call.inFunction ?? undefined);
}

// -------------------------------------------------------------------------------------------------
// Casts of a socket's Dispatch to a provider table

interface ProviderCast {
  readonly cast: Node;
  readonly table: (typeof PROVIDER_TABLES)[number];
  /** The socket expression whose Dispatch is cast. */
  readonly socket: Node;
}

/** `(PWSK_PROVIDER_LISTEN_DISPATCH)S->Dispatch`, `(const WSK_PROVIDER_LISTEN_DISPATCH *)S->Dispatch`. */
function providerCasts(definition: Node): ProviderCast[] {
  return definition.text.includes('WSK_PROVIDER_') ? providerCastsIn(definition) : [];
}

function providerCastsIn(node: Node): ProviderCast[] {
  const result: ProviderCast[] = [];
  for (const cast of [...(node.type === 'cast_expression' ? [node] : []), ...node.descendantsOfType('cast_expression')]) {
    if (!cast) continue;
    const typeText = cast.childForFieldName('type')?.text.replace(/\s+/g, ' ') ?? '';
    const name = /^(?:const |CONST )?P?(WSK_PROVIDER_[A-Z]+_DISPATCH)(?: \*)?$/.exec(typeText.replace(/\s*\*\s*$/, ' *').trim())?.[1];
    const table = name ? PROVIDER_TABLES.find((t) => t.type === name) : undefined;
    const value = cast.childForFieldName('value');
    const field = value ? unparenthesize(value) : undefined;
    if (!table || field?.type !== 'field_expression' || field.childForFieldName('field')?.text !== 'Dispatch' || field.childForFieldName('operator')?.type !== '->') continue;
    const socket = field.childForFieldName('argument');
    if (socket) result.push({ cast, table, socket });
  }
  return result;
}

interface KnownCategory {
  readonly category: SocketCategory;
  readonly why: string;
  readonly note?: Node;
}

/**
 * The category of the socket a cast reads, on some path: a socket born in this function from WskSocket
 * with a constant Flags (connection from WskSocketConnect or WskAccept), or the AcceptSocket of an
 * accept callback. Read where the cast is the table of a WSK call (the states before that call).
 */
function socketCategory(socket: Node, call: WskCall, paths: FunctionPaths | undefined, context: RuleContext, acceptSocket: string | undefined): KnownCategory | undefined {
  const core = unparenthesize(socket);
  if (!paths || paths.budgetExceeded) return undefined;
  // WskControlSocket and WskCloseSocket sit at the start of every provider table: any cast reaches them.
  if (BASIC_PROVIDER_FUNCTIONS.includes(call.api.name)) return undefined;
  // A birth this function's paths name is one of its calls (at that offset, inside it); the file's others are not read.
  const own = call.inFunction ? context.callsIn(call.inFunction) : context.calls;
  const inside = (at: number) => call.inFunction !== null && at >= call.inFunction.startIndex && at < call.inFunction.endIndex;
  const birthAt = (at: number) => (inside(at) ? own : context.calls).find((c) => c.node.startIndex === at);
  if (acceptSocket && core.type === 'identifier' && variableNamed(core) === acceptSocket) return { category: 'connection', why: 'the socket an accept callback is handed' };
  for (const state of paths.statesBefore(call.node)) {
    const value = paths.valueOf(state, socket);
    const match = /^s:(\d+)$/.exec(value);
    const birth = match ? birthAt(Number(match[1])) : undefined;
    const mark = birth ? socketBirthOf(birth.api.name) : undefined;
    const category = birth ? createdSocketCategory(birth.api.name, (param) => birth.arg(param), context.values) : undefined;
    if (birth && mark && category) {
      const flags = typeof mark.category === 'string' ? undefined : birth.arg(mark.category.fromFlags);
      return { category, why: flags ? `created by ${birth.api.name} with ${context.text(flags)}` : `created by ${birth.api.name}`, note: birth.callee };
    }
    // A socket a helper created (a wrapper's Flags are its own): its summary says what the creation inside gave it.
    const made = match ? state.factsOf(value).socketBirth?.category : undefined;
    const note = made ? state.object(value, 'socket')?.note.node : undefined;
    if (made && note) return { category: made, why: `created by ${note.text}`, note };
  }
  return undefined;
}

/**
 * A wrapper whose WSK call casts the Dispatch of the socket the caller passes on (`Bind(socket, …)`
 * around `((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, …)`): the cast is
 * judged against the caller's socket, at the argument.
 */
function checkWrapperCast(call: WskCall, context: RuleContext): void {
  const via = call.via;
  const param = paramWithRole(call.api, 'socket');
  const socket = param ? call.arg(param) : undefined;
  const innerSocket = param ? via?.inner.arg(param) : undefined;
  const fn = via?.inner.node.childForFieldName('function');
  if (!via || !socket || !innerSocket || !fn || !call.inFunction) return;
  // The same variable, or copies of one (`mm = Socket`: copies.ts).
  const named = (node: Node) => {
    const core = stripCasts(node);
    return core.type === 'identifier' ? variableNamed(core) : core.text;
  };
  const cast = providerCastsIn(fn).find((c) => named(c.socket) === named(innerSocket));
  if (!cast || cast.table.category === 'basic') return;
  const known = socketCategory(socket, call, context.paths(call.inFunction), context, acceptSocketOf(call.inFunction, context));
  if (!known || known.category === cast.table.category) return;
  context.report({
    target: socket,
    message: message(
      [`${via.wrapper} casts the Dispatch of ${context.text(socket)} to ${cast.table.type}, but it is a ${known.category} socket.`, `Its provider table is ${providerTableOf(known.category)}: the slots of the two tables differ, so the call goes to the wrong function.`],
      [`${via.wrapper} casts the Dispatch of a ${known.category} socket to ${cast.table.type}.`, `${context.text(socket)} is a ${known.category} socket (${known.why}); its provider table is ${providerTableOf(known.category)}: the slots of the two tables differ, so the call goes to the wrong function.`],
      [`A wrapper casts a socket's Dispatch to another category's provider table.`, `${context.text(socket)} is a ${known.category} socket (${known.why}); ${via.wrapper} casts its Dispatch to ${cast.table.type}: the slots differ.`],
    ),
    related: [{ target: cast.cast, message: `${via.wrapper} casts it here`, file: via.file }, ...(known.note ? [{ target: known.note, message: `the ${known.category} socket is created here` }] : [])],
  });
}

/** In an accept callback that never assigns it, the name of its AcceptSocket parameter. */
function acceptSocketOf(definition: Node, context: RuleContext): string | undefined {
  const role = context.eventCallbacks().roleOfDefinition(definition, context.file);
  if (role?.slot !== 'WskAcceptEvent') return undefined;
  const params = parameterDeclarations(definition, context.file);
  const id = params[role.spec.params.indexOf('AcceptSocket')]?.name;
  if (!id || params.length !== role.spec.params.length) return undefined;
  const assigned = definition.descendantsOfType('assignment_expression').some((a) => a && unparenthesize(a.childForFieldName('left') ?? a).text === id);
  return assigned ? undefined : id;
}

// -------------------------------------------------------------------------------------------------
// SO_WSK_EVENT_CALLBACK and SO_CONDITIONAL_ACCEPT against the socket's client table

function checkEnabling(call: WskCall, context: RuleContext): void {
  // The code and request type may be a wrapper's own; the socket and its input are the caller's.
  const code = argumentValue(call, 'ControlCode', context.values);
  const request = argumentValue(call, 'RequestType', context.values);
  const input = call.arg('InputBuffer');
  const socket = call.arg('Socket');
  if (!code || !input || !socket || !call.inFunction) return;
  const option = optionOf(code);
  if (!option || (request && !isSetOption(request))) return;
  const paths = context.paths(call.inFunction);
  if (!paths || paths.budgetExceeded) return;
  const created = createdSocket(call, socket, paths, context);
  if (!created) return;
  const events = context.eventCallbacks();
  if (option === 'conditional') {
    const value = heldConstant(input, call, undefined, context);
    if (value === undefined || value === 0 || (created.category !== 'listen' && created.category !== 'stream')) return;
    const table = listenTable(created, events);
    if (!table) return;
    const missing = (['WskInspectEvent', 'WskAbortEvent'] as const).filter((slot) => events.slotOf(table, slot).kind === 'null');
    if (missing.length === 0) return;
    context.report({
      target: input,
      message: message(
        [`Conditional accept is turned on, but ${table.name} has no ${missing.join(' and no ')}.`, 'SO_CONDITIONAL_ACCEPT makes WSK call the listening socket\'s WskInspectEvent and WskAbortEvent: with a NULL slot it calls through a NULL pointer. Give the table both callbacks, or leave conditional accept off.'],
        ['Conditional accept is turned on for a listener without inspect and abort callbacks.', `${table.name} has no ${missing.join(' and no ')}: WSK would call through a NULL pointer.`],
      ),
      related: [{ target: table.node, message: `${table.name} is declared here`, ...(table.file !== context.file ? { file: table.file } : {}) }, { target: created.note, message: 'the socket is created here' }],
    });
    return;
  }
  const mask = heldConstant(input, call, EVENT_CALLBACK_CONTROL_MEMBERS, context);
  if (mask === undefined || (mask & EVENT_DISABLE.value) !== 0) return;
  for (const event of EVENT_MASKS) {
    if ((mask & event.value) === 0) continue;
    const spec = EVENT_CALLBACKS.find((candidate) => candidate.event === event.name);
    if (!spec) continue;
    const missing = missingCallback(created, spec.slot, events);
    if (!missing) continue;
    context.report({
      target: input,
      message: message(
        [`${event.name} is enabled, but ${missing.what}.`, `WSK calls the ${spec.slot} callback through the socket's client table when the event happens: with ${missing.short} it calls through a NULL pointer at DISPATCH_LEVEL. Give the socket a table with a ${spec.slot} callback, or do not enable the event.`],
        [`An event is enabled that the socket's client table has no callback for.`, `${event.name}: ${missing.what}; WSK would call through a NULL pointer.`],
      ),
      related: [...(missing.table ? [{ target: missing.table.node, message: `${missing.table.name} is declared here`, ...(missing.table.file !== context.file ? { file: missing.table.file } : {}) }] : []), { target: created.note, message: 'the socket is created here' }],
    });
    return;
  }
}

/**
 * The constant the local whose address `input` is holds at the call on every path (`ULONG on = TRUE`),
 * or its EventMask when `members` are the control structure's.
 */
function heldConstant(input: Node, call: WskCall, members: readonly string[] | undefined, context: RuleContext): number | undefined {
  if (!call.inFunction) return undefined;
  const readOnly = wskCallIds(context);
  const held = addressedDefinitions(input, call.node, call.inFunction, members, context.values, readOnly);
  return constantOf(held?.fields.get(members ? 'EventMask' : WHOLE), (node) => flagValue(node, context.values, FLAG_CONSTANTS)?.value);
}

interface CreatedSocket {
  readonly category: SocketCategory;
  /** The Dispatch argument of its creation: a table, NULL, or unknown. */
  readonly dispatch: { readonly kind: 'null' } | { readonly kind: 'table'; readonly table: ClientTable } | { readonly kind: 'unknown' };
  readonly note: Node;
}

/** The socket of a call when every path shows it created in this function, with one category and one table. */
function createdSocket(call: WskCall, socket: Node, paths: FunctionPaths, context: RuleContext): CreatedSocket | undefined {
  let found: CreatedSocket | undefined;
  for (const state of paths.statesBefore(call.node)) {
    const match = /^s:(\d+)$/.exec(paths.valueOf(state, socket));
    const creation = match ? context.calls.find((c) => c.node.startIndex === Number(match[1])) : undefined;
    // A wrapper's creation whose Flags are its own is a helper's: what its summary says.
    const birth = creation && createdSocketCategory(creation.api.name, (param) => creation.arg(param), context.values) ? creation : undefined;
    if (!birth) {
      // A socket a helper created: its category, and its client table when that is NULL.
      const made = match ? state.factsOf(paths.valueOf(state, socket)).socketBirth : undefined;
      const note = made?.category ? state.object(paths.valueOf(state, socket), 'socket')?.note.node : undefined;
      if (!made?.category || !note) return undefined;
      const table = made.table ? context.eventCallbacks().tableNamed(made.table.name, made.table.file ?? context.file) : undefined;
      const dispatch = made.nullDispatch ? { kind: 'null' as const } : table ? { kind: 'table' as const, table } : { kind: 'unknown' as const };
      const candidate = { category: made.category, dispatch, note };
      if (found && found.note.id !== candidate.note.id) return undefined;
      found = candidate;
      continue;
    }
    const mark = socketBirthOf(birth.api.name);
    const category = createdSocketCategory(birth.api.name, (param) => birth.arg(param), context.values);
    const dispatchArgument = mark ? birth.arg(mark.dispatch) : undefined;
    if (!category || !dispatchArgument) return undefined;
    const value = context.values.evaluate(dispatchArgument);
    const table = tableAt(dispatchArgument, birth, context);
    const dispatch = value.kind === 'integer' && value.value === 0 ? { kind: 'null' as const } : table ? { kind: 'table' as const, table } : { kind: 'unknown' as const };
    const candidate = { category, dispatch, note: birth.callee };
    if (found && (found.note.id !== candidate.note.id)) return undefined;
    found = candidate;
  }
  return found;
}

/** What is missing for an event's callback on a created socket, if anything provably is. */
function missingCallback(created: CreatedSocket, slot: EventSlot, events: EventCallbacks): { what: string; short: string; table?: ClientTable } | undefined {
  const listenSlot = slot === 'WskAcceptEvent';
  // A listening socket's other events are for the sockets it accepts.
  if (created.category === 'listen' && !listenSlot) return undefined;
  if (created.dispatch.kind === 'null') return { what: 'the socket was created with a NULL Dispatch', short: 'no client table' };
  if (created.dispatch.kind !== 'table') return undefined;
  let table: ClientTable | undefined = created.dispatch.table;
  if (table.type.category === 'stream') {
    const member = Object.entries(STREAM_MEMBERS).find(([, type]) => clientTableType(type)?.members.includes(slot))?.[0];
    const value = member ? events.slotOf(table, member) : undefined;
    table = value?.kind === 'table' ? events.tableNamed(value.name, table.file, table.inFunction) : undefined;
    if (!table) return undefined;
  }
  if (!table.type.members.includes(slot)) return undefined;
  const value: SlotValue = events.slotOf(table, slot);
  return value.kind === 'null' ? { what: `${table.name} has no ${slot}`, short: `its NULL ${slot} slot`, table } : undefined;
}

/** The listen table of a listening or stream socket, when known. */
function listenTable(created: CreatedSocket, events: EventCallbacks): ClientTable | undefined {
  if (created.dispatch.kind !== 'table') return undefined;
  const table = created.dispatch.table;
  if (table.type.category === 'listen') return table;
  if (table.type.category !== 'stream') return undefined;
  const value = events.slotOf(table, 'Listen');
  return value.kind === 'table' ? events.tableNamed(value.name, table.file, table.inFunction) : undefined;
}

function optionOf(value: Value): 'events' | 'conditional' | undefined {
  const is = (option: { name: string; value: number }) => (value.kind === 'constant' && value.name === option.name) || (value.kind === 'integer' && value.value === option.value);
  if (is(EVENT_CALLBACK_OPTION)) return 'events';
  if (is(CONDITIONAL_ACCEPT_OPTION)) return 'conditional';
  return undefined;
}

function isSetOption(value: Value): boolean {
  return !(value.kind === 'constant' && value.name !== 'WskSetOption') && !(value.kind === 'integer' && value.value !== 0);
}

function providerTableOf(category: SocketCategory): string {
  return PROVIDER_TABLES.find((table) => table.category === category)?.type ?? 'WSK_PROVIDER_BASIC_DISPATCH';
}

/** The function's direct WSK calls by the id of their `function` node (the call itself when it has none), each with its place in the list. */
function directCallsByFunction(calls: readonly WskCall[]): Map<number, { call: WskCall; index: number }> {
  const byFunction = new Map<number, { call: WskCall; index: number }>();
  calls.forEach((call, index) => {
    if (call.via) return;
    const fn = call.node.childForFieldName('function') ?? call.node;
    if (!byFunction.has(fn.id)) byFunction.set(fn.id, { call, index });
  });
  return byFunction;
}

/**
 * The direct WSK call made through a cast: the first in the function's list whose callee expression holds
 * the cast, its name after it. Found from the cast's ancestors (a search of the list per cast cost time in
 * the square of a long function's calls).
 */
function callThrough(cast: Node, callAt: ReadonlyMap<number, { call: WskCall; index: number }>): WskCall | undefined {
  let found: { call: WskCall; index: number } | undefined;
  for (let node: Node | null = cast; node; node = node.parent) {
    const candidate = callAt.get(node.id);
    if (candidate && candidate.call.callee.startIndex > cast.startIndex && (!found || candidate.index < found.index)) found = candidate;
  }
  return found?.call;
}
