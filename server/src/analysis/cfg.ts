// Control-flow graphs of function bodies, built from the tree-sitter tree: sequences, if/else, switch
// with fall-through and default, while/do/for with break and continue, goto and labels (the WDK's
// `goto Exit;` cleanup style), return, __try/__except/__finally/__leave, `&&`, `||`, `!` and `?:`
// around calls, and `#if`/`#else` inside bodies (every branch is a possible path). What the builder
// does not understand, ERROR regions included, becomes an opaque element: it never throws.
//
// Blocks hold elements in evaluation order; an edge may carry the condition it assumes, so the path
// engine can refine its state on it. A `return` (or the closing brace) is an `exit` element.

import type { Node } from '../parse/treeSitter';
import { MAX_SYNTAX_DEPTH, unparenthesize } from './syntax';

export type Element =
  /** A statement or expression evaluated for its effects (calls, assignments); `returned`: a return's value. */
  | { readonly kind: 'eval'; readonly node: Node; readonly returned?: true }
  /** `left = right`, where the builder split a conditional right side into branches. */
  | { readonly kind: 'assign'; readonly node: Node; readonly left: Node; readonly right: Node }
  /** A declaration, with its initialisers. */
  | { readonly kind: 'declare'; readonly node: Node }
  /** Leaving the function: a return statement, or the function's closing brace. */
  | { readonly kind: 'exit'; readonly node: Node }
  /** Something the builder does not understand (an ERROR region): its effects are unknown. */
  | { readonly kind: 'opaque'; readonly node: Node };

export interface Edge {
  readonly to: Block;
  /** The condition this edge assumes, and its value on the edge. */
  readonly condition?: { readonly node: Node; readonly value: boolean };
  /** An edge taken when an exception leaves a __try body. */
  readonly exceptional?: boolean;
  /**
   * A switch's edge to a `case`: the switch's subject equals the case's `value` on it; to `default:` (or
   * past the switch when it has none), it equals none of the cases' values (`excludes`).
   */
  readonly caseOf?: { readonly subject: Node; readonly value?: Node; readonly excludes?: readonly Node[] };
}

export interface Block {
  readonly id: number;
  readonly elements: Element[];
  readonly successors: Edge[];
  /** The label this block starts with, if any (for dumps). */
  label?: string;
}

export interface Cfg {
  readonly entry: Block;
  readonly blocks: readonly Block[];
  readonly definition: Node;
  /** Too large to build whole: parts were left opaque, so path rules must not trust it. */
  readonly truncated: boolean;
}

/** Blocks one function may have; beyond, the CFG is truncated (and the function's path rules skipped). */
const MAX_BLOCKS = 20_000;
/**
 * A function body longer than this is not built at all (truncated, path rules skipped): a quarter of a
 * megabyte of one function is generated code, and walking it would cost seconds before any budget trips.
 */
const MAX_FUNCTION_BYTES = 256 * 1024;

/** Builds the CFG of a function_definition. */
export function buildCfg(definition: Node): Cfg {
  return new Builder(definition).build();
}

interface Target {
  readonly block: Block;
  /** How many __finally frames enclose the target. */
  readonly depth: number;
}

interface Frame {
  readonly finallyBody: Node | undefined;
  readonly leave: Target;
}

interface Context {
  readonly breakTo?: Target;
  readonly continueTo?: Target;
  readonly frames: readonly Frame[];
}

const TRY_LIKE = 'seh_try_statement';

class Builder {
  private readonly blocks: Block[] = [];
  private readonly labels = new Map<string, Target>();
  private readonly labelDepths = new Map<string, number>();
  private depth = 0;
  private readonly finallyChains = new Map<string, Block>();
  /** The function has more blocks than the analysis follows: the rest of it is left out. */
  private truncated = false;

  constructor(private readonly definition: Node) {}

  build(): Cfg {
    const entry = this.newBlock();
    const body = this.definition.childForFieldName('body');
    if (!body) return { entry, blocks: this.blocks, definition: this.definition, truncated: false };
    if (body.endIndex - body.startIndex > MAX_FUNCTION_BYTES) return { entry, blocks: this.blocks, definition: this.definition, truncated: true };
    this.scanLabels(body, 0);
    const end = this.statement(body, entry, { frames: [] });
    if (end) end.elements.push({ kind: 'exit', node: body.lastChild ?? body });
    return { entry, blocks: this.blocks, definition: this.definition, truncated: this.truncated };
  }

