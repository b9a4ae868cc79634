import type { Node } from '../parse/treeSitter';
import type { Rule, RuleContext, ReportedFix } from '../analysis/rule';
import type { FunctionPaths, Note, PathState } from '../analysis/paths';
import type { WskCall } from '../analysis/calls';
import { insertBefore, related } from './path-support';
import { releaseStatement } from './release-statement';
import { addressedPath, rootOf } from '../analysis/access';
import { capitalised, message } from './render';

/** The examples' IRP completes through this routine, which signals the event the caller waits on. */
const COMPLETION_ROUTINE = `static NTSTATUS
SetDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}
`;

export const rule: Rule = {
  meta: { id: 'WSK008', name: 'descriptor-not-released', severity: 'error', fix: 'unsafe' },
  docs: {
    summary: 'A cached security descriptor copy reaches a function exit on some path without being released or handed off.',
    why: [
      'Every copy that WSK_CACHE_SD or an SO_WSK_SECURITY get returns is a reference that WSK keeps until',
      'WSK_RELEASE_SD gives it back. A copy lost on an error path leaks non-paged memory for the life of the',
      'system; driver verifier does not see it, because WSK, not the driver, allocated it. Release the copy on every',
      'path, or hand it off (store it in a context that a cleanup routine releases, or return it).',
      '\n\nHow far it sees: a failed cache or get leaves nothing to release, also when its status went through a',
      'wait function whose body is not in the workspace together with the call\'s IRP or status; a function',
      'whose paths exceed the analysis budget is followed one object at a time, or in part, and says so.',
    ].join(' '),
    invalid: `${COMPLETION_ROUTINE}
NTSTATUS
SecureSocket(PWSK_PROVIDER_NPI Npi, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    KEVENT done;
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}
`,
    valid: `${COMPLETION_ROUTINE}
NTSTATUS
SecureSocket(PWSK_PROVIDER_NPI Npi, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    KEVENT done;
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached,
                                    0, NULL, NULL, NULL);
    return status;
}
`,
    fixWhen: 'at the leaking exit, with the project\'s own release helper or macro when there is one',
    fixSafety: 'Unsafe: inserts the release just before the leaking exit, guarded by a NULL test when the copy is not cached on every path through that exit. The release is the project\'s own when it has one that does exactly that: a function named in the file or its headers whose summary releases what one parameter holds on every path and does nothing else (its other parameters matched to the cache call\'s client, variables of their types), or a function-like macro that expands to WSK_RELEASE_SD of its parameter with the contract\'s arguments; else the WSK_RELEASE_SD call with the client and dispatch of the cache call. Check that nothing after the release still uses the copy (an IRP still pending on it, for one).',
  },
  onCall(call, context) {
    // A field or global that receives cached copies must be released somewhere in the workspace.
    const effect = call.operation?.effect;
    const output = call.arg('OutputBuffer');
    if ((effect !== 'cacheDescriptor' && effect !== 'readDescriptor') || !output) return;
    const path = addressedPath(output, (name) => context.values.types.isTypeName(name));
    if (!path || path.startsWith('*') || !isStoredOutside(path, output, context) || context.releasedAnywhere(output)) return;
    context.report({
      target: output,
      message: message(
        [`The cached copies stored in ${path} are never released.`, `No WSK_RELEASE_SD anywhere in the workspace releases ${path}: release it where the ${path.includes('->') || path.includes('.') ? 'object' : 'driver'} is torn down.`],
        ['The cached copies stored here are never released.', `No WSK_RELEASE_SD anywhere in the workspace releases ${path}: release it where the ${path.includes('->') || path.includes('.') ? 'object' : 'driver'} is torn down.`],
      ),
    });
  },
  onFunction({ definition, calls, helperEffects }, context) {
    const acquires = helperEffects.has('creates descriptor') || calls.some((call) => call.operation?.effect === 'cacheDescriptor' || call.operation?.effect === 'readDescriptor');
    const paths = acquires ? context.paths(definition) : undefined;
    if (!paths || paths.budgetExceeded) return;
    for (const exit of paths.exits) {
      const leaks = new Map<string, { bornAt: Note; states: PathState[] }>();
      for (const state of exit.states) {
        for (const leak of state.leaks('descriptor')) {
          const entry = leaks.get(leak.value) ?? { bornAt: leak.bornAt, states: [] };
          entry.states.push(state);
          leaks.set(leak.value, entry);
        }
      }
      if (leaks.size === 0) continue;
      const [[value, first]] = leaks;
      const holder = holderOf(first.states[0], value);
      const branch = first.states[0].trail[first.states[0].trail.length - 1];
      const copy = holder ? `in ${holder}` : 'that was overwritten';
      const before = exit.node.type === 'return_statement' ? 'before this return' : 'before the end of the function';
      const origin = `${first.bornAt.via ? first.bornAt.message : 'cached'} at line ${context.lineOf(first.bornAt.node)}`;
      const advice = branch
        ? `It leaks on the path through the branch at line ${context.lineOf(branch.node)}: release it with WSK_RELEASE_SD or hand it off.`
        : 'Release it with WSK_RELEASE_SD or hand it off.';
      context.report({
        target: exit.node,
        message: message(
          [`The cached descriptor copy ${copy} (${origin}) is not released ${before}.`, advice],
          [`The cached descriptor copy ${copy} is not released ${before}.`, `${capitalised(origin)}. ${advice}`],
          [`A cached descriptor copy is not released ${before}.`, `The copy ${copy}: ${origin}. ${advice}`],
        ),
        related: [...leaks.values()].flatMap((leak) => related(leak.bornAt)),
        fixes: holder ? releaseFix(paths, exit.node, holder, value, first, context) : [],
      });
    }
  },
};

