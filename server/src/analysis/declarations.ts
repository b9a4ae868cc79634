// What the sources declare: typedefs, struct and union bodies, globals and functions of every file
// (the top level only: cheap), and the variables in scope at a point of a function body. Types are
// resolved on demand and cached until a file changes.

import type { Node } from '../parse/treeSitter';
import type { CType } from './types';
import { UNKNOWN, VOID, builtinType, pointerTo, primitiveType } from './types';
import { MAX_SYNTAX_DEPTH, declaratorName, declaratorsOf, functionDeclarator } from './syntax';
import { perNode } from './nodeMemo';

/** A declared name with the syntax that gives its type. */
export interface Declaration {
  readonly name: string;
  /** The type specifier node (`PSECURITY_DESCRIPTOR`, `struct _X {…}`). */
  readonly spec: Node;
  /** The declarator (`*p`, `p[3]`, `p = NULL`, or the bare name). */
  readonly declarator: Node;
  readonly file: string;
}

/** The top-level declarations of one parsed file. */
export class FileDeclarations {
  readonly typedefs = new Map<string, Declaration>();
  /** Struct/union bodies by tag (`_CTX`) or, for anonymous ones, by the typedef names. */
  readonly records = new Map<string, Node>();
  readonly globals = new Map<string, Declaration>();
  readonly functions = new Map<string, Node>();

  constructor(readonly file: string, root: Node) {
    this.collect(root);
  }

  private collect(container: Node, depth = 0): void {
    if (depth > MAX_SYNTAX_DEPTH) return;
    for (const node of container.namedChildren) {
      if (!node) continue;
      switch (node.type) {
        case 'function_definition': {
          const name = functionDeclarator(node)?.childForFieldName('declarator');
          const id = name ? declaratorName(name) : null;
          if (id) this.functions.set(id.text, node);
          this.collectRecord(node.childForFieldName('type'), []);
          break;
        }
        case 'type_definition': {
          const spec = node.childForFieldName('type');
          if (!spec) break;
          const names: string[] = [];
          for (const declarator of declaratorsOf(node)) {
            const id = declaratorName(declarator);
            if (!id) continue;
            names.push(id.text);
            this.typedefs.set(id.text, { name: id.text, spec, declarator, file: this.file });
          }
          this.collectRecord(spec, names);
          break;
        }
        case 'declaration': {
          const spec = node.childForFieldName('type');
          if (!spec) break;
          this.collectRecord(spec, []);
          for (const declarator of declaratorsOf(node)) {
            if (isFunctionPrototype(declarator)) continue;
            const id = declaratorName(declarator);
            if (id) this.globals.set(id.text, { name: id.text, spec, declarator, file: this.file });
          }
          break;
        }
        case 'struct_specifier':
        case 'union_specifier':
          this.collectRecord(node, []);
          break;
        case 'preproc_if': case 'preproc_ifdef': case 'preproc_else': case 'preproc_elif': case 'preproc_elifdef':
        case 'linkage_specification': case 'declaration_list':
          this.collect(node, depth + 1);
          break;
        default:
          break;
      }
    }
  }

  /** Records a struct/union body under its tag and the typedef names given to it. */
  private collectRecord(spec: Node | null, typedefNames: string[]): void {
    if (!spec || (spec.type !== 'struct_specifier' && spec.type !== 'union_specifier')) return;
    const body = spec.childForFieldName('body');
    if (!body) return;
    const tag = spec.childForFieldName('name')?.text;
    if (tag) this.records.set(tag, body);
    else for (const name of typedefNames) this.records.set(name, body);
  }
}

function isFunctionPrototype(declarator: Node): boolean {
  let current: Node | null = declarator;
  while (current && current.type === 'init_declarator') current = current.childForFieldName('declarator');
  return current?.type === 'function_declarator';
}

/** Resolves type names, record fields and globals across every file of the workspace. */
/** Every file's top-level names in one place: the first file that declares a name wins. */
interface Merged {
  readonly typedefs: Map<string, Declaration>;
  readonly records: Map<string, Node>;
  readonly globals: Map<string, Declaration>;
  /** Globals by file, so that a file's own declaration comes first. */
  readonly globalsByFile: Map<string, Map<string, Declaration>>;
  readonly functions: Map<string, Node>;
}

