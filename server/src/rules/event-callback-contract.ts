import type { Node } from '../parse/treeSitter';
import type { Rule, RuleContext } from '../analysis/rule';
import type { CallbackRole } from '../analysis/eventCallbacks';
import type { CallbackFlow } from '../analysis/callbackFlow';
import { followParameter } from '../analysis/callbackFlow';
import { cfgOf } from '../analysis/reach';
import { localNames, parameterDeclarations } from '../analysis/declarations';
import { functionName, isLoop } from '../analysis/syntax';
import { parseInteger } from '../analysis/values';
import { paramIndex, wskFunction } from '../wsk/api';
import { RETURN_VALUES } from '../wsk/events';
import type { EventCallbackSpec } from '../wsk/events';
import { message } from './render';

const RECEIVE_TABLE = `const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionDispatch = { OnReceive, OnDisconnect, NULL };
`;

const RELEASE = wskFunction('WskRelease');
/** Calls that neither keep nor read through what they are given. */
const NO_OPS = /^(?:UNREFERENCED_PARAMETER|NT_ASSERT|NT_ASSERTMSG|ASSERT|ASSERTMSG|DbgPrint|DbgPrintEx|KdPrint|KdPrintEx)$/;
/** The value a callback returns when the socket died, for the inserted test. */
const DEAD_SOCKET_RETURN: Readonly<Record<string, string>> = {
  WskAcceptEvent: 'STATUS_REQUEST_NOT_ACCEPTED',
  WskInspectEvent: 'WskInspectReject',
  WskReceiveEvent: 'STATUS_SUCCESS',
  WskReceiveFromEvent: 'STATUS_SUCCESS',
};

