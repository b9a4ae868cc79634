import type { Node } from '../parse/treeSitter';
import type { ReportedFix, Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { FunctionPaths, Note, PathState } from '../analysis/paths';
import type { HelperCall } from '../analysis/paths';
import { RETURNED, accessPath, addressedPath, callerPath, rootOf } from '../analysis/access';
import { failureState } from '../analysis/summaries';
import { functionName, unparenthesize } from '../analysis/syntax';
import { parseInteger } from '../analysis/values';
import { CLIENT_DISPATCH_TYPE } from '../wsk/api';
import { insertBeforeExit, ownsOperation, related, statesAt } from './path-support';
import { message } from './render';

const REGISTER = 'WskRegister';
const DEREGISTER = 'WskDeregister';
/** The routine the I/O manager calls first: when it fails, the image is unloaded without calling Unload. */
const DRIVER_ENTRY = 'DriverEntry';
const CLIENT_DISPATCH = /^(?:const\s+)?(?:struct\s+_?)?WSK_CLIENT_DISPATCH$/;
/** The smallest valid Version: MAKE_WSK_VERSION(1,0). */
const FIRST_VERSION = 0x100;

export const rule: Rule = {
  meta: { id: 'WSK019', name: 'registration-lifetime', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'A WSK registration outlives a failing DriverEntry or its stack block, is deregistered after a failed WskRegister or registered twice, or its client dispatch is malformed.',
    why: [
      'WskRegister attaches the driver to the WSK subsystem until WskDeregister detaches it. When DriverEntry returns',
      'a failure, the I/O manager unloads the image at once, without calling the Unload routine: a registration still',
      'attached then points into unloaded code and the system bugchecks when WSK next touches it. The same happens',
      'when the WSK_REGISTRATION block or the WSK_CLIENT_DISPATCH it names lives on the stack of a function that',
      'returns while registered. WskDeregister after a WskRegister that failed, or a second WskRegister on a block',
      'that is registered, corrupts the registration. A WSK_CLIENT_DISPATCH whose Version is not built with',
      'MAKE_WSK_VERSION (`1` for 1.0) asks for WSK 0.x, which does not exist: every WskCaptureProviderNPI fails with',
      'STATUS_NOINTERFACE; its Reserved member must be 0.',
      '\n\nHow far it sees: a failure is a constant error, a status a test proved failed, or the status of a call',
      'returned directly on the outcome where that call fails; a start routine that registers is followed into',
      'DriverEntry when DriverEntry returns its failure unchanged. A finding in DriverEntry names the unload routine',
      'DriverEntry sets (`DriverObject->DriverUnload`, WDF\'s `EvtDriverUnload`): its WskDeregister does not run on',
      'that path.',
    ].join(' '),
    invalid: `static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
static WSK_REGISTRATION g_Registration;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = StartWorker(DriverObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = ClientUnload;
    return STATUS_SUCCESS;
}
`,
    valid: `static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
static WSK_REGISTRATION g_Registration;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = StartWorker(DriverObject);
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_Registration);
        return status;
    }
    DriverObject->DriverUnload = ClientUnload;
    return STATUS_SUCCESS;
}
`,
    fixWhen: 'at a failing return that every path reaches registered; Version and Reserved always',
    fixSafety: 'Safe: inserts WskDeregister of the registration block just before the failing return, only where every path through that return holds the registration (elsewhere it would deregister a block that is not registered); replaces a Version constant below MAKE_WSK_VERSION(1,0) with MAKE_WSK_VERSION(1,0), and a Reserved constant with 0.',
  },
  onFunction({ definition, calls, helperEffects }, context) {
    const registers = helperEffects.has('creates registration') || calls.some((call) => call.api.name === REGISTER);
    const deregisters = helperEffects.has('ends registration');
    if (!registers && !deregisters) return;
    const paths = context.paths(definition);
    if (!paths || paths.budgetExceeded) return;
    if (registers) reportFailingReturns(paths, functionName(definition) === DRIVER_ENTRY, context);
    if (deregisters) reportHelperDeregisters(paths, context);
  },
  onCall(call, context) {
    // A helper that registers on every path the block and NPI its caller passes registers them for it.
    if (call.api.name === REGISTER && (ownsOperation(call) || call.via?.always)) checkRegister(call, context);
    else if (ownsOperation(call) && call.api.name === DEREGISTER) checkDeregister(call, context);
  },
  onFile(root, context) {
    for (const declaration of clientDispatchDeclarations(root)) {
      const type = declaration.childForFieldName('type');
      if (!type || !CLIENT_DISPATCH.test(type.text)) continue;
      for (const declarator of declaration.childrenForFieldName('declarator')) {
        const list = declarator?.type === 'init_declarator' ? declarator.childForFieldName('value') : null;
        if (list?.type === 'initializer_list') checkClientDispatch(list, context);
      }
    }
  },
};

/**
 * The declarations whose type names WSK_CLIENT_DISPATCH, found from where the name is in the text: a walk
 * over every declaration of a large file (locals included) cost more than the rest of the rule, on every
 * keystroke. In document order, as such a walk would give them.
 */
function clientDispatchDeclarations(root: Node): Node[] {
  const name = CLIENT_DISPATCH_TYPE;
  const text = root.text;
  const found: Node[] = [];
  const seen = new Set<number>();
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const start = root.startIndex + at;
    for (let node = root.descendantForIndex(start, start + name.length); node; node = node.parent) {
      if (node.type !== 'declaration') continue;
      const type = node.childForFieldName('type');
      if (type && type.startIndex <= start && start < type.endIndex && !seen.has(node.id)) {
        seen.add(node.id);
        found.push(node);
      }
      break;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Failing returns

/** A registration a failing path still holds, and the block that holds it. */
interface Held {
  readonly value: string;
  readonly holder: string;
  readonly note: Note;
  /** Through a start routine DriverEntry called (its failure returned unchanged). */
  readonly helper?: { readonly call: HelperCall; readonly always: boolean };
}

/**
 * Returns of a failure while a registration is held: in DriverEntry whatever the block, elsewhere when
 * the block is a local (its frame dies with the registration attached).
 */
function reportFailingReturns(paths: FunctionPaths, driverEntry: boolean, context: RuleContext): void {
  const typeName = (name: string) => context.values.types.isTypeName(name);
  for (const exit of paths.exits) {
    if (exit.node.type !== 'return_statement') continue;
    let found: Held | undefined;
    let everyPath = exit.states.length > 0;
    for (const state of exit.states) {
      const failed = failureState(state, state.env.get(RETURNED));
      const held = failed ? heldRegistrations(failed, paths, driverEntry, exit.node, context, typeName) : [];
      const same = held.find((h) => !found || h.holder === found.holder);
      if (!same || (same.helper && !same.helper.always)) everyPath = false;
      found ??= held[0];
    }
    if (!found) continue;
    const block = addressOf(found.holder);
    const fixes: ReportedFix[] = everyPath && block && !context.inMacro(exit.node)
      ? [{ title: `Deregister with ${DEREGISTER}(${block}) before returning the failure`, edits: [insertBeforeExit(exit.node, [`${DEREGISTER}(${block});`], context)], preferred: true }]
      : [];
    const why = driverEntry ? 'DriverEntry fails, so the image unloads while WSK still holds the registration' : `The block ${found.holder} is a local whose frame dies while WSK still holds it`;
    context.report({
      target: exit.node,
      message: found.helper
        ? message(
          [`DriverEntry returns the failure of ${found.helper.call.summary.name}, which leaves ${found.holder} registered.`, `The image unloads while WSK still holds the registration: deregister ${found.holder} before returning the failure.`],
          [`DriverEntry returns a failure of ${found.helper.call.summary.name} that leaves the client registered.`, `${found.holder} is still registered: the image unloads under WSK. Deregister it first.`],
        )
        : message(
          [`This return fails while ${found.holder} is registered (line ${context.lineOf(found.note.node)}).`, `${why}: call ${DEREGISTER} before returning the failure.`],
          ['This return fails while the client is still registered.', `The registration is from line ${context.lineOf(found.note.node)}. ${why}: call ${DEREGISTER} first.`],
        ),
      related: [
        ...related(found.note),
        ...(found.helper ? [{ target: found.helper.call.callee, message: `${found.helper.call.summary.name} fails here with the client registered` }] : []),
        ...(driverEntry ? unloadSites(paths.definition, context) : []),
      ],
      fixes,
    });
  }
}

/** The unload routines DriverEntry sets (roles.ts): the I/O manager does not call them when DriverEntry fails. */
function unloadSites(entry: Node, context: RuleContext): { target: Node; message: string; file: string }[] {
  return context.roles().unloadRoutinesSetIn(entry, context.file).map(({ name, role }) => ({
    target: role.site.node,
    message: `${name} is the unload routine (${role.how}): the I/O manager does not call it when DriverEntry fails`,
    file: role.site.file,
  }));
}

/** The registrations a failing state holds that make its return wrong. */
function heldRegistrations(state: PathState, paths: FunctionPaths, driverEntry: boolean, exit: Node, context: RuleContext, typeName: (name: string) => boolean): Held[] {
  const held: Held[] = [];
  for (const [path, value] of state.env) {
    const object = state.object(value, 'registration');
    if (object?.state !== 'live' || object.owned === false || path === RETURNED) continue;
    if (driverEntry || isStackBlock(path, exit, context)) held.push({ value, holder: path, note: object.note });
  }
  if (!driverEntry) return held;
  // A start routine that fails with the client registered, its failure returned as DriverEntry's own.
  const returned = state.env.get(RETURNED);
  const status = returned === undefined ? undefined : state.factsOf(returned).statusOf;
  const helper = status ? paths.helperCalls.find((h) => h.node.startIndex === status.call) : undefined;
  for (const effect of helper?.summary.failsHolding ?? []) {
    if (effect.kind !== 'registration' || !helper) continue;
    const path = callerPath(effect.path, helper.args, typeName);
    if (!path || state.object(state.read(path), 'registration')?.state === 'ended') continue;
    held.push({ value: state.read(path), holder: path, note: effect.note ? { ...effect.note, file: effect.note.file ?? helper.summary.file } : { node: helper.callee, message: `${helper.summary.name} registers the client` }, helper: { call: helper, always: effect.when === 'always' } });
  }
  return held;
}

// ---------------------------------------------------------------------------------------------------
// Calls

/** WskDeregister on a path where the WskRegister of that block failed. */
function checkDeregister(call: WskCall, context: RuleContext): void {
  const argument = call.arg('WskRegistration');
  const at = statesAt(call, context);
  if (!argument || !at) return;
  const failed = at.states.map((state) => failedRegistration(state, at.paths.pointeeOf(state, argument))).find((note) => note);
  if (!failed) return;
  context.report({
    target: argument,
    message: message(
      [`WskDeregister after the registration at line ${context.lineOf(failed.node)} failed on this path.`, 'A failed WskRegister registered nothing: deregister only on the paths where it succeeded.'],
    ),
    related: related(failed),
  });
}

/** A helper that deregisters, called on a path where the WskRegister of that block failed. */
function reportHelperDeregisters(paths: FunctionPaths, context: RuleContext): void {
  const typeName = (name: string) => context.values.types.isTypeName(name);
  for (const helper of paths.helperCalls) {
    const end = helper.summary.ends.find((e) => e.kind === 'registration' && !e.owner && e.when !== 'maybe');
    const path = end ? callerPath(end.path, helper.args, typeName) : undefined;
    if (!path) continue;
    const failed = paths.statesBefore(helper.node).map((state) => failedRegistration(state, state.read(path))).find((note) => note);
    if (!failed) continue;
    context.report({
      target: helper.callee,
      message: message(
        [`${helper.summary.name} deregisters after the registration at line ${context.lineOf(failed.node)} failed on this path.`, 'A failed WskRegister registered nothing: deregister only on the paths where it succeeded.'],
        [`${helper.summary.name} deregisters a client whose registration failed on this path.`, `The registration at line ${context.lineOf(failed.node)} failed: deregister only where it succeeded.`],
      ),
      related: [...related(failed), ...(end?.note ? [{ target: end.note.node, message: 'the client deregisters here', file: end.note.file ?? helper.summary.file }] : [])],
    });
  }
}

/** The WskRegister that made this value, when a test proved it failed on the path. */
function failedRegistration(state: PathState, value: string | undefined): Note | undefined {
  const object = value === undefined ? undefined : state.factsOf(value).object;
  if (object?.kind !== 'registration' || object.state !== 'live' || object.call === undefined) return undefined;
  return state.outcome(object.call).failed === true ? object.note : undefined;
}

/** A second WskRegister on a registered block; a stack block or client dispatch that stays registered. */
function checkRegister(call: WskCall, context: RuleContext): void {
  const block = call.arg('WskRegistration');
  const at = statesAt(call, context);
  if (!block || !at) return;
  const registered = at.states.map((state) => {
    const value = at.paths.pointeeOf(state, block);
    return value === undefined ? undefined : state.object(value, 'registration');
  }).find((object) => object?.state === 'live');
  if (registered) {
    context.report({
      target: block,
      message: message(
        [`${context.text(block)} is registered again while the registration at line ${context.lineOf(registered.note.node)} still holds it.`, 'One WskRegister per block until WskDeregister: deregister first, or register another block.'],
        ['This registration block is registered a second time.', `The WskRegister at line ${context.lineOf(registered.note.node)} still holds it: deregister first.`],
      ),
      related: related(registered.note),
    });
    return;
  }
  const exit = registeredAtReturn(call, block, at.paths);
  if (!exit) return;
  const typeName = (name: string) => context.values.types.isTypeName(name);
  const path = addressedPath(block, typeName);
  if (path && isStackBlock(path, call.node, context)) {
    context.report({
      target: block,
      message: message(
        [`The registration block ${path} is a local that stays registered when the function returns.`, `WSK keeps using the WSK_REGISTRATION until WskDeregister: make ${path} static, global or part of a context that lives as long as the registration.`],
        ['A local registration block stays registered when the function returns.', `WSK keeps using ${path} until WskDeregister: make it static, global or part of a long-lived context.`],
      ),
      related: [{ target: exit, message: 'the function returns here with the client registered' }],
    });
    return;
  }
  const npi = call.arg('WskClientNpi');
  const dispatch = npi ? stackDispatch(npi, call, context) : undefined;
  if (npi && dispatch) {
    context.report({
      target: npi,
      message: message(
        [`The client dispatch ${dispatch.name} is a local that stays registered when the function returns.`, `WSK reads the WSK_CLIENT_DISPATCH until WskDeregister: make ${dispatch.name} static const or global.`],
        ['A local WSK_CLIENT_DISPATCH stays registered when the function returns.', `WSK reads ${dispatch.name} until WskDeregister: make it static const or global.`],
      ),
      related: [{ target: dispatch.at, message: `${dispatch.name} becomes the client dispatch here` }, { target: exit, message: 'the function returns here with the client registered' }],
    });
  }
}

/**
 * A return (not of a failure: that one is reported there) through which this call's registration is
 * still held: the object the call made, or — a helper's — the one its summary made in the block.
 */
function registeredAtReturn(call: WskCall, block: Node, paths: FunctionPaths): Node | undefined {
  const id = call.node.startIndex;
  for (const exit of paths.exits) {
    for (const state of exit.states) {
      const value = call.via ? paths.pointeeOf(state, block) : `o:${id}`;
      if (value === undefined || (call.via && !value.startsWith(`o:${id}:`))) continue;
      if (state.object(value, 'registration')?.state !== 'live') continue;
      // A return proved to fail is reported as such; one of an untested status also returns success.
      if (exit.node.type === 'return_statement' && failureState(state, state.env.get(RETURNED)) === state) continue;
      return exit.node;
    }
  }
  return undefined;
}

/** The non-static local WSK_CLIENT_DISPATCH that `&npi`'s Dispatch is given in this function, if any. */
function stackDispatch(npi: Node, call: WskCall, context: RuleContext): { name: string; at: Node } | undefined {
  const typeName = (name: string) => context.values.types.isTypeName(name);
  const path = addressedPath(npi, typeName);
  const definition = call.inFunction;
  if (!path || !definition) return undefined;
  const candidates: Node[] = [];
  for (const assignment of definition.descendantsOfType('assignment_expression')) {
    const left = assignment?.childForFieldName('left');
    const right = assignment?.childForFieldName('right');
    if (assignment && left && right && accessPath(left) === `${path}.Dispatch` && assignment.startIndex < call.node.startIndex) candidates.push(right);
  }
  // `WSK_CLIENT_NPI npi = { Context, &dispatch }` or `{ .Dispatch = &dispatch }`.
  const declaration = context.values.scopesAt(call.node)?.lookup(path, call.node.startIndex);
  const initializer = declaration?.declarator.type === 'init_declarator' ? declaration.declarator.childForFieldName('value') : null;
  if (initializer?.type === 'initializer_list') {
    const member = memberOf(initializer, 'Dispatch', 1);
    if (member) candidates.push(member);
  }
  for (const candidate of candidates) {
    const target = addressedPath(candidate, typeName);
    if (target && !target.includes('->') && !target.startsWith('*') && isStackBlock(target, call.node, context)) return { name: rootOf(target), at: candidate };
  }
  return undefined;
}

/** Whether a path is (part of) a non-static local of the function around `at`: storage on its stack. */
function isStackBlock(path: string, at: Node, context: RuleContext): boolean {
  if (path.startsWith('*') || path.includes('->')) return false;
  const declaration = context.values.scopesAt(at)?.lookup(rootOf(path), at.startIndex);
  if (!declaration) return false;
  let node: Node | null = declaration.declarator;
  while (node && node.type !== 'declaration' && node.type !== 'parameter_declaration') node = node.parent;
  if (node?.type !== 'declaration') return false;
  return !node.namedChildren.some((child) => child?.type === 'storage_class_specifier' && (child.text === 'static' || child.text === 'extern'));
}

/** How WskDeregister names a registration block held at a path: `&g_Reg`, `Reg` for `*Reg`. */
function addressOf(path: string): string | undefined {
  if (/^\*[A-Za-z_]\w*$/.test(path)) return path.slice(1);
  return path.startsWith('*') ? undefined : `&${path}`;
}

// ---------------------------------------------------------------------------------------------------
// WSK_CLIENT_DISPATCH

/** Version (first member) and Reserved (second) of a WSK_CLIENT_DISPATCH initializer. */
function checkClientDispatch(list: Node, context: RuleContext): void {
  const version = memberOf(list, 'Version', 0);
  const reserved = memberOf(list, 'Reserved', 1);
  const versionValue = version ? integerOf(version, context) : undefined;
  if (version && versionValue !== undefined && versionValue < FIRST_VERSION) {
    context.report({
      target: version,
      message: message(
        [`Version ${context.describe(version)} asks for WSK ${versionValue >> 8}.${versionValue & 0xff}, which does not exist.`, 'Build the version with MAKE_WSK_VERSION(major, minor): 1.0 is 0x0100. With this one every WskCaptureProviderNPI fails with STATUS_NOINTERFACE.'],
      ),
      fixes: context.inMacro(version) ? [] : [{ title: 'Replace with MAKE_WSK_VERSION(1,0)', edits: [{ target: version, newText: 'MAKE_WSK_VERSION(1,0)' }], preferred: true }],
    });
  }
  const reservedValue = reserved ? integerOf(reserved, context) : undefined;
  if (reserved && reservedValue !== undefined && reservedValue !== 0) {
    context.report({
      target: reserved,
      message: message(
        [`The Reserved member of WSK_CLIENT_DISPATCH is ${context.describe(reserved)}; it must be 0.`, 'WSK reserves this member for the system: initialize it to 0.'],
      ),
      fixes: context.inMacro(reserved) ? [] : [{ title: 'Replace with 0', edits: [{ target: reserved, newText: '0' }], preferred: true }],
    });
  }
}

/** A member of a struct initializer: by designator (`.Version = …`), else by position. */
function memberOf(list: Node, field: string, position: number): Node | undefined {
  const members = list.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  const designated = members.find((m) => m.type === 'initializer_pair' && new RegExp(`\\b${field}\\b`).test(m.childForFieldName('designator')?.text ?? m.namedChild(0)?.text ?? ''));
  if (designated) return designated.childForFieldName('value') ?? undefined;
  if (members.some((m) => m.type === 'initializer_pair')) return undefined;
  return members[position];
}

/** An integer constant: a literal (casts and parentheses aside) or a macro of the project that expands to one. */
function integerOf(node: Node, context: RuleContext): number | undefined {
  const value = context.values.evaluate(node);
  if (value.kind === 'integer') return value.value;
  const inner = unparenthesize(node);
  if (inner.type !== 'identifier') return undefined;
  const expanded = context.expandAt(inner, inner.text)?.trim();
  if (!expanded || expanded === inner.text) return undefined;
  return parseInteger(expanded.replace(/^\(+|\)+$/g, '').replace(/^\((?:USHORT|ULONG|unsigned\s+short)\)/, '').trim());
}

