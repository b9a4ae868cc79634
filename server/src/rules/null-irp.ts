import type { Rule } from '../analysis/rule';
import type { Note } from '../analysis/paths';
import { paramWithRole } from '../wsk/api';
import { breachFixes, breachMessage, breaches } from './argument-contract';
import { related, statesAt } from './path-support';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK005', name: 'null-irp', severity: 'error', fix: 'unsafe', supersedes: ['WSK006'] },
  docs: {
    summary: 'The Irp of an SO_WSK_SECURITY set or get is NULL, or a variable that holds an explicit NULL on some path to the call.',
    why: [
      'SO_WSK_SECURITY is one of the socket options that WSK completes through an IRP: with `Irp = NULL` the request',
      'fails and the descriptor is never applied, while the driver believes the socket is protected. wsk.h marks the',
      'parameter optional (other options accept NULL), so the compiler and PREfast stay silent.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, NULL);
}
`,
    valid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}
`,
    fixWhen: 'when exactly one PIRP variable is in scope',
    fixSafety: 'Unsafe: the fix passes the one PIRP variable in scope (offered only when there is exactly one); the IRP must be allocated, checked and set up with a completion routine before the call.',
  },
  onCall(call, context) {
    if (!call.candidates.some((op) => op.family === 'socketOption')) return;
    const found = breaches(call, ['irp'], context).filter((breach) => breach.problem === 'nullIrp');
    for (const breach of found) {
      context.report({ target: breach.node, message: breachMessage(call, breach, context), fixes: breachFixes(call, breach, context) });
    }
    if (found.length > 0) return;
    // A variable that holds an explicit NULL on some path to the call.
    const param = paramWithRole(call.api, 'irp');
    const irp = param ? call.arg(param) : undefined;
    const at = statesAt(call, context);
    if (!irp || !at) return;
    let assigned: Note | undefined;
    for (const state of at.states) assigned ??= state.factsOf(at.paths.valueOf(state, irp)).isNull;
    if (!assigned) return;
    context.report({
      target: irp,
      message: message([`${param} is NULL on a path to this call (NULL assigned at line ${context.lineOf(assigned.node)}).`, 'SO_WSK_SECURITY completes through an IRP: allocate one on every path that reaches the call.']),
      related: related(assigned),
    });
  },
};