  private newBlock(): Block {
    const block: Block = { id: this.blocks.length, elements: [], successors: [] };
    this.blocks.push(block);
    if (this.blocks.length > MAX_BLOCKS) this.truncated = true;
    return block;
  }

  private link(from: Block, to: Block, condition?: { node: Node; value: boolean }, exceptional = false): void {
    from.successors.push(condition ? { to, condition } : exceptional ? { to, exceptional } : { to });
  }

  /** Records the __finally depth of every label so that a goto knows which frames it leaves. */
  private scanLabels(node: Node, depth: number): void {
    // One search in the tree instead of a walk node by node: most functions have no label, and most
    // of the rest no __try, where every label is at the depth of the body.
    if (node.descendantsOfType('labeled_statement').length === 0) return;
    if (node.descendantsOfType(TRY_LIKE).length === 0) return;
    const stack: [Node, number][] = [[node, depth]];
    while (stack.length > 0) {
      const [current, d] = stack.pop() as [Node, number];
      if (current.type === 'labeled_statement') {
        const label = current.childForFieldName('label')?.text;
        if (label && !this.labelDepths.has(label)) this.labelDepths.set(label, d);
      }
      const inner = current.type === TRY_LIKE && hasFinally(current) ? d + 1 : d;
      for (const child of current.namedChildren) {
        if (!child || child.type.endsWith('_expression') || child.type === 'comment') continue;
        // The __finally clause itself runs at the outer depth.
        stack.push([child, child.type === 'seh_finally_clause' ? d : inner]);
      }
    }
  }

  private label(name: string): Target {
    let target = this.labels.get(name);
    if (!target) {
      const block = this.newBlock();
      block.label = name;
      target = { block, depth: this.labelDepths.get(name) ?? 0 };
      this.labels.set(name, target);
    }
    return target;
  }

  /**
   * Adds a statement after `current`; returns the block where control continues, or undefined when
   * it does not (after return, break, goto…).
   */
  private statement(node: Node, current: Block | undefined, ctx: Context): Block | undefined {
    // Unreachable code still gets blocks (a label may jump into it).
    const block = current ?? this.newBlock();
    if (this.depth >= MAX_SYNTAX_DEPTH || this.truncated) {
      block.elements.push({ kind: 'opaque', node });
      return block;
    }
    this.depth++;
    try {
      return this.nested(node, block, ctx);
    } finally {
      this.depth--;
    }
  }

