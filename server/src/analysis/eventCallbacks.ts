// Which functions are WSK event callbacks, found once per workspace from where they are registered:
// a slot of a client dispatch table (WSK_CLIENT_LISTEN_DISPATCH, _DATAGRAM_, _CONNECTION_; a
// WSK_CLIENT_STREAM_DISPATCH holds a listen and a connection table) given by a static, global or local
// initializer (by position or by designator) or by an assignment to the slot's field (`t.WskReceiveEvent
// = F`, `Ctx->Dispatch.WskReceiveEvent = F`), or a conversion to the slot's function-pointer type
// (`(PFN_WSK_RECEIVE_EVENT)F`, `PFN_WSK_RECEIVE_EVENT p = F`). The tables themselves, with their slots,
// are kept for the rules that compare a socket's table with what it enables (WSK024).
//
// What counts, and why: a registration is a place where WSK is given the function, so WSK calls it with
// the callback's arguments (NULL DataIndication included). A function whose prototype merely has the
// callback's shape is not counted: nothing proves that WSK, rather than the driver with arguments of its
// own, calls it (and `_Function_class_` is blanked with the other SAL annotations before parsing).

import type { Node } from '../parse/treeSitter';
import type { ClientTableType, EventCallbackSpec, EventSlot } from '../wsk/events';
import { CLIENT_TABLE_TYPES, EVENT_CALLBACKS, STREAM_MEMBERS, clientTableType, eventCallback, eventCallbackOfPointerType, isEventSlot } from '../wsk/events';
import type { Note } from './paths';
import { isNullConstant } from './paths/conditions';
import { declaratorName, functionName, stripCasts, unparenthesize } from './syntax';

/** What the callbacks are found in (a program file). */
export interface EventSourceFile {
  readonly path: string;
  readonly view: string;
  readonly root: Node;
}

/** What a slot of a table holds. */
export type SlotValue =
  | { readonly kind: 'function'; readonly name: string; readonly node: Node; readonly file: string }
  | { readonly kind: 'null'; readonly node?: Node }
  /** A stream table's member: the address of another table, by its name. */
  | { readonly kind: 'table'; readonly name: string; readonly node: Node }
  | { readonly kind: 'unknown' };

/** A client dispatch table: a variable of one of the client table types, or a struct field of one. */
export interface ClientTable {
  /** The variable's (or field's) name. */
  readonly name: string;
  readonly file: string;
  /** The declarator's name. */
  readonly node: Node;
  readonly type: ClientTableType;
  /** `static`: file scope or a static local; `local`: an automatic local; `field`: a member of a struct. */
  readonly storage: 'static' | 'local' | 'field';
  /** The function a local (static or not) is declared in. */
  readonly inFunction?: Node;
  /** Declared with an initializer (members left out of it are NULL). */
  readonly initialized: boolean;
  /** Declared const: nothing may change its slots. */
  readonly constant: boolean;
  /** The slots as declared (initializer, or all NULL for a static without one); fields: none. */
  readonly declared: ReadonlyMap<string, SlotValue>;
}

/** One place where a function is given to WSK as an event callback. */
export interface CallbackRegistration {
  readonly slot: EventSlot;
  /** The table it is put in, when it is one (not for a conversion to the slot's pointer type). */
  readonly table?: ClientTable;
  readonly note: Note;
}

/** A function's role as an event callback: its slot (every registration agrees on it). */
export interface CallbackRole {
  readonly slot: EventSlot;
  readonly spec: EventCallbackSpec;
  readonly registrations: readonly CallbackRegistration[];
}

const TABLE_WORD = /\bWSK_CLIENT_(?:LISTEN|DATAGRAM|CONNECTION|STREAM)_DISPATCH\b/;
const SLOT_ASSIGNMENT = new RegExp(`(?:\\.|->)\\s*(?:${EVENT_CALLBACKS.map((spec) => spec.slot).join('|')})\\s*=[^=]`);
const POINTER_TYPE_WORD = new RegExp(`\\b(?:${EVENT_CALLBACKS.map((spec) => spec.pointerType).join('|')})\\b`);

