import type { Node } from '../parse/treeSitter';
import type { Rule, RuleContext, ReportedFix } from '../analysis/rule';
import type { FunctionPaths, Note, PathState } from '../analysis/paths';
import type { WskCall } from '../analysis/calls';
import { expectedText, operationsOf, paramWithRole } from '../wsk/api';
import { insertBefore, related } from './path-support';
import { addressedPath, rootOf } from '../analysis/access';
import { capitalised, message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK008', name: 'descriptor-not-released', severity: 'error', fix: 'unsafe' },
  docs: {
    summary: 'A cached security descriptor copy reaches a function exit on some path without being released or handed off.',
    why: [
      'Every copy that WSK_CACHE_SD or an SO_WSK_SECURITY get returns is a reference that WSK keeps until',
      'WSK_RELEASE_SD gives it back. A copy lost on an error path leaks non-paged memory for the life of the',
      'system; driver verifier does not see it, because WSK, not the driver, allocated it. Release the copy on every',
      'path, or hand it off (store it in a context that a cleanup routine releases, or return it).',
    ].join(' '),
    invalid: `NTSTATUS
SecureSocket(PWSK_PROVIDER_NPI Npi, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
    }
    return status;
}
`,
    valid: `NTSTATUS
SecureSocket(PWSK_PROVIDER_NPI Npi, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
    }
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached,
                                    0, NULL, NULL, NULL);
    return status;
}
`,
    fixSafety: 'Unsafe: inserts the WSK_RELEASE_SD call (with the client and dispatch of the cache call) just before the leaking exit, guarded by a NULL test when the copy is not cached on every path through that exit. Check that nothing after the release still uses the copy (an IRP still pending on it, for one).',
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
    const acquires = helperEffects.has('caches') || calls.some((call) => call.operation?.effect === 'cacheDescriptor' || call.operation?.effect === 'readDescriptor');
    const paths = acquires ? context.paths(definition) : undefined;
    if (!paths || paths.budgetExceeded) return;
    for (const exit of paths.exits) {
      const leaks = new Map<string, { cachedAt: Note; states: PathState[] }>();
      for (const state of exit.states) {
        for (const leak of state.leaks()) {
          const entry = leaks.get(leak.value) ?? { cachedAt: leak.cachedAt, states: [] };
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
      const origin = `${first.cachedAt.via ? first.cachedAt.message : 'cached'} at line ${context.lineOf(first.cachedAt.node)}`;
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
        related: [...leaks.values()].flatMap((leak) => related(leak.cachedAt)),
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

function releaseFix(paths: FunctionPaths, exit: Node, holder: string, value: string, leak: { cachedAt: Note }, context: RuleContext): ReportedFix[] {
  const client = clientCall(leak.cachedAt.node, context);
  if (!client || context.inMacro(exit)) return [];
  const release = operationsOf(client.api.name).find((op) => op.effect === 'releaseDescriptor');
  const clientParam = paramWithRole(client.api, 'client');
  if (!release || !clientParam) return [];
  const callee = context.text(client.node.childForFieldName('function') ?? client.callee);
  const clientArg = client.arg(clientParam);
  if (!clientArg) return [];
  const args = client.api.params.map((param) => {
    if (param.role === 'client') return context.text(clientArg);
    if (param.role === 'controlCode') return release.controlCode;
    const contract = release.contract.args.find((a) => a.param === param.name);
    if (contract?.expect === 'descriptorAddress') return `&${holder}`;
    // A parameter without a contract, or one that need only be non-NULL, gets NULL.
    return (contract && expectedText(contract.expect)) ?? 'NULL';
  });
  // Where the copy is already released on another path through this exit, a release here would be a second one.
  const exitStates = paths.exits.find((e) => e.node.id === exit.id)?.states ?? [];
  if (exitStates.some((state) => state.descriptor(state.read(holder))?.state === 'released' || state.descriptor(value)?.state === 'released')) return [];
  const statement = `${callee}(${args.join(', ')});`;
  // Unguarded only when every path through this exit holds a cached copy there.
  const certain = exitStates.every((state) => {
    const held = state.read(holder);
    const call = state.descriptor(held)?.call;
    return state.descriptor(held)?.state === 'cached' && (call === undefined || state.outcome(call).failed === false);
  });
  const lines = certain ? [statement] : [`if (${holder} != NULL) {`, `    ${statement}`, '}'];
  const title = `Release ${holder} with WSK_RELEASE_SD before leaving`;
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