  private nested(node: Node, start: Block, ctx: Context): Block | undefined {
    let block = start;
    switch (node.type) {
      case 'compound_statement':
      case 'translation_unit':
        return this.sequence(node.namedChildren, block, ctx);

      case 'declaration':
        block.elements.push({ kind: 'declare', node });
        return block;

      case 'expression_statement': {
        const expression = node.firstNamedChild;
        if (!expression || expression.type === 'comment') return block;
        return this.expression(expression, block);
      }

      case 'if_statement': {
        const condition = node.childForFieldName('condition');
        const consequence = node.childForFieldName('consequence');
        const alternative = node.childForFieldName('alternative');
        const thenBlock = this.newBlock();
        const elseBlock = this.newBlock();
        this.condition(condition ? unparenthesize(condition) : null, block, thenBlock, elseBlock);
        const thenEnd = consequence ? this.statement(consequence, thenBlock, ctx) : thenBlock;
        const elseBody = alternative?.type === 'else_clause' ? alternative.namedChildren.find((c) => c && c.type !== 'comment') ?? null : alternative;
        const elseEnd = elseBody ? this.statement(elseBody, elseBlock, ctx) : elseBlock;
        return this.join([thenEnd, elseEnd]);
      }

      case 'while_statement': {
        const head = this.newBlock();
        const body = this.newBlock();
        const after = this.newBlock();
        this.link(block, head);
        const condition = node.childForFieldName('condition');
        this.condition(condition ? unparenthesize(condition) : null, head, body, after);
        const inner = { ...ctx, breakTo: this.target(after, ctx), continueTo: this.target(head, ctx) };
        const bodyNode = node.childForFieldName('body');
        const end = bodyNode ? this.statement(bodyNode, body, inner) : body;
        if (end) this.link(end, head);
        return after;
      }

      case 'do_statement': {
        const body = this.newBlock();
        const tail = this.newBlock();
        const after = this.newBlock();
        this.link(block, body);
        const inner = { ...ctx, breakTo: this.target(after, ctx), continueTo: this.target(tail, ctx) };
        const bodyNode = node.childForFieldName('body');
        const end = bodyNode ? this.statement(bodyNode, body, inner) : body;
        if (end) this.link(end, tail);
        const condition = node.childForFieldName('condition');
        this.condition(condition ? unparenthesize(condition) : null, tail, body, after);
        return after;
      }

      case 'for_statement': {
        const initializer = node.childForFieldName('initializer');
        if (initializer) {
          if (initializer.type === 'declaration') block.elements.push({ kind: 'declare', node: initializer });
          else block = this.expression(initializer, block);
        }
        const head = this.newBlock();
        const body = this.newBlock();
        const update = this.newBlock();
        const after = this.newBlock();
        this.link(block, head);
        const condition = node.childForFieldName('condition');
        if (condition) this.condition(unparenthesize(condition), head, body, after);
        else this.link(head, body);
        const inner = { ...ctx, breakTo: this.target(after, ctx), continueTo: this.target(update, ctx) };
        const bodyNode = node.childForFieldName('body');
        const end = bodyNode ? this.statement(bodyNode, body, inner) : body;
        if (end) this.link(end, update);
        const step = node.childForFieldName('update');
        const updated = step ? this.expression(step, update) : update;
        this.link(updated, head);
        return after;
      }

      case 'switch_statement':
        return this.switchStatement(node, block, ctx);

      case 'case_statement':
        // A case label reached by falling through from the statement before it.
        return this.sequence(node.namedChildren.filter((c) => c?.id !== node.childForFieldName('value')?.id), block, ctx);

      case 'break_statement':
        if (ctx.breakTo) this.jump(block, ctx.breakTo, ctx);
        return undefined;

      case 'continue_statement':
        if (ctx.continueTo) this.jump(block, ctx.continueTo, ctx);
        return undefined;

      case 'goto_statement': {
        const label = node.childForFieldName('label')?.text;
        if (label) this.jump(block, this.label(label), ctx);
        return undefined;
      }

      case 'labeled_statement': {
        const name = node.childForFieldName('label')?.text;
        const target = name ? this.label(name).block : this.newBlock();
        this.link(block, target);
        const inner = node.namedChildren.find((c) => c && c.type !== 'statement_identifier' && c.type !== 'comment');
        return inner ? this.statement(inner, target, ctx) : target;
      }

      case 'return_statement': {
        const value = node.namedChildren.find((c) => c && c.type !== 'comment');
        if (value) block.elements.push({ kind: 'eval', node: unparenthesize(value), returned: true });
        const exit = this.newBlock();
        exit.elements.push({ kind: 'exit', node });
        this.jump(block, { block: exit, depth: 0 }, ctx);
        return undefined;
      }

      case 'seh_try_statement':
        return this.tryStatement(node, block, ctx);

      case 'seh_leave_statement': {
        const frame = ctx.frames[ctx.frames.length - 1];
        if (frame) this.jump(block, frame.leave, ctx);
        return undefined;
      }

      case 'preproc_else':
        return this.sequence(node.namedChildren, block, ctx);

      case 'preproc_if': case 'preproc_ifdef': case 'preproc_elif': case 'preproc_elifdef': {
        // Every branch of a conditional is a possible path.
        const alternative = node.childForFieldName('alternative');
        const skip = new Set([node.childForFieldName('condition')?.id, node.childForFieldName('name')?.id, alternative?.id]);
        const body = node.namedChildren.filter((c) => c && !skip.has(c.id));
        const thenBlock = this.newBlock();
        const elseBlock = this.newBlock();
        this.link(block, thenBlock);
        this.link(block, elseBlock);
        const thenEnd = this.sequence(body, thenBlock, ctx);
        const elseEnd = alternative ? this.statement(alternative, elseBlock, ctx) : elseBlock;
        return this.join([thenEnd, elseEnd]);
      }

      case 'attributed_statement': {
        const inner = node.namedChildren.find((c) => c && c.type !== 'attribute_declaration');
        return inner ? this.statement(inner, block, ctx) : block;
      }

      case 'comment': case 'preproc_call': case 'preproc_def': case 'preproc_function_def': case 'preproc_include':
      case 'type_definition': case 'struct_specifier': case 'union_specifier': case 'enum_specifier':
        return block;

      default:
        block.elements.push({ kind: 'opaque', node });
        return block;
    }
  }