/** The names under which a driver registers event callbacks (for grouping files that must be analysed together). */
export const REGISTERING_NAMES: readonly string[] = [
  ...CLIENT_TABLE_TYPES.map((table) => table.type),
  ...EVENT_CALLBACKS.flatMap((spec) => [spec.slot, spec.pointerType]),
];

export class EventCallbacks {
  private scanned = false;
  private readonly tableList: ClientTable[] = [];
  private readonly byFunction = new Map<string, CallbackRegistration[]>();
  /** Per table (by its node id and file): slots assigned at run time, with what they were given. */
  private readonly assigned = new Map<string, Map<string, SlotValue>>();
  /** Tables whose address goes somewhere that may change them (a helper, a copy). */
  private escapes: Set<string> | undefined;

  constructor(private readonly files: readonly EventSourceFile[]) {}

  /** Every place where a function is registered as an event callback (empty: it is not one). */
  registrationsOf(name: string): readonly CallbackRegistration[] {
    this.scan();
    return this.byFunction.get(name) ?? [];
  }

  /** The function's role, when it is registered and every registration names the same slot. */
  roleOf(name: string): CallbackRole | undefined {
    return roleFrom(this.registrationsOf(name));
  }

  /** Whether WSK may call the function as an event callback (any slot: it may run at DISPATCH_LEVEL). */
  isEventCallback(name: string): boolean {
    return this.registrationsOf(name).length > 0;
  }

  /**
   * The registrations that name this definition: a `static` function is only the one registered in
   * its own file (another file's function of the same name is another function).
   */
  registrationsOfDefinition(definition: Node, file: string): readonly CallbackRegistration[] {
    const name = functionName(definition);
    if (!name) return [];
    const registrations = this.registrationsOf(name);
    const isStatic = definition.namedChildren.some((child) => child?.type === 'storage_class_specifier' && child.text === 'static');
    return isStatic ? registrations.filter((registration) => registration.note.file === file) : registrations;
  }

  /** The role of a function definition (see registrationsOfDefinition), when every registration names the same slot. */
  roleOfDefinition(definition: Node, file: string): CallbackRole | undefined {
    return roleFrom(this.registrationsOfDefinition(definition, file));
  }

  /** Every function registered as an event callback, with its registrations. */
  callbacks(): ReadonlyMap<string, readonly CallbackRegistration[]> {
    this.scan();
    return this.byFunction;
  }

  /** Every client table of the workspace (variables and struct fields). */
  tables(): readonly ClientTable[] {
    this.scan();
    return this.tableList;
  }

  /**
   * The table variable a name denotes where it is used: a local of that function, else the one static
   * or global table of that name (the one in the same file when several files have one).
   */
  tableNamed(name: string, file: string, inFunction?: Node): ClientTable | undefined {
    this.scan();
    const candidates = this.tableList.filter((table) => table.name === name && table.storage !== 'field');
    const local = inFunction ? candidates.find((table) => table.inFunction?.id === inFunction.id && table.file === file) : undefined;
    if (local) return local;
    const globals = candidates.filter((table) => !table.inFunction);
    if (globals.length === 1) return globals[0];
    const here = globals.filter((table) => table.file === file);
    return here.length === 1 ? here[0] : undefined;
  }

  /**
   * What a slot of a table holds when WSK reads it: known for a table whose every slot the analysis
   * sees set (its initializer, or NULL for a static without one, then the assignments to its fields);
   * unknown for a struct field, or a table whose address goes anywhere but a WSK call (a helper may fill it).
   */
  slotOf(table: ClientTable, member: string): SlotValue {
    this.scan();
    if (table.storage === 'field') return { kind: 'unknown' };
    if (!table.constant && this.escaped(table)) return { kind: 'unknown' };
    const runtime = this.assigned.get(tableKey(table))?.get(member);
    if (runtime) return runtime;
    if (table.storage === 'local' && !table.initialized) return { kind: 'unknown' };
    return table.declared.get(member) ?? { kind: 'unknown' };
  }

  // -------------------------------------------------------------------------------------------------