export class TypeIndex {
  private readonly typedefCache = new Map<string, CType>();
  private readonly fieldCache = new Map<Node | string, Map<string, Declaration>>();
  private readonly fieldNameCache = new Map<string, ReadonlySet<string>>();
  private merged: Merged | undefined;

  constructor(private readonly files: () => Iterable<FileDeclarations>) {}

  /** Forgets every resolved type and the merged names: call after any file changed. */
  invalidate(): void {
    this.typedefCache.clear();
    this.fieldCache.clear();
    this.fieldNameCache.clear();
    this.merged = undefined;
  }

  /**
   * The type a name stands for: the WDK's own typedefs first (a project's stand-in header must not make
   * SIZE_T narrower than a pointer), then the workspace's, else unknown.
   */
  named(name: string, seen: Set<string> = new Set()): CType {
    const cached = this.typedefCache.get(name);
    if (cached) return cached;
    let result: CType | undefined = builtinType(name);
    if (!result && !seen.has(name)) {
      seen.add(name);
      const declaration = this.all().typedefs.get(name);
      if (declaration) result = this.typeOf(declaration.spec, declaration.declarator, seen, name);
    }
    result ??= { kind: 'unknown', name };
    this.typedefCache.set(name, result);
    return result;
  }

  /** The type declared by a specifier and a declarator (`PSECURITY_DESCRIPTOR *p[2]`). */
  typeOf(spec: Node, declarator: Node | null, seen: Set<string> = new Set(), typedefName?: string): CType {
    let type = this.specifierType(spec, seen);
    const layers: Node[] = [];
    for (let current = declarator; current; ) {
      layers.push(current);
      if (current.type === 'parenthesized_declarator') current = current.firstNamedChild;
      else current = current.childForFieldName('declarator');
    }
    for (const layer of layers) {
      if (layer.type === 'pointer_declarator' || layer.type === 'abstract_pointer_declarator') type = pointerTo(type);
      else if (layer.type === 'array_declarator' || layer.type === 'abstract_array_declarator') type = { kind: 'array', of: type };
      else if (layer.type === 'function_declarator' || layer.type === 'abstract_function_declarator') type = UNKNOWN;
    }
    if (typedefName && type.kind === 'pointer' && type.name === undefined) type = pointerTo(type.to, typedefName);
    return type;
  }

  /** The names of the record fields (of any record) whose declared type matches a pattern. */
  fieldsTypedLike(pattern: RegExp): ReadonlySet<string> {
    const key = pattern.source;
    const cached = this.fieldNameCache.get(key);
    if (cached) return cached;
    const names = new Set<string>();
    for (const body of this.all().records.values()) {
      if (!pattern.test(body.text)) continue;
      const fields = new Map<string, Declaration>();
      collectFields(body, fields, '');
      for (const [name, declaration] of fields) if (pattern.test(declaration.spec.text)) names.add(name);
    }
    this.fieldNameCache.set(key, names);
    return names;
  }

  /** What a function definition returns: its type outside the parameter list (PIRP for `PIRP NewIrp(VOID)`). */
  returnType(definition: Node): CType {
    const spec = definition.childForFieldName('type');
    let type = spec ? this.specifierType(spec, new Set()) : UNKNOWN;
    for (let current: Node | null = definition.childForFieldName('declarator'); current; current = current.childForFieldName('declarator')) {
      if (current.type === 'function_declarator') return type;
      if (current.type !== 'pointer_declarator') break;
      type = pointerTo(type);
    }
    return UNKNOWN;
  }

  /** The fields of a record type, by name. */
  fields(type: CType): Map<string, Declaration> | undefined {
    if (type.kind !== 'record' || type.key === undefined) return undefined;
    const cached = this.fieldCache.get(type.key);
    if (cached) return cached;
    const body = this.all().records.get(type.key);
    if (!body) return undefined;
    const fields = new Map<string, Declaration>();
    collectFields(body, fields, '');
    this.fieldCache.set(type.key, fields);
    return fields;
  }