export const rule: Rule = {
  meta: { id: 'WSK023', name: 'event-callback-contract', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'An event callback dereferences an indication that may be NULL, returns a value its contract does not allow, keeps a data indication it cannot give back, or stores a pointer valid only during the call.',
    why: [
      'WSK calls a client\'s event callbacks at up to DISPATCH_LEVEL with a contract of its own. When a socket dies',
      '(its adapter goes away, the connection is reset), WSK calls the receive event with a NULL DataIndication, the',
      'accept event with a NULL AcceptSocket and the inspect event with a NULL InspectID: dereferencing one without a',
      'test is a NULL dereference at DISPATCH_LEVEL, a bugcheck on exactly the path tests never take. Each callback may',
      'return only the values its documentation lists (the abort, disconnect and send-backlog events only',
      'STATUS_SUCCESS); WSK does not expect anything else. A receive event that returns STATUS_PENDING keeps the',
      'indication list until it calls WskRelease on it: if the list is stored nowhere it can never be given back',
      '(the provider stops indicating and the memory is held for ever); if it was already given back with',
      'WskRelease, WSK and the driver both own it. The LocalAddress, RemoteAddress and InspectID pointers of the',
      'accept, inspect and abort events are valid only during the call: store a copy of what they point to, not',
      'the pointer.',
      '\n\nHow far it sees: a callback is known by where it is registered (a slot of a client dispatch table, in any',
      'file, or a conversion to the slot\'s PFN_WSK_…_EVENT type). A test is any comparison of the pointer, or of a',
      'local holding it, on the path before the dereference; `NT_ASSERT` is not a test (free builds compile it',
      'out). Only constant return values are checked (a status in a variable counts when the path gives it a',
      'constant); a list handed to any function, or stored anywhere but a plain local, counts as kept.',
    ].join(' '),
    invalid: `NTSTATUS WSKAPI OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                          SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI OnDisconnect(PVOID SocketContext, ULONG Flags);
${RECEIVE_TABLE}
NTSTATUS WSKAPI
OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
          SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONNECTION connection = (PCONNECTION)SocketContext;

    CopyIndication(connection, DataIndication->Buffer.Mdl, BytesIndicated);
    *BytesAccepted = BytesIndicated;
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
OnDisconnect(PVOID SocketContext, ULONG Flags)
{
    MarkDisconnected((PCONNECTION)SocketContext);
    return STATUS_SUCCESS;
}
`,
    valid: `NTSTATUS WSKAPI OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                          SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI OnDisconnect(PVOID SocketContext, ULONG Flags);
${RECEIVE_TABLE}
NTSTATUS WSKAPI
OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
          SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONNECTION connection = (PCONNECTION)SocketContext;

    if (DataIndication == NULL) {
        /* The socket died: close it from a worker. */
        ScheduleClose(connection);
        return STATUS_SUCCESS;
    }
    if (connection->Paused) {
        connection->Pending = DataIndication;
        return STATUS_PENDING;
    }
    CopyIndication(connection, DataIndication->Buffer.Mdl, BytesIndicated);
    *BytesAccepted = BytesIndicated;
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
OnDisconnect(PVOID SocketContext, ULONG Flags)
{
    MarkDisconnected((PCONNECTION)SocketContext);
    return STATUS_SUCCESS;
}
`,
    fixWhen: 'a wrong return of the abort, disconnect and send-backlog events (safe); a NULL test before the dereference of the parameter (for review)',
    fixSafety: 'Replacing the returned value with STATUS_SUCCESS is safe for the abort, disconnect and send-backlog events: it is the only value their contract allows. Inserting `if (X == NULL) { return …; }` before the statement that dereferences the parameter is offered for review only: it stops the crash, but a NULL indication means the socket died, and the driver must still close it (schedule WskCloseSocket) — the inserted early return does not.',
  },
  onFunction(info, context) {
    if (!info.eventCallback) return;
    const name = functionName(info.definition);
    const role = context.eventCallbacks().roleOfDefinition(info.definition, context.file);
    if (!name || !role) return;
    const params = parameterDeclarations(info.definition, context.file);
    if (params.length !== role.spec.params.length) return;
    const paramName = (specName: string) => params[role.spec.params.indexOf(specName)]?.name;
    const cfg = cfgOf(info.definition);
    const locals = localNames(info.definition);
    const isLocal = (local: string) => locals.has(local);
    const releases = (call: Node) => releaseArgument(call);
    const follow = (param: string): CallbackFlow => followParameter(cfg, { param, isLocal, isNoOp: (callee) => NO_OPS.test(callee), releases });

    const flows = new Map<string, CallbackFlow>();
    const flowOf = (param: string) => {
      let flow = flows.get(param);
      if (!flow) {
        flow = follow(param);
        flows.set(param, flow);
      }
      return flow;
    };

    // A dereference of the indication before any test of it.
    const dead = role.spec.nullWhenDead ? paramName(role.spec.nullWhenDead) : undefined;
    if (dead) {
      for (const access of flowOf(dead).untestedDereferences) reportDereference(context, role, name, dead, access, info.definition);
    }

    // Constant returns outside the documented set; STATUS_PENDING with a list that is not kept.
    const anyParam = dead ?? params[0]?.name;
    const returns = anyParam ? flowOf(anyParam).returns : [];
    const reported = new Set<number>();
    for (const item of returns) {
      if (!item.constant || reported.has(item.value.id)) continue;
      if (allowed(role.spec, item.constant)) continue;
      reported.add(item.value.id);
      reportReturn(context, role, name, item.value, item.constant);
    }
    const indication = role.spec.indication ? paramName(role.spec.indication) : undefined;
    if (indication) {
      const done = new Set<number>();
      for (const item of flowOf(indication).returns) {
        if (!item.constant || valueOf(item.constant) !== RETURN_VALUES.STATUS_PENDING || done.has(item.node.id)) continue;
        // A release inside a loop over the list gives back single nodes the driver detached: the list is
        // the driver's to split, and what it keeps is not followed.
        if (item.released && insideLoop(item.released, info.definition)) continue;
        if (item.released) {
          done.add(item.node.id);
          context.report({
            target: item.node,
            message: message(
              [`${name} returns STATUS_PENDING after giving ${indication} back with WskRelease.`, `STATUS_PENDING tells WSK the driver keeps the list until it calls WskRelease; it was released at line ${context.lineOf(item.released)} already, so it is released twice. Return STATUS_SUCCESS after releasing, or keep the list and release it later.`],
              ['A receive event returns STATUS_PENDING after releasing its indication list.', `${name} gave ${indication} back with WskRelease at line ${context.lineOf(item.released)}: return STATUS_SUCCESS after releasing, or keep the list and release it later.`],
            ),
            related: [{ target: item.released, message: 'the list is given back here' }],
          });
        } else if (!item.handedOff) {
          done.add(item.node.id);
          context.report({
            target: item.node,
            message: message(
              [`${name} returns STATUS_PENDING but keeps ${indication} nowhere.`, `STATUS_PENDING makes the list the driver's until it calls WskRelease on it; stored nowhere, it can never be released (the connection stalls and the memory is held). Store the list (or hand it to a worker) before returning STATUS_PENDING, or return STATUS_SUCCESS.`],
              ['A receive event returns STATUS_PENDING but keeps its indication list nowhere.', `${name} must store ${indication} (or hand it to a worker) to release it later with WskRelease, or return STATUS_SUCCESS.`],
            ),
          });
        }
      }
    }

    // Pointers valid only during the call, stored where they outlive it.
    for (const transient of role.spec.transient) {
      const param = paramName(transient);
      if (!param) continue;
      for (const store of flowOf(param).outsideStores) {
        context.report({
          target: store,
          message: message(
            [`${name} stores the ${transient} pointer; it is valid only during the callback.`, `WSK frees what ${param} points to when the ${role.slot} callback returns: copy its contents (the address structure, the WSK_INSPECT_ID) into the driver's own memory instead of keeping the pointer.`],
            [`An event callback stores the ${transient} pointer; it is valid only during the call.`, `${param} of ${name} (${role.slot}) points to memory WSK frees when the callback returns: copy its contents instead of keeping the pointer.`],
          ),
        });
      }
    }
  },
};

