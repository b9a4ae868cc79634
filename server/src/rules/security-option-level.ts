import type { Rule } from '../analysis/rule';
import { OTHER_LEVEL_PATTERN, SOCKET_LEVEL, paramWithRole } from '../wsk/api';
import { operationName } from './argument-contract';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK003', name: 'security-option-level', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'The Level of an SO_WSK_SECURITY set or get is a known constant other than SOL_SOCKET.',
    why: [
      'SO_WSK_SECURITY is a socket-level option: WSK looks it up only at `SOL_SOCKET` (0xffff). At `IPPROTO_TCP`,',
      '`IPPROTO_IP` or any other level the same number means a different option, or none: the request fails or',
      'changes something else, and the descriptor is never applied.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
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
    fixSafety: 'Safe: SOL_SOCKET is the only level of SO_WSK_SECURITY.',
  },
  onCall(call, context) {
    const levels = new Set(call.candidates.map((op) => op.level));
    const param = paramWithRole(call.api, 'level');
    const node = param ? call.arg(param) : undefined;
    if (!node || levels.size !== 1 || !levels.has(SOCKET_LEVEL.name)) return;
    const value = context.values.evaluate(node);
    const wrong = (value.kind === 'integer' && value.value !== SOCKET_LEVEL.value)
      || (value.kind === 'constant' && OTHER_LEVEL_PATTERN.test(value.name));
    if (!wrong) return;
    context.report({
      target: node,
      message: message(
        [`${param} must be ${SOCKET_LEVEL.name} for ${operationName(call)}, not ${context.describe(node)}.`, 'SO_WSK_SECURITY is a socket-level option.'],
        [`${param} must be ${SOCKET_LEVEL.name} for ${operationName(call)}.`, `It is ${context.describe(node)}. SO_WSK_SECURITY is a socket-level option.`],
      ),
      fixes: [{ title: `Replace ${context.text(node)} with ${SOCKET_LEVEL.name}`, edits: [{ target: node, newText: SOCKET_LEVEL.name }], preferred: true }],
    });
  },
};