  /** The type of a record's field. */
  fieldType(record: CType, field: string): CType {
    const declaration = this.fields(record)?.get(field);
    return declaration ? this.typeOf(declaration.spec, declaration.declarator) : UNKNOWN;
  }

  global(name: string, preferFile?: string): Declaration | undefined {
    const merged = this.all();
    return (preferFile ? merged.globalsByFile.get(preferFile)?.get(name) : undefined) ?? merged.globals.get(name);
  }

  functionDefinition(name: string): Node | undefined {
    return this.all().functions.get(name);
  }

  /** Whether a name is a type (typedef of the workspace or the WDK). */
  isTypeName(name: string): boolean {
    return builtinType(name) !== undefined || this.all().typedefs.has(name);
  }

  private specifierType(spec: Node, seen: Set<string>): CType {
    switch (spec.type) {
      case 'primitive_type':
        return primitiveType(spec.text);
      case 'sized_type_specifier':
        return { kind: 'scalar', name: spec.text, pointerSized: false };
      case 'enum_specifier':
        return { kind: 'scalar', name: spec.text, pointerSized: false };
      case 'type_identifier':
        return this.named(spec.text, seen);
      case 'struct_specifier':
      case 'union_specifier': {
        const tag = spec.childForFieldName('name')?.text;
        if (tag) return { kind: 'record', name: tag.replace(/^_/, ''), key: tag };
        const body = spec.childForFieldName('body');
        if (!body) return UNKNOWN;
        // An anonymous body: its fields are found through the node itself.
        const key = `@${spec.startIndex}:${spec.endIndex}`;
        const fields = new Map<string, Declaration>();
        collectFields(body, fields, '');
        this.fieldCache.set(key, fields);
        return { kind: 'record', name: spec.type === 'union_specifier' ? 'union' : 'struct', key };
      }
      default:
        return spec.text === 'void' ? VOID : UNKNOWN;
    }
  }

  private all(): Merged {
    if (this.merged) return this.merged;
    const merged: Merged = { typedefs: new Map(), records: new Map(), globals: new Map(), globalsByFile: new Map(), functions: new Map() };
    const addAll = <T>(into: Map<string, T>, from: Map<string, T>) => {
      for (const [name, value] of from) if (!into.has(name)) into.set(name, value);
    };
    for (const file of this.files()) {
      addAll(merged.typedefs, file.typedefs);
      addAll(merged.records, file.records);
      addAll(merged.globals, file.globals);
      addAll(merged.functions, file.functions);
      merged.globalsByFile.set(file.file, file.globals);
    }
    this.merged = merged;
    return merged;
  }
}

