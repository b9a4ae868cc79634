import type { Node } from '../parse/treeSitter';
import type { Rule, RuleContext, ReportedFix } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { Note } from '../analysis/paths';
import { paramWithRole } from '../wsk/api';
import { bindingKind, boundOnSomePath, ownsOperation, related, statementInBlock, statesAt, wskCallIds } from './path-support';
import { callerPath } from '../analysis/access';
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
    fixWhen: 'when the set and the bind share a block and the move changes no value (a shared status too)',
    fixSafety: 'Safe: offered when the set is an expression statement (or a declaration with it as initialiser) and the set and the bind are statements of one block; the set moves to just before the bind, with the `if` statements right after it that test the status it assigns. Offered only when nothing from the bind to the set reads what the moved statements write (a status those statements assign first is their own: the shared `status = …; status = …;` style qualifies), the moved statements read nothing those write but what they assign first, nothing between them but the bind gives the socket its value, and a variable both assign is not read after the moved statements (it is assigned again first, or the function ends); no declaration or label is crossed.',
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
    if (call.operation?.effect !== 'applyDescriptor' || !ownsOperation(call)) return;
    const at = statesAt(call, context);
    const socketParam = paramWithRole(call.api, 'socket');
    const socket = socketParam ? call.arg(socketParam) : undefined;
    if (!at || !socket) return;
    const bound = boundOnSomePath(at, socket);
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
  const kind = bindingKind(bound);
  if (kind === 'accepted') {
    return { problem: `the socket was accepted${at}`, advice: "An accepted socket inherits the listening socket's binding: apply the descriptor to the listening socket before binding it." };
  }
  if (kind === 'created bound') {
    return { problem: `the socket was created bound${at}`, advice: 'Pass the descriptor to WskSocketConnect, or create the socket with WskSocket and apply it before WskBind.' };
  }
  return { problem: `the socket is already bound (${line === undefined ? 'in another file' : `line ${line}`})`, advice: 'Apply the descriptor before the bind.' };
}

/** `what` happens too late: the first line says why, the advice what to do and why it matters. */
function lateMessage(what: string, binding: { problem: string; advice: string }): string {
  const matters = 'The descriptor governs address sharing when the socket is bound.';
  return message([`${what}: ${binding.problem}.`, `${binding.advice} ${matters}`], [`${what}.`, `${capitalised(binding.problem)}. ${binding.advice} ${matters}`]);
}

/**
 * Moves the set (with the status tests right after it) before the bind, when that cannot change what
 * either computes: the statements from the bind to the set read nothing the moved ones write (a status
 * they assign first themselves is theirs, so the shared `status = …; status = …;` style qualifies), the
 * moved ones read nothing those write but what they assign first, and a variable both write is dead
 * after the moved statements (its value there would change hands). No declaration or label is crossed.
 */
