import type { Node } from '../parse/treeSitter';
import type { Rule, RuleContext, ReportedFix } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { Note } from '../analysis/paths';
import { paramWithRole } from '../wsk/api';
import { related, statementInBlock, statesAt } from './path-support';
import { callerPath } from '../analysis/summaries';
import { capitalised, message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK007', name: 'set-after-bind', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'SO_WSK_SECURITY is set on a socket that is already bound on some path.',
    why: [
      'The security descriptor of SO_WSK_SECURITY decides who may share the socket\'s local address, and WSK reads',
      'it when the socket is bound. Applied after WskBind — or on a socket that was born bound (WskSocketConnect, an',
      'accepted socket, which inherits the listening socket\'s binding) — it arrives too late: the request may even',
      'succeed, yet the address stays shared with whoever the old descriptor allowed. Apply the descriptor between',
      'creating the socket and binding it.',
    ].join(' '),
    invalid: `NTSTATUS
BindThenSecure(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch;
    NTSTATUS bindStatus;
    NTSTATUS setStatus;

    bindStatus = dispatch->WskBind(Socket, Local, 0, BindIrp);
    setStatus = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                           sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    return bindStatus == STATUS_SUCCESS ? setStatus : bindStatus;
}
`,
    valid: `NTSTATUS
SecureThenBind(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch;
    NTSTATUS bindStatus;
    NTSTATUS setStatus;

    setStatus = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                           sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    bindStatus = dispatch->WskBind(Socket, Local, 0, BindIrp);
    return bindStatus == STATUS_SUCCESS ? setStatus : bindStatus;
}
`,
    fixSafety: 'Safe: offered only when the set and the bind are statements of one block and nothing between them (the bind included) touches what the set reads or writes; the set then moves to just before the bind.',
  },
  onFunction({ definition, helperEffects }, context) {
    // A helper that applies SO_WSK_SECURITY, called after the socket was bound: reported at the helper's name.
    if (!helperEffects.has('applies')) return;
    const paths = context.paths(definition);
    if (!paths || paths.budgetExceeded) return;
    const typeName = (name: string) => context.values.types.isTypeName(name);
    for (const helper of paths.helperCalls) {
      for (const effect of helper.summary.applies) {
        const socket = callerPath(effect.path, helper.args, typeName);
        if (!socket) continue;
        const bound = paths.statesBefore(helper.node).map((state) => state.bound(state.read(socket))).find((note) => note);
        if (!bound) continue;
        context.report({
          target: helper.callee,
          message: lateMessage(`${helper.summary.name} applies SO_WSK_SECURITY to ${socket} too late`, describeBinding(bound, context)),
          related: [...related(bound), ...(effect.note ? [{ target: effect.note.node, message: 'SO_WSK_SECURITY is applied here', file: effect.note.file ?? helper.summary.file }] : [])],
        });
        break;
      }
    }
  },
  onCall(call, context) {
    if (call.operation?.effect !== 'applyDescriptor') return;
    const at = statesAt(call, context);
    const socketParam = paramWithRole(call.api, 'socket');
    const socket = socketParam ? call.arg(socketParam) : undefined;
    if (!at || !socket) return;
    let bound: Note | undefined;
    for (const state of at.states) {
      bound = state.bound(at.paths.valueOf(state, socket));
      if (bound) break;
    }
    if (!bound) return;
    context.report({
      target: call.callee,
      message: lateMessage('SO_WSK_SECURITY is applied too late', describeBinding(bound, context)),
      related: related(bound),
      fixes: moveBeforeBind(call, bound, context),
    });
  },
};

/** How the socket came to be bound (`problem`, for the first line), and what to do instead. */
function describeBinding(bound: Note, context: RuleContext): { problem: string; advice: string } {
  const line = bound.file ? undefined : context.lineOf(bound.node);
  const at = line === undefined ? '' : ` at line ${line}`;
  const inner = bound.via?.message ?? '';
  if (/accepted/.test(bound.message) || /accepted/.test(inner)) {
    return { problem: `the socket was accepted${at}`, advice: "An accepted socket inherits the listening socket's binding: apply the descriptor to the listening socket before binding it." };
  }
  if (/created bound/.test(bound.message) || /created bound/.test(inner)) {
    return { problem: `the socket was created bound${at}`, advice: 'Pass the descriptor to WskSocketConnect, or create the socket with WskSocket and apply it before WskBind.' };
  }
  return { problem: `the socket is already bound (${line === undefined ? 'in another file' : `line ${line}`})`, advice: 'Apply the descriptor before the bind.' };
}

/** `what` happens too late: the first line says why, the advice what to do and why it matters. */
function lateMessage(what: string, binding: { problem: string; advice: string }): string {
  const matters = 'The descriptor governs address sharing when the socket is bound.';
  return message([`${what}: ${binding.problem}.`, `${binding.advice} ${matters}`], [`${what}.`, `${capitalised(binding.problem)}. ${binding.advice} ${matters}`]);
}

/** Moves the set statement before the bind statement when that cannot change what the set computes. */
function moveBeforeBind(call: WskCall, bound: Note, context: RuleContext): ReportedFix[] {
  const set = statementInBlock(call.node);
  const bind = statementInBlock(bound.node);
  if (!set || !bind || set.parent?.id !== bind.parent?.id || bind.endIndex > set.startIndex) return [];
  const socketParam = paramWithRole(call.api, 'socket');
  const socket = socketParam ? call.arg(socketParam) : undefined;
  const socketRoot = socket ? rootIdentifier(socket) : undefined;
  const used = new Set(variablesIn(set, context).filter((name) => name !== socketRoot));
  const between = (bind.parent?.namedChildren ?? []).filter((s): s is Node => s !== null && s.startIndex >= bind.startIndex && s.endIndex <= set.startIndex);
  if (between.some((statement) => variablesIn(statement, context).some((name) => used.has(name)))) return [];
  const text = context.text(set);
  return [{
    title: 'Move the SO_WSK_SECURITY set before the bind',
    edits: [
      { target: { start: bind.startIndex, end: bind.startIndex }, newText: `${text}\n${context.indentOf(bind)}` },
      { target: { start: removalStart(set), end: set.endIndex }, newText: '' },
    ],
    preferred: true,
  }];
}

/** Where to delete a statement from: the end of the line before it, so no blank line is left. */
function removalStart(statement: Node): number {
  const previous = statement.previousSibling;
  return previous ? previous.endIndex : statement.startIndex;
}

function rootIdentifier(node: Node): string | undefined {
  let current: Node | null = node;
  while (current && current.type !== 'identifier') current = current.namedChild(0);
  return current?.text;
}

/** The names of the variables a statement mentions. */
function variablesIn(statement: Node, context: RuleContext): string[] {
  return statement.descendantsOfType('identifier')
    .filter((id): id is Node => id !== null && context.values.variableType(id) !== undefined)
    .map((id) => id.text);
}