  private scan(): void {
    if (this.scanned) return;
    this.scanned = true;
    for (const file of this.files) if (TABLE_WORD.test(file.view)) this.collectTables(file);
    for (const table of this.tableList) {
      for (const [member, value] of table.declared) {
        if (value.kind === 'function' && isEventSlot(member)) this.register(value.name, { slot: member, table, note: registeredNote(value.node, member, table.file) });
      }
    }
    for (const file of this.files) {
      if (SLOT_ASSIGNMENT.test(file.view)) this.collectAssignments(file);
      if (POINTER_TYPE_WORD.test(file.view)) this.collectConversions(file);
    }
  }

  private register(name: string, registration: CallbackRegistration): void {
    const list = this.byFunction.get(name);
    if (!list) {
      this.byFunction.set(name, [registration]);
      return;
    }
    if (!list.some((known) => known.note.node.id === registration.note.node.id && known.note.file === registration.note.file)) list.push(registration);
  }

  /** Declarations (and struct fields) of a client table type, with their initializers. */
  private collectTables(file: EventSourceFile): void {
    for (const declaration of file.root.descendantsOfType(['declaration', 'field_declaration'])) {
      if (!declaration) continue;
      const typeNode = declaration.childForFieldName('type');
      const type = typeNode ? tableTypeOf(typeNode) : undefined;
      if (!type) continue;
      const field = declaration.type === 'field_declaration';
      const inFunction = field ? undefined : enclosingFunctionOf(declaration);
      const storageClass = declaration.namedChildren.find((child) => child?.type === 'storage_class_specifier')?.text;
      // `extern` declares a table defined elsewhere (the definition is the one that counts).
      if (storageClass === 'extern') continue;
      const isStatic = storageClass === 'static';
      const constant = declaration.namedChildren.some((child) => child?.type === 'type_qualifier' && /^(?:const|CONST)$/.test(child.text));
      for (const declarator of declaration.childrenForFieldName('declarator')) {
        if (!declarator) continue;
        // Only the table itself: a pointer or an array of tables is something else.
        const target = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
        if (!target || (target.type !== 'identifier' && target.type !== 'field_identifier')) continue;
        const name = declaratorName(target);
        if (!name) continue;
        const init = declarator.type === 'init_declarator' ? declarator.childForFieldName('value') : null;
        const storage = field ? 'field' : inFunction && !isStatic ? 'local' : 'static';
        const declared = init?.type === 'initializer_list' ? slotsOf(init, type, file.path) : init ? new Map<string, SlotValue>() : storage === 'static' ? allNull(type) : new Map<string, SlotValue>();
        this.tableList.push({
          name: name.text,
          file: file.path,
          node: name,
          type,
          storage,
          ...(inFunction ? { inFunction } : {}),
          initialized: init?.type === 'initializer_list',
          constant,
          declared,
        });
      }
    }
  }

  /** `table.WskReceiveEvent = F`, `Ctx->Dispatch.WskAcceptEvent = (PFN_WSK_ACCEPT_EVENT)F`. */
  private collectAssignments(file: EventSourceFile): void {
    for (const assignment of file.root.descendantsOfType('assignment_expression')) {
      const left = assignment?.childForFieldName('left');
      const right = assignment?.childForFieldName('right');
      if (!assignment || !left || !right || left.type !== 'field_expression' || assignment.childForFieldName('operator')?.type !== '=') continue;
      const member = left.childForFieldName('field')?.text;
      if (!member || !isEventSlot(member)) continue;
      const base = left.childForFieldName('argument');
      const table = base && unparenthesize(base).type === 'identifier' && left.childForFieldName('operator')?.type === '.'
        ? this.tableNamed(unparenthesize(base).text, file.path, enclosingFunctionOf(assignment) ?? undefined)
        : undefined;
      const fn = namedFunction(right);
      const value: SlotValue = fn ? { kind: 'function', name: fn.text, node: fn, file: file.path } : { kind: 'unknown' };
      if (table) {
        const key = tableKey(table);
        const slots = this.assigned.get(key) ?? new Map<string, SlotValue>();
        const before = slots.get(member);
        // Several assignments: a function in every one keeps the slot non-NULL; anything else is unknown.
        slots.set(member, before && (before.kind !== 'function' || value.kind !== 'function') ? { kind: 'unknown' } : value);
        this.assigned.set(key, slots);
      }
      if (fn) this.register(fn.text, { slot: member, ...(table ? { table } : {}), note: registeredNote(fn, member, file.path) });
    }
  }