function insideLoop(node: Node, definition: Node): boolean {
  for (let up = node.parent; up && up.id !== definition.id; up = up.parent) {
    if (isLoop(up)) return true;
  }
  return false;
}

/** For a call of WskRelease (through any table), the index of its DataIndication argument. */
function releaseArgument(call: Node): number | undefined {
  if (!RELEASE) return undefined;
  const fn = call.childForFieldName('function');
  const name = fn?.type === 'field_expression' ? fn.childForFieldName('field')?.text : fn?.text;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a !== null && a.type !== 'comment') ?? [];
  return name === RELEASE.name && args.length === RELEASE.params.length ? paramIndex(RELEASE, 'DataIndication') : undefined;
}

/** The numeric value of a returned constant (a name of the table, or a literal), if known. */
function valueOf(constant: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(RETURN_VALUES, constant) ? RETURN_VALUES[constant] : parseInteger(constant);
}

/** Whether a constant is one the callback may return: by name, or by value when it is a number. */
function allowed(spec: EventCallbackSpec, constant: string): boolean {
  if (spec.returns.includes(constant)) return true;
  const value = /^[0-9]/.test(constant) ? parseInteger(constant) : undefined;
  // A name the table does not know the value of (a driver's own status) is outside the set; a number is
  // compared by value.
  return value !== undefined && spec.returns.some((name) => RETURN_VALUES[name] === value);
}

function reportReturn(context: RuleContext, role: CallbackRole, name: string, value: Node, constant: string): void {
  const only = role.spec.returns.length === 1;
  const set = only ? role.spec.returns[0] : `${role.spec.returns.slice(0, -1).join(', ')} or ${role.spec.returns[role.spec.returns.length - 1]}`;
  const written = context.text(value);
  const shown = written === constant || !/^[A-Za-z_]/.test(constant) ? written : `${written} (${constant})`;
  const advice = only
    ? `The ${role.slot} callback must always return ${set}: WSK does not expect any other value.`
    : `The ${role.slot} callback may return only ${set}.`;
  context.report({
    target: value,
    message: message(
      [`${name} returns ${shown}, which a ${role.slot} callback may not return.`, advice],
      [`An event callback returns ${shown}, which its contract does not allow.`, `${name} is registered as ${role.slot}. ${advice}`],
      ['An event callback returns a value its contract does not allow.', `${name} (${role.slot}) returns ${shown}. ${advice}`],
    ),
    related: role.registrations.slice(0, 1).map((registration) => ({ target: registration.note.node, message: registration.note.message, ...(registration.note.file && registration.note.file !== context.file ? { file: registration.note.file } : {}) })),
    fixes: only && !context.inMacro(value) ? [{ title: `Return ${set}`, edits: [{ target: value, newText: set }], preferred: true }] : [],
  });
}

function reportDereference(context: RuleContext, role: CallbackRole, name: string, param: string, access: Node, definition: Node): void {
  const fix = nullTestFix(context, role, param, access, definition);
  const deadReturn = DEAD_SOCKET_RETURN[role.slot] ?? 'STATUS_SUCCESS';
  context.report({
    target: access,
    message: message(
      [`${context.text(access)} dereferences ${param} before any test for NULL.`, `${name} is registered as ${role.slot}: WSK passes a NULL ${param} when the socket has died. Test it first (NT_ASSERT is compiled out of free builds), close the socket, and return ${deadReturn}.`],
      [`${param} is dereferenced before any test for NULL.`, `${name} is registered as ${role.slot}: WSK passes a NULL ${param} when the socket has died. Test it before ${context.text(access)}, close the socket, and return ${deadReturn}.`],
    ),
    related: role.registrations.slice(0, 1).map((registration) => ({ target: registration.note.node, message: registration.note.message, ...(registration.note.file && registration.note.file !== context.file ? { file: registration.note.file } : {}) })),
    fixes: fix ? [fix] : [],
  });
}

/**
 * `if (Param == NULL) { return …; }` before the statement of the function body that holds the
 * dereference, when the dereference is of the parameter itself (always in scope there).
 */
function nullTestFix(context: RuleContext, role: CallbackRole, param: string, access: Node, definition: Node) {
  const pointer = access.childForFieldName('argument');
  let core = pointer;
  while (core && (core.type === 'parenthesized_expression' || core.type === 'cast_expression')) core = core.type === 'cast_expression' ? core.childForFieldName('value') : core.namedChild(0);
  if (core?.type !== 'identifier' || core.text !== param) return undefined;
  const body = definition.childForFieldName('body');
  let statement: Node | null = access;
  while (statement && statement.parent?.id !== body?.id) statement = statement.parent;
  if (!statement || !body || context.inMacro(statement)) return undefined;
  const indent = context.indentOf(statement);
  const value = DEAD_SOCKET_RETURN[role.slot] ?? 'STATUS_SUCCESS';
  return {
    title: `Return early when ${param} is NULL`,
    edits: [{ target: { start: statement.startIndex, end: statement.startIndex }, newText: `if (${param} == NULL) {\n${indent}    return ${value};\n${indent}}\n${indent}` }],
  };
}