function moveBeforeBind(call: WskCall, bound: Note, context: RuleContext): ReportedFix[] {
  const set = statementInBlock(call.node);
  const bind = statementInBlock(bound.node);
  if (!set || !bind || set.parent?.id !== bind.parent?.id || bind.endIndex > set.startIndex || context.inMacro(set)) return [];
  // A `return` (or an `if`, a loop) moved above the bind would leave it unreachable or change the flow.
  if (set.type !== 'expression_statement' && set.type !== 'declaration') return [];
  const block = set.parent as Node;
  const siblings = block.namedChildren.filter((s): s is Node => s !== null && s.type !== 'comment');
  const between = siblings.filter((s) => s.startIndex >= bind.startIndex && s.endIndex <= set.startIndex);
  const moved = [set, ...statusTests(set, siblings, context)];
  const after = siblings.filter((s) => s.startIndex >= moved[moved.length - 1].endIndex);
  const socketParam = paramWithRole(call.api, 'socket');
  const socket = socketParam ? call.arg(socketParam) : undefined;
  const socketRoot = socket ? rootIdentifier(socket) : undefined;
  // WSK calls change no variable of the caller; the set and the bind only read what they are given.
  const wsk = wskCallIds(context);
  const readOnly = context.calls.filter((c) => [set, bind].some((s) => c.node.startIndex >= s.startIndex && c.node.endIndex <= s.endIndex)).map((c) => c.node);
  const read = new Map<number, StatementAccess>();
  const access = (statements: readonly Node[]) => accesses(statements, context, { wsk, readOnly }, read);
  const region = access(between);
  const own = access(moved);
  // The set may be a declaration with its initialiser; no other declaration is crossed or moved.
  if ([...between, ...moved].some((s) => s.type === 'labeled_statement' || (s.type === 'declaration' && s.id !== set.id) || s.descendantsOfType('case_statement').length > 0)) return [];
  // A statement other than the bind that gives the socket its value (a socket created bound arrives
  // after the call) must stay before the set.
  if (socketRoot && between.some((s) => s.id !== bind.id && access([s]).writes.has(socketRoot))) return [];
  if ([...own.writes].some((name) => region.exposed.has(name))) return [];
  if ([...region.writes].some((name) => name !== socketRoot && own.exposed.has(name))) return [];
  for (const name of own.writes) {
    if (region.writes.has(name) && !deadAfter(name, after, block, context)) return [];
  }
  const span = { start: moved[0].startIndex, end: moved[moved.length - 1].endIndex };
  return [{
    title: 'Move the SO_WSK_SECURITY set before the bind',
    edits: [
      { target: { start: bind.startIndex, end: bind.startIndex }, newText: `${context.text(span)}\n${context.indentOf(bind)}` },
      { target: { start: removalStart(moved[0]), end: span.end }, newText: '' },
    ],
    preferred: true,
  }];
}

/** The `if` statements right after the set that test the status it assigns (`if (!NT_SUCCESS(status)) …`): they move with it. */
function statusTests(set: Node, siblings: readonly Node[], context: RuleContext): Node[] {
  const status = plainAssignment(set, context);
  if (!status) return [];
  const tests: Node[] = [];
  for (const statement of siblings.filter((s) => s.startIndex >= set.endIndex)) {
    const condition = statement.type === 'if_statement' ? statement.childForFieldName('condition') : null;
    if (!condition || context.inMacro(statement) || !variablesIn(condition, context).includes(status)) break;
    tests.push(statement);
  }
  return tests;
}

/**
 * What statements do to variables, in order: `writes` (assigned, incremented, their address taken,
 * memory reached through them assigned, handed to a call other than a WSK call, declared) and `exposed`
 * (read before the statements themselves assign them).
 */
function accesses(statements: readonly Node[], context: RuleContext, calls: CallKinds, read: Map<number, StatementAccess>): { writes: Set<string>; exposed: Set<string> } {
  const writes = new Set<string>();
  const exposed = new Set<string>();
  const killed = new Set<string>();
  for (const statement of statements) {
    let access = read.get(statement.id);
    if (!access) {
      access = { kill: plainAssignment(statement, context), variables: variablesIn(statement, context), written: writtenIn(statement, context, calls) };
      read.set(statement.id, access);
    }
    const { kill } = access;
    for (const name of access.variables) if (!killed.has(name) && name !== kill) exposed.add(name);
    for (const name of access.written) writes.add(name);
    if (kill) {
      writes.add(kill);
      killed.add(kill);
    }
  }
  return { writes, exposed };
}

/** `v = expression;` where the expression does not mention v: the variable v. */
function plainAssignment(statement: Node, context: RuleContext): string | undefined {
  const expression = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  if (expression?.type !== 'assignment_expression' || expression.childForFieldName('operator')?.text !== '=') return undefined;
  const left = expression.childForFieldName('left');
  const right = expression.childForFieldName('right');
  if (left?.type !== 'identifier' || !right || context.values.variableType(left) === undefined) return undefined;
  return variablesIn(right, context).includes(left.text) ? undefined : left.text;
}

/** The call nodes (by id) of WSK calls, and those that only read what they are given (the set and the bind). */
interface CallKinds {
  readonly wsk: ReadonlySet<number>;
  readonly readOnly: readonly Node[];
}

/** What one statement does to variables, read once per fix: a statement is asked about alone and in its region. */
interface StatementAccess {
  readonly kill: string | undefined;
  readonly variables: readonly string[];
  readonly written: readonly string[];
}