  /** `(PFN_WSK_RECEIVE_EVENT)F` and `PFN_WSK_RECEIVE_EVENT p = F`: the function given the slot's type. */
  private collectConversions(file: EventSourceFile): void {
    for (const node of file.root.descendantsOfType(['cast_expression', 'init_declarator'])) {
      if (!node) continue;
      let typeName: string | undefined;
      let value: Node | null = null;
      if (node.type === 'cast_expression') {
        typeName = node.childForFieldName('type')?.text.replace(/\s+/g, '');
        value = node.childForFieldName('value');
      } else {
        const declaration = node.parent;
        typeName = declaration?.type === 'declaration' ? declaration.childForFieldName('type')?.text : undefined;
        if (node.childForFieldName('declarator')?.type !== 'identifier') continue;
        value = node.childForFieldName('value');
      }
      const spec = typeName ? eventCallbackOfPointerType(typeName) : undefined;
      const fn = spec && value ? namedFunction(value) : undefined;
      if (!spec || !fn) continue;
      // A conversion inside a table's initializer or a slot assignment is that registration's.
      if (this.byFunction.get(fn.text)?.some((known) => known.slot === spec.slot && known.note.file === file.path && within(known.note.node, node))) continue;
      this.register(fn.text, { slot: spec.slot, note: registeredNote(fn, spec.slot, file.path) });
    }
  }

  /** Whether a table's address (or the table itself) is used anywhere but its declaration, its slots' assignments and WSK calls. */
  private escaped(table: ClientTable): boolean {
    if (!this.escapes) {
      this.escapes = new Set();
      const names = new Set(this.tableList.filter((t) => t.storage !== 'field').map((t) => t.name));
      for (const file of this.files) {
        if (![...names].some((name) => file.view.includes(name))) continue;
        for (const identifier of file.root.descendantsOfType('identifier')) {
          if (!identifier || !names.has(identifier.text) || !mayChangeTable(identifier)) continue;
          const owner = this.tableNamed(identifier.text, file.path, enclosingFunctionOf(identifier) ?? undefined);
          if (owner) this.escapes.add(tableKey(owner));
        }
      }
    }
    return this.escapes.has(tableKey(table));
  }
}

function roleFrom(registrations: readonly CallbackRegistration[]): CallbackRole | undefined {
  if (registrations.length === 0) return undefined;
  const slot = registrations[0].slot;
  if (registrations.some((registration) => registration.slot !== slot)) return undefined;
  return { slot, spec: eventCallback(slot), registrations };
}

function tableKey(table: ClientTable): string {
  return `${table.file}#${table.node.startIndex}`;
}

function registeredNote(node: Node, slot: string, file: string): Note {
  return { node, message: `registered as the ${slot} callback here`, file };
}

/** The slots an initializer list gives a table: by position, by designator, NULL where left out. */
function slotsOf(list: Node, type: ClientTableType, file: string): Map<string, SlotValue> {
  const slots = allNull(type);
  let index = 0;
  for (const item of list.namedChildren) {
    if (!item || item.type === 'comment') continue;
    let value: Node | null = item;
    if (item.type === 'initializer_pair') {
      const designator = item.childForFieldName('designator') ?? item.namedChild(0);
      const member = designator?.text.replace(/^\./, '').trim();
      const position = member ? type.members.indexOf(member) : -1;
      if (position < 0) return new Map(type.members.map((m) => [m, { kind: 'unknown' }]));
      index = position;
      value = item.childForFieldName('value');
    }
    const member = type.members[index];
    index++;
    if (!member || !value) continue;
    slots.set(member, slotValue(value, type, member, file));
  }
  return slots;
}

