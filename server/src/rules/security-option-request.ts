import type { Operation } from '../wsk/api';
import { paramWithRole } from '../wsk/api';
import type { WskCall } from '../analysis/calls';
import type { Rule, RuleContext } from '../analysis/rule';
import { isNullConstant } from '../analysis/values';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK004', name: 'security-option-request', severity: 'error', fix: 'unsafe' },
  docs: {
    summary: 'The RequestType of an SO_WSK_SECURITY call is a known constant other than WskSetOption or WskGetOption.',
    why: [
      'SO_WSK_SECURITY is an option: it is applied with `WskSetOption` and read back with `WskGetOption`. Under',
      '`WskIoctl` the control code is read as an IOCTL code, so the request fails or does something else, and the',
      'socket keeps its old security. The sizes and buffers of such a call are not checked until the request type',
      'is right.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET,
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
    fixWhen: 'when the buffers imply one request type (input only: set; output only: get)',
    fixSafety: 'Unsafe: the fix picks the request type that the buffers imply (input only: set; output only: get), offered only when they imply exactly one; check that it is what the code means.',
  },
  onCall(call, context) {
    const param = paramWithRole(call.api, 'requestType');
    const node = param ? call.arg(param) : undefined;
    if (!call.requestTypeWrong || !node) return;
    const implied = impliedOperation(call, context);
    const names = call.candidates.map((op) => op.requestType).join(' or ');
    context.report({
      target: node,
      message: message(
        [`${param} must be ${names} for SO_WSK_SECURITY, not ${context.describe(node)}.`, 'The option is set or read, not issued as an IOCTL.'],
        [`${param} must be ${names} for SO_WSK_SECURITY.`, `It is ${context.describe(node)}. The option is set or read, not issued as an IOCTL.`],
      ),
      fixes: implied?.requestType
        ? [{ title: `Replace ${context.text(node)} with ${implied.requestType}`, edits: [{ target: node, newText: implied.requestType }], preferred: true }]
        : [],
    });
  },
};

/** The one candidate operation whose buffer contract the given buffers fit (NULL where NULL is due, a buffer where one is). */
function impliedOperation(call: WskCall, context: RuleContext): Operation | undefined {
  const fitting = call.candidates.filter((op) => op.contract.args.every((arg) => {
    if (arg.kind !== 'buffer') return true;
    const node = call.arg(arg.param);
    if (!node) return false;
    const isNull = isNullConstant(context.values.evaluate(node));
    return arg.expect === 'null' ? isNull : !isNull;
  }));
  return fitting.length === 1 ? fitting[0] : undefined;
}
