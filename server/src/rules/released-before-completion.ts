import type { Rule } from '../analysis/rule';
import type { Note } from '../analysis/paths';
import { descriptorArgument, descriptorValue, related, statesAt } from './path-support';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK010', name: 'released-before-completion', severity: 'error', fix: 'none' },
  docs: {
    summary: 'A descriptor given to an SO_WSK_SECURITY set (or WskSocket/WskSocketConnect) is released while that call\'s IRP may still be pending.',
    why: [
      'WskControlSocket and WskSocket return STATUS_PENDING and go on using the cached descriptor until their IRP',
      'completes. Releasing the copy before then lets WSK apply freed memory as the socket\'s security. Wait for',
      'the IRP (KeWaitForSingleObject on the completion event when the status is STATUS_PENDING) before releasing.',
      '\n\nHow far it sees: a wait in a helper counts through its summary; a status or IRP handed to a function',
      'whose body is not in the workspace (`status = WaitForIrp(event, irp, status)`) is taken as waited for, and',
      'what that function returns as the call\'s final status, so the usual `NT_SUCCESS` tests hold after it.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_PROVIDER_NPI Npi, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached,
                                    0, NULL, NULL, NULL);
    return status;
}
`,
    valid: `NTSTATUS
SecureSocket(PWSK_PROVIDER_NPI Npi, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached,
                                    0, NULL, NULL, NULL);
    return status;
}
`,
  },
  onCall(call, context) {
    if (call.operation?.effect !== 'releaseDescriptor') return;
    const argument = descriptorArgument(call);
    const at = argument ? statesAt(call, context) : undefined;
    if (!argument || !at) return;
    let pending: { note: Note; label: string } | undefined;
    for (const state of at.states) {
      const value = descriptorValue(at.paths, state, argument);
      if (value === undefined) continue;
      const descriptor = state.object(value, 'descriptor');
      if (descriptor?.state === 'ended') continue; // a second release is WSK009's
      pending ??= state.pendingUses(value)[0];
    }
    if (!pending) return;
    context.report({
      target: argument.node,
      message: message(
        [`The descriptor is released while the IRP of ${pending.label} at line ${context.lineOf(pending.note.node)} may still be pending.`, 'Wait for that IRP to complete before WSK_RELEASE_SD.'],
        [`The descriptor is released while an IRP that uses it (line ${context.lineOf(pending.note.node)}) may still be pending.`, `Wait for the IRP of ${pending.label} to complete before WSK_RELEASE_SD.`],
      ),
      related: related(pending.note),
    });
  },
};
