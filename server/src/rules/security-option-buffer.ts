import type { Rule } from '../analysis/rule';
import { breachFixes, breachMessage, breaches } from './argument-contract';

export const rule: Rule = {
  meta: { id: 'WSK002', name: 'security-option-buffer', severity: 'error', fix: 'safe', supersedes: ['WSK011'] },
  docs: {
    summary: 'An InputBuffer, OutputBuffer or OutputSizeReturned of an SO_WSK_SECURITY set or get is against the contract.',
    why: [
      'WSK reads (set) or writes (get) a `PSECURITY_DESCRIPTOR` *through* the buffer: it must be the address of a',
      '`PSECURITY_DESCRIPTOR` variable (`&sd`). Passing the descriptor pointer itself (`sd`) makes WSK treat the first',
      'bytes of the descriptor as a pointer; passing `&sdObject` for a `SECURITY_DESCRIPTOR` object hands it an',
      'uncached descriptor; `NULL` where the buffer is due fails the request. The unused buffer of each direction,',
      'and OutputSizeReturned, must be `NULL`.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), CachedSd, 0, NULL, NULL, Irp);
}
`,
    valid: `NTSTATUS
ReadSecurity(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR *Copy, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Copy, NULL, Irp);
}
`,
    fixWhen: '`NULL` and `&sd`: always (also in a macro\'s argument); a descriptor variable: when just one is in scope',
    fixSafety: 'Safe for `sd` → `&sd` and for a buffer that must be NULL. Where NULL stands for the descriptor, the fix offers the one PSECURITY_DESCRIPTOR variable in scope, if there is exactly one: check that it holds a cached copy.',
  },
  onCall(call, context) {
    if (call.requestTypeWrong || !call.candidates.some((op) => op.family === 'socketOption')) return;
    for (const breach of breaches(call, ['buffer'], context)) {
      context.report({ target: breach.node, message: breachMessage(call, breach, context), fixes: breachFixes(call, breach, context) });
    }
  },
};