/** Fields of a struct/union body; members of anonymous unions and structs are fields of the outer one. */
function collectFields(body: Node, into: Map<string, Declaration>, file: string, depth = 0): void {
  if (depth > MAX_SYNTAX_DEPTH) return;
  for (const member of body.namedChildren) {
    if (!member) continue;
    if (member.type === 'field_declaration') {
      const spec = member.childForFieldName('type');
      if (!spec) continue;
      const declarators = declaratorsOf(member);
      if (declarators.length === 0) {
        const inner = spec.childForFieldName('body');
        if (inner) collectFields(inner, into, file, depth + 1);
        continue;
      }
      for (const declarator of declarators) {
        const id = declaratorName(declarator);
        if (id) into.set(id.text, { name: id.text, spec, declarator, file });
      }
    } else if (member.type.startsWith('preproc_')) {
      collectFields(member, into, file, depth + 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Scopes inside a function

interface ScopedDeclaration {
  readonly declaration: Declaration;
  /** The block (or for statement, or the whole function for parameters) the name is visible in. */
  readonly scopeStart: number;
  readonly scopeEnd: number;
  /** Visible from here on. */
  readonly from: number;
}

/** The locals and parameters of one function, collected once, for fast lookups by name and position. */
export class FunctionScopes {
  private readonly byName = new Map<string, ScopedDeclaration[]>();

  constructor(definition: Node, file: string) {
    for (const declaration of parameterDeclarations(definition, file)) {
      this.add({ declaration, scopeStart: definition.startIndex, scopeEnd: definition.endIndex, from: definition.startIndex });
    }
    const body = definition.childForFieldName('body');
    if (!body) return;
    for (const node of body.descendantsOfType('declaration')) {
      if (!node) continue;
      const scope = scopeOf(node);
      const spec = node.childForFieldName('type');
      if (!scope || !spec) continue;
      for (const declarator of declaratorsOf(node)) {
        const id = declaratorName(declarator);
        if (id) this.add({ declaration: { name: id.text, spec, declarator, file }, scopeStart: scope.startIndex, scopeEnd: scope.endIndex, from: id.endIndex });
      }
    }
  }

  /** The declaration of `name` visible at `offset`: the innermost one declared before it. */
  lookup(name: string, offset: number): Declaration | undefined {
    let best: ScopedDeclaration | undefined;
    for (const candidate of this.byName.get(name) ?? []) {
      if (offset < candidate.scopeStart || offset >= candidate.scopeEnd || offset < candidate.from) continue;
      if (!best || candidate.scopeStart > best.scopeStart || (candidate.scopeStart === best.scopeStart && candidate.from > best.from)) best = candidate;
    }
    return best?.declaration;
  }

  /** Every variable visible at `offset`, innermost first. */
  visible(offset: number): Declaration[] {
    const found: ScopedDeclaration[] = [];
    for (const name of this.byName.keys()) {
      const declaration = this.lookup(name, offset);
      const entry = declaration && this.byName.get(name)?.find((c) => c.declaration === declaration);
      if (entry) found.push(entry);
    }
    return found.sort((a, b) => b.scopeStart - a.scopeStart).map((entry) => entry.declaration);
  }

  private add(entry: ScopedDeclaration): void {
    const list = this.byName.get(entry.declaration.name);
    if (list) list.push(entry);
    else this.byName.set(entry.declaration.name, [entry]);
  }
}

/** The block or for statement a local declaration belongs to (through #if groups). */
function scopeOf(declaration: Node): Node | null {
  for (let current = declaration.parent; current; current = current.parent) {
    if (current.type === 'compound_statement' || current.type === 'for_statement') return current;
    if (!current.type.startsWith('preproc_')) return null;
  }
  return null;
}

export function parameterDeclarations(definition: Node, file: string): Declaration[] {
  return parametersOf(definition).map((parameter) => ({ ...parameter, file }));
}

/** A function's parameters, read once per definition (summaries, forwarding and the path engine ask again and again). */
const parametersOf = perNode((definition): readonly Omit<Declaration, 'file'>[] => {
  const parameters = functionDeclarator(definition)?.childForFieldName('parameters');
  if (!parameters) return [];
  const result: Omit<Declaration, 'file'>[] = [];
  for (const parameter of parameters.namedChildren) {
    if (!parameter || parameter.type !== 'parameter_declaration') continue;
    const spec = parameter.childForFieldName('type');
    const declarator = parameter.childForFieldName('declarator');
    const id = declarator ? declaratorName(declarator) : null;
    if (spec && declarator && id) result.push({ name: id.text, spec, declarator });
  }
  return result;
});

/** Parameters and locals of a function (anything declared inside it), found once per definition. */
export const localNames: (definition: Node) => ReadonlySet<string> = perNode((definition) => {
  const names = new Set<string>();
  for (const declarator of definition.descendantsOfType(['parameter_declaration', 'declaration'])) {
    if (!declarator) continue;
    for (const d of declarator.childrenForFieldName('declarator')) {
      const name = d ? innermostDeclaredName(d.type === 'init_declarator' ? (d.childForFieldName('declarator') ?? d) : d) : undefined;
      if (name) names.add(name);
    }
  }
  return names;
});

function innermostDeclaredName(declarator: Node): string | undefined {
  let node: Node | null = declarator;
  while (node && node.type !== 'identifier') node = node.childForFieldName('declarator') ?? (node.type === 'parenthesized_declarator' ? node.firstNamedChild : null);
  return node?.text;
}
