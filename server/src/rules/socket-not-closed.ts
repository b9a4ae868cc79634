import type { Rule } from '../analysis/rule';
import type { Note, PathState } from '../analysis/paths';
import { birthsOf } from '../wsk/api';
import { isOwnSocket, related, valueHolder } from './path-support';
import { RETURNED } from '../analysis/access';
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
`;

const OPEN_SOCKET = `    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      NULL, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
`;

const BIND = `    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    KeResetEvent(&done);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
`;

export const rule: Rule = {
  meta: { id: 'WSK013', name: 'socket-not-closed', severity: 'error', fix: 'none' },
  docs: {
    summary: 'A socket the function created or accepted reaches a function exit on some path neither closed nor handed off.',
    why: [
      'A socket that WskSocket, WskSocketConnect or WskAccept created (or that an accept callback took by returning',
      'STATUS_SUCCESS) belongs to the driver until WskCloseSocket. One lost on an error path is never closed: its',
      'memory and its transport endpoint stay allocated, and at unload WskDeregister waits until every socket is',
      'closed, so the driver hangs in its unload routine for ever, far from the bug. Close the socket on every path,',
      'or hand it off (store it in a context, write it through an out-parameter, return it).',
      '\n\nHow far it sees: a socket is born where `Irp->IoStatus.Information` is read after the creating call',
      'completed successfully on the path (a status test after the wait, or a NULL test of the socket); nothing is',
      'required where creation failed or may not have completed. A helper that creates a socket into `*out` counts',
      'where the caller tested its status for success; a helper that closes it counts wherever it is called.',
    ].join(' '),
    invalid: `${COMPLETION_ROUTINE}
NTSTATUS
OpenBound(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PWSK_SOCKET *Result)
{
    PWSK_SOCKET socket;
    KEVENT done;
    NTSTATUS status;

${OPEN_SOCKET}${BIND}    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Result = socket;
    return STATUS_SUCCESS;
}
`,
    valid: `${COMPLETION_ROUTINE}
NTSTATUS
OpenBound(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PWSK_SOCKET *Result)
{
    PWSK_SOCKET socket;
    KEVENT done;
    NTSTATUS status;

${OPEN_SOCKET}${BIND}    if (!NT_SUCCESS(status)) {
        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
        KeResetEvent(&done);
        IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
        ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskCloseSocket(socket, Irp);
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        return status;
    }
    *Result = socket;
    return STATUS_SUCCESS;
}
`,
  },
  onFunction({ definition, calls, helperEffects, acceptCallback }, context) {
    // A WSK call's socket is born where the function reads its IRP's IoStatus.Information.
    const creates = acceptCallback || helperEffects.has('creates socket')
      || (calls.some((call) => birthsOf(call.api.name, call.operation?.effect).some((birth) => birth.kind === 'socket')) && definition.text.includes('Information'));
    const paths = creates ? context.paths(definition) : undefined;
    if (!paths || paths.budgetExceeded) return;
    const wskCalls = new Set(calls.filter((call) => !call.via).map((call) => call.node.startIndex));
    for (const exit of paths.exits) {
      const leaks = new Map<string, { bornAt: Note; state: PathState }>();
      for (const state of exit.states) {
        const returned = exit.node.type === 'return_statement' ? state.env.get(RETURNED) : undefined;
        for (const [value, facts] of state.facts) {
          const socket = state.object(value, 'socket');
          if (!socket || socket.state !== 'live' || socket.owned === false || facts.escaped || leaks.has(value)) continue;
          // A socket the function was handed at entry (`p:`, the accept callback's AcceptSocket) is its
          // own only when it returns STATUS_SUCCESS.
          if (value.startsWith('p:') ? returned !== 'k:STATUS_SUCCESS' : !isOwnSocket(socket, state, wskCalls)) continue;
          leaks.set(value, { bornAt: socket.note, state });
        }
      }
      if (leaks.size === 0) continue;
      const [[value, first]] = leaks;
      const before = exit.node.type === 'return_statement' ? 'before this return' : 'before the end of the function';
      const branch = first.state.trail[first.state.trail.length - 1];
      const path = branch ? ` on the path through the branch at line ${context.lineOf(branch.node)}` : '';
      if (value.startsWith('p:')) {
        const name = value.slice(2);
        context.report({
          target: exit.node,
          message: message(
            [`The accepted socket ${name} is neither stored nor handed off ${before}, which returns STATUS_SUCCESS.`, `Returning STATUS_SUCCESS makes the socket the driver's${path}: keep it (store it in a context) or close it, or return STATUS_REQUEST_NOT_ACCEPTED.`],
            [`The accepted socket is neither stored nor handed off ${before}.`, `${name} is the driver's once the callback returns STATUS_SUCCESS${path}: keep it (store it in a context) or close it, or return STATUS_REQUEST_NOT_ACCEPTED.`],
          ),
          related: [...leaks.values()].flatMap((leak) => related(leak.bornAt)),
        });
        continue;
      }
      const holder = valueHolder(first.state, value);
      const socket = holder ? `in ${holder}` : 'that was overwritten';
      const origin = `${first.bornAt.via ? first.bornAt.message : 'created'} at line ${context.lineOf(first.bornAt.node)}`;
      const advice = `It stays open${path}: close it with WskCloseSocket or hand it off (store it, return it); WskDeregister waits for every socket at unload.`;
      context.report({
        target: exit.node,
        message: message(
          [`The socket ${socket} (${origin}) is neither closed nor handed off ${before}.`, advice],
          [`The socket ${socket} is neither closed nor handed off ${before}.`, `It was ${origin}. ${advice}`],
          [`A socket is neither closed nor handed off ${before}.`, `The socket ${socket}: ${origin}. ${advice}`],
        ),
        related: [...leaks.values()].flatMap((leak) => related(leak.bornAt)),
      });
    }
  },
};