  private sequence(children: readonly (Node | null)[], start: Block, ctx: Context): Block | undefined {
    let current: Block | undefined = start;
    for (const child of children) {
      if (!child || child.type === 'comment') continue;
      current = this.statement(child, current, ctx);
    }
    return current;
  }

  private switchStatement(node: Node, block: Block, ctx: Context): Block {
    const condition = node.childForFieldName('condition');
    if (condition) block.elements.push({ kind: 'eval', node: unparenthesize(condition) });
    const after = this.newBlock();
    const inner = { ...ctx, breakTo: this.target(after, ctx) };
    const body = node.childForFieldName('body');
    let hasDefault = false;
    let current: Block | undefined;
    const subject = condition ? unparenthesize(condition) : undefined;
    const values = (body?.namedChildren ?? []).flatMap((child) => {
      const value = child?.type === 'case_statement' ? child.childForFieldName('value') : null;
      return value ? [unparenthesize(value)] : [];
    });
    const caseEdge = (to: Block, value: Node | null) => {
      if (!subject) this.link(block, to);
      else block.successors.push({ to, caseOf: value ? { subject, value: unparenthesize(value) } : { subject, excludes: values } });
    };
    for (const child of body?.namedChildren ?? []) {
      if (!child || child.type === 'comment') continue;
      if (child.type === 'case_statement') {
        const entry = this.newBlock();
        const value = child.childForFieldName('value');
        caseEdge(entry, value);
        if (!value) hasDefault = true;
        if (current) this.link(current, entry);
        current = this.statement(child, entry, inner);
      } else {
        current = this.statement(child, current, inner);
      }
    }
    if (current) this.link(current, after);
    if (!hasDefault) caseEdge(after, null);
    return after;
  }

  private tryStatement(node: Node, block: Block, ctx: Context): Block | undefined {
    const body = node.childForFieldName('body');
    const except = node.namedChildren.find((c) => c?.type === 'seh_except_clause') ?? null;
    const finallyClause = node.namedChildren.find((c) => c?.type === 'seh_finally_clause') ?? null;
    const finallyBody = finallyClause?.childForFieldName('body') ?? undefined;
    const after = this.newBlock();
    const bodyEnd = this.newBlock();
    // `__leave` goes to the end of the body, inside this frame: the __finally then runs as on the normal path.
    const leave = { block: bodyEnd, depth: finallyDepth(ctx) + (finallyBody ? 1 : 0) };
    const inner: Context = { ...ctx, frames: [...ctx.frames, { finallyBody, leave }] };
    // The entry stays empty: an exception before anything in the body ran leaves from it.
    const entry = this.newBlock();
    this.link(block, entry);
    const firstBodyBlock = this.blocks.length;
    const start = this.newBlock();
    this.link(entry, start);
    const end = body ? this.statement(body, start, inner) : start;
    if (end) this.link(end, bodyEnd);
    const lastBodyBlock = this.blocks.length;

    if (except) {
      // An exception may leave the body at any point: the handler sees every state the body reaches.
      const handler = this.newBlock();
      const filter = except.childForFieldName('filter');
      if (filter) handler.elements.push({ kind: 'eval', node: unparenthesize(filter) });
      this.link(entry, handler, undefined, true);
      for (let id = firstBodyBlock; id < lastBodyBlock; id++) this.link(this.blocks[id], handler, undefined, true);
      const handlerBody = except.childForFieldName('body');
      const handlerEnd = handlerBody ? this.statement(handlerBody, handler, ctx) : handler;
      this.link(bodyEnd, after);
      if (handlerEnd) this.link(handlerEnd, after);
      return after;
    }
    if (finallyBody) {
      const finallyEnd = this.statement(finallyBody, bodyEnd, ctx);
      if (finallyEnd) this.link(finallyEnd, after);
      return after;
    }
    this.link(bodyEnd, after);
    return after;
  }

