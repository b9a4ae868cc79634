import type { Rule } from '../analysis/rule';
import type { Note } from '../analysis/paths';
import { isDescriptorObject } from '../analysis/types';
import { descriptorArgument, descriptorValue, related, statesAt } from './path-support';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK011', name: 'descriptor-not-cached', severity: 'warning', fix: 'none' },
  docs: {
    summary: 'A descriptor passed to an SO_WSK_SECURITY set, WskSocket or WskSocketConnect provably is not a cached copy.',
    why: [
      'WSK accepts only descriptors that WSK_CACHE_SD returned: it keeps a reference to the cached copy, not to the',
      'driver\'s memory. A SECURITY_DESCRIPTOR object or a pool buffer the driver built itself makes the request fail',
      'or leaves WSK pointing at memory the driver will free. Cache the descriptor first and pass the cached copy.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PIRP Irp)
{
    PSECURITY_DESCRIPTOR sd = ExAllocatePoolWithTag(NonPagedPoolNx, SECURITY_DESCRIPTOR_MIN_LENGTH, 'dsKW');

    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, Irp);
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
  },
  onCall(call, context) {
    const effect = call.operation?.effect;
    const argument = descriptorArgument(call);
    if (!argument || effect === 'releaseDescriptor') return;
    // `&sdObject` handed over by value is the address of a descriptor object.
    const direct = context.values.evaluate(argument.node);
    if (!argument.byAddress && direct.kind === 'address' && isDescriptorObject(direct.type)) {
      context.report({
        target: argument.node,
        message: message(
          [`${call.api.name} needs a cached copy from WSK_CACHE_SD; ${context.text(argument.node)} is the address of a SECURITY_DESCRIPTOR object.`, 'Cache the descriptor with WSK_CACHE_SD and pass the cached copy.'],
          [`${call.api.name} needs a cached copy from WSK_CACHE_SD, not the address of a SECURITY_DESCRIPTOR object.`, `${context.text(argument.node)} is that address. Cache the descriptor with WSK_CACHE_SD and pass the cached copy.`],
        ),
      });
      return;
    }
    const at = statesAt(call, context);
    if (!at) return;
    let origin: Note | undefined;
    for (const state of at.states) {
      const value = descriptorValue(at.paths, state, argument);
      const descriptor = value === undefined ? undefined : state.object(value, 'descriptor');
      if (descriptor?.state === 'foreign') origin ??= descriptor.note;
    }
    if (!origin) return;
    context.report({
      target: argument.node,
      message: message([`${call.api.name} needs a cached copy from WSK_CACHE_SD; this descriptor is not one (line ${context.lineOf(origin.node)}).`, `It is ${origin.message}. Cache it with WSK_CACHE_SD and pass the cached copy.`]),
      related: related(origin),
    });
  },
};
