import type { Rule, RuleContext, ReportedFix } from '../analysis/rule';
import type { Note } from '../analysis/paths';
import { accessPath } from '../analysis/access';
import { contractOf } from '../analysis/calls';
import type { WskCall } from '../analysis/calls';
import { irpRequired, paramWithRole } from '../wsk/api';
import { controlRowOf } from '../analysis/controlContracts';
import { cleanupLabel, insertAfter, related, returnType, statementInBlock, statesAt, usedArgument, valueIn } from './path-support';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK006', name: 'unchecked-irp-allocation', severity: 'warning', fix: 'safe' },
  docs: {
    summary: 'The Irp of a WSK call that needs one (an SO_WSK_SECURITY set or get, and every call but the control calls and name resolution) comes from IoAllocateIrp and reaches the call on a path with no NULL check.',
    why: [
      'IoAllocateIrp returns NULL when the system is low on resources. Every WSK request but the control calls and',
      'name resolution completes through its IRP, and so does an SO_WSK_SECURITY set or get: handed a NULL IRP, WSK',
      'dereferences it (a bugcheck), or the request fails and the descriptor is silently not applied — and the driver',
      'dereferences the NULL IRP itself when it sets the completion routine. Check the allocation before the call.',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(irp, SecureDone, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
    return status;
}
`,
    valid: `NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SecureDone, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
    return status;
}
`,
    fixWhen: 'when the allocation is a statement of a block and the function returns NTSTATUS or VOID',
    fixSafety: 'Safe: inserts `if (irp == NULL) { … }` after the allocation, returning STATUS_INSUFFICIENT_RESOURCES, or setting the status and jumping to the cleanup label the function\'s other gotos use. Offered when the allocation is a statement of a block in this function and the function returns NTSTATUS or VOID.',
  },
  onCall(call, context) {
    if (!needsIrp(call, context)) return;
    // Only an IRP the function (or a helper) allocates may be unchecked: no paths elsewhere.
    if (!call.inFunction || !context.mayKnowIrp(call.inFunction)) return;
    const at = statesAt(call, context);
    const param = paramWithRole(call.api, 'irp');
    // Through a wrapper, the caller's argument it passes on, or the field it surely reads the IRP from
    // (`Conn->Irp` inside `Apply(Conn)`, reported at `Conn`): what the caller allocated there.
    const passed = param ? call.arg(param) : undefined;
    const used = passed ? { node: passed, value: passed } : usedArgument(call, param);
    if (!at || !used) return;
    const irp = used.node;
    let allocation: Note | undefined;
    for (const state of at.states) {
      const facts = state.factsOf(valueIn(at.paths, state, used.value));
      if (facts.isNull) return; // an explicit NULL on some path is WSK005's
      const object = facts.object?.kind === 'irp' && facts.object.state === 'live' ? facts.object : undefined;
      if (object?.call !== undefined && state.outcome(object.call).failed !== false) allocation ??= object.note;
    }
    if (!allocation) return;
    context.report({
      target: irp,
      message: message(
        [`${param} may be NULL here: it comes from ${allocatorName(allocation)} (line ${context.lineOf(allocation.node)}), which can fail.`, 'It reaches this call on the path where the allocation fails: check it for NULL first.'],
        [`${param} may be NULL here: its allocation (line ${context.lineOf(allocation.node)}) can fail.`, `It comes from ${allocatorName(allocation)} and reaches this call on the path where the allocation fails: check it for NULL first.`],
      ),
      related: related(allocation),
      fixes: nullCheck(typeof used.value === 'string' ? used.value : accessPath(used.value), allocation, call.inFunction, context),
    });
  },
};

/**
 * A call whose Irp must not be NULL: by its function, or by the contract of its operation
 * (SO_WSK_SECURITY, and the control-operation table's rows that require one).
 */
function needsIrp(call: WskCall, context: RuleContext): boolean {
  return irpRequired(call.api) || contractOf(call, 'Irp')?.expect === 'notNull' || controlRowOf(call, context.values)?.row.irp === 'required';
}

/** `name`: the IRP's access path in the function (`irp`, `Conn->Irp`). */
function nullCheck(name: string | undefined, allocation: Note, definition: Parameters<typeof cleanupLabel>[0] | null, context: RuleContext): ReportedFix[] {
  const statement = statementInBlock(allocation.node);
  if (!name || !statement || !definition || context.inMacro(statement)) return [];
  const type = returnType(definition);
  const label = cleanupLabel(definition);
  const status = context.variablesInScope(statement).find((v) => v.declaration.name === 'status' || v.declaration.name === 'Status');
  let body: string;
  if (label && status && type === 'NTSTATUS') body = `${status.declaration.name} = STATUS_INSUFFICIENT_RESOURCES; goto ${label};`;
  else if (type === 'NTSTATUS') body = 'return STATUS_INSUFFICIENT_RESOURCES;';
  else if (type === 'VOID' || type === 'void') body = label ? `goto ${label};` : 'return;';
  else return [];
  return [{ title: `Check ${name} for NULL after the allocation`, edits: [insertAfter(statement, [`if (${name} == NULL) {`, `    ${body}`, '}'], context)], preferred: true }];
}

/** The routine that allocated the IRP: IoAllocateIrp, or the helper that returns its result. */
function allocatorName(allocation: Note): string {
  const node = allocation.node.type === 'call_expression' ? allocation.node.childForFieldName('function') : allocation.node;
  return node?.text ?? 'IoAllocateIrp';
}
