// WSK021's ordering rows, on WSK007's machinery (the path engine's bound sockets, born bound ones
// included): an option that must precede bind set on a bound socket; an operation that needs a bound
// or connected socket on one the function created and provably did not bind or connect; a client
// control that must precede every socket after a socket was created on that client. Not a rule itself.

import type { Node } from '../parse/treeSitter';
import type { RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { Note, PathState } from '../analysis/paths';
import { accessPath } from '../analysis/access';
import { copiesAround, throughCopies } from '../analysis/copies';
import { cfgOf, firstReaching } from '../analysis/reach';
import { createdSocketCategory } from '../analysis/flags';
import { birthsOf, paramWithRole, socketBirthOf } from '../wsk/api';
import type { ControlRow } from '../wsk/controls';
import { controlTitle } from '../wsk/controls';
import type { EventControl } from './control-events';
import { bindingKind, boundOnSomePath, related, statesAt, valueIn } from './path-support';
import { capitalised, message } from './render';

type Category = 'listen' | 'connection' | 'datagram' | 'stream';


export function checkOrder(call: WskCall, row: ControlRow, code: string, events: EventControl | undefined, context: RuleContext): void {
  // Through a wrapper, judged on the socket or client the caller passes on (socketArgument, clientOf).
  if (!row.order) return;
  const op = controlTitle(row, code);
  switch (row.order) {
    case 'beforeBind':
      return beforeBind(call, op, context);
    case 'afterBind':
      return needsState(call, op, 'bound', context);
    case 'afterConnect':
      return needsState(call, op, 'connected', context);
    case 'eventCallback':
      if (events?.enabling) needsState(call, op, 'eventReady', context);
      return;
    case 'beforeSocket':
      return beforeSocket(call, op, context);
  }
}

/**
 * The socket the call works on: the caller's argument, or the access path of the field a wrapper
 * reaches through what the caller passes (`Binding->Socket` inside `SetOption(Binding, …)`).
 */
function socketArgument(call: WskCall): Node | string | undefined {
  const param = paramWithRole(call.api, 'socket');
  return param ? call.arg(param) ?? call.via?.paths.get(param) : undefined;
}

/** An option that governs binding, set on a socket already bound on some path (WSK007's question). */
function beforeBind(call: WskCall, op: string, context: RuleContext): void {
  const at = statesAt(call, context);
  const socket = socketArgument(call);
  if (!at || !socket) return;
  const bound = boundOnSomePath(at, socket);
  if (!bound) return;
  const line = bound.file ? 'in another file' : `line ${context.lineOf(bound.node)}`;
  const kind = bindingKind(bound);
  const how = kind === 'accepted' ? `the socket was accepted (${line}) and inherits the listening socket's binding` : kind === 'created bound' ? `the socket was created bound (${line})` : `the socket is already bound (${line})`;
  context.report({
    target: call.callee,
    message: message([`${capitalised(op)} comes too late: ${how}.`, 'Set it between creating the socket and binding it: WSK applies it when the socket is bound, and rejects or ignores it after.']),
    related: related(bound),
  });
}

/**
 * An operation that needs the socket bound (`bound`), connected (`connected`), or — enabling event
 * callbacks — bound for listening, datagram and stream sockets and connected for connection sockets,
 * on a socket the function created with WskSocket and provably did not bind or connect on some path.
 */
function needsState(call: WskCall, op: string, need: 'bound' | 'connected' | 'eventReady', context: RuleContext): void {
  const at = statesAt(call, context);
  const socket = socketArgument(call);
  if (!at || !socket) return;
  for (const state of at.states) {
    const found = unreadySocket(state, valueIn(at.paths, state, socket), context);
    if (!found) continue;
    const wants = need === 'eventReady' ? (found.category === 'connection' ? 'connected' : 'bound') : need;
    if (need === 'connected' && found.category !== 'connection' && found.category !== 'stream') continue;
    // Bound by a WskBind on this path; nothing here connected it (WskConnect would have marked it bound).
    if (wants === 'bound' && found.bound) continue;
    const category = found.category === 'listen' ? 'listening' : found.category;
    const after = wants === 'connected' ? 'WskConnect' : 'WskBind';
    context.report({
      target: call.callee,
      message: message([
        `${capitalised(op)} comes before the ${category} socket is ${wants}.`,
        `The socket was created at line ${context.lineOf(found.note.node)} and is not ${wants} on this path: call it after ${after}, before which WSK rejects it.`,
      ]),
      related: related(found.note),
    });
    return;
  }
}

/** A socket the function created with WskSocket (of a known category), with what is known of its binding. */
function unreadySocket(state: PathState, value: string, context: RuleContext): { note: Note; category: Category; bound: boolean } | undefined {
  const facts = state.factsOf(value);
  const object = state.object(value, 'socket');
  // Handed to code that may bind it, or bound by WskConnect, WskListen, WskSendTo or a helper: not provably unready.
  if (!object || object.state !== 'live' || object.call === undefined || facts.escaped || facts.bound) return undefined;
  const birth = context.calls.find((c) => c.node.startIndex === object.call && !c.via);
  // Only a creation whose Flags give the category (the API table's mark: WskSocket) makes an unbound socket.
  const mark = birth ? socketBirthOf(birth.api.name) : undefined;
  if (!birth || !mark || typeof mark.category === 'string') return undefined;
  const category = categoryOf(birth, context);
  if (!category) return undefined;
  // A WskBind on the path binds it (unless it failed: then nothing is proved); a helper may connect too.
  // A helper's bind (its summary's) counts when the call it makes is a WskBind.
  const bindCall = facts.bindCall ? context.calls.find((c) => c.node.startIndex === facts.bindCall?.call && !c.via) : undefined;
  if (facts.bindCall && (bindCall ? bindCall.api.name : innermost(facts.bindCall.note).node.text) !== 'WskBind') return undefined;
  return { note: object.note, category, bound: facts.bindCall !== undefined };
}

/** The step inside the helpers a note went through: the call itself. */
function innermost(note: Note): Note {
  let current = note;
  while (current.via) current = current.via;
  return current;
}

function categoryOf(birth: WskCall, context: RuleContext): Category | undefined {
  const category = createdSocketCategory(birth.api.name, (param) => birth.arg(param), context.values);
  return category === 'basic' ? undefined : category;
}

/** A client control that must precede every socket, after a WskSocket or WskSocketConnect on the same client. */
function beforeSocket(call: WskCall, op: string, context: RuleContext): void {
  const client = clientOf(call);
  // Through a wrapper that reaches the client through a field of what the caller passes, that field.
  const param = paramWithRole(call.api, 'client');
  const path = client ? clientPath(client) : param ? call.via?.paths.get(param) : undefined;
  if (!path || !call.inFunction) return;
  const creations = (creationsByClient(context.calls, call.inFunction)?.get(path) ?? []).filter((c) => c.node.id !== call.node.id);
  if (creations.length === 0) return;
  const cfg = cfgOf(call.inFunction);
  if (cfg.truncated) return;
  const first = firstReaching(cfg, creations.map((creation) => creation.node), call.node);
  const earlier = first ? creations.find((creation) => creation.node.id === first.id) : undefined;
  if (!earlier) return;
  context.report({
    target: call.callee,
    message: message([`${capitalised(op)} comes after a socket was created on the same client (line ${context.lineOf(earlier.callee)}).`, 'It applies only to sockets created after it: call it before the first WskSocket or WskSocketConnect on the client.']),
    related: [{ target: earlier.callee, message: `a socket is created on ${path} here` }],
  });
}

/** A file's socket creations (its own, not a wrapper's), by function (id) and by the access path of their client. */
const creationsOf = new WeakMap<readonly WskCall[], ReadonlyMap<number, ReadonlyMap<string, readonly WskCall[]>>>();

/** A function's socket creations grouped by client path: worked out once for the file's calls. */
function creationsByClient(calls: readonly WskCall[], fn: Node): ReadonlyMap<string, readonly WskCall[]> | undefined {
  let byFunction = creationsOf.get(calls);
  if (!byFunction) {
    const grouped = new Map<number, Map<string, WskCall[]>>();
    for (const c of calls) {
      if (!c.inFunction || c.via || !birthsOf(c.api.name, undefined).some((birth) => birth.kind === 'socket')) continue;
      const path = clientPath(clientOf(c) ?? c.node);
      if (path === undefined) continue;
      let byClient = grouped.get(c.inFunction.id);
      if (!byClient) grouped.set(c.inFunction.id, (byClient = new Map()));
      const group = byClient.get(path);
      if (group) group.push(c);
      else byClient.set(path, [c]);
    }
    byFunction = grouped;
    creationsOf.set(calls, byFunction);
  }
  return byFunction.get(fn.id);
}

/** The storage a client argument names (through a copy of a variable, its source's: copies.ts). */
function clientPath(client: Node): string | undefined {
  const path = accessPath(client);
  return path === undefined ? undefined : throughCopies(path, copiesAround(client));
}

/** The Client argument of a call that takes one (a socket made on a client is that client's). */
function clientOf(call: WskCall): Node | undefined {
  const param = paramWithRole(call.api, 'client');
  return param ? call.arg(param) : undefined;
}