/** An access path that holds the value at the exit. */
function holderOf(state: PathState, value: string): string | undefined {
  for (const [path, held] of state.env) if (held === value) return path;
  return undefined;
}

function releaseFix(paths: FunctionPaths, exit: Node, holder: string, value: string, leak: { bornAt: Note }, context: RuleContext): ReportedFix[] {
  const client = clientCall(leak.bornAt.node, context);
  if (!client || context.inMacro(exit)) return [];
  // Where the copy is already released on another path through this exit, a release here would be a second one.
  const exitStates = paths.exits.find((e) => e.node.id === exit.id)?.states ?? [];
  if (exitStates.some((state) => state.object(state.read(holder), 'descriptor')?.state === 'ended' || state.object(value, 'descriptor')?.state === 'ended')) return [];
  const release = releaseStatement(client, holder, exit, context);
  if (!release) return [];
  // Unguarded only when every path through this exit holds a cached copy there.
  const certain = exitStates.every((state) => {
    const held = state.read(holder);
    const call = state.object(held, 'descriptor')?.call;
    return state.object(held, 'descriptor')?.state === 'live' && (call === undefined || state.outcome(call).failed === false);
  });
  const lines = certain ? [release.text] : [`if (${holder} != NULL) {`, `    ${release.text}`, '}'];
  const title = `Release ${holder} with ${release.by} before leaving`;
  if (exit.type !== 'return_statement') {
    // The closing brace: insert at the end of the body, indented one level in.
    const indent = `${context.indentOf(exit)}    `;
    return [{ title, edits: [{ target: { start: exit.startIndex, end: exit.startIndex }, newText: `${lines.map((l) => `${indent.slice(context.indentOf(exit).length)}${l}\n${context.indentOf(exit)}`).join('')}` }], preferred: false }];
  }
  if (exit.parent?.type === 'compound_statement') return [{ title, edits: [insertBefore(exit, lines, context)], preferred: false }];
  // `if (x) return y;`: the return needs braces around the release and itself.
  const indent = context.indentOf(exit);
  const text = context.text(exit);
  return [{ title, edits: [{ target: exit, newText: `{\n${lines.map((l) => `${indent}    ${l}\n`).join('')}${indent}    ${text}\n${indent}}` }], preferred: false }];
}

/** The WskControlClient call at (or around) a note's node, for its client and dispatch expressions. */
function clientCall(noteNode: Node, context: RuleContext): WskCall | undefined {
  const direct = context.calls.find((call) => call.callee.id === noteNode.id);
  if (direct?.operation?.family === 'clientControl') return direct;
  return context.calls.find((call) => call.operation?.family === 'clientControl' && call.inFunction?.id === direct?.inFunction?.id)
    ?? context.calls.find((call) => call.operation?.family === 'clientControl');
}

/** A field reached through a pointer, or a global: storage that outlives the function. */
function isStoredOutside(path: string, at: Node, context: RuleContext): boolean {
  if (path.includes('->')) return true;
  const root = rootOf(path);
  const identifier = at.descendantsOfType('identifier').find((id) => id?.text === root);
  const declaration = identifier ? context.values.declarationOf(identifier) : undefined;
  return declaration !== undefined && context.values.scopesAt(at)?.lookup(root, at.startIndex) === undefined;
}