/** The variables a statement may change, besides a plain assignment (see accesses). */
function writtenIn(statement: Node, context: RuleContext, calls: CallKinds): string[] {
  const written: string[] = [];
  const add = (node: Node | null) => {
    const root = node ? lvalueRoot(node) : undefined;
    if (root && context.values.variableType(root) !== undefined) written.push(root.text);
  };
  // The arguments of a call whose arguments were all counted already: a call nested in them adds nothing
  // (reading them again made deeply nested calls quadratic).
  let counted = { start: -1, end: -1 };
  for (const node of statement.descendantsOfType(['assignment_expression', 'update_expression', 'pointer_expression', 'call_expression', 'init_declarator'])) {
    if (!node) continue;
    if (node.type === 'assignment_expression') add(node.childForFieldName('left'));
    else if (node.type === 'update_expression') add(node.childForFieldName('argument'));
    else if (node.type === 'pointer_expression' && node.childForFieldName('operator')?.text === '&' && !insideCall(node, calls.readOnly)) add(node.childForFieldName('argument'));
    else if (node.type === 'init_declarator') add(node.childForFieldName('declarator'));
    else if (node.type === 'call_expression' && !(counted.start <= node.startIndex && node.endIndex <= counted.end) && !calls.wsk.has(node.id) && !isCast(node, context) && !isReadingMacro(node, context)) {
      const args = node.childForFieldName('arguments');
      for (const arg of args?.namedChildren ?? []) if (arg) for (const name of variablesIn(arg, context)) written.push(name);
      if (args) counted = { start: args.startIndex, end: args.endIndex };
    }
  }
  return written;
}

/**
 * A use of a function-like macro whose body assigns nothing (`CONNECTION(s)`, a cast of `s->Dispatch`):
 * it reads its arguments, as an expression would; a function could change what it is given.
 */
function isReadingMacro(call: Node, context: RuleContext): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier') return false;
  const macro = context.macrosAt(call).find((m) => m.name === callee.text);
  return macro !== undefined && !/(?:^|[^=!<>+\-*/%&|^])=(?!=)|\+\+|--/.test(macro.body);
}

/** `(PWSK_PROVIDER_BASIC_DISPATCH)(s)`, which the parser reads as a call when it does not know the type. */
function isCast(call: Node, context: RuleContext): boolean {
  const callee = call.childForFieldName('function');
  const inner = callee?.type === 'parenthesized_expression' ? callee.namedChild(0) : null;
  return inner?.type === 'identifier' && context.values.types.isTypeName(inner.text);
}

/** Whether a node is part of one of the calls (by range: walking up the tree is slow in deeply nested code). */
function insideCall(node: Node, calls: readonly Node[]): boolean {
  return calls.some((call) => call.startIndex <= node.startIndex && node.endIndex <= call.endIndex && call.id !== node.id);
}

/** The variable an lvalue is part of: `x` of `x`, `x->f`, `x.f[2]`, `*x`, `(x)`. */
function lvalueRoot(node: Node): Node | undefined {
  let current: Node | null = node;
  while (current && current.type !== 'identifier') {
    if (current.type === 'field_expression' || current.type === 'subscript_expression' || current.type === 'pointer_expression') current = current.childForFieldName('argument');
    else if (current.type === 'parenthesized_expression') current = current.namedChild(0);
    else return undefined;
  }
  return current ?? undefined;
}

/**
 * Whether a variable's value after the moved statements is never read: the next statement of the block
 * that mentions it assigns it plainly, or none does and the block is the function's body (its end is
 * the function's end).
 */
function deadAfter(name: string, after: readonly Node[], block: Node, context: RuleContext): boolean {
  for (const statement of after) {
    if (!variablesIn(statement, context).includes(name)) continue;
    return plainAssignment(statement, context) === name;
  }
  return block.parent?.type === 'function_definition';
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

/** The names of the variables a node mentions. */
function variablesIn(node: Node, context: RuleContext): string[] {
  return node.descendantsOfType('identifier')
    .filter((id): id is Node => id !== null && context.values.variableType(id) !== undefined)
    .map((id) => id.text);
}
