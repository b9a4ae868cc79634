import type { Rule } from '../analysis/rule';
import { breachFixes, breachMessage, breaches } from './argument-contract';

export const rule: Rule = {
  meta: { id: 'WSK005', name: 'null-irp', severity: 'error', fix: 'unsafe' },
  docs: {
    summary: 'The Irp of an SO_WSK_SECURITY set or get is NULL.',
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
    fixSafety: 'Unsafe: the fix passes the one PIRP variable in scope (offered only when there is exactly one); the IRP must be allocated, checked and set up with a completion routine before the call.',
  },
  onCall(call, context) {
    if (!call.candidates.some((op) => op.family === 'socketOption')) return;
    for (const breach of breaches(call, ['irp'], context)) {
      if (breach.problem !== 'nullIrp') continue;
      context.report({ target: breach.node, message: breachMessage(call, breach, context), fixes: breachFixes(breach, context) });
    }
  },
};
