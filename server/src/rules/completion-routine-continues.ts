import type { Rule, RuleContext, Target } from '../analysis/rule';
import type { PathState } from '../analysis/paths';
import { RETURNED } from '../analysis/access';
import { parameterDeclarations } from '../analysis/declarations';
import type { OwnedSet } from '../analysis/roles';
import { functionName, stripCasts } from '../analysis/syntax';
import type { Node } from '../parse/treeSitter';
import { COMPLETION_RESULTS } from '../wsk/api';
import { related } from './path-support';
import { message } from './render';

const STOP = 'STATUS_MORE_PROCESSING_REQUIRED';

export const rule: Rule = {
  meta: { id: 'WSK016', name: 'completion-routine-continues', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'A completion routine set on an IRP the driver allocated, which reaches a WSK call, lets the I/O manager go on completing it (it returns something else than STATUS_MORE_PROCESSING_REQUIRED on some path).',
    why: [
      'An IRP from IoAllocateIrp has no thread and no higher driver waiting for it: it is the driver\'s own. When WSK',
      'completes it, the completion routine must return STATUS_MORE_PROCESSING_REQUIRED (or StopCompletion) on every',
      'path; any other value lets the I/O manager go on completing an IRP it does not own — it bugchecks, or frees',
      'memory the driver frees again (a use after free when the routine or the waiter calls IoFreeIrp). The path is',
      'usually an error path that tests never take. A routine that is also set on IRPs passed down by another driver',
      '(a dispatch routine\'s Irp) may let those go on, and is not flagged.',
    ].join(' '),
    invalid: `NTSTATUS
SendDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_SUCCESS;
}

NTSTATUS
SendSync(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
`,
    valid: `NTSTATUS
SendDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
SendSync(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
`,
    fixWhen: 'when every IoSetCompletionRoutine of the routine is on an IRP the driver owns (otherwise offered for review)',
    fixSafety: 'Safe when every IoSetCompletionRoutine[Ex] of the workspace that names the routine sets it on an IRP the driver owns (then nothing may go on completing): the returned value becomes STATUS_MORE_PROCESSING_REQUIRED, or that return is added where the routine falls off its end. Where some are on IRPs of unknown origin, the same fix is offered but not made by fix-all.',
  },
  onFunction(info, context) {
    const name = functionName(info.definition);
    const use = name ? context.roles().completionRoutine(name) : undefined;
    if (!use || use.definition.id !== info.definition.id || use.owned.length === 0 || use.passedDown) return;
    const paths = context.paths(info.definition);
    if (!paths || paths.budgetExceeded) return;
    const irp = parameterDeclarations(info.definition, context.file)[1]?.name;
    const [set] = use.owned;
    const safe = use.sites.every((site) => use.owned.some((owned) => owned.site.file === site.file && owned.site.node.id === site.node.id));
    for (const exit of paths.exits) {
      const returned = exit.node.type === 'return_statement' ? exit.node.namedChildren.find((c) => c && c.type !== 'comment') : undefined;
      if (exit.node.type === 'return_statement' && !returned) continue;
      if (!returned && /^(?:void|VOID)$/.test(info.definition.childForFieldName('type')?.text ?? '')) continue;
      const wrong = returned ? exit.states.map((state) => wrongValue(returned, state, irp)).find((w) => w !== undefined) : exit.states.length > 0 ? 'nothing' : undefined;
      if (!wrong) continue;
      report(context, returned ?? exit.node, wrong, name as string, set, safe);
    }
  },
};

/** What a returned expression gives back on a path when that is not a value that stops completion. */
function wrongValue(expression: Node, state: PathState, irp: string | undefined): string | undefined {
  const node = stripCasts(expression);
  if (node.type === 'identifier' && (COMPLETION_RESULTS.stop as readonly string[]).includes(node.text)) return undefined;
  if (node.type === 'identifier' && (COMPLETION_RESULTS.proceed as readonly string[]).includes(node.text)) return node.text;
  const value = state.env.get(RETURNED);
  if (value === undefined) return undefined;
  if (value === `k:${STOP}` || value === 'p:StopCompletion') return undefined;
  if (value.startsWith('k:STATUS_')) return value.slice(2);
  if ((COMPLETION_RESULTS.proceed as readonly string[]).some((name) => value === `p:${name}`)) return value.slice(2);
  if (state.factsOf(value).isNull) return '0 (STATUS_SUCCESS)';
  // The status the IRP completed with is never a request to stop.
  if (irp && (value === `p:${irp}->IoStatus.Status` || value === `p:(*${irp}).IoStatus.Status`)) return `${irp}->IoStatus.Status`;
  return undefined;
}


function report(context: RuleContext, target: Node, wrong: string, name: string, set: OwnedSet, safe: boolean): void {
  const where = set.file === context.file ? `line ${setLine(set, context)}` : `a call in ${baseName(set.file)}`;
  const falls = wrong === 'nothing';
  const first = falls
    ? `${name} falls off its end without returning ${STOP}.`
    : `${name} returns ${wrong} instead of ${STOP}.`;
  const advice = `It is the completion routine of an IRP the driver owns, which reaches a WSK call (set at ${where}): any other value lets the I/O manager go on completing an IRP it does not own (a bugcheck or a use after free). Return ${STOP} (or StopCompletion) on every path.`;
  const fixEdit: { target: Target; newText: string } = falls
    ? { target: { start: target.startIndex, end: target.startIndex }, newText: `    return ${STOP};\n${context.indentOf(target)}` }
    : { target, newText: STOP };
  context.report({
    target,
    message: message([first, advice], [`${name} lets the I/O manager go on completing an IRP the driver owns.`, `${falls ? 'It falls off its end' : `It returns ${wrong}`} instead of ${STOP}. ${advice}`]),
    related: related(set.set).map((item) => (item.file ? item : { ...item, ...(set.file !== context.file ? { file: set.file } : {}) })),
    fixes: context.inMacro(target) ? [] : [{ title: falls ? `Return ${STOP} at the end of ${name}` : `Return ${STOP}`, edits: [fixEdit], preferred: safe }],
  });
}

function setLine(set: OwnedSet, context: RuleContext): number {
  return context.lineOf(set.set.node);
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
