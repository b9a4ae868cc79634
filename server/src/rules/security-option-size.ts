import type { Rule } from '../analysis/rule';
import { breachFixes, breachMessage, breaches } from './argument-contract';

export const rule: Rule = {
  meta: { id: 'WSK001', name: 'security-option-size', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'The InputSize or OutputSize of an SO_WSK_SECURITY set or get differs from the contract.',
    why: [
      'SO_WSK_SECURITY passes a *pointer* to a cached security descriptor, never the descriptor itself.',
      'A set takes `InputSize = sizeof(PSECURITY_DESCRIPTOR)` and `OutputSize = 0`; a get takes `InputSize = 0`',
      'and `OutputSize = sizeof(PSECURITY_DESCRIPTOR)`. `sizeof(SECURITY_DESCRIPTOR)` or `sizeof(*sd)` is the size of',
      'the descriptor, and a literal such as `8` is the pointer size of 64-bit targets only: WSK rejects the request',
      'or reads the wrong number of bytes, and the socket silently keeps its old security.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
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
    fixWhen: 'always, also in an argument of the project\'s macro; not inside a macro\'s body',
    fixSafety: 'Safe: the replacement is the only size the contract allows.',
  },
  onCall(call, context) {
    if (call.requestTypeWrong || !call.candidates.some((op) => op.family === 'socketOption')) return;
    for (const breach of breaches(call, ['size'], context)) {
      context.report({ target: breach.node, message: breachMessage(call, breach, context), fixes: breachFixes(call, breach, context) });
    }
  },
};