  /** A jump target in the current context (its __finally depth). */
  private target(block: Block, ctx: Context): Target {
    return { block, depth: finallyDepth(ctx) };
  }

  /** A jump that may leave __try bodies: it runs each __finally it leaves, innermost first. */
  private jump(from: Block, target: Target, ctx: Context): void {
    const finallies = ctx.frames.filter((f) => f.finallyBody);
    if (finallies.length <= target.depth) {
      this.link(from, target.block);
      return;
    }
    // Jumps that leave the same __finally frames for the same target share one copy of the
    // __finally bodies (copying per jump grows without bound with nested frames and many returns).
    const key = `${finallies.map((f) => f.finallyBody?.id).join(',')}>${target.block.id}@${target.depth}`;
    const shared = this.finallyChains.get(key);
    if (shared) {
      this.link(from, shared);
      return;
    }
    const entry = this.newBlock();
    this.finallyChains.set(key, entry);
    this.link(from, entry);
    let current = entry;
    for (let depth = finallies.length; depth > target.depth; depth--) {
      const frame = finallies[depth - 1];
      const outer: Context = { frames: ctx.frames.slice(0, ctx.frames.indexOf(frame)) };
      const end = this.statement(frame.finallyBody as Node, current, outer);
      if (!end) return;
      current = end;
    }
    this.link(current, target.block);
  }

  /** Joins the ends of branches into one block (or none when no branch goes on). */
  private join(ends: (Block | undefined)[]): Block | undefined {
    const live = ends.filter((end): end is Block => end !== undefined);
    if (live.length === 0) return undefined;
    const after = this.newBlock();
    for (const end of live) this.link(end, after);
    return after;
  }

  /** An expression statement: `&&`, `||` and `?:` around calls become branches. */
  private expression(node: Node, block: Block): Block {
    const core = unparenthesize(node);
    if (this.depth >= MAX_SYNTAX_DEPTH) {
      block.elements.push({ kind: 'opaque', node: core });
      return block;
    }
    if (core.type === 'binary_expression' && isLogical(core) && containsCall(core)) {
      const after = this.newBlock();
      this.condition(core, block, after, after);
      return after;
    }
    const assigned = core.type === 'assignment_expression' && core.childForFieldName('operator')?.type === '=' ? core.childForFieldName('right') : null;
    const conditional = core.type === 'conditional_expression' ? core : assigned && unparenthesize(assigned).type === 'conditional_expression' ? unparenthesize(assigned) : null;
    if (conditional && containsCall(conditional)) {
      const left = conditional === core ? null : core.childForFieldName('left');
      const condition = conditional.childForFieldName('condition');
      const thenBlock = this.newBlock();
      const elseBlock = this.newBlock();
      const after = this.newBlock();
      this.condition(condition ? unparenthesize(condition) : null, block, thenBlock, elseBlock);
      for (const [branch, field] of [[thenBlock, 'consequence'], [elseBlock, 'alternative']] as const) {
        const value = conditional.childForFieldName(field);
        if (!value) this.link(branch, after);
        else if (left) {
          branch.elements.push({ kind: 'assign', node: core, left, right: value });
          this.link(branch, after);
        } else this.link(this.expression(value, branch), after);
      }
      return after;
    }
    block.elements.push({ kind: 'eval', node: core });
    return block;
  }

