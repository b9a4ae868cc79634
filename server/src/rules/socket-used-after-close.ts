import type { Node } from '../parse/treeSitter';
import type { Rule } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { Note, PathState } from '../analysis/paths';
import { RETURNED, callerPath } from '../analysis/access';
import { endsOf, paramWithRole } from '../wsk/api';
import { related, usedArgument, valueIn } from './path-support';
import { message } from './render';

/** The examples' IRP completes through this routine, which signals the event the caller waits on. */
const COMPLETION_ROUTINE = `static NTSTATUS
SetDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static VOID
CloseAndWait(PWSK_SOCKET Socket, PIRP Irp)
{
    KEVENT done;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskCloseSocket(Socket, Irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
}
`;

export const rule: Rule = {
  meta: { id: 'WSK014', name: 'socket-used-after-close', severity: 'error', fix: 'none' },
  docs: {
    summary: 'A WSK call on a socket, a read of its Dispatch, or a second WskCloseSocket after WskCloseSocket of that socket on a path.',
    why: [
      'WskCloseSocket frees the WSK_SOCKET: WSK releases its memory once the close completes, and it may already',
      'have done so when the call returns. Any later call through the socket\'s dispatch table, a read of',
      '`Socket->Dispatch`, or a second close reads freed pool: a use-after-free that bugchecks the system',
      '(often only under load or with driver verifier). An accept callback that closes its AcceptSocket and then',
      'returns STATUS_REQUEST_NOT_ACCEPTED makes WSK close the socket a second time.',
      '\n\nHow far it sees: the close is followed on the value the socket variable or field holds, through aliases;',
      'an assignment to that variable or field (`Ctx->Socket = NULL`, a new socket) clears it. A helper whose',
      'summary closes a parameter\'s socket on every path counts as a close wherever it is called; one that closes',
      'on some paths only does not.',
    ].join(' '),
    invalid: `${COMPLETION_ROUTINE}
VOID
Shutdown(PCONNECTION Connection, PIRP Irp)
{
    KEVENT done;

    CloseAndWait(Connection->Socket, Irp);
    if (Connection->Flags & CONNECTION_ABORTIVE) {
        KeInitializeEvent(&done, NotificationEvent, FALSE);
        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
        ((PWSK_PROVIDER_CONNECTION_DISPATCH)Connection->Socket->Dispatch)->WskDisconnect(
            Connection->Socket, NULL, WSK_FLAG_ABORTIVE, Irp);
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    }
}
`,
    valid: `${COMPLETION_ROUTINE}
VOID
Shutdown(PCONNECTION Connection, PIRP Irp)
{
    if (Connection->Flags & CONNECTION_ABORTIVE) {
        ((PWSK_PROVIDER_CONNECTION_DISPATCH)Connection->Socket->Dispatch)->WskDisconnect(
            Connection->Socket, NULL, WSK_FLAG_ABORTIVE, Irp);
    }
    CloseAndWait(Connection->Socket, Irp);
    Connection->Socket = NULL;
}
`,
  },
  onFunction({ definition, calls, helperEffects, acceptCallback }, context) {
    const paths = mayUseAfterClose(definition, calls, helperEffects.has('ends socket'), acceptCallback === true) ? context.paths(definition) : undefined;
    if (!paths || paths.budgetExceeded) return;
    const reported = new Set<number>();
    const report = (target: Node, close: Note, what: string, advice: string) => {
      if (reported.has(target.id)) return;
      reported.add(target.id);
      const where = close.file ? 'in another file' : `at line ${context.lineOf(close.node)}`;
      context.report({
        target,
        message: message(
          [`${what} after the socket was closed ${where}.`, advice],
          [`${what} after the socket was closed.`, `It was closed ${where}. ${advice}`],
        ),
        related: related(close),
      });
    };

    // WSK calls on a closed socket, a wrapper's too when it surely makes its call on the socket the
    // caller passes (a wrapper's close is its summary's business, below).
    for (const call of calls) {
      const used = usedArgument(call, paramWithRole(call.api, 'socket'));
      if (!used) continue;
      const second = endsOf(call.api.name, call.operation?.effect).some((end) => end.kind === 'socket');
      if (second && call.via) continue;
      const close = closedIn(paths.statesBefore(call.node), (state) => valueIn(paths, state, used.value));
      if (!close) continue;
      report(
        used.node,
        close,
        second ? 'A second WskCloseSocket of this socket' : call.via ? `${call.via.wrapper} calls ${call.api.name} on this socket` : `${call.api.name} is called on this socket`,
        second ? 'WskCloseSocket frees the socket: close it once, and clear the variable after the close.' : 'WskCloseSocket frees the socket: make every call on it before the close.',
      );
    }

    // A helper that closes a socket that is already closed: a second close.
    const typeName = (name: string) => context.values.types.isTypeName(name);
    for (const helper of paths.helperCalls) {
      for (const effect of helper.summary.ends) {
        if (effect.kind !== 'socket' || effect.owner || effect.when === 'maybe') continue;
        const path = callerPath(effect.path, helper.args, typeName);
        if (!path) continue;
        const close = closedIn(paths.statesBefore(helper.node), (state) => state.read(path));
        if (!close) continue;
        const index = /\$(\d+)/.exec(effect.path);
        const target = index ? helper.args[Number(index[1])] ?? helper.callee : helper.callee;
        report(target, close, `${helper.summary.name} closes ${path} a second time`, `${helper.summary.name} closes the socket: close it once, and clear the variable after the close.`);
        break;
      }
    }

    // `Socket->Dispatch` read after the close (not as the table of a call: that is the call's socket argument).
    for (const read of paths.endedReads) {
      const base = read.node.childForFieldName('argument');
      const close = base ? closedIn(read.states, (state) => paths.valueOf(state, base)) : undefined;
      if (close) report(read.node, close, `${context.text(read.node)} is read`, 'The WSK_SOCKET is freed by the close: read its dispatch table before closing it.');
    }

    // An accept callback that closes its AcceptSocket, then declines it: WSK closes it again.
    if (acceptCallback) {
      for (const exit of paths.exits) {
        if (exit.node.type !== 'return_statement') continue;
        const close = exit.states.map((state) => closedAcceptSocket(state)).find((note) => note);
        if (!close) continue;
        report(exit.node, close, 'The accept callback returns STATUS_REQUEST_NOT_ACCEPTED', 'WSK closes a socket that is not accepted itself: do not close AcceptSocket, or accept it (STATUS_SUCCESS) and close it.');
      }
    }
  },
};