function slotValue(value: Node, type: ClientTableType, member: string, file: string): SlotValue {
  const core = stripCasts(value);
  if (isNullConstant(core)) return { kind: 'null', node: value };
  if (type.category === 'stream' && STREAM_MEMBERS[member]) {
    const pointer = core.type === 'pointer_expression' && core.childForFieldName('operator')?.type === '&' ? core.childForFieldName('argument') : null;
    const target = pointer ? unparenthesize(pointer) : null;
    return target?.type === 'identifier' ? { kind: 'table', name: target.text, node: target } : { kind: 'unknown' };
  }
  const fn = namedFunction(value);
  return fn ? { kind: 'function', name: fn.text, node: fn, file } : { kind: 'unknown' };
}

/**
 * The client table type a declaration's type names: a type name or a struct tag without a body. A
 * struct with a body declares a new type, and reading its text would cost its whole length for every
 * field nested in it (a fuzz input of thousands of nested structs took over 6 s).
 */
function tableTypeOf(typeNode: Node): ClientTableType | undefined {
  if (typeNode.type === 'type_identifier') return clientTableType(typeNode.text);
  if (typeNode.type !== 'struct_specifier' || typeNode.childForFieldName('body')) return undefined;
  const tag = typeNode.childForFieldName('name');
  return tag ? clientTableType(tag.text) : undefined;
}

function allNull(type: ClientTableType): Map<string, SlotValue> {
  return new Map(type.members.map((member) => [member, { kind: 'null' } as SlotValue]));
}

/** The function an expression names: `F`, `&F`, `(PFN_WSK_RECEIVE_EVENT)F`. */
function namedFunction(value: Node): Node | undefined {
  let node = unparenthesize(value);
  for (let i = 0; i < 16; i++) {
    const inner = node.type === 'cast_expression'
      ? node.childForFieldName('value')
      : node.type === 'pointer_expression' && node.childForFieldName('operator')?.type === '&' ? node.childForFieldName('argument') : null;
    if (!inner) break;
    node = unparenthesize(inner);
  }
  return node.type === 'identifier' && node.text !== 'NULL' ? node : undefined;
}



function enclosingFunctionOf(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (current.type === 'function_definition') return current;
  return undefined;
}

function within(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/**
 * Whether a use of a table's name may change its slots: anything but its own declaration, an
 * assignment to one of its slots (followed separately), `sizeof`, and its address given to a WSK
 * call or stored as a table pointer (`*AcceptSocketDispatch = &t`, a stream table's member).
 */
function mayChangeTable(identifier: Node): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === 'init_declarator' || parent.type === 'declaration') return !parent.childrenForFieldName('declarator').some((d) => d?.id === identifier.id);
  // `t.WskReceiveEvent = F` is followed; reading `t.X` changes nothing.
  if (parent.type === 'field_expression') return false;
  if (parent.type === 'sizeof_expression' || parent.type === 'parenthesized_expression' && parent.parent?.type === 'sizeof_expression') return false;
  if (parent.type === 'pointer_expression' && parent.childForFieldName('operator')?.type === '&') {
    // `Flag ? &t1 : &t2`, `(PVOID)&t`: the address goes where the whole expression goes.
    let use = parent.parent;
    let child: Node = parent;
    while (use && (use.type === 'parenthesized_expression' || (use.type === 'conditional_expression' && use.childForFieldName('condition')?.id !== child.id))) {
      child = use;
      use = use.parent;
    }
    // Given to a WSK call (`Dispatch->WskSocket(…, &t, …)`), stored as a table pointer, or in an initializer.
    if (use?.type === 'argument_list') return !isProviderCall(use.parent);
    if (use?.type === 'assignment_expression' || use?.type === 'init_declarator' || use?.type === 'initializer_list' || use?.type === 'initializer_pair') return false;
    if (use?.type === 'cast_expression') return false;
    return true;
  }
  return true;
}

/** `X->WskSocket(…)`, `Dispatch->WskAccept(…)`: a call through a provider table. */
function isProviderCall(call: Node | null): boolean {
  const fn = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  return fn?.type === 'field_expression' && /^Wsk/.test(fn.childForFieldName('field')?.text ?? '');
}