  /** Branches from `block` to `onTrue`/`onFalse` on a condition, splitting `&&`, `||` and `!`. */
  private condition(node: Node | null, block: Block, onTrue: Block, onFalse: Block): void {
    if (!node) {
      this.link(block, onTrue);
      this.link(block, onFalse);
      return;
    }
    const core = unparenthesize(node);
    if (this.depth >= MAX_SYNTAX_DEPTH) {
      block.elements.push({ kind: 'opaque', node: core });
      this.link(block, onTrue);
      if (onFalse !== onTrue) this.link(block, onFalse);
      return;
    }
    this.depth++;
    try {
      this.splitCondition(core, block, onTrue, onFalse);
    } finally {
      this.depth--;
    }
  }

  private splitCondition(core: Node, block: Block, onTrue: Block, onFalse: Block): void {
    const constant = constantValue(core);
    if (constant !== undefined) {
      this.link(block, constant ? onTrue : onFalse);
      return;
    }
    if (core.type === 'unary_expression' && core.childForFieldName('operator')?.type === '!') {
      const argument = core.childForFieldName('argument');
      if (argument) {
        this.condition(argument, block, onFalse, onTrue);
        return;
      }
    }
    if (core.type === 'binary_expression' && isLogical(core)) {
      const left = core.childForFieldName('left');
      const right = core.childForFieldName('right');
      const middle = this.newBlock();
      if (core.childForFieldName('operator')?.type === '&&') this.condition(left, block, middle, onFalse);
      else this.condition(left, block, onTrue, middle);
      this.condition(right, middle, onTrue, onFalse);
      return;
    }
    block.elements.push({ kind: 'eval', node: core });
    if (onTrue === onFalse) {
      this.link(block, onTrue);
      return;
    }
    this.link(block, onTrue, { node: core, value: true });
    this.link(block, onFalse, { node: core, value: false });
  }
}

function finallyDepth(ctx: Context): number {
  return ctx.frames.filter((frame) => frame.finallyBody).length;
}

function hasFinally(tryStatement: Node): boolean {
  return tryStatement.namedChildren.some((c) => c?.type === 'seh_finally_clause');
}

function isLogical(node: Node): boolean {
  const operator = node.childForFieldName('operator')?.type;
  return operator === '&&' || operator === '||';
}

function containsCall(node: Node): boolean {
  return node.descendantsOfType('call_expression').length > 0;
}

/** 0, 1, TRUE, FALSE as conditions (`do { } while (0)`, `while (TRUE)`). */
function constantValue(node: Node): boolean | undefined {
  if (node.type === 'number_literal') return /^0+[uUlL]*$|^0[xX]0+[uUlL]*$/.test(node.text) ? false : /^\d/.test(node.text) ? true : undefined;
  if (node.type === 'true') return true;
  if (node.type === 'false') return false;
  if (node.type === 'identifier' && node.text === 'TRUE') return true;
  if (node.type === 'identifier' && node.text === 'FALSE') return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Dumps, for tests and debugging

/** A readable listing of the blocks reachable from the entry, in a stable order. */
export function dumpCfg(cfg: Cfg): string {
  const order: Block[] = [];
  const seen = new Set<number>();
  const visit = (block: Block) => {
    const stack = [block];
    while (stack.length > 0) {
      const next = stack.pop() as Block;
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      order.push(next);
      for (let i = next.successors.length - 1; i >= 0; i--) stack.push(next.successors[i].to);
    }
  };
  visit(cfg.entry);
  const names = new Map(order.map((block, index) => [block.id, `B${index}`]));
  const lines: string[] = [];
  for (const block of order) {
    lines.push(`${names.get(block.id)}${block.label ? ` (${block.label})` : ''}:`);
    for (const element of block.elements) lines.push(`  ${element.kind} ${elementText(element)}`);
    const edges = block.successors.map((edge) => {
      const name = names.get(edge.to.id);
      if (edge.condition) return `${name} if ${edge.condition.value ? '' : 'not '}${oneLine(edge.condition.node.text)}`;
      return edge.exceptional ? `${name} on exception` : `${name}`;
    });
    if (edges.length > 0) lines.push(`  -> ${edges.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function elementText(element: Element): string {
  if (element.kind === 'assign') return `${oneLine(element.left.text)} = ${oneLine(element.right.text)}`;
  if (element.kind === 'exit' && element.node.type !== 'return_statement') return '}';
  return oneLine(element.node.text);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