/**
 * Whether anything can follow a close on a path (the paths are computed only then): a helper that
 * closes, a loop or a goto (a way back), or after the first close, in the text, a call on a socket, a
 * `Dispatch` read or, in an accept callback, a STATUS_REQUEST_NOT_ACCEPTED.
 */
function mayUseAfterClose(definition: Node, calls: readonly WskCall[], helperCloses: boolean, acceptCallback: boolean): boolean {
  if (helperCloses) return true;
  const closes = calls.filter((call) => !call.via && endsOf(call.api.name, call.operation?.effect).some((end) => end.kind === 'socket'));
  if (closes.length === 0) return false;
  if (definition.descendantsOfType(['for_statement', 'while_statement', 'do_statement', 'goto_statement']).length > 0) return true;
  const first = Math.min(...closes.map((call) => call.node.endIndex));
  if (calls.some((call) => call.node.startIndex >= first && paramWithRole(call.api, 'socket') !== undefined)) return true;
  const after = definition.text.slice(first - definition.startIndex);
  return after.includes('Dispatch') || (acceptCallback && after.includes('STATUS_REQUEST_NOT_ACCEPTED'));
}

/** The close of the socket a value names in some state (one that surely happened on that path), if any. */
function closedIn(states: readonly PathState[], valueOf: (state: PathState) => string): Note | undefined {
  for (const state of states) {
    const socket = state.object(valueOf(state), 'socket');
    if (socket?.state === 'ended' && !socket.maybe) return socket.note;
  }
  return undefined;
}

/** In an accept callback's return of STATUS_REQUEST_NOT_ACCEPTED: the close of the AcceptSocket it was handed. */
function closedAcceptSocket(state: PathState): Note | undefined {
  if (state.env.get(RETURNED) !== 'k:STATUS_REQUEST_NOT_ACCEPTED') return undefined;
  for (const [value, facts] of state.facts) {
    const socket = facts.object;
    // The handed-in socket: an entry value that was an object before it ended.
    if (value.startsWith('p:') && socket?.kind === 'socket' && socket.state === 'ended' && !socket.maybe && socket.bornAt) return socket.note;
  }
  return undefined;
}
